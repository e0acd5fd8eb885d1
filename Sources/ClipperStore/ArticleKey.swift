/// How a store reads the key given to ``ArticleStore/article(matching:)``.
enum ArticleKey {
    /// The shortest id prefix accepted.
    static let minimumPrefixLength = 6

    /// The key lowercased when it can be an id or an id prefix (6 to 64 hex digits), else `nil`.
    static func idPrefix(_ key: String) -> String? {
        let bytes = Array(key.utf8)
        guard (minimumPrefixLength...64).contains(bytes.count) else { return nil }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                UInt8(ascii: "A")...UInt8(ascii: "F"):
                continue
            default:
                return nil
            }
        }
        return key.lowercased()
    }

    /// The smallest string above every id that starts with `prefix` (ids are lowercase hex, and `g` > `f`).
    static func upperBound(of prefix: String) -> String { prefix + "g" }
}
