import Foundation

/// Runs `body` with a new empty directory that is deleted afterwards, even when `body` throws.
public func withTemporaryDirectory<T>(
    _ prefix: String = "clipper-test", _ body: (String) async throws -> T
) async throws -> T {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try await body(path)
}
