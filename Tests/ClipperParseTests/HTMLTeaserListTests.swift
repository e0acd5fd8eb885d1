import ClipperModel
import Testing

@testable import ClipperParse

/// A row of teaser cards for other stories inside the article block goes, whatever the commas in its
/// teasers; paragraphs in boxes of one class without links stay.
struct HTMLTeaserListTests {
    private static let cards = ["harbour", "station", "hospital"].map { place in
        """
        <div class="card"><span>News</span><h3><a href="/\(place)">New lights at the \(place)</a></h3>
        <p>The lights, paid for by the region, the city and the port, go up in May, the council said.</p></div>
        """
    }.joined()

    @Test func aRowOfTeaserCardsGoes() throws {
        // Given an article followed, in the same block, by a row of three teaser cards under a heading
        let html = """
            <html><body><div class="text">\(HTMLPage.paragraphs)<div class="more"><h2>More on this</h2>
            <div class="row">\(Self.cards)</div></div></div></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the cards and their heading are gone
        #expect(article.body.hasSuffix("the council said on Friday."))
        #expect(article.removed.contains { $0.text.contains("New lights at the harbour") })
    }

    @Test func paragraphsInBoxesOfOneClassWithoutLinksStay() throws {
        // Given an article whose paragraphs each sit in a box of the same class, without links
        let boxes = ["harbour", "station", "hospital"].map { place in
            "<div class=\"para\"><p>The new lights at the \(place) go up in May, paid for by the region.</p></div>"
        }.joined()
        let html = "<html><body><div class=\"text\">\(HTMLPage.paragraphs)\(boxes)</div></body></html>"
        // Then they stay
        #expect(try HTMLPage.parse(html).body.hasSuffix("The new lights at the hospital go up in May, paid for by the region."))
    }
}
