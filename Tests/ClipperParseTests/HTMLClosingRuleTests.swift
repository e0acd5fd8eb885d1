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

    @Test(arguments: [
        // a note about the publisher, a fifth of the text or less
        "The Valley Courier is published by a cooperative of its readers in the valley.",
        // a press release's company note, longer than a fifth but under a third
        "Harbor Lines is a regional ferry operator serving the bay's islands and ports. It carries "
            + "some four million passengers a year on fourteen routes and employs about 600 people.",
    ])
    func aPostscriptAfterARuleGoes(note: String) throws {
        let article = try HTMLPage.parse(Self.page(after: note))
        // Then the note is dropped and listed as removed
        #expect(article.body.hasSuffix("for the way to work."))
        #expect(article.removed.contains { $0.text == note })
    }

    @Test func aSectionAsLongAfterARuleStays() throws {
        // Given the same length after the rule, as the story's own closing section
        let section = "Ferry workers said on Friday they would wait for the first week of night sailings, and "
            + "their union asked the council to publish how many used each crossing before the winter timetable."
        let article = try HTMLPage.parse(Self.page(after: section))
        // Then it stays: only a company's note about itself goes at that length
        #expect(article.body.hasSuffix("before the winter timetable."))
    }

    @Test func aCopyrightNoticeClosingTheArticleGoes() throws {
        // Given an article that ends with its site's copyright notice, in the article's own box
        let notice = "© 2025, Valley Courier. This story is the property of the Valley Courier and may not be "
            + "reprinted without the written permission of its editors."
        let html = "<html><body><article>\(HTMLPage.paragraphs)<p>\(notice)</p></article></body></html>"
        let article = try HTMLPage.parse(html)
        // Then the notice is not article text
        #expect(!article.body.contains("reprinted"))
        #expect(article.removed.contains { $0.text == notice })
    }

    @Test func aPostscriptWithALinkStays() throws {
        // Given a closing reference to the source, with a link, after the rule
        let source = "The figures are from the council's <a href=\"/report\">report on night transport</a> of May."
        let article = try HTMLPage.parse(Self.page(after: source))
        // Then it stays
        #expect(article.body.hasSuffix("the council's report on night transport of May."))
    }
}
