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
        for line in firstNamesTSV.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let gender: Gender = fields[1] == "m" ? .male : fields[1] == "f" ? .female : .either
            firstNames[WordHash.phrase(String(fields[0]))] = gender
        }
        for line in surnamesText.split(separator: "\n") where !line.hasPrefix("#") {
            surnames.insert(WordHash.phrase(String(line)))
        }
    }

    func isFirstName(_ key: UInt64) -> Bool { firstNames[key] != nil }
    func gender(_ key: UInt64) -> Gender? { firstNames[key] }
    func isSurname(_ key: UInt64) -> Bool { surnames.contains(key) }
}
