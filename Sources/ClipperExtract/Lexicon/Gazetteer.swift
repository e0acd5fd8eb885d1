/// Place names from GeoNames (see docs/Data.md), keyed by the phrase hash of each name a text may use.
struct Gazetteer: Sendable {
    /// What kind of place an entry names.
    enum Kind: String, Sendable {
        case country, region, state, county, city
        /// A state abbreviation (`Calif.`, `NM`), valid only after "Place, ".
        case stateAbbreviation = "state-abbr"
    }

    /// One reading of a name.
    struct Entry: Sendable, Hashable {
        var kind: Kind
        /// The resolved name (`United States` for `U.S.`).
        var name: String
        /// The US state of a city or county, or the country of a foreign city; empty otherwise.
        var region: String
    }

    private(set) var entries: KeyTable<[Entry]> = KeyTable()
    /// The longest name, in tokens.
    private(set) var longestName = 1
    /// The longest name starting with each first token, in tokens: one look-up tells whether a
    /// word can open a place's name at all.
    private(set) var longestStarting: KeyTable<Int> = KeyTable()
    /// Words for peoples and their members ("German", "Germans", "Frenchman"): kept apart from
    /// the places, since a demonym names no place.
    private(set) var demonyms: KeySet = KeySet()

    /// Reads `key<TAB>kind<TAB>name<TAB>region` lines; `#` lines are comments.
    init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { continue }
            let key = String(fields[0])
            let keyTokens = Tokenizer.tokenize(Array(key.utf8))
            if fields[1] == "demonym" {
                demonyms.insert(WordHash.phrase(keyTokens, 0..<keyTokens.count))
                continue
            }
            guard let kind = Kind(rawValue: String(fields[1])) else { continue }
            longestName = max(longestName, keyTokens.count)
            if !keyTokens.isEmpty {
                let first = WordHash.phrase(keyTokens, 0..<1)
                longestStarting[first] = max(longestStarting[first] ?? 0, keyTokens.count)
            }
            let entry = Entry(kind: kind, name: String(fields[2]), region: fields.count > 3 ? String(fields[3]) : "")
            entries[WordHash.phrase(keyTokens, 0..<keyTokens.count), default: []].append(entry)
        }
    }

    /// The readings of a phrase, likeliest first.
    func lookup(_ key: UInt64) -> [Entry] { entries[key] ?? [] }

    /// Whether a word or phrase names a people or one of its members ("Austrian", "Frenchmen").
    func isDemonym(_ key: UInt64) -> Bool { demonyms.contains(key) }
}
