/// A record index per token of a text (the person or organization mentioned there), held in one
/// array the length of the text: a look-up per token is a load, not a hashed dictionary probe.
struct TokenIndexMap: Sendable {
    private var indexes: [Int32]

    init(tokenCount: Int) {
        indexes = Array(repeating: -1, count: tokenCount)
    }

    /// The index at token `position`; nil outside the text or where none is set. Setting a
    /// position outside the text does nothing.
    subscript(position: Int) -> Int? {
        get {
            guard position >= 0, position < indexes.count else { return nil }
            let index = indexes[position]
            return index < 0 ? nil : Int(index)
        }
        set {
            guard position >= 0, position < indexes.count else { return }
            indexes[position] = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1
        }
    }
}
