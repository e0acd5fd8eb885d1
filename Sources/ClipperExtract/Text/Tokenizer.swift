/// Splits UTF-8 text into word, number and punctuation tokens in one pass over the bytes.
///
/// Words keep inner apostrophes (`O'Hara`, `don't`) and split at hyphens; a trailing
/// `'s` becomes the ``Token/Flags/possessive`` flag. Runs of single letters with periods
/// (`U.S.`, `N.M.`) are one token. Numbers keep thousands separators and decimals (`14,500`, `5.7`).
enum Tokenizer {
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer)
            while let token = scanner.next() { tokens.append(token) }
        }
        return tokens
    }

    /// The phrase hash of `bytes` as ``WordHash/phrase(_:_:)`` makes it from `tokenize`'s tokens,
    /// without building a token array (rules hash names and their forms per mention).
    static func phraseHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var scanner = Scanner(bytes: bytes)
        var hash = WordHash.seed
        while let token = scanner.next() { hash = WordHash.combine(hash, token.hash) }
        return hash
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var newlines = 0
        var sawSpace = false
        var first = true

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        @inline(__always)
        func byte(_ at: Int) -> UInt8 { at < bytes.count ? bytes[at] : 0 }

        /// The next token, nil at the end of the bytes.
        mutating func next() -> Token? {
            while index < bytes.count {
                let b = bytes[index]
                if b == 0x20 || b == 0x09 || b == 0x0D {
                    sawSpace = true
                    index += 1
                } else if b == 0x0A {
                    sawSpace = true
                    newlines += 1
                    index += 1
                } else if let width = spaceWidth(at: index) {
                    sawSpace = true
                    index += width
                } else if isLetterStart(index) {
                    return word()
                } else if b &- 0x30 < 10 {
                    return number()
                } else {
                    return punctuation()
                }
            }
            return nil
        }

        /// Non-ASCII white space: no-break, thin and zero-width spaces.
        func spaceWidth(at i: Int) -> Int? {
            let b = bytes[i]
            if b == 0xC2 && byte(i + 1) == 0xA0 { return 2 }
            if b == 0xE2 && byte(i + 1) == 0x80 {
                let c = byte(i + 2)
                if (c >= 0x80 && c <= 0x8B) || c == 0xAF { return 3 }
            }
            if b == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) == 0x9F { return 3 }
            if b == 0xEF && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF { return 3 }
            return nil
        }

        /// A letter: ASCII, or a multi-byte character outside the punctuation and symbol blocks.
        func isLetterStart(_ i: Int) -> Bool {
            guard i >= 0, i < bytes.count else { return false }
            let b = bytes[i]
            if b < 0x80 { return (b | 0x20) &- 0x61 < 26 }
            return (b >= 0xC3 && b <= 0xDF) || (b >= 0xE0 && b <= 0xEF && b != 0xE2 && b != 0xE3)
        }

        func isLetterOrDigit(_ i: Int) -> Bool {
            guard i >= 0, i < bytes.count else { return false }
            let b = bytes[i]
            return b &- 0x30 < 10 || isLetterStart(i) || (b >= 0x80 && b < 0xC0)
        }

        /// The width of an apostrophe at `i`: `'` or `’`.
        func apostropheWidth(_ i: Int) -> Int {
            let b = byte(i)
            if b == 0x27 { return 1 }
            if b == 0xE2 && byte(i + 1) == 0x80 && byte(i + 2) == 0x99 { return 3 }
            return 0
        }

        mutating func flagsForStart() -> Token.Flags {
            var flags: Token.Flags = []
            if sawSpace { flags.insert(.spaceBefore) }
            if newlines >= 2 || first { flags.insert(.paragraphStart) }
            sawSpace = false
            newlines = 0
            first = false
            return flags
        }

        mutating func word() -> Token {
            var flags = flagsForStart()
            let start = index
            var hash = WordHash.seed
            var upper = 0
            var lower = 0
            let firstByte = bytes[index]
            if firstByte &- 0x41 < 26 || (firstByte == 0xC3 && byte(index + 1) >= 0x80 && byte(index + 1) <= 0x9E) {
                flags.insert(.capitalized)
            }
            // Letters with periods: U.S., N.M., F.B.I., J.
            if firstByte < 0x80, byte(index + 1) == 0x2E, !isLetterOrDigit(index - 1) {
                var j = index
                while j + 1 < bytes.count, byte(j) < 0x80, (byte(j) | 0x20) &- 0x61 < 26, byte(j + 1) == 0x2E,
                    j + 2 >= bytes.count || !isLetterOrDigit(j + 2) || byte(j + 3) == 0x2E
                {
                    let letter = byte(j)
                    if letter &- 0x41 < 26 { upper += 1 } else { lower += 1 }
                    WordHash.add(&hash, letter)
                    WordHash.add(&hash, 0x2E)
                    j += 2
                    if !(j + 1 < bytes.count && byte(j + 1) == 0x2E) { break }
                }
                // Accept "U.S." forms and single initials ("J.") only when followed by a non-letter.
                if j > index, !isLetterOrDigit(j) {
                    index = j
                    flags.insert(.dotted)
                    if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
                    if upper == 0 { flags.insert(.lowercase) }
                    return Token(start: start, end: index, kind: .word, flags: flags, mark: .none, hash: hash)
                }
                hash = WordHash.seed
                upper = 0
                lower = 0
            }
            while index < bytes.count {
                let b = bytes[index]
                if b < 0x80 {
                    if (b | 0x20) &- 0x61 < 26 {
                        if b < 0x60 { upper += 1 } else { lower += 1 }
                        WordHash.add(&hash, folded: b | 0x20)
                        index += 1
                        continue
                    }
                    if b &- 0x30 < 10 {
                        WordHash.add(&hash, folded: b)
                        index += 1
                        continue
                    }
                }
                let apostrophe = apostropheWidth(index)
                // Two apostrophes are a quotation mark (`''Folks recognize,'' he said`).
                if apostrophe == 1, byte(index + 1) == 0x27 { break }
                if apostrophe > 0 {
                    let next = index + apostrophe
                    let nextByte = byte(next)
                    if (nextByte == 0x73 || nextByte == 0x53) && !isLetterOrDigit(next + 1) {
                        flags.insert(.possessive)
                        let end = index
                        index = next + 1
                        return finish(start: start, end: end, flags: flags, hash: hash, upper: upper, lower: lower)
                    }
                    if isLetterStart(next) {
                        WordHash.add(&hash, 0x27)
                        index = next
                        continue
                    }
                    let previous = byte(index - 1)
                    if previous == 0x73 || previous == 0x53 {
                        flags.insert(.pluralPossessive)
                        let end = index
                        index = next
                        return finish(start: start, end: end, flags: flags, hash: hash, upper: upper, lower: lower)
                    }
                    break
                }
                if b >= 0x80 && (isLetterStart(index) || b < 0xC0) {
                    WordHash.add(&hash, b)
                    if b >= 0xC0 { lower += 1 }
                    index += 1
                    continue
                }
                break
            }
            return finish(start: start, end: index, flags: flags, hash: hash, upper: upper, lower: lower)
        }

        func finish(start: Int, end: Int, flags: Token.Flags, hash: UInt64, upper: Int, lower: Int) -> Token {
            var flags = flags
            if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
            if upper == 0 { flags.insert(.lowercase) }
            return Token(start: start, end: end, kind: .word, flags: flags, mark: .none, hash: hash)
        }

        mutating func number() -> Token {
            let flags = flagsForStart()
            let start = index
            var hash = WordHash.seed
            while index < bytes.count {
                let b = bytes[index]
                if b &- 0x30 < 10 {
                    WordHash.add(&hash, b)
                    index += 1
                } else if (b == 0x2C || b == 0x2E), byte(index + 1) &- 0x30 < 10 {
                    if b == 0x2C {
                        // A thousands separator is followed by exactly three digits.
                        let d3 = byte(index + 2) &- 0x30 < 10 && byte(index + 3) &- 0x30 < 10
                        if !d3 || byte(index + 4) &- 0x30 < 10 { break }
                    }
                    WordHash.add(&hash, b)
                    index += 1
                } else {
                    break
                }
            }
            return Token(start: start, end: index, kind: .number, flags: flags, mark: .none, hash: hash)
        }

        mutating func punctuation() -> Token {
            let flags = flagsForStart()
            let start = index
            let b = bytes[index]
            var mark = Mark.other
            var width = 1
            switch b {
            case 0x2E:
                if byte(index + 1) == 0x2E && byte(index + 2) == 0x2E {
                    mark = .ellipsis
                    width = 3
                } else {
                    mark = .period
                }
            case 0x2C: mark = .comma
            case 0x3A: mark = .colon
            case 0x3B: mark = .semicolon
            case 0x3F: mark = .question
            case 0x21: mark = .exclamation
            case 0x28: mark = .openParen
            case 0x29: mark = .closeParen
            case 0x5B: mark = .openBracket
            case 0x5D: mark = .closeBracket
            case 0x2D:
                mark = byte(index + 1) == 0x2D ? .dash : .hyphen
                if mark == .dash { width = 2 }
            case 0x2F: mark = .slash
            case 0x26: mark = .ampersand
            case 0x24: mark = .dollar
            case 0x25: mark = .percent
            case 0x23: mark = .hash
            case 0x22: mark = .straightDouble
            case 0x27:
                if byte(index + 1) == 0x27 {
                    mark = .straightDouble
                    width = 2
                } else {
                    mark = .straightSingle
                }
            case 0xC2:
                width = 2
                let c = byte(index + 1)
                if c == 0xA3 {
                    mark = .pound
                } else if c == 0xA5 {
                    mark = .yen
                } else if c == 0xAB {
                    mark = .openDouble
                } else if c == 0xBB {
                    mark = .closeDouble
                }
            case 0xE2:
                width = 3
                let c = byte(index + 1)
                let d = byte(index + 2)
                if c == 0x80 {
                    switch d {
                    case 0x93, 0x94, 0x95: mark = .dash
                    case 0x90, 0x91: mark = .hyphen
                    case 0x98: mark = .openSingle
                    case 0x99: mark = .closeSingle
                    case 0x9C: mark = .openDouble
                    case 0x9D: mark = .closeDouble
                    case 0xA6: mark = .ellipsis
                    default: mark = .other
                    }
                } else if c == 0x82 && d == 0xAC {
                    mark = .euro
                } else if c == 0x82 && d == 0xB9 {
                    mark = .rupee
                }
            default:
                if b >= 0xF0 { width = 4 } else if b >= 0xE0 { width = 3 } else if b >= 0xC0 { width = 2 }
            }
            width = min(width, bytes.count - index)
            index += width
            var hash = WordHash.seed
            WordHash.add(&hash, mark.rawValue)
            return Token(start: start, end: index, kind: .punctuation, flags: flags, mark: mark, hash: hash)
        }
    }
}
