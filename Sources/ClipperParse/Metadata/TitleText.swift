import Foundation

/// A page title without the site name sites append or prepend ("Headline | Site", "Site - Headline").
enum TitleText {
    private static let separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " « ", " / "]

    /// `title` minus a segment that names the site: one matching `site`, or else a short last segment.
    static func withoutSiteName(_ title: String, site: String?) -> String {
        // Byte searches: Foundation's `contains` bridges to UTF-16 first, and this runs on every page.
        for separator in separators where CString.contains(title, separator) {
            var segments = ByteScan.components(of: title, separatedBy: separator).map { $0.trimmed }
            guard segments.count >= 2 else { continue }
            if let site, !site.isEmpty {
                let siteKey = alphanumericKey(site)
                let matching = segments.firstIndex { segment in
                    let key = alphanumericKey(segment)
                    return !key.isEmpty
                        && (key == siteKey || CString.contains(siteKey, key) || CString.contains(key, siteKey))
                }
                if let matching, matching == 0 || matching == segments.count - 1 {
                    segments.remove(at: matching)
                    return segments.joined(separator: separator)
                }
            }
            // No site name known: drop a short trailing segment ("… | Reuters").
            if let last = segments.last, last.split(separator: " ").count <= 3,
                let first = segments.first, first.split(separator: " ").count >= 4
            {
                segments.removeLast()
                return segments.joined(separator: separator)
            }
        }
        return title
    }

    /// `text` lowercased, its letters and digits only ("The Daily Bench" is "thedailybench"): by
    /// bytes when it is ASCII, by `Character` otherwise.
    private static func alphanumericKey(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.lowercased().filter { $0.isLetter || $0.isNumber }
        }
        let kept = text.utf8.compactMap { byte -> UInt8? in
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A { return lower }
            return byte >= 0x30 && byte <= 0x39 ? byte : nil
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
