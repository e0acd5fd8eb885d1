import ClipperModel
import Testing

@testable import ClipperWeb

struct ArticleMarkupTests {
    static let body = """
        Chief Medina’s officers met ICE agents in Albuquerque.

        "We keep our word," Harold Medina said. Medinas are not Medina.
        """

    static var record: ArticleRecord {
        let quoteText = "We keep our word,"
        let start = Array(body.utf8).firstIndex(of: UInt8(ascii: "\"")).map { $0 + 1 } ?? 0
        return ArticleRecord(
            id: String(repeating: "a", count: 64), source: SourceInfo(file: "a.txt", bytes: 10, mediaType: .plainText),
            article: ParsedArticle(mediaType: .plainText, body: body),
            extraction: Extraction(
                people: [Person(name: "Harold Medina", mentions: ["Medina", "Chief Medina"])],
                organizations: [Organization(name: "Immigration and Customs Enforcement", aliases: ["ICE"])],
                places: [Place(name: "Albuquerque")],
                quotes: [
                    Quotation(
                        speaker: "Harold Medina", text: quoteText, cue: "said", start: start,
                        end: start + quoteText.utf8.count)
                ]))
    }

    @Test func namesAreLinkedAtWordEdgesLongestFirst() {
        let markup = ArticleMarkup(Self.record)
        #expect(markup.paragraphs.count == 2)
        let first = markup.paragraphs[0].runs.flatMap(\.spans)
        let links = first.filter { $0.href != nil }
        #expect(links.map(\.text) == ["Chief Medina", "ICE", "Albuquerque"])
        #expect(links.first?.href == "/people/Harold%20Medina")
        #expect(links[1].href == "/organizations/Immigration%20and%20Customs%20Enforcement")
        // The text reads back whole, marks and all
        #expect(first.map(\.text).joined() == "Chief Medina’s officers met ICE agents in Albuquerque.")
        // "Medinas" is not the name Medina, the trailing "Medina" is
        let second = markup.paragraphs[1].runs.flatMap(\.spans).filter { $0.href != nil }.map(\.text)
        #expect(second == ["Harold Medina", "Medina"])
    }

    @Test func quotationsAreRunsWithTheirSpeaker() throws {
        let runs = ArticleMarkup(Self.record).paragraphs[1].runs
        let quote = try #require(runs.first { $0.quote != nil })
        #expect(quote.spans.map(\.text).joined() == "We keep our word,")
        #expect(quote.quote?.speakerHref == "/people/Harold%20Medina")
        #expect(
            runs.flatMap(\.spans).map(\.text).joined()
                == "\"We keep our word,\" Harold Medina said. Medinas are not Medina.")
    }

    @Test func offsetsOutsideTheBodyOrInsideACharacterAreIgnored() {
        var record = Self.record
        record.quotes = [
            Quotation(speaker: nil, text: "x", cue: nil, start: 5, end: 5_000),
            Quotation(speaker: nil, text: "x", cue: nil, start: 13, end: 14),  // inside ’ (3 bytes from 12)
        ]
        let markup = ArticleMarkup(record)
        #expect(markup.paragraphs.allSatisfy { $0.runs.allSatisfy { $0.quote == nil } })
    }
}
