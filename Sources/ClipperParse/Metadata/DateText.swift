/// Reads a publication date written the ways news pages write them ("MARCH 30, 2025 · 5:00 AM ET",
/// "Published Jan. 5, 2024", "30 March 2025", "2025-03-30T05:00:00Z") and gives it as ISO `yyyy-MM-dd`.
enum DateText {
    /// Month names and their common abbreviations in English, German, French, Spanish, Italian,
    /// Portuguese and Dutch, lowercased.
    private static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "janeiro", "januari"],
            ["february", "feb", "februar", "février", "fevrier", "févr", "febrero", "febbraio", "fevereiro", "februari"],
            ["march", "mar", "märz", "mär", "mars", "marzo", "março", "maart"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "maio", "mei"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "junho"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho"],
            ["august", "aug", "août", "aout", "agosto", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
             "dezembro"],
        ]
        var table: [String: Int] = [:]
        for (index, forms) in names.enumerated() {
            for form in forms { table[form] = index + 1 }
        }
        return table
    }()
    /// Words that may surround a date on a date line without making it a sentence.
    private static let furniture: Set<String> = [
        "published", "updated", "posted", "on", "last", "modified", "date", "at", "first", "originally",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "am", "pm", "a", "m", "p", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "mst",
        "mdt", "utc", "gmt", "bst", "cet", "cest", "ist", "aest", "local", "time", "hrs", "h", "z", "t", "uhr",
        // The same in the other languages of the month names.
        "veröffentlicht", "aktualisiert", "stand", "um", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "publié", "le", "mis", "à", "jour", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "publicado", "actualizado", "el", "de", "del", "lunes", "martes", "miércoles",
        "jueves", "viernes", "sábado", "domingo", "pubblicato", "aggiornato", "il", "ore", "gepubliceerd",
        "bijgewerkt", "op", "om", "uur",
    ]

    /// The ISO date of a string that is only a date, with optional furniture ("Published", weekday,
    /// time of day, time zone). A sentence that merely mentions a date gives nil.
    static func isoDate(ofDateLine line: String) -> String? {
        let tokens = tokenize(line)
        guard !tokens.isEmpty, tokens.count <= 14 else { return nil }
        guard let (iso, used) = findDate(in: tokens) else { return nil }
        for (offset, token) in tokens.enumerated() where !used.contains(offset) {
            if furniture.contains(token) { continue }
            if isTimeOfDay(token) { continue }
            return nil
        }
        return iso
    }

    /// Hours or minutes, alone or with the half of the day or an hour sign glued on ("4", "41", "41am",
    /// "9pm", "10h").
    private static func isTimeOfDay(_ token: String) -> Bool {
        let digits =
            token.hasSuffix("am") || token.hasSuffix("pm")
            ? token.utf8.dropLast(2) : token.hasSuffix("h") ? token.utf8.dropLast() : token.utf8[...]
        return (1...2).contains(digits.count) && digits.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    /// The start of a date in `words` (as they are written, any case): a word opening with a digit,
    /// or a month's name followed by one ("Feb 8, 2020"); nil when no word starts one.
    static func dateStart(in words: [Substring]) -> Int? {
        words.indices.first { index in
            guard let first = words[index].utf8.first else { return false }
            if first &- UInt8(ascii: "0") < 10 { return true }
            let name = ASCIICase.lowercased(String(words[index])).trimmingTrailing(".,")
            return months[name] != nil && index + 1 < words.count
                && words[index + 1].utf8.first.map { $0 &- UInt8(ascii: "0") < 10 } == true
        }
    }

    /// Whether a date line says when the article was changed rather than published ("Updated …",
    /// "Last modified …").
    static func isUpdateLine(_ line: String) -> Bool {
        let key = ASCIICase.lowercased(String(decoding: line.utf8.prefix(16), as: UTF8.self))
        return key.hasPrefix("updated") || key.hasPrefix("last updated") || key.hasPrefix("last modified")
            || key.hasPrefix("modified")
    }

    /// The first date found anywhere in `text` (metadata values such as `2025-03-30T05:00:00Z`
    /// or `Sun, 30 Mar 2025 05:00:00 GMT`).
    static func isoDate(in text: String) -> String? {
        findDate(in: tokenize(text)).map(\.0)
    }

    /// Lowercased words and numbers; ISO-like `yyyy-mm-dd` and `yyyy/mm/dd` stay one token.
    private static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            defer { offset += 1 }
            switch byte {
            case 0xC3...0xDF where offset + 1 < bytes.count && bytes[offset + 1] & 0xC0 == 0x80:
                // A two-byte letter (Latin, Greek, Cyrillic: "märz", "août"); 0xC2 holds signs such as "·".
                current.append(byte)
                current.append(bytes[offset + 1])
                offset += 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "-"), UInt8(ascii: "/"):
                if current.first.map({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) == true {
                    current.append(byte)
                } else {
                    flush()
                }
            case UInt8(ascii: "."):
                // "30.03.2025": the day-month-year order written with dots stays one token.
                let isDigit: (UInt8) -> Bool = { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                if current.first.map(isDigit) == true, offset + 1 < bytes.count, isDigit(bytes[offset + 1]) {
                    current.append(byte)
                } else {
                    flush()
                }
            case UInt8(ascii: ":"):
                flush()
            default:
                flush()
            }
        }
        flush()
        // "2025-03-30t05" and the like: cut a glued time designator off the ISO date.
        return tokens.map { token in
            if token.utf8.count > 10, let tIndex = token.firstIndex(of: "t"),
                token.distance(from: token.startIndex, to: tIndex) == 10
            {
                return String(token[..<tIndex])
            }
            return token
        }
    }

    private static func findDate(in tokens: [String]) -> (String, Set<Int>)? {
        for (index, token) in tokens.enumerated() {
            if let iso = numericDate(token) { return (iso, [index]) }
            if let month = months[token] {
                // Month D, YYYY
                if index + 2 < tokens.count, let day = day(tokens[index + 1]), let year = year(tokens[index + 2]) {
                    return (format(year, month, day), [index, index + 1, index + 2])
                }
                // D Month YYYY, and "12 de octubre de 2020"
                let before = index >= 2 && tokens[index - 1] == "de" ? index - 2 : index - 1
                let after = index + 2 < tokens.count && tokens[index + 1] == "de" ? index + 2 : index + 1
                if before >= 0, after < tokens.count, let day = day(tokens[before]), let year = year(tokens[after]) {
                    return (format(year, month, day), Set(before...after))
                }
            }
        }
        return nil
    }

    /// `yyyy-mm-dd`, `yyyy/mm/dd`, `dd.mm.yyyy`, and `mm/dd/yyyy` or `dd/mm/yyyy` when the order
    /// shows (a part over 12).
    private static func numericDate(_ token: String) -> String? {
        if token.contains(".") {
            let parts = token.split(separator: ".")
            guard parts.count == 3, let day = day(String(parts[0])), let month = Int(parts[1]),
                (1...12).contains(month), let year = year(String(parts[2]))
            else { return nil }
            return format(year, month, day)
        }
        let parts = token.split(whereSeparator: { $0 == "-" || $0 == "/" })
        // "12/30/2019" and "30/12/2019": month and day told apart only when one of them is over 12.
        if parts.count == 3, parts[2].count == 4, token.contains("/"), let year = year(String(parts[2])),
            let first = Int(parts[0]), let second = Int(parts[1]), (1...31).contains(first), (1...31).contains(second),
            (first > 12) != (second > 12)
        {
            return first > 12 ? format(year, second, first) : format(year, first, second)
        }
        guard parts.count == 3, parts[0].count == 4, let year = year(String(parts[0])),
            let month = Int(parts[1]), (1...12).contains(month), let day = day(String(parts[2]))
        else { return nil }
        return format(year, month, day)
    }

    private static func day(_ token: String) -> Int? {
        var digits = Substring(token)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard digits.count <= 2, let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    private static func year(_ token: String) -> Int? {
        guard token.count == 4, let value = Int(token), (1900...2100).contains(value) else { return nil }
        return value
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(monthText)-\(dayText)"
    }
}
