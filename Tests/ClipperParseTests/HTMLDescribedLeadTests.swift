import ClipperModel
import Foundation
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

    @Test func aHeadlineNamedIntroDoesNotHideTheDescribedLead() throws {
        // Given a headline whose class names an intro, and the described lead in an unnamed paragraph
        let html = """
            <html><head><meta name="description" content="\(Self.lead)"></head><body>
            <div class="top"><h1 class="intro-headline">Night bus reaches the harbour</h1><p>\(Self.lead)</p></div>
            <figure><img src="bus.jpg"></figure><div class="content">\(HTMLPage.paragraphs)</div></body></html>
            """
        // Then the described lead opens the body
        #expect(try HTMLPage.parse(html).body.hasPrefix(Self.lead + "\n\nThe council voted"))
    }

    @Test func aLeadDroppedWithTheArticleHeaderIsKeptAndACaptionIsNot() throws {
        // Given an article whose header box (dropped as furniture) holds the described lead
        let html = """
            <html><head><meta name="description" content="\(Self.lead)"></head><body><div class="site">
            <header><h1>Night bus reaches the harbour</h1><div><p>\(Self.lead)</p></div>
            </header>\(HTMLPage.paragraphs)</div></body></html>
            """
        // Then the lead opens the body
        #expect(try HTMLPage.parse(html).body.hasPrefix(Self.lead + "\n\nThe council voted"))
        // And a picture's caption repeating the description stays out
        let captioned = html.replacingOccurrences(
            of: "<div><p>\(Self.lead)</p></div>",
            with: "<div><figure><img src=\"bus.jpg\"><figcaption>\(Self.lead)</figcaption></figure></div>")
        #expect(!(try HTMLPage.parse(captioned).body.contains("six buses a night")))
    }
}
