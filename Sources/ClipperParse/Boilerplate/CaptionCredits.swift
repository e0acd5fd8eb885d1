/// Captions that carry their credit in brackets at the end: "… an emergency. (MattGush)",
/// "… on Monday. (AP Photo/Jane Doe)", "… (Photo: Jane Doe/Reuters)".
enum CaptionCredits {
    /// The credited name, or nil when the line does not end with a credit in brackets.
    static func trailingCredit(of line: String) -> String? {
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return nil }
        let inside = String(line[line.index(after: open)..<line.index(before: line.endIndex)]).trimmed
        guard !inside.isEmpty, line[..<open].trimmed.count >= 20 else { return nil }
        if let name = LinePatterns.creditName(of: inside) { return name }
        let lower = inside.lowercased()
        for marker in ["photo", "getty", "images", "reuters", "afp", "shutterstock", "courtesy"]
        where lower.contains(marker) {
            let name = inside.split(separator: "/").last.map(String.init) ?? inside
            return name.trimmed
        }
        // A single handle-like word with an inner capital ("MattGush"): a photographer's credit.
        guard !inside.contains(" "), inside.count >= 4, inside.first?.isUppercase == true,
            inside.dropFirst().contains(where: \.isUppercase), inside.contains(where: \.isLowercase),
            inside.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else { return nil }
        return inside
    }
}
