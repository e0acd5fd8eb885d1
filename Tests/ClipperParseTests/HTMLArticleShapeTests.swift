import ClipperModel
import Foundation
import Testing

@testable import ClipperParse

/// Article shapes the density rules used to cut short: a lead in the article's own `<header>`, lists
/// of sentences with links in them, and an article the page states only in its JSON-LD.
struct HTMLArticleShapeTests {
    @Test func theLeadInTheArticlesOwnHeaderIsKept() throws {
        // Given an article whose headline and lead sit in its own <header>, under a page <header> menu
        let html = """
            <html><body><header><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul></header>
            <article><header><h1>Night bus reaches the harbour</h1>
            <p class="lead">Port workers on the late shift get a bus home from next month.</p></header>
            \(HTMLPage.paragraph)\(HTMLPage.paragraph.replacingOccurrences(of: "Tuesday", with: "Friday"))</article></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the lead opens the body and the page menu is gone
        #expect(article.body.hasPrefix("Port workers on the late shift get a bus home from next month."))
        #expect(!article.body.contains("Home"))
    }

    @Test func aListOfSentencesWithLinksIsKeptAndALinkListGoes() throws {
        // Given an article with a list of steps that each link a word, closed by a download link (a
        // fifth of the list's text is links), and a list of story links
        let steps =
            (1...3).map {
                "<li>Step \($0): take <a href=\"/form\($0)\">the form</a> to the office and ask for a stamp on "
                    + "every page.</li>"
            }.joined() + "<li><a href=\"/form.pdf\">Download the form as a PDF file here</a></li>"
        let links = (1...5).map { "<li><a href=\"/s\($0)\">Another story number \($0)</a></li>" }.joined()
        let html = """
            <html><body><article>\(HTMLPage.paragraph)<ul>\(steps)</ul>
            \(HTMLPage.paragraph.replacingOccurrences(of: "Tuesday", with: "Friday"))<ul>\(links)</ul></article></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the steps stay (the link-only item goes, as every link-only line does) and the story links go
        #expect(article.body.contains("Step 3: take the form to the office and ask for a stamp on every page."))
        #expect(!article.body.contains("Another story number"))
    }

    @Test func anArticleStatedOnlyInJSONLDIsTheBody() throws {
        // Given a page that renders its article by script: the markup shows a teaser, JSON-LD the text
        let sentence = "The harbour night bus runs every forty minutes from the port gate to the station."
        let body = (1...4).map { "\(sentence) Day \($0) of the trial went well." }.joined(separator: "\\n")
        let html = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Night bus",
            "articleBody": "\(body)"}</script></head>
            <body><div id="app"><p>Night bus reaches the harbour: read the story in our app, it is free.</p></div>
            </body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the JSON-LD text is the body, one paragraph a line
        #expect(article.body.hasPrefix("\(sentence) Day 1 of the trial went well.\n\n\(sentence) Day 2"))
        #expect(!article.body.contains("read the story in our app"))
    }
}
