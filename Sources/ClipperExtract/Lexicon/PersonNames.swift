/// First names (with the gender the census gives them) and common surnames, from the 1990 US Census.
struct PersonNames: Sendable {
    /// The gender a first name is given to.
    enum Gender: Sendable {
        case male, female, either
    }

    private(set) var firstNames: KeyTable<Gender> = KeyTable()
    private(set) var surnames: KeySet = KeySet()

    /// Reads `first-names.tsv` (`name<TAB>m|f|u`) and `surnames.txt` (one a line).
    init(firstNamesTSV: String, surnamesText: String) {
        ResourceLines.forEachLine(of: firstNamesTSV) { fields in
            guard fields.count == 2, let mark = fields[1].first, fields[1].count == 1 else { return }
            let gender: Gender = mark == UInt8(ascii: "m") ? .male : mark == UInt8(ascii: "f") ? .female : .either
            firstNames[ResourceLines.key(fields[0]).key] = gender
        }
        ResourceLines.forEachLine(of: surnamesText) { fields in
            guard let name = fields.first else { return }
            surnames.insert(ResourceLines.key(name).key)
        }
    }

    func isFirstName(_ key: UInt64) -> Bool { firstNames[key] != nil }
    func gender(_ key: UInt64) -> Gender? { firstNames[key] }
    func isSurname(_ key: UInt64) -> Bool { surnames.contains(key) }
}
