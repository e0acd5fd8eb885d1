import ClipperWatch
import Glibc

/// How many files wait in the inbox, for `status`: every accepted name, including those
/// the pipeline has not heard of yet (intake paused, or a flood still in the watch queue).
enum InboxBacklog {
    /// One `readdir` pass; names only, no `stat`, so it stays cheap on a 100,000-file inbox.
    static func count(in directory: String) -> Int {
        guard let stream = opendir(directory) else { return 0 }
        defer { closedir(stream) }
        var count = 0
        while let entry = readdir(stream) {
            guard entry.pointee.d_type == DT_REG || entry.pointee.d_type == DT_UNKNOWN else { continue }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if InboxFilter.accepts(name) { count += 1 }
        }
        return count
    }
}
