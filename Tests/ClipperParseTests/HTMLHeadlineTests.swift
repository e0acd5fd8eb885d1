import ClipperModel
import Testing

@testable import ClipperParse

/// The article is looked for around its headline (the `<h1>` that repeats the page's title): a longer
/// block of prose elsewhere on the page (a pop-up, the next story) is not the article.
struct HTMLHeadlineTests {
    /// A box of several long paragraphs that is not the article.
    private static let otherStory = ["north", "south", "east", "west", "old", "new"].map { wing in
        """
        <p>The museum on the hill opens its \(wing) wing in spring, with rooms for the old maps of the coast, \
        the ship models, the paintings of the harbour and a library, and a café, a shop and a garden.</p>
        """
    }.joined()

    @Test func theBlockAroundTheHeadlineWinsOverALongerStoryFarBelow() throws {
        // Given a page whose article sits under its headline, and a longer story in a pop-up at the end
        let html = """
            <html><head><title>Night bus reaches the harbour | Valley Courier</title></head><body>
            <div class="wrap"><div class="piece"><h1>Night bus reaches the harbour</h1>\(HTMLPage.paragraphs)
            </div><div class="links"><p>\(String(repeating: "<a href=\"/\">Home News Sport Weather Travel</a> ", count: 8))</p>
            </div></div><div class="box">\(Self.otherStory)</div></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the article is the story under the headline
        #expect(article.body.hasPrefix("The council voted"))
        #expect(!article.body.contains("museum"))
    }

    @Test func aHeaderBoxWithALeadRightAboveTheBodyKeepsTheBody() throws {
        // Given a header box with the headline and a long lead, and the article's body right after it
        let html = """
            <html><head><title>Night bus reaches the harbour</title></head><body><div class="page">
            <div class="head"><h1>Night bus reaches the harbour</h1><p>Port workers on the late shift get a bus
            home from next month, the council has decided, after a year of letters, meetings and petitions from
            the port, the hospital and the estates on the hill, where most of the night staff live today.</p>
            </div><div class="body">\(Self.otherStory)</div></div></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the body below the header is the article
        #expect(article.body.contains("The museum on the hill opens its north wing"))
    }
}
