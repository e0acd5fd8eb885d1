/// A string compared and hashed by its UTF-8 bytes: exact repeats only, without the Unicode
/// normalization `String` hashing does (the text is already NFC).
struct ByteKey: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    /// Hashes the length and the first and last 32 bytes: enough to tell paragraphs apart,
    /// without hashing every byte (equality still compares them all).
    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { bytes in
            hasher.combine(bytes.count)
            let raw = UnsafeRawBufferPointer(bytes)
            if bytes.count <= 64 {
                hasher.combine(bytes: raw)
            } else {
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[..<32]))
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[(raw.count - 32)...]))
            }
        }
    }
}
