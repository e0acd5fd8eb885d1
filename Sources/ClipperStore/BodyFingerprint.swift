/// What makes two article bodies "the same text": equal after folding ASCII case and collapsing
/// every run of whitespace and punctuation, so a re-saved copy with other line breaks still matches.
///
/// The store keeps the 64-bit FNV-1a ``value`` of the folded text to find candidates quickly and
/// confirms a match with ``matches(_:)`` before it sets `duplicate_of`.
struct BodyFingerprint: Sendable, Hashable {
    /// The folded body, as UTF-8 bytes.
    let folded: [UInt8]
    /// FNV-1a over ``folded``, as 16 lowercase hex digits.
    let value: String

    init(body: String) {
        var folded: [UInt8] = []
        folded.reserveCapacity(body.utf8.count)
        var pendingSeparator = false
        for byte in body.utf8 {
            let isLetterOrDigit =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte >= 0x80
            if isLetterOrDigit {
                if pendingSeparator, !folded.isEmpty { folded.append(0x20) }
                pendingSeparator = false
                folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                pendingSeparator = true
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in folded {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        self.folded = folded
        self.value = String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether `body` folds to the same text (a hash match alone is not proof).
    func matches(_ body: String) -> Bool {
        BodyFingerprint(body: body).folded == folded
    }
}
