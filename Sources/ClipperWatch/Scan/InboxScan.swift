internal import Glibc

/// Lists the inbox: at start-up, after an overflow and on the periodic safety rescan.
public enum InboxScan {
    /// How long a file must have been left unchanged before a live rescan lists it; the watcher
    /// sends `.rescan(.settle)` this long after each start-up or overflow rescan.
    public static let settleTime = Duration.seconds(2)

    /// The names in `directory` that ``InboxFilter`` accepts and that are not directories,
    /// oldest modification time first (then by the bytes of the name), so a backlog drains in arrival order.
    ///
    /// `unchangedFor` leaves out regular files modified less than that long ago: a file written in
    /// place may still be open, and only its `IN_CLOSE_WRITE` says it is complete. While the
    /// watcher runs, pass ``settleTime``: such a file is reported by its event when it is closed,
    /// or by the `.settle` rescan that follows. Without a watcher (`clipperd --once`), pass zero.
    ///
    /// Sub-directories are ignored: Clipper does not watch or descend into them. Symbolic links,
    /// FIFOs, sockets and devices are listed, so that the spool can quarantine them. A name that
    /// is not valid UTF-8 is listed with U+FFFD in place of each bad byte (see ``InboxEvent/file(_:)``).
    public static func names(in directory: String, unchangedFor: Duration = .zero) throws(WatchError) -> InboxListing {
        var clock = timespec()
        clock_gettime(CLOCK_REALTIME, &clock)
        let (seconds, attoseconds) = unchangedFor.components
        let window = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        let now = clock.tv_sec * 1_000_000_000 + clock.tv_nsec
        guard let stream = opendir(directory) else {
            throw WatchError.system("list", directory, errno: errno)
        }
        defer { closedir(stream) }
        let descriptor = dirfd(stream)
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { throw WatchError.system("list", directory, errno: errno) }
                break
            }
            // Read through a pointer into the entry, never by copying the 256-byte d_name: the last
            // entry of readdir's buffer may end closer than that to the end of mapped memory.
            let namePointer = (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                .assumingMemoryBound(to: CChar.self)
            let name = UnsafeRawBufferPointer(start: namePointer, count: strlen(namePointer))
            guard InboxFilter.accepts(utf8: name) else { continue }
            var status = stat()
            let found = fstatat(descriptor, namePointer, &status, AT_SYMLINK_NOFOLLOW)
            // Gone since readdir: nothing to list.
            guard found == 0 else { continue }
            guard status.st_mode & S_IFMT != S_IFDIR else { continue }
            let age = now - (status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec)
            if status.st_mode & S_IFMT == S_IFREG, age >= 0, age < window { continue }
            let span = InboxListing.Span(start: UInt32(bytes.count), length: UInt32(name.count))
            bytes.append(contentsOf: name)
            entries.append(Entry(modified: status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec, span: span))
        }
        entries.sort { first, second in
            if first.modified != second.modified { return first.modified < second.modified }
            return bytes[first.range].lexicographicallyPrecedes(bytes[second.range])
        }
        return InboxListing(bytes: bytes, spans: entries.map(\.span))
    }

    /// One listed name while the listing is sorted: its modification time in nanoseconds, and where its bytes are.
    private struct Entry {
        var modified: Int
        var span: InboxListing.Span

        var range: Range<Int> { Int(span.start)..<Int(span.start) + Int(span.length) }
    }
}
