public import ClipperModel

/// Deterministic made-up news articles for filling a store in benchmarks: a news-like vocabulary
/// where each article is about two of two dozen topics, with a long tail of rare words, and names
/// a person, a place, a quote and a figure.
public struct SyntheticCorpus: Sendable {
    /// Varies the corpus; the same seed gives the same articles.
    public var seed: UInt64
    /// Roughly how many words each body has.
    public var wordsPerArticle: Int

    public init(seed: UInt64 = 1, wordsPerArticle: Int = 250) {
        self.seed = seed
        self.wordsPerArticle = wordsPerArticle
    }

    /// Queries from broad (most articles) to narrow (a handful): what `searchLatency` times.
    public static let queries = [
        "police budget", "drought", "\"rent increase\"", "wildfire evacuation", "teachers strike", "tariff",
        "sanctuary policy", "election", "hospital nurses", "flooding levee", "officials",
        SyntheticCorpus.tailWord(4_321),
    ]

    /// Each article is about two topics; a topic's words appear only in its articles, so a topic
    /// word matches about one article in twelve, as a subject word does in a real news archive.
    static let topics = [
        ["police", "officers", "chief", "budget"], ["drought", "reservoir", "irrigation", "farmers"],
        ["election", "ballots", "voters", "turnout"], ["sanctuary", "immigration", "policy", "asylum"],
        ["wildfire", "evacuation", "firefighters", "smoke"], ["teachers", "strike", "union", "classrooms"],
        ["hospital", "nurses", "patients", "emergency"], ["tariff", "imports", "exporters", "steel"],
        ["housing", "rent", "tenants", "increase"], ["council", "ordinance", "zoning", "permit"],
        ["court", "judge", "ruling", "appeal"], ["vaccine", "clinic", "outbreak", "measles"],
        ["airport", "flights", "runway", "passengers"], ["bridge", "highway", "traffic", "construction"],
        ["river", "flooding", "levee", "rainfall"], ["senate", "bill", "lawmakers", "amendment"],
        ["museum", "exhibit", "artists", "gallery"], ["stadium", "season", "coach", "playoffs"],
        ["factory", "layoffs", "plant", "jobs"], ["library", "books", "readers", "branch"],
        ["pipeline", "oil", "spill", "regulators"], ["transit", "buses", "fares", "riders"],
        ["tax", "revenue", "levy", "assessor"], ["water", "utility", "rates", "customers"],
    ]
    static let commonWords = [
        "the", "a", "of", "to", "and", "in", "said", "on", "for", "that", "with", "was", "is", "by", "at", "it",
        "from", "as", "have", "has", "will", "city", "state", "year", "new", "people", "officials", "last",
        "week", "after", "more", "than", "about", "would", "could", "plan", "public", "local", "federal",
    ]
    static let givenNames = ["Maria", "James", "Aisha", "Chen", "Olga", "Harold", "Priya", "Tomás", "Grace", "Kwame"]
    static let surnames = [
        "Medina", "Okafor", "Lindqvist", "Park", "Haddad", "Novak", "Rivera", "Stone", "Ito", "Byrne",
    ]
    static let places = ["Albuquerque", "Sacramento", "Tucson", "Boise", "Fresno", "Spokane", "El Paso", "Reno"]

    /// The article numbered `number` (0-based); its id is 64 hex digits derived from the seed and number.
    public func article(_ number: Int) -> ArticleRecord {
        var random = SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(number))
        let id = (0..<4).map { _ in random.hex16() }.joined()
        let person =
            Self.givenNames[random.below(Self.givenNames.count)] + " "
            + Self.surnames[random.below(Self.surnames.count)]
        let place = Self.places[random.below(Self.places.count)]
        let topics = [Self.topics[random.below(Self.topics.count)], Self.topics[random.below(Self.topics.count)]]
        let topic = topics[0][0]
        var words: [String] = []
        words.reserveCapacity(wordsPerArticle + 20)
        for _ in 0..<wordsPerArticle {
            let roll = random.below(100)
            if roll < 60 {
                words.append(Self.commonWords[random.below(Self.commonWords.count)])
            } else if roll < 72 {
                let words4 = topics[random.below(2)]
                words.append(words4[random.below(words4.count)])
            } else {
                words.append(Self.tailWord(random.below(50_000)))
            }
        }
        let quoteText = "We will keep the \(topic) plan on the table for \(place)"
        let lead = "\(place) \(topic) news: \(person) said \"\(quoteText),\" on Tuesday."
        let body = lead + "\n\n" + words.joined(separator: " ") + "."
        let quoteStart = lead.utf8.count - quoteText.utf8.count - "\" on Tuesday.".utf8.count - 1
        let amount = Double(random.below(900) + 100) * 1_000_000
        return ArticleRecord(
            id: id,
            source: SourceInfo(file: "synthetic-\(number).txt", bytes: body.utf8.count + 200, mediaType: .plainText),
            article: ParsedArticle(
                mediaType: .plainText, title: "\(place) weighs \(topic) plan", authors: ["Staff Reporter"],
                outlet: "Synthetic News",
                published: "2025-\(String(format2: number % 12 + 1))-\(String(format2: number % 28 + 1))",
                dateline: place.uppercased(), body: body),
            extraction: Extraction(
                people: [
                    Person(name: person, mentions: [person, String(person.split(separator: " ").last ?? "")], count: 2)
                ],
                organizations: [Organization(name: "\(place) City Council", count: 1)],
                places: [Place(name: place, count: 2)],
                quotes: [
                    Quotation(
                        speaker: person, text: quoteText, cue: "said", start: quoteStart,
                        end: quoteStart + quoteText.utf8.count)
                ],
                figures: [
                    Figure(text: "$\(Int(amount / 1_000_000)) million", value: amount, unit: "USD", of: "\(topic) plan")
                ],
                dates: [DateMention(text: "last week", iso: nil)]))
    }

    /// A made-up word for the long tail of the vocabulary (`zonvelar`, …), one per index.
    static func tailWord(_ index: Int) -> String {
        let onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr"]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
        var value = index
        var word = ""
        for _ in 0..<3 {
            word += onsets[value % onsets.count] + vowels[(value / onsets.count) % vowels.count]
            value /= onsets.count * vowels.count
            if value == 0 { break }
        }
        return word + "r"
    }
}

extension String {
    /// A number from 1 to 99 as two digits (`03`).
    fileprivate init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
