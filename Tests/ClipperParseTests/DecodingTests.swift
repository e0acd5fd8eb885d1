import ClipperModel
import Testing

@testable import ClipperParse

struct DecodingTests {
    private let sentence = "Officials said the new rules would take effect next month across the state."

    private func parse(_ bytes: [UInt8], _ name: String = "a.txt") throws -> ParsedArticle {
        try ArticleParser.parse(bytes, fileName: name)
    }

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let plain = try parse(Array("Café owners said the new rules would take effect next month.".utf8))
        let marked = try parse(
            [0xEF, 0xBB, 0xBF] + Array("Café owners said the new rules would take effect next month.".utf8))
        #expect(plain.body == marked.body)
        #expect(marked.body.hasPrefix("Café"))
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMark(littleEndian: Bool) throws {
        let text = "Zoë said the “new” rules would take effect next month across the state."
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(try parse(bytes).body == text)
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // Given curly quotes written as Windows-1252 bytes 0x93/0x94
        let bytes =
            Array("He said ".utf8) + [0x93] + Array("enough is enough".utf8) + [0x94] + Array(" on Monday.".utf8)
        // Then they decode as “ and ”
        #expect(try parse(bytes).body == "He said “enough is enough” on Monday.")
    }

    @Test func declaredCharsetOfAnHTMLPageIsUsed() throws {
        let page = try parse(try Fixture.bytes("br-layout-tables.html"), "page.html")
        #expect(page.body.contains("“We have never seen the water rise this fast,”"))
    }

    @Test func metaCharsetLabelsAreRead() {
        #expect(CharsetDeclaration.label(in: Array(#"<html><head><meta charset="ISO-8859-1">"#.utf8)) == "iso-8859-1")
        let httpEquiv = #"<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252" />"#
        #expect(CharsetDeclaration.label(in: Array(httpEquiv.utf8)) == "windows-1252")
        #expect(CharsetDeclaration.label(in: Array("<html><body>no declaration</body></html>".utf8)) == nil)
        #expect(Charset(label: "utf-16") == .utf8)
        #expect(Charset(label: "latin1") == .windows1252)
        #expect(Charset(label: "koi8-r") == .other("koi8-r"))
    }

    @Test func otherDeclaredCharsetsGoThroughIconv() throws {
        // "Привет" in KOI8-R
        let koi8: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        #expect(IconvDecoding.decode(koi8, label: "koi8-r") == "Привет")
        #expect(IconvDecoding.decode(koi8, label: "no-such-charset") == nil)
    }

    @Test(
        arguments: [
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "a PNG image, not a text or HTML article"),
            (Array("%PDF-1.7\n".utf8), "a PDF document, not a text or HTML article"),
            ([0xFF, 0xD8, 0xFF, 0xE0], "a JPEG image, not a text or HTML article"),
            (Array("GIF89a".utf8), "a GIF image, not a text or HTML article"),
            ([0x50, 0x4B, 0x03, 0x04, 0x14], "a ZIP archive, not a text or HTML article"),
            ([0x1F, 0x8B, 0x08, 0x00], "a gzip-compressed file, not a text or HTML article"),
            ([0x7F, 0x45, 0x4C, 0x46, 0x02], "an ELF executable, not a text or HTML article"),
            (
                Array("text with a".utf8) + [0x00] + Array("NUL byte inside it".utf8),
                "a binary file (it contains NUL bytes), not a text or HTML article"
            ),
        ] as [([UInt8], String)])
    func binaryFilesAreRejectedWithAReason(bytes: [UInt8], reason: String) {
        #expect(throws: ParseError(.binary, reason)) { try parse(bytes) }
    }

    @Test(arguments: [[], Array(" \n\t\r\n  ".utf8), [0xEF, 0xBB, 0xBF, 0x20, 0x0A]] as [[UInt8]])
    func emptyFilesAreRejected(bytes: [UInt8]) {
        #expect {
            try parse(bytes)
        } throws: { error in
            (error as? ParseError)?.code == .empty
        }
    }

    @Test func whitespaceVariantsAreFolded() throws {
        // NBSP, thin space, zero-width space, soft hyphen, CRLF, tabs
        let text = "Police\u{A0}said\u{2009}the\u{200B} plan\u{AD} was\t\tfinal and would not change.\r\nSecond line."
        let article = try parse(Array(text.utf8))
        #expect(article.body == "Police said the plan was final and would not change.\n\nSecond line.")
    }

    @Test func textIsNormalizedToNFC() throws {
        let decomposed = "Cafe\u{301} owners said the new rules would take effect next month."
        #expect(try parse(Array(decomposed.utf8)).body.hasPrefix("Caf\u{E9} owners"))
    }

    @Test func entitiesInPlainTextAreDecoded() throws {
        let text =
            "Smith &amp; Wesson said it&#8217;s &quot;ready&quot; &mdash; and &#x201C;soon&#x201D;. &bogus; stays."
        #expect(try parse(Array(text.utf8)).body == "Smith & Wesson said it’s \"ready\" — and “soon”. &bogus; stays.")
    }

    @Test func mediaTypeComesFromContentThenExtension() throws {
        let html = Array("<!DOCTYPE html><html><body><p>\(sentence)</p></body></html>".utf8)
        #expect(try parse(html, "saved.txt").mediaType == .html)
        #expect(try parse(Array("Plain \(sentence)".utf8), "x.html").mediaType == .html)
        #expect(try parse(Array("A <u>tagged</u> line. \(sentence)".utf8), "x.txt").mediaType == .plainText)
    }

    @Test func utf8WithAStrayLatin1ByteKeepsBoth() throws {
        // Given a UTF-8 text ("schön") with one Windows-1252 byte pasted in (0xE9, "é")
        let bytes = Array("Ein schön".utf8) + [0x20, 0x63, 0x61, 0x66, 0xE9, 0x2E]
        let article = try ArticleParser.parse(bytes, fileName: "mixed.txt")
        // Then both characters come out right, not "schÃ¶n"
        #expect(article.body == "Ein schön café.")
    }

    @Test func aPageDeclaringLatin1ButWrittenInUTF8IsUTF8() throws {
        let page =
            #"<html><head><meta charset="iso-8859-1"></head><body><p>Die Straße wurde am Montag für den Verkehr gesperrt, weil die Brücke über den Fluss repariert wird.</p></body></html>"#
        let article = try ArticleParser.parse(Array(page.utf8), fileName: "page.html")
        #expect(article.body.contains("Die Straße wurde am Montag für den Verkehr gesperrt"))
        // while a real Latin-1 page is still read as Latin-1
        let latin1 =
            Array(#"<html><head><meta charset="iso-8859-1"></head><body><p>Die Stra"#.utf8) + [0xDF]
            + Array(
                "e wurde am Montag gesperrt, weil die Brücke repariert wird, sagte die Stadt am Abend.</p></body></html>"
                    .unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        #expect(try ArticleParser.parse(latin1, fileName: "page.html").body.contains("Die Straße wurde"))
    }
}
