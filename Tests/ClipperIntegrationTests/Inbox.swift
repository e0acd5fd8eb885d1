import Foundation

/// Ways users put files into an inbox.
enum Inbox {
    /// Writes the file in place: the watch reacts to IN_CLOSE_WRITE.
    static func write(_ bytes: Data, named name: String, into inbox: String) throws {
        try bytes.write(to: URL(fileURLWithPath: inbox + "/" + name))
    }

    /// Writes `NAME.part`, then renames it: the safe protocol (IN_MOVED_TO).
    static func writeThenRename(_ bytes: Data, named name: String, into inbox: String) throws {
        let temporary = inbox + "/" + name + ".part"
        try bytes.write(to: URL(fileURLWithPath: temporary))
        try FileManager.default.moveItem(atPath: temporary, toPath: inbox + "/" + name)
    }

    static func contents(of directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }
}

/// Decodes a command's JSON output into a dictionary.
func jsonObject(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let dictionary = object as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
    return dictionary
}

func jsonArray(_ text: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let array = object as? [[String: Any]] else { throw CocoaError(.coderReadCorrupt) }
    return array
}
