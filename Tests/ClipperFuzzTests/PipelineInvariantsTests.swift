import ClipperModel
import Testing

@testable import clipper_fuzz

/// The invariant checks themselves: each catches the fault it names and passes good output.
struct PipelineInvariantsTests {
    private let article = ParsedArticle(
        mediaType: .plainText, authors: ["Ann Lee"], published: "2025-03-30T10:00:00Z",
        body: "“Ça va,” said Ann Lee.\n\nThe fund has $5 million."
    )

    @Test func goodOutputHasNoViolations() {
        let extraction = Extraction(
            people: [Person(name: "Ann Lee", mentions: ["Ann Lee"], count: 1)],
            organizations: [Organization(name: "Fund", aliases: ["F"], count: 2)],
            places: [Place(name: "Paris", count: 1)],
            programs: [Program(name: "Operation Stonegarden", count: 1)],
            quotes: [Quotation(speaker: "Ann Lee", text: "Ça va,", cue: "said", start: 3, end: 10)],
            figures: [Figure(text: "$5 million", value: 5_000_000, unit: "USD")],
            dates: [DateMention(text: "March 30", iso: "--03-30"), DateMention(text: "2025", iso: "2025")]
        )
        #expect(PipelineInvariants.violations(article: article, extraction: extraction) == [])
    }

    @Test func quoteOffsetsMustLieInTheBodyOnCharacterBoundaries() {
        let outside = Extraction(quotes: [Quotation(speaker: nil, text: "x", cue: nil, start: 5, end: 500)])
        let reversed = Extraction(quotes: [Quotation(speaker: nil, text: "x", cue: nil, start: 8, end: 4)])
        let negative = Extraction(quotes: [Quotation(speaker: nil, text: "x", cue: nil, start: -1, end: 4)])
        // Byte 1 is inside the three-byte “ that opens the body.
        let cut = Extraction(quotes: [Quotation(speaker: nil, text: "x", cue: nil, start: 1, end: 10)])
        for extraction in [outside, reversed, negative, cut] {
            #expect(PipelineInvariants.violations(article: article, extraction: extraction).count == 1)
        }
    }

    @Test func namedThingsNeedANameAndAMention() {
        let extraction = Extraction(
            people: [Person(name: " ", mentions: [""], count: 0)],
            organizations: [Organization(name: "", aliases: [], count: 1)],
            places: [Place(name: "\n", count: 1)],
            programs: [Program(name: "X", count: 0)],
            quotes: [Quotation(speaker: "", text: "", cue: nil, start: 0, end: 0)]
        )
        let violations = PipelineInvariants.violations(article: article, extraction: extraction)
        // person: name, count, mention; organization: name; place: name; program: count; quote: speaker
        #expect(violations.count == 7, "\(violations)")
    }

    @Test func figuresNeedAFiniteValueTextAndUnit() {
        let extraction = Extraction(figures: [
            Figure(text: "lots", value: .infinity, unit: "USD"),
            Figure(text: "", value: .nan, unit: ""),
        ])
        #expect(PipelineInvariants.violations(article: article, extraction: extraction).count == 4)
    }

    @Test(arguments: ["2025", "2025-01", "2025-01-28", "--03", "--03-30", "1999-12-31"])
    func isoDateMentionsPass(iso: String) {
        let extraction = Extraction(dates: [DateMention(text: "a date", iso: iso)])
        #expect(PipelineInvariants.violations(article: article, extraction: extraction) == [])
    }

    @Test(arguments: [
        "", "25", "2025-13", "2025-00-10", "2025-01-32", "00-1-12-31", "--13", "--02-00", "2025/01/28", "２０２５",
    ])
    func otherDateMentionsFail(iso: String) {
        let extraction = Extraction(dates: [DateMention(text: "a date", iso: iso)])
        #expect(PipelineInvariants.violations(article: article, extraction: extraction).count == 1)
    }

    @Test func anArticleNeedsABodyNamedAuthorsAndAnISOPublicationDate() {
        let bad = ParsedArticle(
            mediaType: .html, authors: [""], published: "March 30, 2025", body: " \n\n ", credits: [" "])
        #expect(PipelineInvariants.violations(article: bad, extraction: Extraction()).count == 4)
    }

    @Test func theLastByteChoosesTheFileNameHint() {
        #expect(FuzzInput([0x41, 0x42]).fileName == "input.txt")
        #expect(FuzzInput([0x42, 0x41]).fileName == "input.html")
        #expect(FuzzInput([]).fileName == "input.txt")
    }
}
