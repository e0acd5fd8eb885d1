import Foundation

/// Distinct articles made from the seeds: each copy gets a paragraph of its own, so
/// every file has different bytes (no duplicates) and the same shape as real input.
struct Corpus {
    let seeds: [[UInt8]]

    init(seedsDirectory: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory).sorted()
        seeds = try names.map { Array(try Data(contentsOf: URL(fileURLWithPath: seedsDirectory + "/" + $0))) }
        guard !seeds.isEmpty else { throw BenchError("no seed articles in \(seedsDirectory)") }
    }

    /// The `number`th plain-text article.
    func text(_ number: Int) -> [UInt8] {
        var bytes = seeds[number % seeds.count]
        bytes += Array(
            "\n\nEditor's note: this is copy \(number) of the benchmark corpus, filed \(number % 28 + 1) March.\n".utf8)
        return bytes
    }

    /// The `number`th article as a news-site HTML page: the text's paragraphs inside
    /// `<article>`, with navigation, share bar, related links and footer around it.
    func html(_ number: Int) -> [UInt8] {
        let paragraphs = String(decoding: text(number), as: UTF8.self)
            .components(separatedBy: "\n\n")
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
