import Foundation

/// The article facts a page states in schema.org JSON-LD (`NewsArticle`, `Article`,
/// `ReportageNewsArticle`, …), found at the top level, in arrays or inside `@graph`.
struct JSONLDArticle {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?
    /// The `articleBody` text: some pages keep their article only there, and render it by script.
    var articleBody: String?

    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "scholarlyarticle",
        "report", "techarticle", "socialmediaposting", "askpublicnewsarticle",
    ]

    /// The first article object across `scripts` (the texts of the page's JSON-LD blocks), or nil.
    init?(scripts: [String]) {
        for script in scripts {
            guard let data = script.data(using: .utf8) else { continue }
            let parsed =
                (try? JSONSerialization.jsonObject(with: data))
                ?? (try? JSONSerialization.jsonObject(with: Data(Self.withoutControlCharacters(script).utf8)))
            guard let parsed, let article = Self.findArticle(in: parsed, depth: 0) else { continue }
            headline = Self.string(article["headline"]) ?? Self.string(article["name"])
            authors = Self.names(article["author"] ?? article["creator"])
            datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
            publisher = Self.names(article["publisher"]).first
            articleBody = Self.string(article["articleBody"])
            return
        }
        return nil
    }

    /// Raw line breaks and tabs inside strings make many real pages' JSON-LD invalid; spaces fix it.
    private static func withoutControlCharacters(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) })
    }

    /// Breadth-limited search for an object whose `@type` is an article type.
    private static func findArticle(in value: Any, depth: Int) -> [String: Any]? {
        guard depth < 6 else { return nil }
        if let object = value as? [String: Any] {
            if isArticle(object["@type"]) { return object }
            if let graph = object["@graph"], let found = findArticle(in: graph, depth: depth + 1) { return found }
            if let main = object["mainEntity"], let found = findArticle(in: main, depth: depth + 1) { return found }
            return nil
        }
        if let array = value as? [Any] {
            for element in array.prefix(50) {
                if let found = findArticle(in: element, depth: depth + 1) { return found }
            }
        }
        return nil
    }

    private static func isArticle(_ type: Any?) -> Bool {
        if let type = type as? String { return articleTypes.contains(type.lowercased()) }
        if let types = type as? [Any] { return types.contains { isArticle($0) } }
        return false
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Person or organization names: a string, an object with `name`, or an array of either.
    private static func names(_ value: Any?) -> [String] {
        if let text = string(value), !(value is [Any]) { return [text] }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.prefix(20).flatMap { names($0) } }
        return []
    }
}
