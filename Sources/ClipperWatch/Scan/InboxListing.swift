/// The names of one inbox listing, in the order ``InboxScan`` sorted them, kept compactly: every
/// name's bytes in one buffer and one 8-byte span a name, so a backlog of 100,000 files costs about
/// the length of its names, not a `String` allocation each. A name becomes a `String` when it is read.
public struct InboxListing: RandomAccessCollection, Sendable {
    /// Where one name sits in ``bytes``.
    struct Span: Sendable {
        var start: UInt32
        var length: UInt32
    }

    private let bytes: [UInt8]
    private let spans: [Span]

    init(bytes: [UInt8], spans: [Span]) {
        self.bytes = bytes
        self.spans = spans
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { spans.count }

    /// The name at `position`; bytes that are not UTF-8 read as U+FFFD.
    public subscript(position: Int) -> String {
        let span = spans[position]
        let start = Int(span.start)
        return String(decoding: bytes[start..<start + Int(span.length)], as: UTF8.self)
    }
}
