import ClipperModel
import Foundation
import Testing

@testable import ClipperParse

/// Leads set above the article in shapes the lead finder used to miss: inside a header box named
/// `intro` that also holds the byline and date, and above an `<article>` that wraps only the body.
struct HTMLLeadTests {
    @Test func theLeadInsideAnIntroBoxWithTheBylineIsKeptAlone() throws {
        // Given a header whose box named "intro" holds the lead, the byline and the date
        let html = """
            <html><body><main><article><header><h1>Night bus reaches the harbour</h1>
            <div class="story-intro"><div class="summary">Port workers on the late shift get a bus home from
            next month.</div><div class="byline">By Ann Lee</div><div class="meta"><time>3 May 2024</time>
            </div></div></header><div class="story-body">\(HTMLPage.paragraphs)</div></article></main></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the lead opens the body, without the byline and date after it
        #expect(article.body.hasPrefix("Port workers on the late shift get a bus home from next month.\n\nThe council"))
        #expect(!article.body.contains("By Ann Lee"))
    }

    @Test func theLeadAboveAnArticleWrappingOnlyTheBodyIsKept() throws {
        // Given a <main> with the headline and lead in a header, and the body alone in an <article>
        let html = """
            <html><body><main><header class="entry-header"><h2>Night bus reaches the harbour</h2>
            <div class="lead"><p>Port workers on the late shift get a bus home from next month.</p></div>
            </header><figure><img src="bus.jpg"><figcaption>The night bus at the port gate.</figcaption></figure>
            <div class="content"><article class="article-body">\(HTMLPage.paragraphs)</article></div></main>
            </body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the lead opens the body
        #expect(article.body.hasPrefix("Port workers on the late shift get a bus home from next month.\n\nThe council"))
    }

    @Test func whiteSpaceBetweenTagsDoesNotPushTheLeadAway() throws {
        // Given a lead above the article, then deeply indented markup (more than 1,000 bytes of white
        // space between tags, but little text)
        let indent = String(repeating: "\n" + String(repeating: " ", count: 40) + "<span></span>", count: 40)
        let html = """
            <html><body><div class="page"><h1>Night bus reaches the harbour</h1>
            <div class="intro"><p>Port workers on the late shift get a bus home from next month.</p></div>
            <div class="tools">\(indent)</div><div class="text">\(HTMLPage.paragraphs)</div></div></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the lead still opens the body
        #expect(article.body.hasPrefix("Port workers on the late shift get a bus home from next month.\n\nThe council"))
    }

    @Test func aLongDeckWithoutAFinalStopIsKeptAndAShortOneIsNot() throws {
        // Given two pages with a named lead that ends without a stop: one of a paragraph's length, one
        // of a headline's
        let long = "Port workers on the late shift get a bus home from next month, with a stop at the station, "
            + "the hospital and the estates on the hill, and a fare of one ticket whatever the distance"
        let short = "Port workers on the late shift get a bus home"
        func page(_ lead: String) -> String {
            """
            <html><body><article><h1>Night bus reaches the harbour</h1><p class="subtitle">\(lead)</p>
            <div class="text">\(HTMLPage.paragraphs)</div></article></body></html>
            """
        }
        // Then the long deck opens the body and the short one does not
        #expect(try HTMLPage.parse(page(long)).body.hasPrefix(long + "\n\nThe council"))
        #expect(try HTMLPage.parse(page(short)).body.hasPrefix("The council"))
    }
}
