/// What makes two article bodies "the same text": equal after folding ASCII case and collapsing
/// every run of whitespace and punctuation, so a re-saved copy with other line breaks still matches.
///
/// The store keeps the 64-bit FNV-1a ``value`` of the folded text to find candidates quickly and
/// confirms a match with ``matches(_:)`` before it sets `duplicate_of`. The hash is made in one
/// pass over the body's UTF-8 bytes, without keeping the folded text: it runs for every new
/// article inside the writer's transaction, while matches are rare.
struct BodyFingerprint: Sendable {
    /// FNV-1a over the folded body, as 16 lowercase hex digits.
    let value: String
    /// The body it was made from, folded again only to confirm a match.
    private let body: String

    init(body: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        Self.forEachFoldedByte(of: body) { byte in
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        self.value = String(repeating: "0", count: 16 - hex.count) + hex
        self.body = body
    }

    /// Whether `other` folds to the same text (a hash match alone is not proof).
    func matches(_ other: String) -> Bool {
        Self.folded(body) == Self.folded(other)
    }

    private static func folded(_ body: String) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(body.utf8.count)
        forEachFoldedByte(of: body) { folded.append($0) }
        return folded
    }

    /// Calls `visit` with each byte of the folded text: letters and digits (ASCII letters in
    /// lower case, every non-ASCII byte as it is), one space between runs of anything else.
    @inline(__always)
    private static func forEachFoldedByte(of body: String, _ visit: (UInt8) -> Void) {
        var text = body
        text.withUTF8 { bytes in
            var started = false
            var pendingSeparator = false
            for byte in bytes {
                let isLetterOrDigit =
                    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte >= 0x80
                if isLetterOrDigit {
                    if pendingSeparator, started { visit(0x20) }
                    pendingSeparator = false
                    started = true
                    visit(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                } else {
                    pendingSeparator = true
                }
            }
        }
    }
}
