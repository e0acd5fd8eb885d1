/// A named program, operation or statute section (`Operation Stonegarden`, `287(g)`).
public struct Program: Sendable, Hashable, Codable {
    public var name: String
    public var count: Int

    public init(name: String, count: Int = 1) {
        self.name = name
        self.count = count
    }
}
