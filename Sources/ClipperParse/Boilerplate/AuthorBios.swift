import Foundation

/// Author bios and contact lines at the end of an article.
enum AuthorBios {
    private static let verbs = [
        " work with ", " works with ", " work for ", " works for ", " writes for ",
        " writes about ", " covers ", " is a ", " is an ", " is the ", " are ", " reported from ", " contributed ",
    ]
    /// Words describing the people who write articles (not the people articles quote: no
    /// "director", "member", "staff").
    private static let roleWords = [
        "reporter", "writer", "journalist", "editor", "correspondent", "author",
        "columnist", "contributor", "professor", "fellow", "producer", "photographer", "freelance", "intern",
        "collective", "host", "blogger", "novelist", "commentator",
    ]

    /// The names a bio line introduces (possibly none, for a bare contact line), or nil when the
    /// line is not a bio or contact line.
    static func names(inBio line: String) -> [String]? {
        guard line.utf8.count <= 600, TextShape(line).wordCount <= 80 else { return nil }
        let opening = String(decoding: line.utf8.prefix(16), as: UTF8.self).lowercased()
        let isContact =
            CString.contains(line, "can be reached") || opening.hasPrefix("contact ")
            || opening.hasPrefix("email ") || opening.hasPrefix("follow ")
            || (ByteScan.contains(line, UInt8(ascii: "@"))
                && (CString.contains(line, "ontact") || CString.contains(line, "reach")))
        // Bios start with a capitalized name.
        guard let first = line.unicodeScalars.first, first.properties.isUppercase else { return isContact ? [] : nil }
        for verb in verbs {
            guard let offset = CString.offset(of: verb, in: line), offset <= 160 else { continue }
            let names = Bylines.split(String(decoding: line.utf8.prefix(offset), as: UTF8.self))
            guard !names.isEmpty, names.allSatisfy(Bylines.isPersonName) else { continue }
            let rest = String(decoding: line.utf8.dropFirst(offset + verb.utf8.count).prefix(200), as: UTF8.self)
                .lowercased()
            let describesWork =
                verb.contains("work") || verb.contains("writes") || verb.contains("covers")
                || roleWords.contains { rest.contains($0) }
            if describesWork { return names }
        }
        return isContact ? [] : nil
    }
}
