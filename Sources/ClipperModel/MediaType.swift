/// What kind of document a source file turned out to be.
public enum MediaType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text, as copied out of a news page.
    case plainText = "text/plain"
    /// An HTML page, as a browser or scraper saved it.
    case html = "text/html"
}
