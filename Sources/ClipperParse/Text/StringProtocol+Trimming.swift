extension StringProtocol {
    /// Without leading and trailing spaces.
    var trimmed: String {
        var view = self[...]
        while view.first?.isWhitespace == true { view = view.dropFirst() }
        while view.last?.isWhitespace == true { view = view.dropLast() }
        return String(view)
    }

    /// Without any of `characters` at the end.
    func trimmingTrailing(_ characters: String) -> String {
        var result = String(self)
        while let last = result.last, characters.contains(last) { result.removeLast() }
        return result
    }
}
