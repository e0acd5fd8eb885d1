import Foundation

/// Distinct articles made from the seeds: each copy gets a sentence of its own in the middle of
/// its text, so every file has different bytes and a different article body (no duplicates, not
/// even near-duplicates) and the same shape as real input.
///
/// The sentence goes inside the article's prose, not after it: a note after the last paragraph is
/// removed as a postscript, which made four copies in five near-duplicates of the first.
struct Corpus {
    let seeds: [[UInt8]]
    /// Where each seed takes its copy's sentence: the end of the first line, from 40 % of its
    /// bytes on, that ends a sentence.
    private let insertionPoints: [Int]

    init(seedsDirectory: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory).sorted()
        seeds = try names.map { Array(try Data(contentsOf: URL(fileURLWithPath: seedsDirectory + "/" + $0))) }
        guard !seeds.isEmpty else { throw BenchError("no seed articles in \(seedsDirectory)") }
        insertionPoints = seeds.map(Self.insertionPoint)
    }

    /// The `number`th plain-text article.
    func text(_ number: Int) -> [UInt8] {
        let seed = seeds[number % seeds.count]
        let point = insertionPoints[number % seeds.count]
        let sentence = " Copy \(number) of this report was checked again on \(number % 28 + 1) March."
        return Array(seed[..<point]) + Array(sentence.utf8) + Array(seed[point...])
    }

    private static func insertionPoint(in seed: [UInt8]) -> Int {
        var index = seed.count * 2 / 5
        while index + 1 < seed.count {
            if seed[index] == UInt8(ascii: "."), seed[index + 1] == UInt8(ascii: "\n") { return index + 1 }
            index += 1
        }
        return seed.count
    }

    /// The `number`th article as a news-site HTML page: the text's lines as paragraphs inside
    /// `<article>` under its first line as the headline, with navigation, share bar, related links
    /// and footer around it.
    ///
    /// Each line is a paragraph, as each is one in the page it was copied from: three of the five
    /// seeds have no blank line at all, and paragraphs made at blank lines put a whole article in
    /// the `<h1>` and the `<title>`, a page no site makes (it measured the headline matcher, not
    /// the parser).
    func html(_ number: Int) -> [UInt8] {
        let paragraphs = String(decoding: text(number), as: UTF8.self)
            .components(separatedBy: "\n")
            .map { $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let title = paragraphs.first ?? "Untitled"
        var page = """
            <!doctype html><html><head><meta charset="utf-8"><title>\(title.prefix(80)) | The Daily Bench</title>
            <meta property="og:site_name" content="The Daily Bench"><script>var tracking = {page: \(number)};</script>
            <style>body { font-family: serif }</style></head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/politics">Politics</a> <a href="/donate">Donate</a></nav></header>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
            <main><article><h1>\(title)</h1>
            """
        for paragraph in paragraphs.dropFirst() { page += "<p>\(paragraph)</p>\n" }
        page += """
            </article></main>
            <aside class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">More news</a></li></ul></aside>
            <footer><p>© The Daily Bench. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
            </body></html>
            """
        return Array(page.utf8)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
