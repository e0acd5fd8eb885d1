/// Which names in the inbox are articles to process.
///
/// Dot-files and the temporary names of downloaders and editors (`*.part`, `*.tmp`,
/// `*.crdownload`, `*~`, compared without regard to ASCII case) are ignored until they are renamed:
/// the safe way to drop a file is to write `x.html.part` and rename it to `x.html`, and the rename
/// (`IN_MOVED_TO`) is what Clipper reacts to.
public enum InboxFilter {
    /// Temporary suffixes, lowercase ASCII.
    static let temporarySuffixes: [[UInt8]] = [
        Array(".part".utf8), Array(".tmp".utf8), Array(".crdownload".utf8), Array("~".utf8),
    ]

    /// Whether `name` (a plain name, not a path) is one Clipper should process.
    public static func accepts(_ name: String) -> Bool {
        accepts(utf8: name.utf8)
    }

    /// Whether the name spelled by `bytes` is one Clipper should process (for a name read from the
    /// directory, before it is decoded).
    static func accepts(utf8 bytes: some Collection<UInt8>) -> Bool {
        guard let first = bytes.first, first != UInt8(ascii: ".") else { return false }
        return !temporarySuffixes.contains { hasSuffix(bytes, $0) }
    }

    /// Whether `bytes` ends with `suffix` (lowercase ASCII), ignoring ASCII case.
    static func hasSuffix(_ bytes: some Collection<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard bytes.count >= suffix.count else { return false }
        let tail = bytes.dropFirst(bytes.count - suffix.count)
        return zip(tail, suffix).allSatisfy { byte, expected in
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            return lower == expected
        }
    }
}
