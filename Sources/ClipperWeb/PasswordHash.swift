import Crypto
import Foundation
import _CryptoExtras

/// A password stored as a PBKDF2-SHA256 hash, in the format Django uses:
/// `pbkdf2_sha256$ITERATIONS$SALT$BASE64-HASH` (docs/Web.md shows how to make one).
public struct PasswordHash: Sendable, Hashable {
    /// Fewer rounds than this are refused (swift-crypto's floor, OWASP's advice for SHA-256 is higher).
    public static let minimumIterations = 210_000

    let iterations: Int
    let salt: String
    let hash: Data

    /// Parses `text` (surrounding whitespace ignored); throws a sentence naming what is wrong.
    public init(parsing text: String, source: String) throws {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "pbkdf2_sha256", let iterations = Int(parts[1]), !parts[2].isEmpty,
            let hash = Data(base64Encoded: String(parts[3])), hash.count >= 16
        else {
            throw WebSetupError(
                "\(source) must hold one line pbkdf2_sha256$ITERATIONS$SALT$HASH (see docs/Web.md), not a plain password"
            )
        }
        guard iterations >= Self.minimumIterations else {
            throw WebSetupError(
                "\(source) uses \(iterations) PBKDF2 iterations; use at least \(Self.minimumIterations)")
        }
        self.iterations = iterations
        self.salt = String(parts[2])
        self.hash = hash
    }

    /// Whether `password` hashes to this hash (compared in constant time).
    public func matches(_ password: String) -> Bool {
        guard
            let key = try? KDF.Insecure.PBKDF2.deriveKey(
                from: Data(password.utf8), salt: Data(salt.utf8), using: .sha256, outputByteCount: hash.count,
                rounds: iterations)
        else { return false }
        let derived = key.withUnsafeBytes { Data($0) }
        var difference: UInt8 = 0
        for (a, b) in zip(derived, hash) { difference |= a ^ b }
        return difference == 0 && derived.count == hash.count
    }
}
