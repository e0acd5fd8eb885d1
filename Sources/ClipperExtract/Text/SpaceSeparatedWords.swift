extension StringProtocol {
    /// The words of a name split at spaces, on UTF-8 bytes: what `split(separator: " ")` gives,
    /// without walking the string by `Character` (the rules split names per mention).
    var spaceSeparatedWords: [Substring] {
        var words: [Substring] = []
        let whole = Substring(self)
        let bytes = whole.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == 0x20 {
                if start != index { words.append(Substring(bytes[start..<index])) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start != bytes.endIndex { words.append(Substring(bytes[start..<bytes.endIndex])) }
        return words
    }
}
