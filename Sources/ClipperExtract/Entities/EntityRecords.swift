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
        if roles.contains(where: { $0.containsIgnoringASCIICase(trimmed) }) { return }
        roles.removeAll { trimmed.containsIgnoringASCIICase($0) }
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
        let bytes = utf8
        let start = bytes.firstIndex { $0 != 0x20 && $0 != 0x2C } ?? bytes.endIndex
        let last = bytes[start...].lastIndex { $0 != 0x2C && $0 != 0x3A && $0 != 0x3B && $0 != 0x20 }
        guard let last else { return "" }
        // The byte after the last kept one starts a character (or ends the string): whole characters.
        return String(self[start..<bytes.index(after: last)])
    }

    /// Whether `other` occurs in this string, ASCII letters compared without case, on UTF-8 bytes
    /// (roles are compared so: "chief" is held in "Santa Fe Police Chief").
    func containsIgnoringASCIICase(_ other: String) -> Bool {
        var haystack = self
        var needle = other
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count <= h.count else { return false }
                if n.isEmpty { return true }
                @inline(__always) func fold(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
                let first = fold(n[0])
                var i = 0
                while i + n.count <= h.count {
                    if fold(h[i]) == first {
                        var j = 1
                        while j < n.count, fold(h[i + j]) == fold(n[j]) { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
