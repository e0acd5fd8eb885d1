/// An organization an article names: agencies, companies, outlets, NGOs, parties, clubs.
public struct Organization: Sendable, Hashable, Codable {
    /// The full name (`Immigration and Customs Enforcement`).
    public var name: String
    /// Acronyms and other names (`ICE`).
    public var aliases: [String]
    /// How many times it is mentioned, under any of its names.
    public var count: Int

    public init(name: String, aliases: [String] = [], count: Int = 1) {
        self.name = name
        self.aliases = aliases
        self.count = count
    }
}
