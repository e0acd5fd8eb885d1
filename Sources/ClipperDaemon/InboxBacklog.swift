import ClipperWatch
import Glibc

/// How many files wait in the inbox, for `status`: every accepted name, including those
/// the pipeline has not heard of yet (intake paused, or a flood still in the watch queue).
enum InboxBacklog {
    /// One `readdir` pass; names only, no `stat`, so it stays cheap on a 100,000-file inbox.
    ///
    /// Each name is read up to its NUL through a pointer into the entry, never by copying the
    /// 256-byte `d_name` field: the last entry of `readdir`'s buffer can end closer to the end of
    /// mapped memory than that, and the copy then faults (a SIGSEGV seen with status polled
    /// 40 times a second during an ingest).
    static func count(in directory: String) -> Int {
        // d_name is a stored field: its offset is always known.
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        guard let stream = opendir(directory) else { return 0 }
        defer { closedir(stream) }
        var count = 0
        while let entry = readdir(stream) {
            guard entry.pointee.d_type == DT_REG || entry.pointee.d_type == DT_UNKNOWN else { continue }
            let start = UnsafeRawPointer(entry) + nameOffset
            let name = String(
                decoding: UnsafeRawBufferPointer(
                    start: start, count: strlen(start.assumingMemoryBound(to: CChar.self))),
                as: UTF8.self)
            if InboxFilter.accepts(name) { count += 1 }
        }
        return count
    }
}
