/// One input of the fuzzer: the bytes of an inbox file and the file name it arrives under.
struct FuzzInput: Sendable, Hashable {
    /// The file's bytes, passed to the parser whole.
    var bytes: [UInt8]
    /// `input.txt` or `input.html`: the hint the parser gets from the name.
    var fileName: String

    /// Wraps the bytes; the lowest bit of the last byte picks the file-name hint, so the fuzzer
    /// tries both hints on every shape of content.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        fileName = (bytes.last ?? 0) & 1 == 0 ? "input.txt" : "input.html"
    }
}
