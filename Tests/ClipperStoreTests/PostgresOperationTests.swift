import Testing

@testable import ClipperStore

/// The deadlines of a store operation, without a server: a call that never returns and ignores
/// cancellation (what postgres-nio does with a query lost with its connection) must not hold the caller.
@Suite(.timeLimit(.minutes(1)))
struct PostgresOperationTests {
    /// Suspends for ever and ignores cancellation.
    private static func neverReturns() async {
        await withCheckedContinuation { (_: CheckedContinuation<Void, Never>) in }
    }

    @Test func aCallThatNeverReturnsEndsAtTheDeadline() async {
        await #expect(throws: PostgresWorkTimeout.self) {
            try await PostgresOperation<Int>.run(within: .milliseconds(50)) {
                await Self.neverReturns()
                return 1
            }
        }
    }

    @Test func noConnectionWithinTheLeaseTimeoutIsALeaseTimeout() async {
        await #expect(throws: PostgresLeaseTimeout.self) {
            try await PostgresOperation<Int>.run(leaseTimeout: .milliseconds(50), workTimeout: .seconds(60)) { _ in
                await Self.neverReturns()
                return 1
            }
        }
    }

    @Test func leasedWorkThatHangsEndsAtTheWorkDeadline() async {
        await #expect(throws: PostgresWorkTimeout.self) {
            try await PostgresOperation<Int>.run(leaseTimeout: .milliseconds(20), workTimeout: .milliseconds(50)) {
                leased in
                leased()
                await Self.neverReturns()
                return 1
            }
        }
    }

    @Test func aResultBeforeTheDeadlineIsReturned() async throws {
        let value = try await PostgresOperation<Int>.run(leaseTimeout: .seconds(30), workTimeout: .seconds(30)) {
            leased in
            leased()
            return 42
        }
        #expect(value == 42)
    }
}
