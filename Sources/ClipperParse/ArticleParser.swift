public import ClipperModel

/// Turns the bytes of an inbox file into a clean article with its metadata.
///
/// Pure: no I/O, no shared state, safe to call from any number of tasks at once.
///
/// ```swift
/// let article = try ArticleParser.parse(Array(data), fileName: "story.html")
/// print(article.title ?? "untitled", article.body)
/// ```
public enum ArticleParser {
    /// Parses one file's bytes. `fileName` is only a hint (its extension) for the media type.
    ///
    /// - Throws: ``ParseError`` when the bytes are not a text document (binary, empty, no text).
    public static func parse(_ bytes: [UInt8], fileName: String) throws(ParseError) -> ParsedArticle {
        let source = try SourceDecoder.decode(bytes, fileName: fileName)
        switch source.mediaType {
        case .html:
            return try HTMLArticleParser.parse(source.text)
        case .plainText:
            return try PlainTextParser.parse(source.text)
        }
    }
}
