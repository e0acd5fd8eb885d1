/// What a page says about its article outside the article text, collected while walking the tree.
struct PageMetadataSource {
    /// `<meta>` values keyed by lowercased `property`, `name` or `itemprop` (first value wins).
    var meta: [String: String] = [:]
    /// Every `article:author` / `author` value, in order (pages may list several).
    var metaAuthors: [String] = []
    /// The `<title>` text.
    var title: String?
    /// The text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// `<time datetime>` values with their `itemprop`.
    var times: [(datetime: String, itemprop: String?)] = []
    /// `itemprop="datePublished"` values on other elements.
    var itempropDates: [String] = []

    mutating func addMeta(_ attributes: ElementAttributes) {
        guard let content = attributes.content, !content.isEmpty else { return }
        for key in [attributes.property, attributes.name, attributes.itemprop].compactMap({ $0?.lowercased() }) {
            if key == "author" || key == "article:author" || key == "sailthru.author" || key == "parsely-author" {
                metaAuthors.append(content)
            }
            if meta[key] == nil { meta[key] = content }
        }
    }
}
