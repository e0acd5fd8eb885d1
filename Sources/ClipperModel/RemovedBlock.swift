/// A block of the source that is not part of the article, kept so users can see what was dropped and why.
public struct RemovedBlock: Sendable, Hashable, Codable {
    /// Why a block was dropped.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Site navigation, section names, menus, "Skip to content".
        case navigation
        /// "Sponsor Message", advertisements, newsletter and donation pitches.
        case sponsor
        /// Photo and video captions.
        case caption
        /// Photo credits ("Photograph by …", "… via Getty Images").
        case credit
        /// Comment sections and their rules.
        case comments
        /// Author biographies and contact lines.
        case bio
        /// Share widgets, "Read this story in Spanish", listen/playlist furniture.
        case share
        /// A paragraph or block that repeats one kept earlier.
        case duplicate
        /// Anything else that is not article text.
        case other
    }

    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}
