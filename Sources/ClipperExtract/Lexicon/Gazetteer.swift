/// Place names from GeoNames (see docs/Data.md), keyed by the phrase hash of each name a text may use.
///
/// About 150,000 readings are held packed: each is 12 bytes (its kind and two indexes into one
/// table of strings), and the readings of a name sit side by side, so a look-up is one probe of
/// the key table and allocates nothing, and loading makes three large arrays instead of one small
/// array a name (which had made start-up and exit slow).
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
        /// A city of 500,000 people or more, or a capital: its name may stand for its government
        /// ("Moscow said").
        var isLarge = false
    }

    /// The readings of one name, likeliest first, read from the packed table.
    struct Readings: RandomAccessCollection, Sendable {
        fileprivate let records: ArraySlice<Record>
        fileprivate let strings: [String]

        var startIndex: Int { records.startIndex }
        var endIndex: Int { records.endIndex }

        subscript(position: Int) -> Entry {
            let record = records[position]
            return Entry(
                kind: record.kind, name: strings[Int(record.name)], region: strings[Int(record.region)],
                isLarge: record.isLarge)
        }
    }

    /// A reading as stored: its kind and where its strings are in `strings`.
    fileprivate struct Record: Sendable {
        var kind: Kind
        var isLarge: Bool
        var name: UInt32
        var region: UInt32
    }

    private let records: [Record]
    private let strings: [String]
    /// For each name's key, where its readings start in `records` (high bits) and how many there are.
    private let readings: KeyTable<UInt64>
    /// The longest name, in tokens.
    let longestName: Int
    /// The longest name starting with each first token, in tokens: one look-up tells whether a
    /// word can open a place's name at all.
    let longestStarting: KeyTable<Int>
    /// Words for peoples and their members ("German", "Germans", "Frenchman"): kept apart from
    /// the places, since a demonym names no place.
    let demonyms: KeySet

    /// Reads `key<TAB>kind<TAB>name<TAB>region[<TAB>large]` lines; `#` lines are comments.
    init(tsv: String) {
        var unsorted: [Record] = []
        var keys: [(key: UInt64, index: UInt32)] = []
        var strings = [""]
        // A few thousand regions stand behind 150,000 readings: each is stored once.
        var regionNumbers: [String: UInt32] = ["": 0]
        var longestName = 1
        var longestStarting = KeyTable<Int>(capacity: 100_000)
        var demonyms = KeySet()
        ResourceLines.forEachLine(of: tsv) { fields in
            guard fields.count >= 3 else { return }
            let (key, tokens) = ResourceLines.key(fields[0])
            guard !tokens.isEmpty else { return }
            if ResourceLines.string(fields[1]) == "demonym" {
                demonyms.insert(key)
                return
            }
            guard let kind = Kind(rawValue: ResourceLines.string(fields[1])) else { return }
            longestName = max(longestName, tokens.count)
            let first = WordHash.phrase(tokens, 0..<1)
            longestStarting[first] = max(longestStarting[first] ?? 0, tokens.count)
            let region = fields.count > 3 ? ResourceLines.string(fields[3]) : ""
            let regionNumber: UInt32
            if let known = regionNumbers[region] {
                regionNumber = known
            } else {
                regionNumber = UInt32(strings.count)
                strings.append(region)
                regionNumbers[region] = regionNumber
            }
            strings.append(ResourceLines.string(fields[2]))
            keys.append((key, UInt32(unsorted.count)))
            let isLarge = fields.count > 4 && fields[4].elementsEqual("large".utf8)
            unsorted.append(
                Record(kind: kind, isLarge: isLarge, name: UInt32(strings.count - 1), region: regionNumber))
        }
        // The readings of one name side by side, in the file's order (likeliest first).
        keys.sort { ($0.key, $0.index) < ($1.key, $1.index) }
        var records: [Record] = []
        records.reserveCapacity(keys.count)
        var readings = KeyTable<UInt64>(capacity: keys.count)
        var start = 0
        while start < keys.count {
            let key = keys[start].key
            var end = start
            while end < keys.count, keys[end].key == key {
                records.append(unsorted[Int(keys[end].index)])
                end += 1
            }
            readings[key] = UInt64(start) << 16 | UInt64(min(end - start, 0xFFFF))
            start = end
        }
        self.records = records
        self.strings = strings
        self.readings = readings
        self.longestName = longestName
        self.longestStarting = longestStarting
        self.demonyms = demonyms
    }

    /// The readings of a phrase, likeliest first.
    func lookup(_ key: UInt64) -> Readings {
        guard let packed = readings[key] else { return Readings(records: [], strings: strings) }
        let start = Int(packed >> 16)
        return Readings(records: records[start..<start + Int(packed & 0xFFFF)], strings: strings)
    }

    /// Whether a phrase names a place at all: one probe of the key table, nothing retained.
    func contains(_ key: UInt64) -> Bool { readings.contains(key) }

    /// Whether a word or phrase names a people or one of its members ("Austrian", "Frenchmen").
    func isDemonym(_ key: UInt64) -> Bool { demonyms.contains(key) }
}
