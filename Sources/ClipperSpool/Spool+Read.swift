import ClipperModel
internal import Glibc

extension Spool {
    /// Reads a claimed file whole, checking its type and size before reading a byte.
    ///
    /// The file is opened with `O_NOFOLLOW | O_NONBLOCK` (a link swapped in after the claim is
    /// refused, and a FIFO cannot block), checked with `fstat` (a regular file, at most `maxBytes`),
    /// then read in a loop that handles short reads and `EINTR`. A file truncated after the claim
    /// is read as it is now; one that grows past the limit while being read is refused.
    /// - Throws: ``SpoolError`` with stage `read`: `.tooLarge` (`12.3 MB, over the 10 MB limit
    ///   (max_file_size)`), `.notRegularFile`, `.symbolicLink`, `.permissionDenied`, `.notFound`.
    public func read(_ file: ClaimedFile, maxBytes: Int) throws(SpoolError) -> [UInt8] {
        try readFile(at: processingPath.appending(file.name), maxBytes: maxBytes)
    }

    /// Reads the file `name` in `archive/` whole, with the same checks as ``read(_:maxBytes:)``.
    public func readArchived(_ name: String, maxBytes: Int) throws(SpoolError) -> [UInt8] {
        try readFile(at: archivePath.appending(name), maxBytes: maxBytes)
    }

    private func readFile(at path: RawPath, maxBytes: Int) throws(SpoolError) -> [UInt8] {
        let descriptor = try path.withCString { name in
            SystemCalls.retryingOnInterrupt { open(name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        }
        guard descriptor >= 0 else { throw try openFailure(path, errno: errno) }
        defer { close(descriptor) }

        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw SpoolError.system("inspect \(path)", errno: errno, stage: .read)
        }
        if let problem = ReadCheck.problem(
            kind: SystemCalls.kind(of: info.st_mode), size: Int(info.st_size), limit: maxBytes)
        {
            throw problem
        }

        let bytes = try SystemCalls.readAll(
            descriptor, expected: Int(info.st_size), limit: maxBytes, path: path, stage: .read)
        guard bytes.count <= maxBytes else { throw ReadCheck.tooLarge(bytes.count, limit: maxBytes) }
        return bytes
    }

    /// A clear error for an `open` that failed with `number`.
    private func openFailure(_ path: RawPath, errno number: Int32) throws(SpoolError) -> SpoolError {
        switch number {
        case ELOOP:
            return SpoolError(code: .symbolicLink, message: SpoolState.symbolicLinkReason, stage: .read, errno: number)
        case EACCES, EPERM:
            let status = try SystemCalls.status(path, stage: .read)
            return SpoolError(
                code: .permissionDenied,
                message: "Clipper may not read this file (mode \(String(status.mode, radix: 8)), owner uid "
                    + "\(status.owner)); make it readable to the clipper user and retry it",
                stage: .read, errno: number)
        case ENOENT:
            return SpoolError(
                code: .notFound, message: "the file left processing/ before it was read", stage: .read, errno: number)
        default:
            return SpoolError.system("open \(path)", errno: number, stage: .read)
        }
    }
}
