import ClipperModel
internal import Glibc

/// The few system calls the spool makes, on raw paths, each retried on `EINTR` and turned into a
/// ``SpoolError`` that names the path.
enum SystemCalls {
    /// What `lstat` says about a path.
    struct Status {
        var kind: EntryKind
        var size: Int
        var mode: UInt32
        var owner: UInt32
        var device: UInt
        /// Last modification, in seconds since 1970.
        var modified: Int
        /// The nanoseconds of the last modification, past `modified`.
        var modifiedNanoseconds: Int = 0

        /// Last modification, in seconds since 1970 with the fraction.
        var modifiedTime: Double { Double(modified) + Double(modifiedNanoseconds) / 1e9 }
    }

    /// `lstat(2)`: the entry at `path` (never following a link), or `.missing`.
    static func status(_ path: RawPath, stage: FailureReport.Stage) throws(SpoolError) -> Status {
        var info = stat()
        let result = try path.withCString { lstat($0, &info) }
        guard result == 0 else {
            let number = errno
            if number == ENOENT || number == ENOTDIR {
                return Status(kind: .missing, size: 0, mode: 0, owner: 0, device: 0, modified: 0)
            }
            throw SpoolError.system("inspect \(path)", errno: number, stage: stage)
        }
        return Status(
            kind: kind(of: info.st_mode), size: Int(info.st_size), mode: info.st_mode & 0o7777, owner: info.st_uid,
            device: UInt(info.st_dev), modified: info.st_mtim.tv_sec,
            modifiedNanoseconds: info.st_mtim.tv_nsec)
    }

    /// The entry kind for a `st_mode`.
    static func kind(of mode: mode_t) -> EntryKind {
        switch mode & S_IFMT {
        case S_IFREG: .regularFile
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        default: .missing
        }
    }

    /// Renames `source` to `target` unless `target` exists (`renameat2` with `RENAME_NOREPLACE`).
    /// Returns 0, or the `errno` (`EEXIST` when the target exists, `ENOENT` when the source is gone).
    static func renameWithoutReplacing(_ source: RawPath, _ target: RawPath) throws(SpoolError) -> Int32 {
        let result = try source.withCString { from throws(SpoolError) in
            try target.withCString { to in
                retryingOnInterrupt { RenameAt2.call(AT_FDCWD, from, AT_FDCWD, to, RenameAt2.noReplace) }
            }
        }
        return result == 0 ? 0 : errno
    }

    /// Flushes a directory's entries to disk (`fsync(2)` on the directory), so that renames into or
    /// out of it survive a power failure.
    static func syncDirectory(_ path: RawPath, stage: FailureReport.Stage) throws(SpoolError) {
        let descriptor = try path.withCString { name in
            retryingOnInterrupt { open(name, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        }
        guard descriptor >= 0 else { throw SpoolError.system("open \(path) to sync it", errno: errno, stage: stage) }
        defer { close(descriptor) }
        guard retryingOnInterrupt({ fsync(descriptor) }) == 0 else {
            throw SpoolError.system("sync \(path)", errno: errno, stage: stage)
        }
    }

    /// Deletes `path`; returns false when it was already gone.
    @discardableResult
    static func remove(_ path: RawPath, stage: FailureReport.Stage) throws(SpoolError) -> Bool {
        let result = try path.withCString { unlink($0) }
        guard result == 0 else {
            if errno == ENOENT { return false }
            throw SpoolError.system("delete \(path)", errno: errno, stage: stage)
        }
        return true
    }

    /// The names in a directory, raw, without `.` and `..`.
    static func names(in directory: RawPath, stage: FailureReport.Stage) throws(SpoolError) -> [[UInt8]] {
        guard let stream = try directory.withCString({ opendir($0) }) else {
            throw SpoolError.system("list \(directory)", errno: errno, stage: stage)
        }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { throw SpoolError.system("list \(directory)", errno: errno, stage: stage) }
                return names
            }
            let name = {
                // Through a pointer into the entry, never a copy of the 256-byte d_name, which can
                // run past the end of readdir's buffer.
                let pointer = (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                    .assumingMemoryBound(to: CChar.self)
                return Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
            }()
            if name != Array(".".utf8), name != Array("..".utf8) {
                names.append(name)
            }
        }
    }

    /// Creates `path` and its missing parents (mode 0755); returns whether anything was created.
    @discardableResult
    static func makeDirectories(_ path: RawPath) throws(SpoolError) -> Bool {
        let status = try status(path, stage: .claim)
        switch status.kind {
        case .directory:
            return false
        case .missing:
            if let slash = path.bytes.lastIndex(of: UInt8(ascii: "/")), slash > 0 {
                try makeDirectories(RawPath(bytes: Array(path.bytes[..<slash])))
            }
            let result = try path.withCString { mkdir($0, 0o755) }
            guard result == 0 || errno == EEXIST else {
                throw SpoolError.system("create the directory \(path)", errno: errno, stage: .claim)
            }
            return true
        default:
            throw SpoolError(
                code: .system, message: "cannot use \(path) as a directory: it is \(status.kind.phrase)", stage: .claim)
        }
    }

    /// Creates `path` only if nothing is there (`O_CREAT | O_EXCL`), writes `bytes`, flushes them to
    /// disk and closes it. Returns false when the name was taken.
    static func createDurably(_ path: RawPath, _ bytes: [UInt8], stage: FailureReport.Stage) throws(SpoolError) -> Bool
    {
        let descriptor = try path.withCString { name in
            retryingOnInterrupt { open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644) }
        }
        guard descriptor >= 0 else {
            if errno == EEXIST { return false }
            throw SpoolError.system("create \(path)", errno: errno, stage: stage)
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { buffer in
                retryingOnInterrupt { write(descriptor, buffer.baseAddress, buffer.count) }
            }
            guard count > 0 else { throw SpoolError.system("write \(path)", errno: errno, stage: stage) }
            written += count
        }
        guard retryingOnInterrupt({ fsync(descriptor) }) == 0 else {
            throw SpoolError.system("sync \(path)", errno: errno, stage: stage)
        }
        return true
    }

    /// Reads `descriptor` to its end, but at most `limit + 1` bytes (so a caller can tell that the
    /// file is over the limit), in a loop that handles short reads and `EINTR`. `expected` is the
    /// size `fstat` gave, used to size the buffer.
    static func readAll(
        _ descriptor: Int32, expected: Int, limit: Int, path: RawPath, stage: FailureReport.Stage
    ) throws(SpoolError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(1, min(expected, limit) + 1))
        var total = 0
        while total <= limit {
            if total == bytes.count {
                bytes += [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - total))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                retryingOnInterrupt { read(descriptor, buffer.baseAddress! + total, buffer.count - total) }
            }
            guard count >= 0 else { throw SpoolError.system("read \(path)", errno: errno, stage: stage) }
            if count == 0 { break }
            total += count
        }
        bytes.removeSubrange(total...)
        return bytes
    }

    /// Calls `body` again while it fails with `EINTR`.
    static func retryingOnInterrupt<Result: BinaryInteger>(_ body: () -> Result) -> Result {
        while true {
            let result = body()
            if result >= 0 || errno != EINTR { return result }
        }
    }
}
