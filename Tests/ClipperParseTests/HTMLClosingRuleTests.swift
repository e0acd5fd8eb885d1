import ClipperModel
import Testing

@testable import ClipperParse

/// A postscript set off by a closing `<hr>` (a note about the publisher, a disclaimer) is not article
/// text; one citing its source with a link stays.
struct HTMLClosingRuleTests {
    private static func page(after postscript: String) -> String {
        """
        <html><body><div class="text">\(HTMLPage.paragraphs)
        <p>Tickets are sold on the bus and at the port gate, and the monthly pass of the day line is valid at
        night too, so most workers will not pay more than they do now for the way to work.</p><hr>
        <p>\(postscript)</p></div></body></html>
        """
    }

    @Test func aShortPostscriptAfterARuleGoes() throws {
        // Given an article whose last paragraph, after a rule, is a note about the publisher
        let note = "The Valley Courier is published by a cooperative of its readers in the valley."
        let article = try HTMLPage.parse(Self.page(after: note))
        // Then the note is dropped and listed as removed
        #expect(article.body.hasSuffix("for the way to work."))
        #expect(article.removed.contains { $0.text == note })
    }

    @Test func aPostscriptWithALinkStays() throws {
        // Given a closing reference to the source, with a link, after the rule
        let source = "The figures are from the council's <a href=\"/report\">report on night transport</a> of May."
        let article = try HTMLPage.parse(Self.page(after: source))
        // Then it stays
        #expect(article.body.hasSuffix("the council's report on night transport of May."))
    }
}
