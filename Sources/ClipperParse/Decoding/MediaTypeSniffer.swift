/// Tells an HTML page from plain text: by the content's first markup, then by the file's extension.
enum MediaTypeSniffer {
    private static let htmlOpenings = ["<!doctype html", "<html", "<head", "<body", "<?xml", "<meta", "<!--", "<title"]
    private static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp"]

    /// Whether the document is HTML. Plain text that merely contains a few inline tags
    /// (`<u>…</u>` left over from copying) is not.
    static func looksLikeHTML(_ bytes: [UInt8], fileName: String) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, Whitespace.isASCIISpace(bytes[start]) { start += 1 }
        let head = bytes[start..<min(bytes.count, start + 1024)].map { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
        }
        for opening in htmlOpenings where head.starts(with: opening.utf8) {
            return opening == "<!--" || opening == "<?xml" ? containsMarkup(head) || hasHTMLExtension(fileName) : true
        }
        if hasHTMLExtension(fileName) { return true }
        let lower = fileName.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") || lower.hasSuffix(".md") { return false }
        return head.first == UInt8(ascii: "<") && containsMarkup(head)
    }

    private static func hasHTMLExtension(_ fileName: String) -> Bool {
        guard let dot = fileName.lastIndex(of: ".") else { return false }
        return htmlExtensions.contains(fileName[fileName.index(after: dot)...].lowercased())
    }

    private static func containsMarkup(_ head: [UInt8]) -> Bool {
        for marker in ["<html", "<body", "<head", "<div", "<p>", "<!doctype"] {
            let needle = Array(marker.utf8)
            if head.count >= needle.count,
                (0...(head.count - needle.count)).contains(where: { head[$0..<$0 + needle.count].elementsEqual(needle) }
                )
            {
                return true
            }
        }
        return false
    }
}
