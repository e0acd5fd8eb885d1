public import Foundation

/// The JSON coding both ends of the control API use.
///
/// Keys come from each type's `CodingKeys` (snake_case where the schema says so) and
/// are sorted, so the same value always encodes to the same bytes (Foundation's encoder
/// on Linux does not keep the order a type encodes its keys in). Slashes are not
/// escaped, so paths and URLs read as they are.
public enum ControlJSON {
    /// An encoder for API answers and export lines: one line, keys sorted.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A decoder for API answers and requests.
    public static func makeDecoder() -> JSONDecoder {
        JSONDecoder()
    }
}
