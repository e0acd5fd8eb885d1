internal import Glibc

/// Lists the inbox: at start-up, after an overflow and on the periodic safety rescan.
public enum InboxScan {
    /// The names in `directory` that ``InboxFilter`` accepts and that are not directories,
    /// oldest modification time first (then by name), so a backlog drains in arrival order.
    ///
    /// Sub-directories are ignored: Clipper does not watch or descend into them. Symbolic links,
    /// FIFOs, sockets and devices are listed, so that the spool can quarantine them. A name that
    /// is not valid UTF-8 is listed with U+FFFD in place of each bad byte (see ``InboxEvent/file(_:)``).
    public static func names(in directory: String) throws(WatchError) -> [String] {
        guard let stream = opendir(directory) else {
            throw WatchError.system("list", directory, errno: errno)
        }
        defer { closedir(stream) }
        let descriptor = dirfd(stream)
        var entries: [(name: String, modified: Int, nanoseconds: Int)] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { throw WatchError.system("list", directory, errno: errno) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self)
            }
            guard InboxFilter.accepts(name) else { continue }
            var status = stat()
            let found = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.withMemoryRebound(to: CChar.self) { fstatat(descriptor, $0.baseAddress!, &status, AT_SYMLINK_NOFOLLOW) }
            }
            // Gone since readdir: nothing to list.
            guard found == 0 else { continue }
            guard status.st_mode & S_IFMT != S_IFDIR else { continue }
            entries.append((name, status.st_mtim.tv_sec, status.st_mtim.tv_nsec))
        }
        entries.sort { ($0.modified, $0.nanoseconds, $0.name) < ($1.modified, $1.nanoseconds, $1.name) }
        return entries.map(\.name)
    }
}
