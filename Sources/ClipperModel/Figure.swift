/// A number the article reports, with what it counts.
public struct Figure: Sendable, Hashable, Codable {
    /// The figure as written (`at least 70%`, `$30 billion`).
    public var text: String
    /// Its value (`30000000000`, `70`).
    public var value: Double
    /// Its unit: a currency code (`USD`), `percent`, or the counted noun (`agents`).
    public var unit: String
    /// A qualifier that bounds it (`at least`, `nearly`, `more than`), or `nil`.
    public var qualifier: String?
    /// A short phrase for what it counts, or `nil` when unclear.
    public var of: String?

    public init(text: String, value: Double, unit: String, qualifier: String? = nil, of: String? = nil) {
        self.text = text
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.of = of
    }

    enum CodingKeys: String, CodingKey {
        case text, value, unit, qualifier, of
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(of, forKey: .of)
    }
}
