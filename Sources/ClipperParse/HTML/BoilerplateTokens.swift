import ClipperModel

/// Recognises page furniture by the words in an element's `class` and `id`: the names sites across
/// the web give their share bars, comment threads, cookie banners, newsletter boxes and sidebars.
enum BoilerplateTokens {
    /// Whole tokens that mark furniture (`ad`, `nav`): too short to match inside other words.
    private static let exact: [String: RemovedBlock.Kind] = [
        "ad": .sponsor, "ads": .sponsor, "adv": .sponsor, "advert": .sponsor, "adslot": .sponsor,
        "adunit": .sponsor, "dfp": .sponsor, "nav": .navigation, "menu": .navigation, "header": .navigation,
        "masthead": .navigation, "byline": .other, "author": .other, "authors": .other, "timestamp": .other,
        "tags": .navigation, "tag": .navigation, "topics": .navigation, "keywords": .navigation,
        "pagination": .navigation, "pager": .navigation, "toolbar": .share, "tools": .share, "print": .share,
        "modal": .other, "popup": .other, "overlay": .other, "skip": .navigation,
        "dateline": .other, "meta": .other, "date": .other, "caption": .caption, "credit": .credit,
        "credits": .credit, "widget": .other, "bio": .bio, "signature": .other,
    ]

    /// Word parts that mark furniture wherever they appear in a token (`social-links`, `commentlist`).
    private static let parts: [(String, RemovedBlock.Kind)] = [
        ("comment", .comments), ("disqus", .comments), ("discussion", .comments), ("replies", .comments),
        ("share", .share), ("sharing", .share), ("social", .share), ("follow", .share),
        ("related", .navigation), ("recommend", .navigation), ("trending", .navigation), ("popular", .navigation),
        ("mostread", .navigation), ("most-read", .navigation), ("morestories", .navigation), ("readmore", .navigation),
        ("breadcrumb", .navigation), ("navbar", .navigation), ("navigation", .navigation), ("sidebar", .navigation),
        ("footer", .navigation), ("newsletter", .sponsor), ("subscribe", .sponsor), ("subscription", .sponsor),
        ("signup", .sponsor), ("promo", .sponsor), ("sponsor", .sponsor), ("advert", .sponsor),
        ("taboola", .sponsor), ("outbrain", .sponsor), ("cookie", .other), ("consent", .other), ("gdpr", .other),
        ("sr-only", .other), ("visually-hidden", .other), ("screen-reader", .other), ("figcaption", .caption),
        ("caption", .caption), ("author-info", .bio), ("authorinfo", .bio), ("author-bio", .bio),
        ("newsletter", .sponsor), ("banner", .sponsor), ("donate", .sponsor), ("paywall-promo", .sponsor),
        // Hover cards over a name or a term: hidden until pointed at, never in the reading flow.
        ("tooltip", .other), ("popover", .other), ("hovercard", .other),
    ]

    /// Tokens that mark the article itself; an element carrying one is not furniture by class. `hentry`
    /// and `h-entry` are the microformats' article entry (WordPress puts them on the post, beside
    /// taxonomy classes such as `tag-…` and `category-…`).
    private static let contentParts = [
        "hentry", "h-entry",
        "articlebody", "article-body", "article__body", "story-body", "entry-content",
        "post-content", "article-content", "story-content", "body-text", "article-text", "content-body",
    ]

    private static let exactEntries = Array(exact)
    private static let exactKinds = exactEntries.map(\.value)
    private static let exactSet = WordSet(exactEntries.map(\.key))
    private static let contentSet = PatternSet(contentParts)
    private static let partSet = PatternSet(parts.map(\.0))

    /// Why an element with this `class`/`id` text is furniture, or nil when it is not. An embed
    /// (`social-media-embed`) is a post the story quotes, not a share bar, however social its name.
    static func furnitureKind(_ classAndID: String) -> RemovedBlock.Kind? {
        guard !classAndID.isEmpty, !contentSet.matches(classAndID) else { return nil }
        let kind = nameKind(classAndID)
        return kind == .share && CString.contains(classAndID, "embed") ? nil : kind
    }

    /// The furniture a name says, by its whole short tokens first, then by the parts it holds.
    private static func nameKind(_ classAndID: String) -> RemovedBlock.Kind? {
        for token in classAndID.utf8.split(whereSeparator: { !isAlphanumeric($0) }) where token.count <= 12 {
            if let index = exactSet.index(of: token) { return exactKinds[index] }
        }
        return partSet.firstMatch(in: classAndID).map { parts[$0].1 }
    }

    /// Whole tokens and token beginnings that name an article's lead (standfirst, deck, summary).
    private static let leadWords = ["lead", "lede", "dek", "deck", "chapo", "chapeau", "bajada", "sapo"]
    private static let leadPrefixes = [
        "intro", "teaser", "summary", "excerpt", "abstract", "standfirst", "subtitle", "subheadline", "subhead",
        "preface", "leadtext",
    ]
    private static let leadTokens = WordSet(leadWords)
    /// Every lead word as a part: one scan rules out the names that hold none (nearly all of them).
    private static let leadParts = PatternSet(leadWords + leadPrefixes)

    /// Whether a `class`/`id` text names the article's lead ("article-lead", "c-intro__text", "entry-summary").
    static func namesLead(_ classAndID: String) -> Bool {
        guard leadParts.matches(classAndID) else { return false }
        for token in classAndID.utf8.split(whereSeparator: { !isAlphanumeric($0) }) {
            if leadTokens.index(of: token) != nil { return true }
            if leadPrefixes.contains(where: { token.starts(with: $0.utf8) }) { return true }
        }
        return false
    }

    /// Token beginnings that name a picture: its box holds the picture's caption and credit
    /// (`imagedescription`, `img-caption`, `photo-credit`, `picture-element`, `bildunterschrift`).
    private static let imagePrefixes = ["image", "img", "photo", "picture", "foto", "bild"]
    private static let imageParts = PatternSet(imagePrefixes)

    /// Whether a `class`/`id` text names a picture's box by a token that starts with a picture word.
    static func namesImage(_ classAndID: String) -> Bool {
        guard imageParts.matches(classAndID) else { return false }
        for token in classAndID.utf8.split(whereSeparator: { !isAlphanumeric($0) }) {
            if imagePrefixes.contains(where: { token.starts(with: $0.utf8) }) { return true }
        }
        return false
    }

    /// Readability's class weight: +25 for article-like names, -25 for furniture-like names.
    static func weight(_ classAndID: String) -> Double {
        guard !classAndID.isEmpty else { return 0 }
        var weight = 0.0
        if positiveSet.matches(classAndID) { weight += 25 }
        if negativeSet.matches(classAndID) { weight -= 25 }
        return weight
    }

    private static let positiveSet = PatternSet([
        "article", "body", "content", "entry", "hentry", "main", "page",
        "post", "text", "blog", "story",
        // Not Readability's: an embed in the article weighs nothing, not "media"'s minus.
        "embed",
    ])
    private static let negativeSet = PatternSet([
        "comment", "banner", "combx", "contact", "foot", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "tool", "widget", "hidden",
    ])

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte >= 0x80
    }

}
