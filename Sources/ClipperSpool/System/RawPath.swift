/// A path as raw bytes, so that names which are not valid UTF-8 survive every system call.
struct RawPath: Hashable, Sendable, CustomStringConvertible {
    var bytes: [UInt8]

    init(_ path: String) {
        bytes = Array(path.utf8)
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// `self/name`.
    func appending(_ name: [UInt8]) -> RawPath {
        RawPath(bytes: bytes + [UInt8(ascii: "/")] + name)
    }

    /// `self/name`.
    func appending(_ name: String) -> RawPath {
        appending(Array(name.utf8))
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws(SpoolError) -> Result) throws(SpoolError) -> Result {
        let terminated = bytes + [0]
        return try terminated.withUnsafeBufferPointer { buffer throws(SpoolError) in
            try buffer.withMemoryRebound(to: CChar.self) { characters throws(SpoolError) in
                try body(characters.baseAddress!)
            }
        }
    }

    /// The path for messages (bad bytes as U+FFFD).
    var description: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
