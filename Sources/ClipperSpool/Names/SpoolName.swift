/// How the spool names files: plain-name checks, unique names that keep the extension, names that
/// fit `NAME_MAX`, and valid UTF-8 for names that were not. Pure functions.
public enum SpoolName {
    /// The longest file name Linux file systems allow, in bytes (`NAME_MAX`).
    public static let maximumBytes = 255
    /// The suffix of the report beside a quarantined file: `failed/NAME.error.json`.
    public static let reportSuffix = ".error.json"
    /// The longest name a quarantined file may have, so that its report's name fits too.
    public static let maximumFailedBytes = maximumBytes - reportSuffix.utf8.count

    /// Whether `name` is a plain file name: not empty, not `.` or `..`, no `/` and no NUL, at most
    /// `NAME_MAX` bytes.
    public static func isPlain(_ name: String) -> Bool {
        let bytes = name.utf8
        return !bytes.isEmpty && bytes.count <= maximumBytes && name != "." && name != ".."
            && !bytes.contains(UInt8(ascii: "/")) && !bytes.contains(0)
    }

    /// The name to try on `attempt` (0, 1, 2, …) when moving `name` into a folder where it may
    /// already exist: `x.txt`, `x.1.txt`, `x.2.txt`, …; `notes`, `notes.1`, … The number goes
    /// before the extension so the type stays recognisable, and is a plain digit so no temporary-
    /// name filter (`*~`, `*.tmp`) ever matches it. The stem is shortened (on a character boundary)
    /// so the result fits in `maxBytes`.
    public static func candidate(_ name: String, attempt: Int, maxBytes: Int = maximumBytes) -> String {
        if attempt == 0, name.utf8.count <= maxBytes { return name }
        var (stem, ext) = split(name)
        let tag = attempt == 0 ? "" : ".\(attempt)"
        if maxBytes - tag.utf8.count - ext.utf8.count < 1 {
            stem += ext
            ext = ""
        }
        let room = maxBytes - tag.utf8.count - ext.utf8.count
        return truncated(stem, toBytes: room) + tag + ext
    }

    /// A valid UTF-8 name for raw directory-entry bytes: valid sequences are kept, and each byte
    /// that is not part of one is written as `%XX` (`caf\xE9.txt` → `caf%E9.txt`).
    public static func printable(_ raw: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        scanning: while index < raw.count {
            for length in 1...4 where index + length <= raw.count {
                if String(validating: raw[index..<(index + length)], as: UTF8.self) != nil {
                    output += raw[index..<(index + length)]
                    index += length
                    continue scanning
                }
            }
            let hex = Array("0123456789ABCDEF".utf8)
            output += [UInt8(ascii: "%"), hex[Int(raw[index] >> 4)], hex[Int(raw[index] & 0x0F)]]
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Splits `name` into stem and extension (`x.tar.gz` → `x.tar`, `.gz`). The extension is the
    /// last `.` and at most 16 bytes after it; a name without one has an empty extension.
    static func split(_ name: String) -> (stem: String, ext: String) {
        let bytes = Array(name.utf8)
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0, (1...16).contains(bytes.count - dot - 1) else {
            return (name, "")
        }
        return (String(decoding: bytes[..<dot], as: UTF8.self), String(decoding: bytes[dot...], as: UTF8.self))
    }

    /// The longest prefix of `text` of at most `limit` bytes that ends on a character boundary.
    static func truncated(_ text: String, toBytes limit: Int) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count > limit else { return text }
        var end = max(0, limit)
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}
