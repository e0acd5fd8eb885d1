/// A place an article names: a city, county, state or country.
public struct Place: Sendable, Hashable, Codable {
    /// The place's name as resolved (`Santa Fe County, New Mexico`).
    public var name: String
    /// How many times it is named on its own (not inside an organization's name).
    public var count: Int

    public init(name: String, count: Int = 1) {
        self.name = name
        self.count = count
    }
}
