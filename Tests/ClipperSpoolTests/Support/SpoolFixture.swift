import ClipperModel
import ClipperSpool
import ClipperTestSupport
import Glibc

/// A spool on a fresh state directory (inbox at `ROOT/inbox`), with helpers to drop files and look
/// into its folders.
struct SpoolFixture: ~Copyable {
    let directory = TemporaryDirectory()
    let spool: Spool

    init() throws {
        spool = try Spool(root: directory.path, inbox: directory.path + "/inbox")
    }

    /// Drops `name` into the inbox with `contents`.
    func drop(_ name: String, _ contents: String = "article text") {
        TemporaryDirectory.write(spool.inbox + "/" + name, contents)
    }

    /// The sorted names in a folder, decoded (bad bytes as U+FFFD).
    func names(in folder: String) -> [String] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The contents of the file at `path`.
    func contents(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(descriptor, &bytes, bytes.count)
        return count >= 0 ? String(decoding: bytes[..<count], as: UTF8.self) : nil
    }

    /// The `lstat` file type bits of `path`, or nil when nothing is there.
    func fileType(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }
}

/// Runs `body` on a thread of its own whose file-system user is `nobody` (`setfsuid(2)`, which
/// affects only the calling thread and drops root's file capabilities), so a test running as root
/// can meet `EACCES`. Returns nil when not root or the thread cannot start.
func asNobody(_ body: @escaping @Sendable () -> String) -> String? {
    guard getuid() == 0, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setfsuid") else { return nil }
    let box = NobodyThread(body: body, setfsuid: unsafeBitCast(symbol, to: NobodyThread.SetFSUID.self))
    var thread = pthread_t()
    let started = pthread_create(
        &thread, nil,
        { argument in
            let box = Unmanaged<NobodyThread>.fromOpaque(argument!).takeUnretainedValue()
            _ = box.setfsuid(65_534)
            box.result = box.body()
            _ = box.setfsuid(0)
            return nil
        }, Unmanaged.passUnretained(box).toOpaque())
    guard started == 0 else { return nil }
    pthread_join(thread, nil)
    return box.result
}

/// What `asNobody` hands its thread. `@unchecked Sendable`: `result` is written by the thread
/// before it exits and read only after `pthread_join`, which orders the two.
private final class NobodyThread: @unchecked Sendable {
    typealias SetFSUID = @convention(c) (UInt32) -> Int32
    let body: @Sendable () -> String
    let setfsuid: SetFSUID
    var result: String?

    init(body: @escaping @Sendable () -> String, setfsuid: SetFSUID) {
        self.body = body
        self.setfsuid = setfsuid
    }
}
