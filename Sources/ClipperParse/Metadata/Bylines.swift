import Foundation

/// Author names from bylines ("By Jane Doe and John Roe", "By A, B and C") and metadata values.
enum Bylines {
    /// The names in a byline line, or nil when the line is not a byline.
    static func names(fromBylineLine line: String) -> [String]? {
        guard line.utf8.count <= 200, line.utf8.first == UInt8(ascii: "B") || line.utf8.first == UInt8(ascii: "b")
        else {
            return nil
        }
        let trimmed = line.trimmed
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("by ") || lower.hasPrefix("by:") else { return nil }
        let rest = String(trimmed.dropFirst(3)).trimmed
        let names = split(rest)
        guard !names.isEmpty, names.allSatisfy(isPersonName) else { return nil }
        return names
    }

    /// Names from metadata values (JSON-LD, `<meta name="author">`): URLs and handles dropped,
    /// "By" prefixes and joined lists split.
    static func names(fromMetadata values: [String]) -> [String] {
        var result: [String] = []
        for value in values {
            var text = TextNormalizer.normalize(EntityDecoder.decode(value), keepLines: false)
            if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
            guard !text.contains("://"), !text.hasPrefix("@"), !text.contains("www.") else { continue }
            for name in split(text) where isPlausibleName(name) && !result.contains(name) {
                result.append(name)
            }
        }
        return result
    }

    /// "A, B, and C" / "A and B" / "A & B" into names, with trailing roles ("A, Staff Writer") removed.
    static func split(_ text: String) -> [String] {
        var names: [String] = []
        var current: [Substring] = []
        func finish() {
            if !current.isEmpty { names.append(current.joined(separator: " ")) }
            current.removeAll()
        }
        for word in text.split(separator: " ") {
            // A separator word ends the list: "A and B | Reuters", "A — Staff".
            if word == "|" || word == "—" || word == "–" || word == "-" || word == "/" { break }
            if word == "and" || word == "&" {
                finish()
                continue
            }
            if word.hasSuffix(";") {
                current.append(word.dropLast())
                break
            }
            if word.hasSuffix(",") {
                current.append(word.dropLast())
                finish()
            } else {
                current.append(word)
            }
        }
        finish()
        return names.filter { !$0.isEmpty }
    }

    private static let roleWords: Set<String> = [
        "staff", "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "press", "associated",
        "news", "service", "agency", "team", "desk", "updated", "published", "photos", "photo", "video",
    ]

    /// Two to five capitalized words (particles such as "de", "van", "St." allowed), no role words.
    static func isPersonName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...5).contains(words.count) else { return false }
        let particles: Set<String> = ["de", "da", "del", "der", "van", "von", "la", "le", "di", "bin", "al"]
        for word in words {
            let lower = word.lowercased()
            if roleWords.contains(lower) { return false }
            if particles.contains(lower) { continue }
            guard let first = word.first, first.isUppercase else { return false }
            guard word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "'" || $0 == "’" || $0 == "-" }) else {
                return false
            }
        }
        return true
    }

    /// Metadata names are looser (a single name, non-Latin scripts), but not sentences, roles
    /// ("AP National Politics Writer") or user names ("admin").
    private static func isPlausibleName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (1...6).contains(words.count), name.count <= 60, let first = name.first, !first.isLowercase else {
            return false
        }
        guard !words.contains(where: { roleWords.contains($0.lowercased()) }) else { return false }
        return name.contains { $0.isLetter } && !name.contains(where: { $0 == "?" || $0 == "!" })
    }
}
