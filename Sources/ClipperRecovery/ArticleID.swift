import Crypto

/// The article id: the SHA-256 of a file's original bytes in lowercase hex, the key every store
/// row hangs on (so indexing the same bytes twice lands on the same row).
public enum ArticleID {
    /// The id of `bytes`.
    public static func of(_ bytes: [UInt8]) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
