import ClipperModel

/// Whether an opened file may be read, decided from `fstat` before a single byte is read.
enum ReadCheck {
    /// The problem with reading a `kind` file of `size` bytes under a `limit`, or nil when it may be read.
    static func problem(kind: EntryKind, size: Int, limit: Int) -> SpoolError? {
        guard kind == .regularFile else {
            return SpoolError(code: .notRegularFile, message: "not a regular file (\(kind.phrase))", stage: .read)
        }
        guard size <= limit else { return tooLarge(size, limit: limit) }
        return nil
    }

    /// `12.3 MB, over the 10 MB limit (max_file_size)`.
    static func tooLarge(_ size: Int, limit: Int) -> SpoolError {
        SpoolError(
            code: .tooLarge,
            message: "\(ByteCount.describe(size)), over the \(ByteCount.describe(limit)) limit (max_file_size)",
            stage: .read)
    }
}
