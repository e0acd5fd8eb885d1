/// A person found in an article while the recognizer runs.
struct PersonRecord: Sendable {
    var name: String
    /// Keys of the name's first and last words.
    var firstKey: UInt64?
    var lastKey: UInt64
    var gender: PersonNames.Gender?
    var mentions: [String] = []
    var roles: [String] = []
    /// Token indexes of every mention, in text order.
    var positions: [Int] = []

    mutating func mention(_ form: String, at position: Int) {
        if !mentions.contains(form) { mentions.append(form) }
        positions.append(position)
    }

    /// Adds a role unless one already held says it ("Chief" after "Santa Fe Police Chief"); a
    /// fuller role replaces the shorter ones it holds.
    mutating func addRole(_ role: String) {
        let trimmed = role.trimmingTrailingPunctuation
        guard !trimmed.isEmpty, trimmed.utf8.count < 120 else { return }
        let lowered = trimmed.lowercased()
        if roles.contains(where: { $0.lowercased().contains(lowered) }) { return }
        roles.removeAll { lowered.contains($0.lowercased()) }
        roles.append(trimmed)
    }
}

/// An organization or program found in an article.
struct OrganizationRecord: Sendable {
    var name: String
    var aliases: [String] = []
    var isProgram: Bool
    var positions: [Int] = []

    mutating func addAlias(_ alias: String) {
        if alias != name && !aliases.contains(alias) { aliases.append(alias) }
    }
}

/// A place found in an article.
struct PlaceRecord: Sendable {
    var name: String
    var count: Int
}

extension String {
    /// The string without leading and trailing commas, colons and spaces (periods stay: "Sen.").
    var trimmingTrailingPunctuation: String {
        var s = Substring(self)
        while let last = s.last, last == "," || last == ":" || last == ";" || last == " " {
            s = s.dropLast()
        }
        while let first = s.first, first == " " || first == "," { s = s.dropFirst() }
        return String(s)
    }
}
