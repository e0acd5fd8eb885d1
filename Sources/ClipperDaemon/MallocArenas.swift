import CGlibcMalloc
import Foundation

/// How many malloc arenas the daemon lets glibc make.
///
/// glibc gives a thread that finds the arena it used locked an arena of its own, up to eight a
/// core, and each arena keeps the memory freed into it for its next use. A daemon whose threads
/// take turns on the same work (the cooperative pool's workers, NIO's event loops, the writer)
/// thus holds several copies of its working set at a flood. One arena a core keeps the lock
/// contention of the default's first arenas and drops the rest: 7.5 MB less at a 20,000-file
/// backlog when measured with `MALLOC_ARENA_MAX=2` (docs/Performance.md).
public enum MallocArenas {
    /// Limits the arenas to one a core (at least two), unless `MALLOC_ARENA_MAX` is set in
    /// `environment`, which then rules as glibc reads it. Call it first, before threads allocate.
    ///
    /// - Returns: the limit set, or nil when the environment sets it or glibc refused it.
    @discardableResult
    public static func limit(environment: [String: String]) -> Int? {
        guard environment["MALLOC_ARENA_MAX"] == nil else { return nil }
        let arenas = max(2, ProcessInfo.processInfo.activeProcessorCount)
        return clipper_limit_malloc_arenas(Int32(arenas)) == 1 ? arenas : nil
    }
}
