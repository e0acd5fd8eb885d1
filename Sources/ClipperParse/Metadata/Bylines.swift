import Foundation

/// Author names from bylines ("By Jane Doe and John Roe", "By A, B and C") and metadata values.
enum Bylines {
    /// What a byline line says: the names, and the outlet it names after a bar ("By A | Outlet").
    struct Byline: Equatable {
        var names: [String]
        var outlet: String?
    }

    /// The names in a byline line, or nil when the line is not a byline.
    static func names(fromBylineLine line: String) -> [String]? {
        byline(of: line, requiresBy: true)?.names
    }

    /// A byline in its common shapes: "By A and B", "By: A, B and C", "By A | Outlet", "By A, Staff
    /// Writer", "A and B" or "A, Staff Writer" without the "By", and a byline repeated in one text
    /// ("By A By A", from a page's two layouts) read once. A credit after the names ("By A; Photos by
    /// B") is not an author. Nil when the line is not a byline.
    /// With `requiresBy`, only a line opening with "By" is one (a headline can be a list of names too).
    static func byline(of line: String, requiresBy: Bool = false) -> Byline? {
        guard line.utf8.count <= 200, let first = line.utf8.first, first >= 0x41, first <= 0x7A else { return nil }
        let trimmed = line.trimmed
        let byLength = byPrefixLength(trimmed)
        let explicit = byLength != nil
        guard explicit || !requiresBy else { return nil }
        // A bare list of names is no sentence and no headline with a verb: it ends without a stop.
        if !explicit, TextShape(trimmed).endsSentence { return nil }
        var rest = String(trimmed.dropFirst(byLength ?? 0)).trimmed
        if rest.hasPrefix(":") { rest = String(rest.dropFirst()).trimmed }
        // "Von der Leyen …" opens with a particle, not with a name after a "By".
        guard rest.first?.isUppercase == true else { return nil }
        rest = withoutTrailingDate(rest).replacingOccurrences(of: " ,", with: ",")
        // The same byline twice in a row: every "By" after the first starts a repeat.
        let parts = rest.components(separatedBy: " By ")
        var outlet = outletAfterBar(parts[0])
        var names: [String] = []
        var sawRole = false
        for part in parts {
            var segments = split(withoutCredit(separatingGluedRoles(part)))
            // "By A, Phys.org", "By A and B, Reuters": one word after the last comma is the outlet.
            if explicit, segments.count >= 2, let last = segments.last, !last.contains(" "),
                last.first?.isUppercase == true, !roleWords.contains(ASCIICase.lowercased(last)),
                part.contains(", " + last)
            {
                outlet = outlet ?? last
                segments.removeLast()
            }
            for raw in segments {
                let (name, hadRole) = withoutTrailingRole(raw)
                sawRole = sawRole || hadRole
                guard !name.isEmpty else { continue }
                guard isPersonName(name) else { return nil }
                if !names.contains(name) { names.append(name) }
            }
        }
        guard !names.isEmpty, names.count <= 8 else { return nil }
        guard explicit || names.count >= 2 || sawRole else { return nil }
        return Byline(names: names, outlet: outlet)
    }

    /// The words that open a byline: "By", and "Von", "Par", "Por" and "Door" (German, French,
    /// Spanish and Portuguese, Dutch).
    private static let byWords = ["by", "von", "par", "por", "door"]

    /// The length of the by-word and the space or colon after it that open `line` (in any case), nil
    /// when none does.
    private static func byPrefixLength(_ line: String) -> Int? {
        let head = ASCIICase.lowercased(String(line.prefix(5)))
        return byWords.first { head.hasPrefix($0 + " ") || head.hasPrefix($0 + ":") }.map { $0.count + 1 }
    }

    /// Whether `line` opens with "By " or "By:", or the same word in another language ("Von ").
    static func opensWithBy(_ line: String) -> Bool {
        byPrefixLength(line) != nil
    }

