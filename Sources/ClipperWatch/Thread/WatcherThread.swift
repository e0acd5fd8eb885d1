internal import Glibc

/// A POSIX thread of its own for the blocking libinotifytools loop, so that it never occupies a
/// thread of Swift's cooperative pool.
struct WatcherThread: Sendable {
    /// The closure a new thread runs; a class so it can cross `pthread_create` as one pointer.
    private final class Entry: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    private let handle: pthread_t

    /// Starts a thread running `body`.
    static func start(_ body: @escaping @Sendable () -> Void) throws(WatchError) -> WatcherThread {
        let entry = Unmanaged.passRetained(Entry(body)).toOpaque()
        var handle = pthread_t()
        let result = pthread_create(
            &handle, nil,
            { argument in
                Unmanaged<Entry>.fromOpaque(argument!).takeRetainedValue().body()
                return nil
            }, entry)
        guard result == 0 else {
            Unmanaged<Entry>.fromOpaque(entry).release()
            throw WatchError(
                code: .system, message: "cannot start the inbox watcher thread: \(String(cString: strerror(result)))",
                errno: result)
        }
        return WatcherThread(handle: handle)
    }

    /// Waits for the thread to exit. Call it once the thread has signalled that its work is done,
    /// so the wait is only for the thread's own exit.
    func join() {
        pthread_join(handle, nil)
    }
}
