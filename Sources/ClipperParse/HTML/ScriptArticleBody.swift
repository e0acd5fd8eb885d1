/// The article a page states only in its JSON-LD `articleBody` (pages that render their text by
/// script show little of it in the markup): used instead of the extracted paragraphs when it holds
/// at least twice their text.
enum ScriptArticleBody {
    /// The paragraphs of `articleBody` (entities decoded, stray tags stripped, one paragraph a line)
    /// when they hold at least twice the text of `extracted` and 200 characters or more; nil otherwise.
    static func paragraphs(_ articleBody: String?, replacing extracted: [String]) -> [String]? {
        guard let articleBody, articleBody.utf8.count >= 200 else { return nil }
        let text = TextNormalizer.normalize(InlineTags.strip(EntityDecoder.decode(articleBody)))
        let paragraphs = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let bodyLength = paragraphs.reduce(0) { $0 + $1.utf8.count }
        let extractedLength = extracted.reduce(0) { $0 + $1.utf8.count }
        guard bodyLength >= 200, bodyLength >= extractedLength * 2 else { return nil }
        return paragraphs
    }
}
