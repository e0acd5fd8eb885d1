import ClipperModel

@testable import ClipperParse

/// What the HTML rule tests share: a page parsed as the daemon parses a dropped file, and two
/// paragraphs of article prose written for the tests to build pages around.
enum HTMLPage {
    static func parse(_ html: String) throws -> ParsedArticle {
        try ArticleParser.parse(Array(html.utf8), fileName: "page.html")
    }

    /// One paragraph of article prose.
    static let paragraph = """
        <p>The council voted on Tuesday to extend the night bus to the harbour, after a year in which the
        late shift at the port grew by a third and most workers had no way home but a taxi.</p>
        """

    /// Two paragraphs of article prose.
    static let paragraphs = paragraph + "\n" + """
        <p>The first bus leaves the port gate at half past eleven, and the last one at four, with a stop at
        the station, the hospital and the two estates on the hill, the council said on Friday.</p>
        """
}
