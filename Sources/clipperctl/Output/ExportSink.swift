import ClipperControlAPI
import ClipperControlClient
import ClipperModel
import Foundation

/// Where `export` writes JSON Lines: standard output, or a file that appears only when complete.
///
/// Lines are gathered into blocks of about 64 KB before each write.
struct ExportSink {
    /// The number of articles written so far.
    private(set) var count = 0
    private let handle: FileHandle
    /// For a file: the temporary path written, and the final path it is renamed to.
    private let paths: (partial: String, final: String)?
    private let encoder = ControlJSON.makeEncoder()
    private var buffer = Data()
    private static let blockSize = 64 * 1024

    /// Opens the destination: standard output when `path` is `nil`.
    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            paths = nil
            return
        }
        let partial = path + ".part"
        guard FileManager.default.createFile(atPath: partial, contents: nil) else {
            throw CommandError("cannot create \(partial): \(String(cString: strerror(errno)))")
        }
        guard let handle = FileHandle(forWritingAtPath: partial) else {
            throw CommandError("cannot open \(partial) for writing")
        }
        self.handle = handle
        self.paths = (partial, path)
    }

    /// Appends one article as a line.
    mutating func write(_ record: ArticleRecord) throws {
        buffer.append(try encoder.encode(record))
        buffer.append(UInt8(ascii: "\n"))
        count += 1
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Writes what is left and, for a file, renames it into place.
    mutating func finish() throws {
        try flush()
        guard let paths else { return }
        try handle.synchronize()
        try handle.close()
        if rename(paths.partial, paths.final) != 0 {
            throw CommandError("cannot rename \(paths.partial) to \(paths.final): \(String(cString: strerror(errno)))")
        }
    }

    /// Removes a partly written file after a failure.
    func abandon() {
        guard let paths else { return }
        try? handle.close()
        unlink(paths.partial)
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
