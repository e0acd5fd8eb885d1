import ClipperModel
import Foundation
import Testing

@testable import ClipperParse

/// The titles of boxes below an article left closing it without their content ("More on this",
/// "Write a comment", a label ending in a colon) go; a closing line of data or a sentence stays.
struct HTMLTrailingFragmentTests {
    @Test func boxTitlesClosingTheArticleGo() throws {
        // Given an article followed by the titles of a teaser box, a comment form and a list label
        let html = """
            <html><body><div class="text">\(HTMLPage.paragraphs)<div class="more">More on this topic</div>
            <p>Other readers also liked:</p><div><span>Write a comment</span></div></div></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the body ends with the article's last sentence, and the titles are listed as removed
        #expect(article.body.hasSuffix("the council said on Friday."))
        #expect(article.removed.contains { $0.text == "Write a comment" })
    }

    @Test func aClosingLineOfDataStays() throws {
        // Given an article closing with a line of figures
        let html = """
            <html><body><div class="text">\(HTMLPage.paragraphs)<p>Fare: 2 euros per ride</p></div></body></html>
            """
        // Then the line stays
        #expect(try HTMLPage.parse(html).body.hasSuffix("Fare: 2 euros per ride"))
    }

    @Test func aLabelledLinkToAnotherStoryGoesAndALinkInASentenceStays() throws {
        // Given an article with a "See also:" line linking another story, and a sentence with a link
        let html = """
            <html><body><div class="text">\(HTMLPage.paragraphs)<p><em>See also: <a href="/s">Trams return to the old
            town</a></em></p><p>Timetables: <a href="/t">at the station</a> and on the council's site, from
            Monday on, for every line of the night network.</p></div></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the labelled link goes, the sentence stays
        #expect(!article.body.contains("Trams return"))
        #expect(article.body.contains("Timetables: at the station and on the council's site"))
    }

    @Test func aClosingQuotationInGermanMarksStays() throws {
        // Given an article closing with a short reply quoted in German marks („…“, »…«)
        for reply in ["– „Gut.“", "– »Gut.«"] {
            let html = """
                <html><body><div class="text">\(HTMLPage.paragraphs)<p>\(reply)</p></div></body></html>
                """
            // Then the reply ends a sentence and stays
            #expect(try HTMLPage.parse(html).body.hasSuffix(reply))
        }
    }
}
