/// Why a file could not be read as an article.
public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// Zero bytes, or only white space.
        case empty
        /// A binary file (NUL bytes or a known magic number).
        case binary
        /// Text in an encoding Clipper cannot decode.
        case undecodable
        /// A document with no article text in it (an HTML page of only scripts).
        case noText
    }

    public var code: Code
    /// One sentence a person can act on (`a PNG image, not a text or HTML article`).
    public var reason: String

    public init(_ code: Code, _ reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { reason }
}
