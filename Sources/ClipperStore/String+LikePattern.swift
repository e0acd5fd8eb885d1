extension String {
    /// The string with `LIKE`'s wildcards (`%`, `_`) and the escape character (`\`) escaped by a backslash.
    var escapingLikeWildcards: String {
        var escaped = ""
        for character in self {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
