/// A request the web interface cannot answer as asked, with the sentence shown to the reader (400).
struct WebInputError: Error, Sendable, Hashable, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// What a page names does not exist: the sentence shown to the reader (404).
struct WebNotFound: Error, Sendable, Hashable, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
