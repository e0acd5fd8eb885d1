/// A person an article names, with every way it names them.
public struct Person: Sendable, Hashable, Codable {
    /// The fullest form of the name in the article (`Harold Medina`).
    public var name: String
    /// Each distinct form used (`Harold Medina`, `Medina`, `Chief Medina`).
    public var mentions: [String]
    /// Roles and affiliations (`Albuquerque Chief of Police`).
    public var roles: [String]
    /// How many times the person is mentioned.
    public var count: Int

    public init(name: String, mentions: [String] = [], roles: [String] = [], count: Int = 1) {
        self.name = name
        self.mentions = mentions
        self.roles = roles
        self.count = count
    }
}
