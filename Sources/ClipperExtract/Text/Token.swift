/// One token of an article body: a word, a number or a punctuation mark, as a byte range.
struct Token: Sendable {
    /// What a token is.
    enum Kind: UInt8, Sendable {
        case word
        case number
        case punctuation
    }

    /// Facts about a token that the rules ask often, computed once by the tokenizer.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// White space separates it from the token before.
        static let spaceBefore = Flags(rawValue: 1 << 0)
        /// It opens a paragraph (a blank line, or the body's start, comes before it).
        static let paragraphStart = Flags(rawValue: 1 << 1)
        /// A word whose first letter is upper case.
        static let capitalized = Flags(rawValue: 1 << 2)
        /// A word of two or more letters, all upper case (`ICE`, `F.B.I.`).
        static let allCaps = Flags(rawValue: 1 << 3)
        /// A word followed by `'s` (the `'s` is not part of the token's range).
        static let possessive = Flags(rawValue: 1 << 4)
        /// A plural word followed by a bare apostrophe (`Sheriffs'`).
        static let pluralPossessive = Flags(rawValue: 1 << 5)
        /// Letters with periods (`U.S.`, `N.M.`, `J.`); the last period is part of the token.
        static let dotted = Flags(rawValue: 1 << 6)
        /// It opens a sentence (set by ``TokenizedText``).
        static let sentenceStart = Flags(rawValue: 1 << 7)
        /// Entirely lower case.
        static let lowercase = Flags(rawValue: 1 << 8)
    }

    var start: Int
    var end: Int
    var kind: Kind
    var flags: Flags
    /// The punctuation mark, for punctuation tokens.
    var mark: Mark
    /// A hash of the lower-cased text (apostrophes unified), for look-ups without making strings.
    var hash: UInt64

    func has(_ flag: Flags) -> Bool { flags.contains(flag) }
}

/// Punctuation marks the rules distinguish.
enum Mark: UInt8, Sendable {
    case none
    case period, comma, colon, semicolon, question, exclamation
    case openParen, closeParen, openBracket, closeBracket
    case hyphen, dash, ellipsis, slash, ampersand, dollar, euro, pound, yen, rupee, percent, hash
    case straightDouble, straightSingle, openDouble, closeDouble, openSingle, closeSingle
    case other

    /// Marks that end a sentence.
    var endsSentence: Bool { self == .period || self == .question || self == .exclamation }
    /// Double quotation marks of any shape.
    var isDoubleQuote: Bool { self == .straightDouble || self == .openDouble || self == .closeDouble }
}
