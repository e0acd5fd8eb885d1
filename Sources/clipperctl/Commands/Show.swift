import ArgumentParser
import ClipperModel
import Foundation

/// `clipperctl show ID|FILE`: one article with its metadata, body and what was extracted.
struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one article: metadata, body, people, organizations, places, quotes, figures."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp("The article's id, an id prefix (6+ hex digits) or its file name.", valueName: "id|file"))
    var key: String

    @Flag(help: "Also show the blocks dropped from the source (navigation, captions, …).")
    var removed = false

    @Flag(inversion: .prefixedNo, help: "Show the article's body.")
    var body = true

    func validate() throws {
        if key.isEmpty { throw ValidationError("give an article id, id prefix or file name") }
    }

    func run() async throws {
        guard let record = try await global.withReader({ try await $0.article(matching: key) }) else {
            throw CommandError("no such article: \(key)")
        }
        try global.output(record) { Self.render(record, body: body, removed: removed, width: Terminal.outputWidth) }
    }

    /// The article for people: a header of fields, the body, then one section per kind of extraction.
    static func render(_ record: ArticleRecord, body: Bool, removed: Bool, width: Int?) -> String {
        var output = ""
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            output += (name + ":").padding(toLength: 11, withPad: " ", startingAt: 0) + value + "\n"
        }
        field("Title", record.title)
        field("ID", record.id)
        field(
            "File",
            "\(record.source.file) (\(HumanFormat.bytes(record.source.bytes)), \(record.source.mediaType.rawValue))")
        field("Outlet", record.outlet)
        field("Published", record.published)
        field("Authors", record.authors.joined(separator: ", "))
        field("Dateline", record.dateline)
        field("Credits", record.credits.joined(separator: ", "))
        field("Duplicate", record.duplicateOf.map { "of \($0)" })
        if body {
            output += "\n" + record.body + "\n"
        }
        section(
            "People", into: &output, width: width,
            columns: [
                .init(title: "NAME"), .init(title: "MENTIONS", alignment: .right),
                .init(title: "ROLES", flexible: true),
            ],
            rows: record.people.map { [$0.name, String($0.count), $0.roles.joined(separator: "; ")] })
        section(
            "Organizations", into: &output, width: width,
            columns: [
                .init(title: "NAME"), .init(title: "MENTIONS", alignment: .right),
                .init(title: "ALIASES", flexible: true),
            ],
            rows: record.organizations.map { [$0.name, String($0.count), $0.aliases.joined(separator: ", ")] })
        section(
            "Places", into: &output, width: width,
            columns: [.init(title: "NAME"), .init(title: "MENTIONS", alignment: .right)],
            rows: record.places.map { [$0.name, String($0.count)] })
        section(
            "Programs", into: &output, width: width,
            columns: [.init(title: "NAME"), .init(title: "MENTIONS", alignment: .right)],
            rows: record.programs.map { [$0.name, String($0.count)] })
        section(
            "Quotes", into: &output, width: width,
            columns: [.init(title: "SPEAKER"), .init(title: "QUOTE", flexible: true)],
            rows: record.quotes.map {
                [$0.speaker ?? $0.speakerDescription.map { "(\($0))" } ?? "(unattributed)", "“\($0.text)”"]
            })
        section(
            "Figures", into: &output, width: width,
            columns: [
                .init(title: "FIGURE"), .init(title: "VALUE", alignment: .right), .init(title: "UNIT"),
                .init(title: "OF", flexible: true),
            ],
            rows: record.figures.map { [$0.text, HumanFormat.number($0.value), $0.unit, $0.of ?? ""] })
        section(
            "Dates", into: &output, width: width, columns: [.init(title: "TEXT"), .init(title: "ISO")],
            rows: record.dates.map { [$0.text, $0.iso ?? "-"] })
        if removed {
            section(
                "Removed", into: &output, width: width,
                columns: [.init(title: "KIND"), .init(title: "TEXT", flexible: true)],
                rows: record.removed.map { [$0.kind.rawValue, $0.text] })
        }
        return output
    }

    /// Appends a titled table (`People (3)`), or nothing when `rows` is empty.
    private static func section(
        _ title: String, into output: inout String, width: Int?, columns: [TextTable.Column], rows: [[String]]
    ) {
        guard !rows.isEmpty else { return }
        var table = TextTable(columns)
        rows.forEach { table.append($0) }
        output += "\n\(title) (\(rows.count))\n" + table.render(width: width)
    }
}
