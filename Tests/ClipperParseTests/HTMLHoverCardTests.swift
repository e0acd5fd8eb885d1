import ClipperModel
import Testing

@testable import ClipperParse

/// A hover card over a name or a term (the person's picture and headlines, a definition) is not in
/// the reading flow: the sentence around it is kept without it.
struct HTMLHoverCardTests {
    private static func page(card: String) -> String {
        """
        <html><body><article>\(HTMLPage.paragraphs)
        <p>The plan was signed by <a href="/people/ann-ruiz">Mayor Ann Ruiz</a>\(card) on Friday, after the
        port's owners agreed to pay for the late buses in the first year of the trial.</p></article></body></html>
        """
    }

    @Test(arguments: ["name-tooltip", "c-popover", "hovercard"])
    func aHoverCardInsideAParagraphGoes(className: String) throws {
        // Given a card with the mayor's other stories, shown when the name is pointed at
        let card = """
            <span class="\(className)"><a href="/people/ann-ruiz">Ann Maria Ruiz</a>
            <a href="/a">Mayor opens the new harbour ferry terminal</a></span>
            """
        let article = try HTMLPage.parse(Self.page(card: card))
        // Then the sentence is whole and the card's headlines are not in it
        #expect(article.body.contains("Mayor Ann Ruiz on Friday, after the port's owners agreed"))
        #expect(!article.body.contains("ferry terminal"))
    }
}
