import Glibc

/// CPU time and bytes written to files, from `getrusage(2)`: for this process, or for the child
/// processes it has waited for (so a `clipperd --once` run is measured by the difference).
struct ResourceUsage {
    var user: Duration
    var system: Duration
    /// Bytes the kernel accounted as written to files (`ru_oublock`, in 512-byte blocks): pages
    /// dirtied, so a page written again before write-back counts once.
    var bytesWritten: Int

    var cpu: Duration { user + system }

    /// This process so far.
    static func ofSelf() -> ResourceUsage { measure(numericCast(RUSAGE_SELF.rawValue)) }

    /// Every child process waited for so far.
    static func ofChildren() -> ResourceUsage { measure(numericCast(RUSAGE_CHILDREN.rawValue)) }

    private static func measure(_ who: __rusage_who_t) -> ResourceUsage {
        var usage = rusage()
        getrusage(who, &usage)
        func duration(_ time: timeval) -> Duration {
            .seconds(time.tv_sec) + .microseconds(time.tv_usec)
        }
        return ResourceUsage(
            user: duration(usage.ru_utime), system: duration(usage.ru_stime), bytesWritten: usage.ru_oublock * 512)
    }

    static func - (after: ResourceUsage, before: ResourceUsage) -> ResourceUsage {
        ResourceUsage(
            user: after.user - before.user, system: after.system - before.system,
            bytesWritten: after.bytesWritten - before.bytesWritten)
    }
}
