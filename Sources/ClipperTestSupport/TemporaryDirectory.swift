import Foundation

/// Runs `body` with a new empty directory that is deleted afterwards, even when `body` throws.
public func withTemporaryDirectory<T>(
    _ prefix: String = "clipper-test", _ body: (String) async throws -> T
) async throws -> T {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try await body(path)
}

/// A fresh directory for one test, removed with everything in it afterwards.
///
/// It lives on /dev/shm (tmpfs) when there is one: renames and inotify behave the same there, and
/// creating thousands of files takes milliseconds instead of seconds on a slow virtual disk. Unlike
/// ``withTemporaryDirectory(_:_:)`` it handles names that are not UTF-8 and directories without
/// permissions, which the spool and watcher tests make.
public struct TemporaryDirectory: ~Copyable {
    public let path: String

    /// Creates the directory under `base`: by default /dev/shm when it is writable, else /tmp.
    public init(base: String? = nil) {
        let base = base ?? (access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp")
        var template = Array("\(base)/clipper-test-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    /// Whether /dev/shm and /tmp are different file systems here.
    public static var onSeparateFileSystem: Bool {
        var shared = stat()
        var disk = stat()
        return stat("/dev/shm", &shared) == 0 && stat("/tmp", &disk) == 0 && shared.st_dev != disk.st_dev
    }

    deinit {
        Self.removeTree(Array(path.utf8))
    }

    /// Creates `name` (raw bytes allowed) with `contents`, closing it: one `IN_CLOSE_WRITE`.
    public func write(_ name: String, _ contents: String = "x") {
        Self.write(path + "/" + name, contents)
    }

    /// Creates the file at `path` with `contents`.
    public static func write(_ path: String, _ contents: String = "x") {
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0o644)
        precondition(descriptor >= 0, "cannot create \(path): errno \(errno)")
        _ = Array(contents.utf8).withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    /// Creates a file whose name is the raw `bytes` (not necessarily UTF-8).
    public func write(rawName bytes: [UInt8]) {
        let path = Array(path.utf8) + [UInt8(ascii: "/")] + bytes + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_CLOEXEC, 0o644) }
        }
        precondition(descriptor >= 0, "cannot create a raw-named file: errno \(errno)")
        close(descriptor)
    }

    /// Removes `path` (raw bytes) and, for a directory, everything under it; links are not followed.
    public static func removeTree(_ path: [UInt8]) {
        let cPath = path.map { CChar(bitPattern: $0) } + [0]
        var status = stat()
        guard lstat(cPath, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            unlink(cPath)
            return
        }
        chmod(cPath, 0o755)
        if let stream = opendir(cPath) {
            while let entry = readdir(stream) {
                let name = {
                // Through a pointer into the entry, never a copy of the 256-byte d_name, which can
                // run past the end of readdir's buffer.
                let pointer = (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                    .assumingMemoryBound(to: CChar.self)
                return Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
            }()
                guard name != Array(".".utf8), name != Array("..".utf8) else { continue }
                removeTree(path + [UInt8(ascii: "/")] + name)
            }
            closedir(stream)
        }
        rmdir(cPath)
    }
}
