import ClipperModel

/// Turns the raw bytes of an inbox file into text: byte-order marks, the charset an HTML page
/// declares, UTF-8, and Windows-1252 as the fallback for bytes that are not valid UTF-8.
/// Binary files and empty files are rejected here, before any parsing; a few stray NUL bytes in
/// a text (a page saved by a broken tool) are dropped.
enum SourceDecoder {
    /// Decodes `bytes`; `fileName`'s extension is a hint for the media type.
    static func decode(_ bytes: [UInt8], fileName: String) throws(ParseError) -> DecodedSource {
        guard !bytes.isEmpty else { throw ParseError(.empty, "the file is empty") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            let text = UTF16Decoding.decode(bytes[2...], littleEndian: littleEndian)
            return try finish(text, fileName: fileName)
        }
        if let signature = BinarySignature.matching(bytes) {
            throw ParseError(.binary, "\(signature.description), not a text or HTML article")
        }
        if let littleEndian = UTF16Decoding.sniffByteOrder(bytes) {
            return try finish(UTF16Decoding.decode(bytes[...], littleEndian: littleEndian), fileName: fileName)
        }
        if ByteScan.contains(bytes, 0) {
            guard BinarySignature.isTextWithStrayNULs(bytes) else {
                throw ParseError(.binary, "a binary file (it contains NUL bytes), not a text or HTML article")
            }
            return try decode(bytes.filter { $0 != 0 }, fileName: fileName)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try finish(utf8OrWindows1252(bytes[3...]), fileName: fileName)
        }
        let isHTML = MediaTypeSniffer.looksLikeHTML(bytes, fileName: fileName)
        if isHTML, let label = CharsetDeclaration.label(in: bytes) {
            switch Charset(label: label) {
            case .utf8:
                break
            case .windows1252:
                return try finish(utf8Beyond(bytes) ?? Windows1252.decode(bytes), mediaType: .html)
            case .other(let name):
                if let text = utf8Beyond(bytes) ?? IconvDecoding.decode(bytes, label: name) {
                    return try finish(text, mediaType: .html)
                }
            }
        }
        return try finish(utf8OrWindows1252(bytes[...]), mediaType: isHTML ? .html : .plainText)
    }

    /// The text of bytes that are valid UTF-8 and not all ASCII, whatever the page declares (a
    /// template's stale declaration): text in a single-byte or East Asian charset is almost never valid
    /// UTF-8 by chance. Nil otherwise (an ASCII-only page keeps its declared decoder: ISO-2022-JP is 7-bit).
    private static func utf8Beyond(_ bytes: [UInt8]) -> String? {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// UTF-8 when the bytes are valid UTF-8; otherwise UTF-8 sequences as UTF-8 and the stray bytes
    /// between them as Windows-1252 (0x93/0x94 become “ ”), see ``LenientUTF8``.
    private static func utf8OrWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        String(validating: bytes, as: UTF8.self) ?? LenientUTF8.decode(bytes)
    }

    private static func finish(_ text: String, fileName: String) throws(ParseError) -> DecodedSource {
        let isHTML = MediaTypeSniffer.looksLikeHTML(Array(text.utf8.prefix(2048)), fileName: fileName)
        return try finish(text, mediaType: isHTML ? .html : .plainText)
    }

    private static func finish(_ text: String, mediaType: MediaType) throws(ParseError) -> DecodedSource {
        guard text.utf8.contains(where: { !Whitespace.isASCIISpace($0) }) else {
            throw ParseError(.empty, "the file holds only white space")
        }
        return DecodedSource(text: text, mediaType: mediaType)
    }
}
