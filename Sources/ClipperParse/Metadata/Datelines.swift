import Foundation

/// The dateline that opens a news story: "SACRAMENTO, Calif. (AP) —", "(SACRAMENTO, Calif.) —",
/// "LONDON (Reuters) -", "WASHINGTON —". Returns the place as written, without its punctuation.
enum Datelines {
    private static let dashes = [" — ", " – ", " - ", " —", "— ", " -- "]
    /// Wire agencies credited in datelines.
    private static let agencies = [
        "AP": "AP", "Reuters": "Reuters", "AFP": "AFP", "CNN": "CNN", "UPI": "UPI",
        "Bloomberg": "Bloomberg", "dpa": "dpa", "AAP": "AAP", "CP": "CP", "PA": "PA",
    ]

    /// The dateline place of a first paragraph, or nil.
    static func dateline(of paragraph: String) -> String? {
        // Datelines open with a capital or a bracket; look at the first bytes only.
        guard let first = paragraph.utf8.first, first == UInt8(ascii: "(") || (first >= 0x41 && first <= 0x5A) else {
            return nil
        }
        let head = String(decoding: paragraph.utf8.prefix(100), as: UTF8.self)
        guard hasDash(head) else { return nil }
        if head.hasPrefix("(") {
            guard let close = head.firstIndex(of: ")") else { return nil }
            let place = String(head[head.index(after: head.startIndex)..<close])
            let after = head[head.index(after: close)...]
            guard dashes.contains(where: { after.hasPrefix($0) }) || after.hasPrefix(" —") else { return nil }
            // "(Reuters) —" names the agency, not a place.
            guard agencies[place] == nil else { return nil }
            return plausiblePlace(place)
        }
        // "WASHINGTON —": the first word is in capitals (cheap to test before any search).
        let firstWordBytes = head.utf8.prefix { $0 != 0x20 && $0 != UInt8(ascii: ",") }
        guard !firstWordBytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        guard let dash = dashes.compactMap({ CString.offset(of: $0, in: head) }).min() else { return nil }
        var place = String(decoding: head.utf8.prefix(dash), as: UTF8.self)
        if let open = place.range(of: " ("), place.hasSuffix(")") {
            place = String(place[..<open.lowerBound])
        }
        guard let firstWord = place.split(separator: " ").first,
            firstWord.filter(\.isLetter).count >= 3,
            firstWord.allSatisfy({ !$0.isLetter || $0.isUppercase })
        else { return nil }
        return plausiblePlace(place)
    }

    /// The news agency a dateline names ("(AP)", "(Reuters)"), if any.
    static func agency(of paragraph: String) -> String? {
        let head = String(decoding: paragraph.utf8.prefix(100), as: UTF8.self)
        guard ByteScan.contains(head, UInt8(ascii: "(")), hasDash(head) else { return nil }
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let inside = String(head[head.index(after: open)..<close])
        guard let name = agencies[inside] else { return nil }
        let after = head[head.index(after: close)...]
        return dashes.contains(where: { after.hasPrefix($0) }) ? name : nil
    }

    /// A dash of any kind: "-" or the lead byte of "—"/"–".
    private static func hasDash(_ head: String) -> Bool {
        ByteScan.contains(head, UInt8(ascii: "-")) || CString.contains(head, "—") || CString.contains(head, "–")
    }

    private static func plausiblePlace(_ text: String) -> String? {
        let place = text.trimmed.trimmingTrailing(",")
        let words = place.split(separator: " ")
        guard (1...6).contains(words.count), let first = place.first, first.isUppercase else { return nil }
        guard !place.contains(where: { $0 == ":" || $0 == "\"" || $0 == "“" }) else { return nil }
        guard words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return place
    }
}
