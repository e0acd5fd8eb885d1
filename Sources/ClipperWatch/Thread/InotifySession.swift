internal import CInotifyTools
internal import Glibc
import Logging

/// The loop that owns libinotifytools on the watcher thread, from `inotifytools_init` to
/// `inotifytools_cleanup`.
///
/// libinotifytools keeps global state and returns each event in a static buffer that the next call
/// overwrites, so this runs on one thread only, copies each event's name before the next call, and
/// checks the stop flag between calls (`inotifytools_next_event(1)` waits at most one second;
/// note that a timeout of 0 would block forever).
struct InotifySession: Sendable {
    let directory: String
    let rescanInterval: Duration
    let logger: Logger
    let stop: StopFlag
    let continuation: AsyncStream<InboxEvent>.Continuation
    /// Sent once the watch is up (`nil`) or could not be added.
    let ready: ThreadSignal<WatchError?>
    /// Sent when the loop has ended and the library is cleaned up: why, if the watch died.
    let ended: ThreadSignal<WatchError?>

    /// How the loop ended.
    private enum Ending {
        /// The watch could not be added; nothing was read.
        case notStarted
        /// The stop flag was set, or the watch died (`failure`); `IN_IGNORED` was read or not.
        case ended(failure: WatchError?, ignoredRead: Bool)
    }

    /// Runs on the watcher thread until the stop flag is set or the watch dies.
    func run() {
        guard inotifytools_init(0, 0, 0) != 0 else {
            ready.send(WatchError.system("watch", directory, errno: inotifytools_error()))
            ended.send(nil)
            continuation.finish()
            return
        }
        var failure: WatchError?
        if case .ended(let reason, let ignoredRead) = watch() {
            failure = reason
            if !ignoredRead { drainLibraryBuffer() }
        }
        inotifytools_cleanup()
        continuation.finish()
        ended.send(failure)
    }

    /// Removes the watch and reads until its `IN_IGNORED`, the last event the kernel sends for it.
    ///
    /// libinotifytools keeps events it has read but not returned in a static buffer that
    /// `inotifytools_cleanup` does not clear: left there, they would be returned to the next
    /// watcher in this process (a stale `IN_IGNORED` would end its watch at once).
    private func drainLibraryBuffer() {
        let watched = directory.hasSuffix("/") ? directory : directory + "/"
        inotifytools_remove_watch_by_wd(inotifytools_wd_from_filename(watched))
        while let event = inotifytools_next_event(1) {
            if InotifyMask(rawValue: event.pointee.mask).contains(.ignored) { return }
        }
    }

    /// Adds the watch and loops until the stop flag is set or the watch dies.
    private func watch() -> Ending {
        guard inotifytools_watch_file(directory, Int32(bitPattern: InotifyMask.inboxWatch.rawValue)) != 0 else {
            ready.send(WatchError.system("watch", directory, errno: inotifytools_error()))
            return .notStarted
        }
        var outlet = EventOutlet(continuation)
        var lastRescan = ContinuousClock.now
        var settleAt: ContinuousClock.Instant? = .now + InboxScan.settleTime
        deliver(.rescan(.startup), &outlet, &lastRescan)
        logger.info("watching the inbox", metadata: ["inbox.path": "\(directory)"])
        ready.send(nil)

        while !stop.isSet {
            if outlet.owesRescan, deliver(nil, &outlet, &lastRescan) {
                settleAt = .now + InboxScan.settleTime
            }
            if rescanInterval > .zero, ContinuousClock.now - lastRescan >= rescanInterval {
                deliver(.rescan(.periodic), &outlet, &lastRescan)
            }
            if let due = settleAt, ContinuousClock.now >= due {
                settleAt = nil
                deliver(.rescan(.settle), &outlet, &lastRescan)
            }
            guard let event = inotifytools_next_event(1) else {
                let error = inotifytools_error()
                guard error == 0 || error == EINTR else {
                    return .ended(failure: WatchError.system("watch", directory, errno: error), ignoredRead: false)
                }
                continue
            }
            // Copy what we need before the next call reuses the library's buffer.
            let mask = InotifyMask(rawValue: event.pointee.mask)
            let rawName = clipper_inotify_event_name(event)
            let name = rawName.map { String(cString: $0) }
            logger.trace("inotify event", metadata: ["inotify.mask": "\(mask.rawValue)", "file.name": "\(name ?? "")"])

            if mask.contains(.queueOverflow) {
                logger.notice(
                    "the kernel's inotify queue overflowed; listing the inbox again",
                    metadata: ["inbox.path": "\(directory)"])
                deliver(.rescan(.overflow), &outlet, &lastRescan)
                settleAt = .now + InboxScan.settleTime
                continue
            }
            if !mask.isDisjoint(with: .watchEnded) {
                let failure = WatchError(
                    code: .inboxGone,
                    message: "stopped watching \(directory): the inbox was deleted, moved or unmounted")
                return .ended(failure: failure, ignoredRead: mask.contains(.ignored))
            }
            guard let rawName, let name, !mask.contains(.isDirectory), InboxFilter.accepts(name) else { continue }
            // IN_CREATE of a regular file: it is still being written; wait for IN_CLOSE_WRITE.
            if mask.contains(.create), !isSpecialFile(rawName) { continue }
            if deliver(.file(name), &outlet, &lastRescan) {
                settleAt = .now + InboxScan.settleTime
            }
        }
        return .ended(failure: nil, ignoredRead: false)
    }

    /// Sends `event` (or only settles an owed rescan, when nil) and logs when events start being
    /// dropped and when the overflow rescan that covers them is queued; returns whether it was.
    @discardableResult
    private func deliver(
        _ event: InboxEvent?, _ outlet: inout EventOutlet, _ lastRescan: inout ContinuousClock.Instant
    ) -> Bool {
        let owedBefore = outlet.owesRescan
        if let event {
            outlet.send(event)
        } else {
            outlet.settleRescan()
        }
        if case .rescan = event, !outlet.owesRescan {
            lastRescan = .now
        }
        switch (owedBefore, outlet.owesRescan) {
        case (false, true):
            logger.debug("inbox events dropped; a rescan will follow", metadata: ["inbox.path": "\(directory)"])
            return false
        case (true, false):
            logger.debug("queued an overflow rescan", metadata: ["inbox.path": "\(directory)"])
            lastRescan = .now
            return true
        default:
            return false
        }
    }

    /// Whether `name` is a symbolic link, FIFO, socket or device: entries that are complete when
    /// created (no `IN_CLOSE_WRITE` follows), which the spool quarantines.
    private func isSpecialFile(_ name: UnsafePointer<CChar>) -> Bool {
        var status = stat()
        let path =
            Array(directory.utf8CString.dropLast()) + [CChar(bitPattern: UInt8(ascii: "/"))]
            + UnsafeBufferPointer(start: name, count: strlen(name) + 1)
        guard lstat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }
}
