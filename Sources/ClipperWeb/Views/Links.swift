import ClipperModel

/// A link to an entity's page, with a count when one is shown.
struct EntityLink: Sendable {
    var name: String
    var href: String
    var count: Int?
    /// Adds the entity to the current search, on facet lists.
    var filterHref: String?

    init(kind: EntityKind, name: String, count: Int? = nil, filterHref: String? = nil) {
        self.name = name
        self.href = WebPath.entity(kind, name)
        self.count = count
        self.filterHref = filterHref
    }
}

/// A titled list of entity links (the facets of one kind, the people most named with someone).
struct EntityGroup: Sendable {
    var heading: String
    var links: [EntityLink]
    var hasLinks: Bool

    init(heading: String, links: [EntityLink]) {
        self.heading = heading
        self.links = links
        hasLinks = !links.isEmpty
    }
}

/// A piece of a snippet: plain, or a matched word (`[…]` in the store's snippet) to highlight.
struct SnippetPart: Sendable {
    var text: String
    var matched: Bool

    /// `snippet` cut at the store's `[`/`]` marks.
    static func parts(of snippet: String) -> [SnippetPart] {
        var parts: [SnippetPart] = []
        var current = ""
        var matched = false
        for character in snippet {
            if character == "[" || character == "]" {
                if !current.isEmpty { parts.append(SnippetPart(text: current, matched: matched)) }
                current = ""
                matched = character == "["
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(SnippetPart(text: current, matched: matched)) }
        return parts
    }
}

/// One article in a list of results.
struct HitView: Sendable {
    var href: String
    var title: String
    var outlet: String?
    var published: String?
    var snippet: [SnippetPart]
    var people: [EntityLink]
    var hasPeople: Bool

    init(_ hit: ArticleHit) {
        href = WebPath.article(hit.search.id)
        title = hit.search.title ?? hit.search.file
        outlet = hit.outlet
        published = hit.search.published
        snippet = SnippetPart.parts(of: hit.search.snippet)
        people = hit.people.map { EntityLink(kind: .person, name: $0) }
        hasPeople = !people.isEmpty
    }
}

/// A quotation with its speaker and article.
struct QuoteView: Sendable {
    var text: String
    var speaker: String?
    var speakerHref: String?
    var cue: String?
    var articleHref: String
    var articleTitle: String
    var published: String?

    init(_ hit: QuoteHit) {
        text = hit.text
        speaker = hit.speaker
        speakerHref = hit.speaker.map { WebPath.entity(.person, $0) }
        cue = hit.cue
        articleHref = WebPath.article(hit.articleID)
        articleTitle = hit.title ?? "article " + hit.articleID.prefix(12)
        published = hit.published
    }
}

/// Previous and next links and where the reader is.
struct Pager: Sendable {
    var previousHref: String?
    var nextHref: String?
    var text: String
    var isNeeded: Bool

    /// The pager of page `page` (1-based) when `hasMore` says another page follows.
    init(page: Int, hasMore: Bool, total: Int? = nil, pageSize: Int, href: (Int) -> String) {
        previousHref = page > 1 ? href(page - 1) : nil
        nextHref = hasMore ? href(page + 1) : nil
        if let total {
            let pages = max(1, (total + pageSize - 1) / pageSize)
            text = "Page \(page) of \(pages)"
        } else {
            text = "Page \(page)"
        }
        isNeeded = previousHref != nil || nextHref != nil
    }
}

/// A label and a value in a list of facts (an article's metadata, the status figures).
struct Fact: Sendable {
    var label: String
    var value: String
    var href: String?
}

extension Int {
    /// The number with thousands separated by commas (`12,345`).
    var grouped: String {
        let digits = String(magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (self < 0 ? "-" : "") + result
    }
}
