/// A direct quotation and who said it.
public struct Quotation: Sendable, Hashable, Codable {
    /// The speaker's full name, or `nil` when the article does not say.
    public var speaker: String?
    /// Who spoke, in the article's words, when it names nobody ("a spokeswoman for the agency").
    public var speakerDescription: String?
    /// The quoted words, without the quotation marks.
    public var text: String
    /// The attribution verb (`said`, `told`, `wrote`, `according to`).
    public var cue: String?
    /// The quotation's start in the article body, in UTF-8 bytes.
    public var start: Int
    /// The quotation's end in the article body, in UTF-8 bytes (exclusive).
    public var end: Int

    public init(
        speaker: String?, text: String, cue: String?, start: Int, end: Int, speakerDescription: String? = nil
    ) {
        self.speaker = speaker
        self.speakerDescription = speakerDescription
        self.text = text
        self.cue = cue
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case speaker, text, cue, start, end
        case speakerDescription = "speaker_description"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(text, forKey: .text)
        try container.encode(cue, forKey: .cue)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encodeIfPresent(speakerDescription, forKey: .speakerDescription)
    }
}
