/// FNV-1a hashes of lower-cased token text, so that rules look words and phrases up
/// in tables without building strings.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Adds one byte, lower-casing ASCII letters.
    @inline(__always)
    static func add(_ hash: inout UInt64, _ byte: UInt8) {
        add(&hash, folded: byte &- 65 < 26 ? byte | 0x20 : byte)
    }

    /// Adds one byte known to be folded already (a lower-case letter, a digit): the tokenizer's
    /// path, which has tested the byte's case.
    @inline(__always)
    static func add(_ hash: inout UInt64, folded byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* prime
    }

    /// Folds a token's hash into the hash of a phrase.
    @inline(__always)
    static func combine(_ phrase: UInt64, _ token: UInt64) -> UInt64 {
        (phrase ^ token) &* 0x9e37_79b9_7f4a_7c15
    }

    /// The phrase hash of tokens `range` of `tokens`.
    static func phrase(_ tokens: [Token], _ range: Range<Int>) -> UInt64 {
        var hash = seed
        for index in range { hash = combine(hash, tokens[index].hash) }
        return hash
    }

    /// The phrase hash of a text or a slice of one, tokenized as article text is ("Santa Fe
    /// County", "N.M.").
    static func phrase(_ text: some StringProtocol) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable(Tokenizer.phraseHash)
            ?? Array(text.utf8).withUnsafeBufferPointer(Tokenizer.phraseHash)
    }

    /// The phrase hash of one token.
    @inline(__always)
    static func single(_ token: Token) -> UInt64 {
        combine(seed, token.hash)
    }
}
