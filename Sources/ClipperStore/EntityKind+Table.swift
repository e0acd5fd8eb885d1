import ClipperModel

extension EntityKind {
    /// The table holding entities of this kind, the same name in both stores.
    var tableName: String {
        switch self {
        case .person: "person"
        case .organization: "organization"
        case .place: "place"
        case .program: "program"
        }
    }
}
