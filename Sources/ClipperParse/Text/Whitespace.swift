/// Byte-level classification of white space in UTF-8 text.
enum Whitespace {
    /// ASCII space, tab, line feed, vertical tab, form feed, carriage return.
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// What a multi-byte UTF-8 sequence starting at `index` is, as white space.
    enum Variant {
        /// NBSP, en/em/thin/hair spaces, narrow NBSP, ideographic space: folded to one space.
        case space
        /// Line and paragraph separators: folded to a line feed.
        case lineBreak
        /// Zero-width space, word joiner, soft hyphen, byte-order mark: dropped.
        case invisible
    }

    /// The white-space variant at `index` and its byte length, or nil for any other character.
    @inline(__always)
    static func variant(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Variant, Int)? {
        let lead = bytes[index]
        switch lead {
        case 0xC2:
            guard index + 1 < bytes.count else { return nil }
            switch bytes[index + 1] {
            case 0xA0: return (.space, 2)
            case 0xAD: return (.invisible, 2)
            case 0x85: return (.lineBreak, 2)
            default: return nil
            }
        case 0xE2:
            guard index + 2 < bytes.count else { return nil }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 {
                switch third {
                case 0x80...0x8A, 0xAF: return (.space, 3)
                case 0x8B: return (.invisible, 3)
                case 0xA8, 0xA9: return (.lineBreak, 3)
                default: return nil
                }
            }
            if second == 0x81 {
                switch third {
                case 0x9F: return (.space, 3)
                case 0xA0: return (.invisible, 3)
                default: return nil
                }
            }
            return nil
        case 0xE3:
            guard index + 2 < bytes.count else { return nil }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? (.space, 3) : nil
        case 0xEF:
            guard index + 2 < bytes.count else { return nil }
            return bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? (.invisible, 3) : nil
        default:
            return nil
        }
    }
}
