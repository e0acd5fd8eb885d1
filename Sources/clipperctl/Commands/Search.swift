import ArgumentParser
import ClipperControlAPI
import ClipperControlClient
import ClipperModel

/// `clipperctl search QUERY [--limit N]`: ranked results with snippets.
struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the articles' full text, best matches first.",
        discussion: #"The query is the store's full-text syntax: words, "exact phrases", OR, NOT, prefix*."#
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The words to look for.")
    var query: String

    @OptionGroup var limitOption: LimitOption

    func run() async throws {
        let hits = try await global.withReader { try await $0.search(query, limit: limitOption.limit) }
        try global.output(hits) { Self.render(hits, width: Terminal.outputWidth) }
    }

    /// The hits as a table (rank, id, published, title), each row followed by its snippet.
    static func render(_ hits: [SearchHit], width: Int?) -> String {
        guard !hits.isEmpty else { return "No articles match.\n" }
        var table = TextTable([
            .init(title: "#", alignment: .right), .init(title: "ID"), .init(title: "PUBLISHED"),
            .init(title: "TITLE", flexible: true),
        ])
        for (index, hit) in hits.enumerated() {
            table.append([String(index + 1), String(hit.id.prefix(12)), hit.published ?? "-", hit.title ?? hit.file])
        }
        let lines = table.render(width: width).split(separator: "\n", omittingEmptySubsequences: false)
        var output = String(lines[0]) + "\n"
        for (index, hit) in hits.enumerated() {
            output += lines[index + 1] + "\n"
            let snippet = "    " + TextTable.singleLine(hit.snippet)
            output += (width.map { TextTable.truncated(snippet, to: $0) } ?? snippet) + "\n"
        }
        return output
    }
}
