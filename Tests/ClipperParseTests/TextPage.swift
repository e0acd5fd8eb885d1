import ClipperModel

@testable import ClipperParse

/// What the plain-text page-copy tests share: a text parsed as the daemon parses a dropped file, and
/// two paragraphs of article prose written for the tests to build pages around.
enum TextPage {
    static func parse(_ text: String) throws -> ParsedArticle {
        try ArticleParser.parse(Array(text.utf8), fileName: "page.txt")
    }

    /// The first paragraph of the article.
    static let lede =
        "The ferry between the harbor and the island is running again from Monday, after two weeks in the yard while its engine was repaired, the operator said on Friday."

    /// The second paragraph.
    static let second =
        "Passengers who bought a monthly pass during the closure can ask for a refund at the harbor office, which is open on weekdays until five."

    /// Both paragraphs, a blank line between them.
    static let article = lede + "\n\n" + second
}
