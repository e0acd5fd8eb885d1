import Foundation
import Testing

/// Test inputs: the HTML fixtures shipped with the tests, and the shared development sets beside the clone.
enum Fixture {
    /// The bytes of `Fixtures/NAME`.
    static func bytes(_ name: String) throws -> [UInt8] {
        let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// `../shared` next to the package root (the reference material CI keeps beside the clone).
    static var sharedDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // ClipperParseTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .deletingLastPathComponent()
            .appendingPathComponent("shared")
    }
}
