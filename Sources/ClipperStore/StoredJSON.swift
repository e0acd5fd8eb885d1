import Foundation

/// The JSON text both stores keep for list-valued columns (authors, mentions, removed blocks, …).
enum StoredJSON {
    /// Encodes `value` as compact JSON text.
    static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding arrays of strings and plain Codable structs cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Decodes JSON text written by ``text(_:)``; a damaged value throws.
    static func value<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
