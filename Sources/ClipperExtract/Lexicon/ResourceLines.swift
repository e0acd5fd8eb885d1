/// Reads the bundled word lists line by line on their UTF-8 bytes.
///
/// `String.split` walks `Character`s, and on the 150,000-line gazetteer that was most of
/// clipperd's start-up (0.8 s of CPU); these loops touch each byte once.
enum ResourceLines {
    /// Calls `body` with the tab-separated fields of each line of `text`, skipping empty lines and
    /// `#` comments. The fields are valid only during the call.
    static func forEachLine(of text: String, _ body: ([UnsafeBufferPointer<UInt8>]) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            var fields: [UnsafeBufferPointer<UInt8>] = []
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                guard end > lineStart, bytes[lineStart] != 0x23 else { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for index in lineStart...end where index == end || bytes[index] == 0x09 {
                    fields.append(UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]))
                    fieldStart = index + 1
                }
                body(fields)
            }
        }
    }

    /// The phrase key of a field, tokenized as article text is.
    static func key(_ field: UnsafeBufferPointer<UInt8>) -> (key: UInt64, tokens: [Token]) {
        let tokens = Tokenizer.tokenize(Array(field))
        return (WordHash.phrase(tokens, 0..<tokens.count), tokens)
    }

    /// A field as a string.
    static func string(_ field: UnsafeBufferPointer<UInt8>) -> String { String(decoding: field, as: UTF8.self) }
}
