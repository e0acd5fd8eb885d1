import ClipperModel
import ClipperParse
import Testing

/// A text copy whose headline is written as a sentence, with a full stop.
struct SentenceHeadlineTests {
    private func parse(_ text: String) throws -> ParsedArticle {
        try ArticleParser.parse(Array(text.utf8), fileName: "story.txt")
    }

    private let lede =
        "The council voted late on Tuesday to close the riverside market for the winter, after a long debate in which traders said the decision would cost them most of their yearly income."
    private let second =
        "The mayor said the closure was needed for repairs to the embankment, which was damaged in the spring floods, and that the market would reopen in April."

    @Test func aShortFirstSentenceBeforeLongerParagraphsIsTheTitle() throws {
        let article = try parse("Council shuts the riverside market for winter.\n\n\(lede)\n\n\(second)\n")
        #expect(article.title == "Council shuts the riverside market for winter.")
        #expect(!article.body.contains("Council shuts"))
    }

    @Test func aFirstLineOfTwoSentencesIsBody() throws {
        let article = try parse("The market shuts. Traders are angry about it.\n\n\(lede)\n\n\(second)\n")
        #expect(article.title == nil)
        #expect(article.body.hasPrefix("The market shuts."))
    }

    @Test func anAbbreviationInsideTheHeadlineIsNotASentenceEnd() throws {
        let article = try parse("Mr. Holt vs. the council over the riverside market.\n\n\(lede)\n\n\(second)\n")
        #expect(article.title == "Mr. Holt vs. the council over the riverside market.")
    }

    @Test func aShortTextKeepsItsOnlyParagraphs() throws {
        let article = try parse("Council shuts the riverside market for winter.\n\n\(lede)\n")
        #expect(article.title == nil)
    }

    @Test func aTitleCaseHeadlineMayHoldTwoSentences() throws {
        let article = try parse("Council Shuts The Market. Traders Say It Is Too Soon.\n\n\(lede)\n\n\(second)\n")
        #expect(article.title == "Council Shuts The Market. Traders Say It Is Too Soon.")
    }

    @Test func aTitleCaseHeadlineAboveASingleParagraphIsTheTitle() throws {
        let article = try parse("Council Shuts The Riverside Market For Winter.\n\n\(lede)\n")
        #expect(article.title == "Council Shuts The Riverside Market For Winter.")
        #expect(article.body.hasPrefix("The council voted"))
    }

    @Test func aHeadlineCutAtASemicolonTakesItsDeckAlong() throws {
        let text = "Council shuts the market;\nTraders say the winter closure comes too soon\n\nLOCAL.\n\n\(lede)\n\n\(second)\n"
        let article = try parse(text)
        #expect(article.title == "Council shuts the market; Traders say the winter closure comes too soon")
        #expect(!article.body.contains("Traders say the winter"))
    }
}
