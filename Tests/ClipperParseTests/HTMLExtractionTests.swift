import ClipperModel
import Foundation
import Testing

@testable import ClipperParse

struct HTMLExtractionTests {
    private func parse(_ html: String) throws -> ParsedArticle {
        try ArticleParser.parse(Array(html.utf8), fileName: "page.html")
    }

    private let paragraph =
        "<p>The city council voted on Tuesday to approve a transit plan that adds three bus lines, extends evening service and builds a new transfer station.</p>"

    @Test func newsSiteFixtureKeepsTheArticleAndDropsTheFurniture() throws {
        // Given a page with a cookie banner, navigation, share bar, figure caption, newsletter box,
        // related links, comments, sidebar and footer around the article
        let article = try ArticleParser.parse(try Fixture.bytes("newsarticle-jsonld.html"), fileName: "story.html")
        // Then the article text, its heading and its list items are kept
        #expect(article.body.hasPrefix("HARBOR CITY, Ore. (AP) — The city council voted 7-2"))
        #expect(article.body.contains("What changes for riders"))
        #expect(article.body.contains("Three new routes serving the east side, starting in September."))
        #expect(article.body.contains("Opponents argued that the money would be better spent"))
        // And the furniture is not
        for furniture in [
            "cookies", "Share on Facebook", "Sign up for our daily newsletter", "Bus fares to rise",
            "waste of money", "Local team wins", "All rights reserved", "A city bus waits",
        ] {
            #expect(!article.body.contains(furniture), "\(furniture)")
        }
        #expect(article.removed.contains { $0.kind == .caption && $0.text.contains("A city bus waits") })
    }

    @Test func metadataFromJSONLDInAGraph() throws {
        let article = try ArticleParser.parse(try Fixture.bytes("newsarticle-jsonld.html"), fileName: "story.html")
        #expect(article.title == "Council approves new transit plan")
        #expect(article.authors == ["Maria Lopez", "Tom Becker"])
        #expect(article.outlet == "The Harbor Gazette")
        #expect(article.published == "2024-05-01")
        #expect(article.dateline == "HARBOR CITY, Ore.")
    }

    @Test func brOnlyLayoutInNestedTables() throws {
        let article = try ArticleParser.parse(try Fixture.bytes("br-layout-tables.html"), fileName: "flood.html")
        let paragraphs = article.body.components(separatedBy: "\n\n")
        #expect(paragraphs.contains { $0.hasPrefix("Residents of the river valley began returning") })
        #expect(paragraphs.contains { $0.hasPrefix("County officials said more than 200 homes") })
        #expect(!article.body.contains("Archive"))
        #expect(article.title == "Flood waters recede in river valley")
        #expect(article.authors == ["Peter Olsen"])
        #expect(article.published == "2019-11-20")
    }

    @Test func openGraphAndTitleWithoutTheSiteName() throws {
        let article = try parse(
            """
            <html><head><title>Storm closes schools - The Daily Star</title>
            <meta property="og:site_name" content="The Daily Star">
            <meta property="article:published_time" content="2023-02-14T08:00:00+01:00">
            <meta name="author" content="https://example.com/staff/jane">
            </head><body><div class="content">\(paragraph)\(paragraph)</div>
            <time datetime="2020-01-01">old</time></body></html>
            """)
        #expect(article.title == "Storm closes schools")
        #expect(article.outlet == "The Daily Star")
        #expect(article.published == "2023-02-14")
        #expect(article.authors.isEmpty)
    }

    @Test(
        arguments: [
            ("Storm closes schools | Daily Star", "Daily Star", "Storm closes schools"),
            (
                "Daily Star — Storm closes schools across the county", "Daily Star",
                "Storm closes schools across the county"
            ),
            ("Storm closes schools across the county - News", nil, "Storm closes schools across the county"),
            ("Q&A - what the new rules mean", nil, "Q&A - what the new rules mean"),
        ] as [(String, String?, String)])
    func titleWithoutSiteName(title: String, site: String?, expected: String) {
        #expect(TitleText.withoutSiteName(title, site: site) == expected)
    }