    /// `text` without the date that follows the names after a separator ("Jane Doe on Thu, Nov 9,
    /// 2023 at 4:00 am", "Jane Doe • 11/08/23 5:19pm", "Jane Doe | Courier | March 3, 2024"): cut at
    /// the first separator whose segment (up to the next separator) holds a digit.
    private static func withoutTrailingDate(_ text: String) -> String {
        let separators = [" on ", " am ", " le ", " el ", " op ", " • ", " · ", " | ", " — ", " - "]
        var cuts: [Range<String.Index>] = []
        for separator in separators {
            var from = text.startIndex
            while let range = text.range(of: separator, range: from..<text.endIndex) {
                cuts.append(range)
                from = range.upperBound
            }
        }
        cuts.sort { $0.lowerBound < $1.lowerBound }
        for (number, cut) in cuts.enumerated() {
            let end = number + 1 < cuts.count ? cuts[number + 1].lowerBound : text.endIndex
            guard cut.upperBound <= end, text[cut.upperBound..<end].contains(where: \.isNumber) else { continue }
            return String(text[..<cut.lowerBound]).trimmed
        }
        // No separator: the names end where a date or a handle starts ("Jane Doe 04 November 2020",
        // "Jane Doe Feb 8, 2020 5 min read", "Jane Doe@janedoe Jul 3, 2019").
        let unhandled = text.split(separator: "@", maxSplits: 1).first.map(String.init) ?? text
        let words = unhandled.split(separator: " ")
        if let start = DateText.dateStart(in: words), start > 0 {
            return words[..<start].joined(separator: " ").trimmingTrailing(",")
        }
        return unhandled
    }

    /// A date line that goes on with its byline ("October 19, 2019 by Jane Doe", "Oct 30 2020 by A"):
    /// the ISO date and the byline, or nil.
    static func datedByline(of line: String) -> (iso: String, byline: Byline)? {
        guard line.utf8.count <= 160, let by = line.range(of: " by ", options: .caseInsensitive),
            let iso = DateText.isoDate(ofDateLine: String(line[..<by.lowerBound])),
            let byline = byline(of: "By " + line[by.upperBound...], requiresBy: true)
        else { return nil }
        return (iso, byline)
    }

    /// A role glued to the name by a page's layout ("Evan HalperStaff Writer") set apart.
    private static func separatingGluedRoles(_ text: String) -> String {
        var words: [String] = []
        for word in text.split(separator: " ") {
            let bytes = Array(word.utf8)
            let cut = bytes.indices.dropFirst().first { index in
                bytes[index] &- 0x41 < 26 && bytes[index - 1] &- 0x61 < 26
                    && roleWords.contains(ASCIICase.lowercased(String(decoding: bytes[index...], as: UTF8.self)))
            }
            if let cut {
                words.append(String(decoding: bytes[..<cut], as: UTF8.self))
                words.append(String(decoding: bytes[cut...], as: UTF8.self))
            } else {
                words.append(String(word))
            }
        }
        return words.joined(separator: " ")
    }

    /// `text` up to a picture credit that follows the names ("; Photos by …", ", photography by …").
    private static func withoutCredit(_ text: String) -> String {
        let lower = ASCIICase.lowercased(text)
        for marker in ["photo", "image", "illustration", "video by", "graphics by"] {
            guard let offset = CString.offset(of: marker, in: lower), offset > 0 else { continue }
            return String(decoding: text.utf8.prefix(offset), as: UTF8.self).trimmed.trimmingTrailing(",;")
        }
        return text
    }

    /// The name without the role words closing it ("Jane Doe Staff Writer" → "Jane Doe"), and whether
    /// there were any. A segment of role words alone ("Staff Writer") gives an empty name.
    private static func withoutTrailingRole(_ name: String) -> (String, Bool) {
        var words = name.split(separator: " ")
        var hadRole = false
        while let last = words.last, roleWords.contains(ASCIICase.lowercased(String(last))) {
            words.removeLast()
            hadRole = true
        }
        return (words.joined(separator: " "), hadRole)
    }

    /// "Jane Doe | Valley Courier" → "Valley Courier": one to four capitalized words after a bar,
    /// with no digits (a date) and no role (a job title).
    private static func outletAfterBar(_ text: String) -> String? {
        guard let bar = text.range(of: " | ") else { return nil }
        var outlet = String(text[bar.upperBound...])
        if let next = outlet.range(of: " | ") { outlet = String(outlet[..<next.lowerBound]) }
        outlet = outlet.trimmed
        let words = outlet.split(separator: " ")
        guard (1...4).contains(words.count), outlet.first?.isUppercase == true,
            !outlet.contains(where: \.isNumber),
            !words.contains(where: { jobWords.contains(ASCIICase.lowercased(String($0))) })
        else { return nil }
        return outlet
    }

    /// Words of a job title, never of an outlet's name.
    private static let jobWords: Set<String> = [
        "staff", "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "updated", "published",
    ]

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

    /// "A, B, and C" / "A and B" / "A & B" (and "und", "et", "y") into names, with trailing roles ("A, Staff Writer") removed.
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
            if word == "and" || word == "&" || word == "und" || word == "et" || word == "y" {
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
        "veröffentlicht", "erstellt", "aktualisiert", "publié", "publicado", "pubblicato",
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
