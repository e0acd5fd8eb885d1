import ArgumentParser
import ClipperControlAPI
import ClipperControlClient
import ClipperModel

/// `clipperctl entities [--type person|organization|place|program] [--limit N]`.
struct Entities: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people, organizations, places and programs named across articles, most articles first."
    )

    @OptionGroup var global: GlobalOptions

    /// The `--type` values: one per ``EntityKind``.
    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case person, organization, place, program

        var entityKind: EntityKind {
            switch self {
            case .person: .person
            case .organization: .organization
            case .place: .place
            case .program: .program
            }
        }
    }

    @Option(name: .customLong("type"), help: "Only this kind of entity.")
    var kind: Kind?

    @OptionGroup var limitOption: LimitOption

    func run() async throws {
        let entities = try await global.withReader {
            try await $0.entities(kind: kind?.entityKind, limit: limitOption.limit)
        }
        try global.output(entities) { Self.render(entities, width: Terminal.outputWidth) }
    }

    /// The entities as a table: kind, name, articles, mentions, aliases.
    static func render(_ entities: [EntitySummary], width: Int?) -> String {
        guard !entities.isEmpty else { return "No entities found.\n" }
        var table = TextTable([
            .init(title: "TYPE"), .init(title: "NAME", flexible: true), .init(title: "ARTICLES", alignment: .right),
            .init(title: "MENTIONS", alignment: .right), .init(title: "ALIASES", flexible: true),
        ])
        for entity in entities {
            table.append([
                entity.kind.rawValue, entity.name, HumanFormat.count(entity.articles),
                HumanFormat.count(entity.mentions),
                entity.aliases.joined(separator: ", "),
            ])
        }
        return table.render(width: width)
    }
}
