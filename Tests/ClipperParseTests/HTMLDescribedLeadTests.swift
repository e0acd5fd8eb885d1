import ClipperModel
import Testing

@testable import ClipperParse

/// A lead found by the page's own description of itself (`<meta name="description">`), in a box
/// whose name says nothing of a lead.
struct HTMLDescribedLeadTests {
    private static let lead = """
        Port workers on the late shift get a bus home from next month: the council has voted to run the \
        night line to the harbour gate, with six buses a night and a stop at the hospital.
        """

    private static func page(description: String, lead: String = lead) -> String {
        """
        <html><head><meta name="description" content="\(description)"></head><body>
        <div class="hero"><h1>Night bus reaches the harbour</h1><p>\(lead)</p></div>
        <figure><img src="bus.jpg"></figure><div class="content">\(HTMLPage.paragraphs)</div></body></html>
        """
    }

    @Test func theElementRepeatingTheDescriptionOpensTheBody() throws {
        // Given a page whose description is the text of an unnamed box above the article
        let article = try HTMLPage.parse(Self.page(description: Self.lead))
        // Then that text opens the body
        #expect(article.body.hasPrefix(Self.lead + "\n\nThe council voted"))
    }

    @Test func aDescriptionCutShortStillFindsTheLead() throws {
        // Given a description that is the lead's first words and an ellipsis
        let cut = String(Self.lead.prefix(70)) + "…"
        let article = try HTMLPage.parse(Self.page(description: cut))
        // Then the whole lead opens the body
        #expect(article.body.hasPrefix(Self.lead + "\n\nThe council voted"))
    }

    @Test func aOneLineDeckRepeatingTheDescriptionStaysOut() throws {
        // Given a short deck under the headline, repeated in the description
        let deck = "The move gives port workers a way home after the late shift."
        let article = try HTMLPage.parse(Self.page(description: deck, lead: deck))
        // Then the body starts with the article itself
        #expect(article.body.hasPrefix("The council voted"))
    }
}
