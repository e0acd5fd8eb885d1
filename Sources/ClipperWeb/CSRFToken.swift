import Foundation

/// The token every state-changing form carries (retry, pause, resume): random per daemon start,
/// shown only in this server's pages, which another site can neither read nor frame.
struct CSRFToken: Sendable, Hashable {
    let value: String

    init() {
        var generator = SystemRandomNumberGenerator()
        value = (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined(separator: "-")
    }

    /// Whether `candidate` is this token (compared in constant time).
    func accepts(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        let a = Array(candidate.utf8)
        let b = Array(value.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
