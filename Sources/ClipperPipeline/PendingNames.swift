import Synchronization

/// Names queued for a worker and not yet claimed, so one file is queued once
/// however many events and rescans report it.
final class PendingNames: Sendable {
    private let names = Mutex(Set<String>())

    /// Adds `name`; `false` when it was already queued.
    func insert(_ name: String) -> Bool {
        names.withLock { $0.insert(name).inserted }
    }

    /// Forgets `name` once it has been claimed (or found gone), so a new file
    /// dropped under the same name is queued again.
    func remove(_ name: String) {
        _ = names.withLock { $0.remove(name) }
    }
}
