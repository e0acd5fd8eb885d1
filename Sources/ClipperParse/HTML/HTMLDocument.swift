import CLibXML2

/// A page parsed by libxml2's HTML parser (the parser under lxml and trafilatura), owned for the
/// duration of one parse. Not shared: it lives inside one call of ``ArticleParser/parse(_:fileName:)``.
final class HTMLDocument {
    /// libxml2's document; freed with the value.
    let document: htmlDocPtr

    /// `HTML_PARSE_RECOVER | NOERROR | NOWARNING | NONET | COMPACT`: recover from broken markup, stay
    /// silent, never touch the network. Without `HTML_PARSE_HUGE` libxml2 bounds nesting depth itself.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// libxml2's global tables, initialised once before the first parse (thread-safe afterwards).
    private static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses UTF-8 `text`; nil when libxml2 produces no document at all.
    init?(utf8 text: String) {
        guard Self.parserReady else { return nil }
        var source = text
        let parsed: htmlDocPtr? = source.withUTF8 { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0, buffer.count < Int(Int32.max) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", Self.options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element (`<html>`), if the document has one.
    var root: xmlNodePtr? {
        xmlDocGetRootElement(document)
    }
}