    @Test func commentThreadShareBarAndCookieBannerAreDropped() throws {
        let article = try parse(
            """
            <html><body>
            <div class="gdpr-consent-banner"><p>This site uses cookies to personalise content and ads, to provide social media features and to analyse our traffic.</p></div>
            <article><div class="social-share"><a href="#">Tweet</a><a href="#">Share</a></div>\(paragraph)\(paragraph.replacingOccurrences(of: "Tuesday", with: "Monday"))</article>
            <div id="disqus_thread"><div class="comment-body"><p>Totally agree with this decision, the buses have been terrible for years and something had to change soon.</p></div></div>
            </body></html>
            """)
        #expect(article.body.components(separatedBy: "\n\n").count == 2)
        #expect(!article.body.contains("cookies"))
        #expect(!article.body.contains("Totally agree"))
    }

    @Test func bylineElementGivesTheAuthorsWhenMetadataIsSilent() throws {
        let article = try parse(
            """
            <html><body><article><div class="article-byline">By Jane Doe and John Roe</div>\(paragraph)\(paragraph.replacingOccurrences(of: "Tuesday", with: "Friday"))</article></body></html>
            """)
        #expect(article.authors == ["Jane Doe", "John Roe"])
        #expect(!article.body.contains("Jane Doe"))
    }

    @Test func aHeadingLeftWithNothingUnderItGoes() throws {
        // Given an article with a subheading above a picture and a paragraph, then a heading over a
        // list of links that is dropped, and a heading closing the page
        let links = (1...6).map { "<li><a href=\"/s\($0)\">Another story number \($0)</a></li>" }.joined()
        let article = try parse(
            """
            <html><body><article>\(paragraph)<h2>Where the money goes</h2>
            <figure><img src="a.jpg"><figcaption>The new library wing.</figcaption></figure>
            \(paragraph.replacingOccurrences(of: "Tuesday", with: "Friday"))
            <p><strong>Read also:</strong></p><ul>\(links)</ul>
            <h2>More from the valley</h2><ul>\(links)</ul><h3>Before you go</h3></article></body></html>
            """)
        // Then the subheading stays and the emptied headings go
        #expect(article.body.contains("Where the money goes"))
        #expect(!article.body.contains("More from the valley"))
        #expect(!article.body.contains("Before you go"))
        #expect(!article.body.contains("Another story number"))
        #expect(!article.body.contains("Read also:"))
        // while a bold line with nothing dropped under it is the article's last word
        let signedOff = try parse(
            "<html><body><article>\(paragraph)<p><b>See you at the fair!</b></p></article></body></html>")
        #expect(signedOff.body.hasSuffix("See you at the fair!"))
    }

    @Test func theLeadAboveTheArticleBodyIsKept() throws {
        // Given a lead in its own box right above the article's body, and a box of links above it
        let body = (1...4).map { paragraph.replacingOccurrences(of: "Tuesday", with: "day \($0),") }.joined()
        let article = try parse(
            """
            <html><body><div class="story"><div class="tools"><a href="/a">Print</a> <a href="/b">Mail</a></div>
            <div class="intro"><p>The transit plan is the largest change to the city's buses in twenty years.</p></div>
            <div class="text">\(body)</div></div></body></html>
            """)
        // Then the lead opens the body
        #expect(article.body.hasPrefix("The transit plan is the largest change to the city's buses in twenty years."))
        #expect(!article.body.contains("Print"))
    }

    @Test func repeatedParagraphsAreKeptOnce() throws {
        let article = try parse("<html><body><article>\(paragraph)\(paragraph)</article></body></html>")
        #expect(article.body.components(separatedBy: "\n\n").count == 1)
        #expect(article.removed.map(\.kind) == [.duplicate])
    }

    @Test func hiddenElementsAreDropped() throws {
        let article = try parse(
            "<html><body><article>\(paragraph)<div style=\"display: none\"><p>Hidden promotional text that nobody should ever see on this page at all.</p></div></article></body></html>"
        )
        #expect(!article.body.contains("Hidden promotional"))
    }

    @Test func pageWithoutTextIsAnError() {
        #expect {
            try parse("<html><head><script>var a = 1;</script></head><body><script>run()</script></body></html>")
        } throws: { error in
            (error as? ParseError)?.code == .noText
        }
    }

    @Test func jsonLDWithRawLineBreaksIsStillRead() {
        let article = JSONLDArticle(scripts: [
            "{\"@type\": \"NewsArticle\", \"headline\": \"Two\nlines\", \"author\": \"Ann Lee\"}"
        ])
        #expect(article?.headline == "Two lines")
        #expect(article?.authors == ["Ann Lee"])
        #expect(JSONLDArticle(scripts: ["{not json", "[]"]) == nil)
    }
}
