/// A date the article mentions.
public struct DateMention: Sendable, Hashable, Codable {
    /// The date as written (`Jan. 28, 2025`, `last month`).
    public var text: String
    /// ISO 8601 (`2025-01-28`, `2025-01`, `2025`), or `nil` when it cannot be known.
    public var iso: String?

    public init(text: String, iso: String?) {
        self.text = text
        self.iso = iso
    }

    enum CodingKeys: String, CodingKey {
        case text, iso
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(iso, forKey: .iso)
    }
}
