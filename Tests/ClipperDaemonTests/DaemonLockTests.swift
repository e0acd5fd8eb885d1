import ClipperTestSupport
import Glibc
import Testing

@testable import ClipperDaemon

struct DaemonLockTests {
    @Test func aSecondLockOnTheSameFileIsRefusedWithTheHoldersPID() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/clipperd.lock"
            let first = try DaemonLock(path: path)
            #expect {
                _ = try DaemonLock(path: path)
            } throws: { error in
                "\(error)".contains("already running") && "\(error)".contains("pid \(getpid())")
            }
            _ = consume first
            // Released with the first lock: taking it again works.
            _ = try DaemonLock(path: path)
        }
    }

    @Test func anUnwritableLockPathIsAClearError() {
        #expect {
            _ = try DaemonLock(path: "/nonexistent/directory/clipperd.lock")
        } throws: { error in
            "\(error)".hasPrefix("cannot open the lock file /nonexistent/directory/clipperd.lock")
        }
    }
}
