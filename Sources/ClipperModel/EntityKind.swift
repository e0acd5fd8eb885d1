/// The kinds of named thing the entity index holds.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, place, program
}
