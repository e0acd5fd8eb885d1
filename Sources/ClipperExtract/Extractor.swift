public import ClipperModel

/// Finds who and what an article names: people, organizations, places, programs,
/// quotations with their speakers, figures and dates.
///
/// Pure and `Sendable`: build one (it loads the gazetteer and name lists once) and share it
/// between workers. Rules run over tokens made in one pass over the body's UTF-8 bytes.
public struct Extractor: Sendable {
    private let lexicon: Lexicon

    /// Loads the bundled gazetteer and name lists.
    public init() {
        lexicon = Lexicon()
    }

    /// Extracts everything from a parsed article. Offsets are UTF-8 byte offsets into `article.body`.
    public func extract(from article: ParsedArticle) -> Extraction {
        let text = TokenizedText(article.body)
        let bodyStart = DatelineSkipper.end(of: text)
        var recognizer = EntityRecognizer(text: text, lexicon: lexicon, bodyStart: bodyStart, credits: article.credits)
        recognizer.run()
        let spans = QuoteSpanFinder.spans(in: text, from: bodyStart)
        let quotes = QuoteAttributor(
            text: text, spans: spans, people: recognizer.people, organizations: recognizer.organizations
        ).quotations()
        let (bodyDates, covered) = DateFinder(text: text, published: article.published).dates(from: bodyStart)
        // The headline's dates are the article's too ("... since 1992").
        let titleDates =
            article.title.map { DateFinder(text: TokenizedText($0), published: article.published).dates(from: 0).dates }
            ?? []
        let dates = titleDates + bodyDates
        let figures = FigureFinder(text: text, covered: covered).figures(from: bodyStart)
        return Extraction(
            people: recognizer.people.map(Self.person),
            organizations: recognizer.organizations.filter { !$0.isProgram && !$0.positions.isEmpty }.map(
                Self.organization),
            places: recognizer.places.filter { $0.count > 0 }.map { Place(name: $0.name, count: $0.count) },
            programs: recognizer.organizations.filter(\.isProgram).map {
                Program(name: $0.name, count: $0.positions.count)
            },
            quotes: quotes,
            figures: figures,
            dates: dates
        )
    }

    private static func person(_ record: PersonRecord) -> Person {
        Person(name: record.name, mentions: record.mentions, roles: record.roles, count: record.positions.count)
    }

    private static func organization(_ record: OrganizationRecord) -> Organization {
        Organization(name: record.name, aliases: record.aliases, count: record.positions.count)
    }
}

extension Extractor: CustomStringConvertible {
    /// A short name. ServiceLifecycle names every service by `"\(service)"`, and without this the
    /// pipeline's name walked the gazetteer's 190,000 readings by reflection: a 58 MB string and
    /// seconds of CPU at every daemon start (docs/Performance.md).
    public var description: String { "Extractor" }
}
