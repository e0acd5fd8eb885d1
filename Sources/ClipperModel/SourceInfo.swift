/// Where an article came from: the inbox file it was read from.
public struct SourceInfo: Sendable, Hashable, Codable {
    /// The file's name in the inbox (no directory).
    public var file: String
    /// The file's size in bytes.
    public var bytes: Int
    /// What the parser decided the file was.
    public var mediaType: MediaType

    public init(file: String, bytes: Int, mediaType: MediaType) {
        self.file = file
        self.bytes = bytes
        self.mediaType = mediaType
    }

    enum CodingKeys: String, CodingKey {
        case file, bytes
        case mediaType = "media_type"
    }
}
