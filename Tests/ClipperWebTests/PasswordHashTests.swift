import Testing

@testable import ClipperWeb

struct PasswordHashTests {
    /// Made with Python: hashlib.pbkdf2_hmac("sha256", b"correct horse", b"pepper123", 210000), base64.
    static let stored = "pbkdf2_sha256$210000$pepper123$" + PasswordHashTests.expected

    static let expected = "AiaYVfMUu6uW1dshFspvbmDX64ZHLh14OyRNCAwYSnk="

    @Test func theRightPasswordMatchesAndNoOther() throws {
        let hash = try PasswordHash(parsing: Self.stored + "\n", source: "test")
        #expect(hash.matches("correct horse"))
        #expect(!hash.matches("correct horse "))
        #expect(!hash.matches(""))
    }

    @Test(arguments: ["hunter2", "pbkdf2_sha256$1000$salt$AiaYVfMUu6uW1dshFspvbmDX64ZHLh14OyRNCAwYSnk=", "md5$1$a$b"])
    func aPlainPasswordOrAWeakHashIsRefused(text: String) {
        #expect(throws: WebSetupError.self) { try PasswordHash(parsing: text, source: "test") }
    }
}
