import ArgumentParser
import ClipperControlAPI
import ClipperControlClient
import ClipperModel

/// `clipperctl quotes [--speaker NAME] [--limit N]`: who said what.
struct Quotes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List quotations and who said them, newest articles first.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only quotes by this person (any part of the name, case-insensitive).")
    var speaker: String?

    @OptionGroup var limitOption: LimitOption

    func validate() throws {
        if let speaker, speaker.allSatisfy(\.isWhitespace) {
            throw ValidationError("the speaker's name is empty")
        }
    }

    func run() async throws {
        let hits = try await global.withReader { try await $0.quotes(speaker: speaker, limit: limitOption.limit) }
        try global.output(hits) { Self.render(hits, width: Terminal.outputWidth) }
    }

    /// The quotes as a table: speaker, quote, article.
    static func render(_ hits: [QuoteHit], width: Int?) -> String {
        guard !hits.isEmpty else { return "No quotes found.\n" }
        var table = TextTable([
            .init(title: "SPEAKER"), .init(title: "QUOTE", flexible: true), .init(title: "PUBLISHED"),
            .init(title: "ARTICLE", flexible: true),
        ])
        for hit in hits {
            table.append([
                hit.speaker ?? "(unattributed)", "“\(hit.text)”", hit.published ?? "-",
                hit.title ?? String(hit.articleID.prefix(12)),
            ])
        }
        return table.render(width: width)
    }
}
