import ClipperModel
import ClipperTestSupport
import Testing

@testable import ClipperParse

/// Parsing arbitrary input never crashes and always finishes: with an article or a `ParseError`.
struct RobustnessTests {
    /// Parses `bytes`; returns whether the outcome is well-formed (a non-empty body or a reason).
    private func outcomeIsWellFormed(_ bytes: [UInt8], _ name: String) -> Bool {
        do {
            let article = try ArticleParser.parse(bytes, fileName: name)
            return !article.body.isEmpty
        } catch {
            return !error.reason.isEmpty
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func randomBytes() {
        var generator = SeededGenerator(seed: 42)
        var wellFormed = 0
        for round in 0..<2000 {
            let count = Int.random(in: 0...600, using: &generator)
            // Half the inputs avoid NUL so they get past the binary check into the parsers.
            let bytes = (0..<count).map { _ in
                round % 2 == 0
                    ? UInt8.random(in: 0...255, using: &generator) : UInt8.random(in: 1...255, using: &generator)
            }
            if outcomeIsWellFormed(bytes, round % 3 == 0 ? "x.html" : "x.txt") { wellFormed += 1 }
        }
        #expect(wellFormed == 2000)
    }

    @Test(.timeLimit(.minutes(1)))
    func randomGarbledHTML() {
        var generator = SeededGenerator(seed: 7)
        let pieces = [
            "<div>", "</div>", "<p>", "</p>", "<a href='x'>", "</a>", "<br>", "<table><tr><td>", "</td>",
            "<script>", "</script>", "<!--", "-->", "<article class='share comment'>", "<b", ">", "&amp;", "&#x", ";",
            "<meta charset=utf-16>", "<li>", "<h2>", "\"", "Some words of text, here.", " ", "\n", "ü", "“",
            "<![CDATA[",
            "<svg><path/></svg>", "<style>p{}</style>", "<ul>", "</ul>", "<time datetime='2020-13-45'>", "</html>",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[[[[1]]]]}</script>",
        ]
        var wellFormed = 0
        for _ in 0..<1500 {
            var html = "<html><body>"
            for _ in 0..<Int.random(in: 0...80, using: &generator) {
                html += pieces.randomElement(using: &generator)!
            }
            if outcomeIsWellFormed(Array(html.utf8), "page.html") { wellFormed += 1 }
        }
        #expect(wellFormed == 1500)
    }

    @Test(.timeLimit(.minutes(1)))
    func hundredThousandNestedElements() {
        let html =
            "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Deep text.</p>"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        #expect(outcomeIsWellFormed(Array(html.utf8), "deep.html"))
        let table = String(repeating: "<table><tr><td>", count: 20_000) + "cell"
        #expect(outcomeIsWellFormed(Array(table.utf8), "tables.html"))
    }

    @Test(.timeLimit(.minutes(1)))
    func manyLinesThatAllJoinOrAllMatchARule() throws {
        // Every line continues a cut sentence: one paragraph of 100,000 lines (joined in linear time).
        let joined = try ArticleParser.parse(
            Array(String(repeating: "and the words go on and on\n", count: 100_000).utf8), fileName: "a.txt")
        #expect(joined.body.utf8.count == 100_000 * 27 - 1)
        // Every other line is a photo credit with a caption candidate above it.
        let credits = String(
            repeating: "A long line of prose that ends like a sentence does.\nPhoto by Ann Lee\n", count: 20_000)
        let article = try ArticleParser.parse(Array(credits.utf8), fileName: "b.txt")
        #expect(article.credits == ["Ann Lee"])
        #expect(article.body.utf8.count == 52)
    }

    @Test(.timeLimit(.minutes(1)))
    func fiveMegabyteSingleLine() throws {
        let line = String(repeating: "word ", count: 1_000_000)
        let text = try ArticleParser.parse(Array(line.utf8), fileName: "line.txt")
        #expect(text.body.utf8.count == 4_999_999)
        let html = try ArticleParser.parse(
            Array("<html><body><p>\(line)</p></body></html>".utf8), fileName: "line.html")
        #expect(html.body.utf8.count == 4_999_999)
    }
}
