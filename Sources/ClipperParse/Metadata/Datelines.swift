import Foundation
/// The dateline that opens a news story: "SACRAMENTO, Calif. (AP) —", "(SACRAMENTO, Calif.) —",
/// "LONDON (Reuters) -", "WASHINGTON —". Returns the place as written, without its punctuation.
enum Datelines {
    private static let dashes = [" — ", " – ", " - ", " —", "— ", " -- "]

    /// The dateline place of a first paragraph, or nil.
    static func dateline(of paragraph: String) -> String? {
        let head = String(paragraph.prefix(80))
        guard hasDash(head) else { return nil }
        if head.hasPrefix("(") {
            guard let close = head.firstIndex(of: ")") else { return nil }
            let place = String(head[head.index(after: head.startIndex)..<close])
            let after = head[head.index(after: close)...]
            guard dashes.contains(where: { after.hasPrefix($0) }) || after.hasPrefix(" —") else { return nil }
            return plausiblePlace(place)
        }
        guard let dash = dashes.compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        var place = String(head[..<dash.lowerBound])
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
        let head = paragraph.prefix(80)
        guard ByteScan.contains(head, UInt8(ascii: "(")), hasDash(String(head)) else { return nil }
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let inside = String(head[head.index(after: open)..<close])
        let agencies = ["AP": "AP", "Reuters": "Reuters", "AFP": "AFP", "CNN": "CNN", "UPI": "UPI", "Bloomberg": "Bloomberg"]
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
