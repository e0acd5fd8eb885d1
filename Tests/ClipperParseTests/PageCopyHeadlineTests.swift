import ClipperModel
import Testing

@testable import ClipperParse

/// The headline of a page copied as plain text: menus above it are shaped like headlines too, so it
/// is the longest candidate among the last lines above the first paragraph.
struct PageCopyHeadlineTests {
    private func parse(_ text: String) throws -> ParsedArticle { try TextPage.parse(text) }
    private let lede = TextPage.lede
    private let second = TextPage.second

    @Test func theHeadlineIsTheLongestCandidateAboveTheArticleNotTheSkipLink() throws {
        let page = """
            Skip to main content

            Open the site menu

            Regional news and weather

            Harbor ferry returns to the island after two weeks of repairs

            Photo gallery for this story

            \(lede)

            \(second)
            """
        let article = try parse(page)
        #expect(article.title == "Harbor ferry returns to the island after two weeks of repairs")
        #expect(!article.body.contains("Harbor ferry returns"))
    }

    @Test func listItemsAndDateLinesAreNeverTheHeadline() throws {
        let page = """
            Ferry back on its timetable

            • Timetables and fares for all the island routes this winter

            [Search the site for more]

            Published on 12 March 2024 by the harbor desk team

            \(lede)

            \(second)
            """
        let article = try parse(page)
        #expect(article.title == "Ferry back on its timetable")
    }

    @Test func aPieceOfAParagraphBrokenOffIsNotTheHeadline() throws {
        let page = """
            Ferry back on its timetable

            and the island, after the yard had kept the boat. The crew said they were glad to be back at sea

            \(lede)

            \(second)
            """
        let article = try parse(page)
        #expect(article.title == "Ferry back on its timetable")
    }

    @Test func theStandfirstUnderTheHeadlineStaysInTheBody() throws {
        let standfirst = "The operator says the island route will keep its winter timetable until the spring."
        let page = """
            Home
            News
            Sport
            Weather
            Contact

            Harbor ferry returns to the island after repairs

            \(standfirst)

            Most read
            Storm closes coastal road
            Council approves budget

            \(lede)

            \(second)
            """
        let article = try parse(page)
        #expect(article.title == "Harbor ferry returns to the island after repairs")
        #expect(article.body.contains(standfirst))
    }

    @Test(arguments: ["• Harbor", "◦ Harbor", "□ Harbor", "* Harbor", "- Harbor", "[ ] Search", "[Go] Harbor"])
    func listItemsOpenWithABulletOrAWidget(_ line: String) {
        #expect(ListItems.isListItem(line))
    }

    @Test(arguments: ["Harbor ferry returns", "-20 degrees on the coast", "[A note on the timetable", "•Harbor"])
    func otherLinesAreNotListItems(_ line: String) {
        #expect(!ListItems.isListItem(line))
    }
}
