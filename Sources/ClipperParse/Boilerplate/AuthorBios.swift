import Foundation
/// Author bios and contact lines at the end of an article.
enum AuthorBios {
    private static let verbs = [" work with ", " works with ", " work for ", " works for ", " writes for ",
        " writes about ", " covers ", " is a ", " is an ", " is the ", " are ", " reported from ", " contributed "]
    /// Words describing the people who write articles (not the people articles quote: no
    /// "director", "member", "staff").
    private static let roleWords = ["reporter", "writer", "journalist", "editor", "correspondent", "author",
        "columnist", "contributor", "professor", "fellow", "producer", "photographer", "freelance", "intern",
        "collective", "host", "blogger", "novelist", "commentator"]

    /// The names a bio line introduces (possibly none, for a bare contact line), or nil when the
    /// line is not a bio or contact line.
    static func names(inBio line: String) -> [String]? {
        guard line.utf8.count <= 600 else { return nil }
        let head = String(line.prefix(200))
        let lower = head.lowercased()
        let isContact = CString.contains(lower, "can be reached") || lower.hasPrefix("contact ")
            || lower.hasPrefix("email ") || lower.hasPrefix("follow ")
            || (ByteScan.contains(lower, UInt8(ascii: "@"))
                && (CString.contains(lower, "contact") || CString.contains(lower, "reach")))
        guard line.split(separator: " ").count <= 80 else { return nil }
        // Bios start with a capitalized name.
        guard let first = head.unicodeScalars.first, first.properties.isUppercase else { return isContact ? [] : nil }
        for verb in verbs {
            guard let offset = CString.offset(of: verb, in: head), offset <= 160 else { continue }
            let names = Bylines.split(String(decoding: head.utf8.prefix(offset), as: UTF8.self))
            guard !names.isEmpty, names.allSatisfy(Bylines.isPersonName) else { continue }
            let rest = String(decoding: lower.utf8.dropFirst(offset + verb.utf8.count), as: UTF8.self)
            let describesWork = verb.contains("work") || verb.contains("writes") || verb.contains("covers")
                || roleWords.contains { rest.contains($0) }
            if describesWork { return names }
        }
        return isContact ? [] : nil
    }
}
