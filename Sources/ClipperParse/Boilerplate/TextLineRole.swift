import ClipperModel

/// What one paragraph of a plain-text article turned out to be.
enum TextLineRole: Equatable {
    case body
    case removed(RemovedBlock.Kind)
    case title
    case byline
    case date
    /// An item of a "Sources:" / "Related:" list.
    case related
}
