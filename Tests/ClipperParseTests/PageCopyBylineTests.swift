import ClipperModel
import ClipperParse
import Testing

/// Bylines in the shapes real page copies give them: with the date after the names, the outlet after a
/// comma, a role glued on by the layout, under a deck written as a sentence.
struct PageCopyBylineTests {
    private func parse(_ text: String) throws -> ParsedArticle { try TextPage.parse(text) }
    private let article = TextPage.article

    private func page(headline: String = "Flint tool found in a cave adds to the evidence", byline: String) -> String {
        "Home\n\n\(headline)\n\n\(byline)\n\n\(article)\n"
    }

    @Test func theDateAfterTheNamesIsNoPartOfThem() throws {
        let parsed = try parse(page(byline: "By Jane Roe on Thu, Nov 9, 2023 at 4:00 am"))
        #expect(parsed.authors == ["Jane Roe"])
        #expect(parsed.published == "2023-11-09")
    }

    @Test func aDateAfterABulletIsNoPartOfTheNames() throws {
        let parsed = try parse(page(byline: "By Jane Roe-Smith • 11/08/23 5:19pm"))
        #expect(parsed.authors == ["Jane Roe-Smith"])
    }

    @Test func oneWordAfterTheLastCommaIsTheOutlet() throws {
        let parsed = try parse(page(byline: "by Jane Roe , Science.org"))
        #expect(parsed.title == "Flint tool found in a cave adds to the evidence")
        #expect(parsed.authors == ["Jane Roe"])
        #expect(parsed.outlet == "Science.org")
    }

    @Test func aRoleGluedToTheNameIsSetApart() throws {
        let parsed = try parse(page(byline: "By Jane RoeStaff Writer"))
        #expect(parsed.authors == ["Jane Roe"])
    }

    @Test func aBylineUnderADeckWrittenAsASentenceIsRead() throws {
        let deck = "The tool is older than any found before in the region, and it changes what we know. Good news."
        let text = "Home\n\nFlint tool found in a cave\n\n\(deck)\n\nBy Jane Roe\n\n\(article)\n"
        let parsed = try parse(text)
        #expect(parsed.authors == ["Jane Roe"])
        #expect(!parsed.body.contains("By Jane Roe"))
    }

    @Test func aListOfNamesAboveTheHeadlineIsNoByline() throws {
        let text = "Garden Tools, Kitchen Shelves\n\nFlint tool found in a cave adds to the evidence\n\n\(article)\n"
        let parsed = try parse(text)
        #expect(parsed.title == "Flint tool found in a cave adds to the evidence")
        #expect(parsed.authors.isEmpty)
    }

    @Test func aListOfNamesUnderTheHeadlineIsTheByline() throws {
        let parsed = try parse(page(byline: "Jane Roe and John Doe"))
        #expect(parsed.authors == ["Jane Roe", "John Doe"])
    }

    @Test func aCaptionWithItsCreditAboveTheHeadlineDoesNotEndTheTop() throws {
        let caption = "Researchers at the entrance of the cave where the tool was found in the spring of last year. (Jane Roe/Science Desk)"
        let text = "Home\n\n\(caption)\n\nFlint tool found in a cave adds to the evidence\n\nBy John Doe\n\n\(article)\n"
        let parsed = try parse(text)
        #expect(parsed.title == "Flint tool found in a cave adds to the evidence")
        #expect(parsed.authors == ["John Doe"])
    }
}
