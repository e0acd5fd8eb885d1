import ClipperTestSupport
import ClipperWatch
import Glibc
import Testing

/// Floods and overflows: every name must reach the consumer, by an event or by the rescan that
/// replaces lost events.
@Suite(.timeLimit(.minutes(1)))
struct InboxWatcherOverflowTests {
    @Test func aFullStreamBufferBecomesAnOverflowRescanAndLosesNothing() async throws {
        // Given a watcher whose stream holds 4 events, and a consumer that does not read yet
        let inbox = TemporaryDirectory()
        let probe = LogProbe()
        let names = Set((0..<50).map { "article-\($0).txt" })
        try await InboxWatcher.withEvents(
            directory: inbox.path, rescanInterval: .zero, bufferSize: 4, logger: probe.logger
        ) { events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.nextEvent() == .rescan(.startup))
            // When 50 files arrive and the watcher has had to drop events
            for name in names.sorted() { inbox.write(name) }
            await probe.waitFor("inbox events dropped; a rescan will follow")

            // Then reading on yields an overflow rescan, and every name is found
            var collector = EventCollector(inbox: inbox.path)
            let complete = try await collector.collect(names, from: &iterator)
            #expect(complete)
            // The lost events come back through a rescan: the overflow one, or the settle rescan
            // that follows start-up, whichever reaches the consumer first.
            #expect(!Set(collector.rescans).isDisjoint(with: [.overflow, .settle]))
            #expect(collector.fileEvents.count < names.count)
        }
    }

    /// Forces `IN_Q_OVERFLOW`. As root, the kernel's queue length is lowered to 128 for the moment
    /// the watcher creates its inotify instance (the limit is read then) and restored as soon as the
    /// watch is up; without root, the test writes max_queued_events + 200 files instead.
    @Test(.enabled(if: KernelQueue.limit.map { $0 <= 65_536 } ?? false, "needs fs.inotify.max_queued_events ≤ 65536"))
    func aKernelQueueOverflowBecomesAnOverflowRescanAndLosesNothing() async throws {
        // Given a watcher thread held inside its first log call, so nobody reads the inotify queue
        let inbox = TemporaryDirectory()
        let probe = LogProbe(holdFirstEvent: true)
        let original = try #require(KernelQueue.limit)
        let lowered = KernelQueue.set(128)
        defer { if lowered { _ = KernelQueue.set(original) } }
        try await InboxWatcher.withEvents(directory: inbox.path, rescanInterval: .zero, logger: probe.logger) {
            events in
            if lowered { #expect(KernelQueue.set(original)) }
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.nextEvent() == .rescan(.startup))
            inbox.write("first.txt")
            await probe.waitFor("held")

            // When more files arrive than the kernel queues
            let names = Set((0..<((lowered ? 128 : original) + 200)).map { "f\($0)" })
            for name in names { inbox.write(name, "") }
            probe.release()

            // Then the kernel's IN_Q_OVERFLOW reaches the consumer as an overflow rescan
            await probe.waitFor("the kernel's inotify queue overflowed; listing the inbox again")
            var collector = EventCollector(inbox: inbox.path)
            let complete = try await collector.collect(names.union(["first.txt"]), from: &iterator)
            #expect(complete)
            // (the settle rescan after start-up may have listed every name before the overflow arrived)
            #expect(try await collector.awaitRescan(.overflow, from: &iterator))
        }
    }

    @Test func fiveThousandFilesAtOnceAllArrive() async throws {
        // Given a watcher with a small buffer and a consumer reading as the pipeline does
        let inbox = TemporaryDirectory()
        let names = Set((0..<5_000).map { "flood-\($0).html" })
        try await InboxWatcher.withEvents(
            directory: inbox.path, rescanInterval: .zero, bufferSize: 256, logger: LogProbe().logger
        ) { events in
            var iterator = events.makeAsyncIterator()
            #expect(await iterator.nextEvent() == .rescan(.startup))
            // When 5,000 files are dropped at once (some written, some renamed in)
            let staging = TemporaryDirectory()
            for (index, name) in names.enumerated() {
                if index.isMultiple(of: 2) {
                    inbox.write(name)
                } else {
                    staging.write(name)
                    #expect(rename(staging.path + "/" + name, inbox.path + "/" + name) == 0)
                }
            }
            // Then every name reaches the consumer, by its event or by a rescan
            var collector = EventCollector(inbox: inbox.path)
            let complete = try await collector.collect(names, from: &iterator)
            #expect(complete)
        }
    }
}

/// The kernel's inotify queue length for new instances (`/proc/sys/fs/inotify/max_queued_events`).
enum KernelQueue {
    static let path = "/proc/sys/fs/inotify/max_queued_events"

    /// Sets the limit for inotify instances created from now on; false without permission.
    static func set(_ value: Int) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let text = Array("\(value)\n".utf8)
        return write(descriptor, text, text.count) == text.count
    }

    static var limit: Int? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = read(descriptor, &bytes, bytes.count)
        guard count > 0 else { return nil }
        return Int(String(decoding: bytes[..<count], as: UTF8.self).filter(\.isNumber))
    }
}
