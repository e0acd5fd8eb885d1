import ClipperControlAPI
import ClipperControlClient
import Foundation

/// Writing to standard output and standard error.
enum StandardStreams {
    /// Writes `text` to standard output as it is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `text` and a newline to standard error.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes `value` to standard output as the API's JSON, on one line.
    static func writeJSON(_ value: some Encodable) throws {
        var data = try ControlJSON.makeEncoder().encode(value)
        data.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(data)
    }
}
