/// A setting Clipper cannot use, named with where it came from.
///
/// The daemon exits with ``exitCode`` (78, `EX_CONFIG` from sysexits.h).
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One sentence naming the setting, its source and what is wrong with it.
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    /// `EX_CONFIG`: the exit status for a configuration error.
    public static let exitCode: Int32 = 78
}
