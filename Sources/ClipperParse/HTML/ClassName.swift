import ClipperModel

/// An element's `class` and `id` text, classified once: furniture or not, and Readability's weight.
struct ClassName {
    let text: String
    /// Why an element with this name is furniture, or nil.
    let furniture: RemovedBlock.Kind?
    /// +25 for article-like names, -25 for furniture-like names.
    let weight: Double
    /// Names a byline or author box ("byline", "article-author").
    let namesByline: Bool
    /// Names a date or time element ("date", "timestamp", "published", "posted-on").
    let namesDate: Bool
    /// Names an article's lead or standfirst ("lead", "intro", "teaser", "summary", "excerpt").
    let namesLead: Bool
    /// Names a picture's box ("image-caption", "imginline", "photo-credit").
    let namesImage: Bool

    init(_ text: String) {
        self.text = text
        namesByline = CString.contains(text, "byline") || CString.contains(text, "author")
        namesDate =
            CString.contains(text, "date") || CString.contains(text, "time") || CString.contains(text, "publish")
            || CString.contains(text, "posted")
        namesLead = BoilerplateTokens.namesLead(text)
        namesImage = BoilerplateTokens.namesImage(text)
        furniture = BoilerplateTokens.furnitureKind(text)
        weight = BoilerplateTokens.weight(text)
    }
}
