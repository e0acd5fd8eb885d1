/// A setting as one source gave it, before it is checked: the value and a label
/// for error messages (`clipper.toml: workers`, `CLIPPER_WORKERS`, `--workers`).
struct RawSetting: Sendable, Hashable {
    enum Value: Sendable, Hashable {
        case text(String)
        case integer(Int)
        case boolean(Bool)
        case real(Double)
    }

    var value: Value
    var source: String

    init(_ value: Value, from source: String) {
        self.value = value
        self.source = source
    }

    /// The value as it would be written, for messages.
    var shown: String {
        switch value {
        case .text(let text): "\"\(text)\""
        case .integer(let number): String(number)
        case .boolean(let flag): String(flag)
        case .real(let number): String(number)
        }
    }

    func invalid(_ expectation: String) -> ConfigurationError {
        ConfigurationError("\(source) must be \(expectation), not \(shown)")
    }

    func text() throws(ConfigurationError) -> String {
        guard case .text(let text) = value, !text.isEmpty else { throw invalid("a non-empty string") }
        return text
    }

    func integer(in range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        let number: Int? =
            switch value {
            case .integer(let number): number
            case .text(let text): Int(text)
            default: nil
            }
        guard let number, range.contains(number) else {
            throw invalid("a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func boolean() throws(ConfigurationError) -> Bool {
        switch value {
        case .boolean(let flag): return flag
        case .text(let text):
            switch text.lowercased() {
            case "true", "yes", "1", "on": return true
            case "false", "no", "0", "off": return false
            default: break
            }
        default: break
        }
        throw invalid("true or false")
    }

    func choice(_ choices: [String]) throws(ConfigurationError) -> String {
        guard case .text(let text) = value, choices.contains(text.lowercased()) else {
            throw invalid("one of " + choices.joined(separator: ", "))
        }
        return text.lowercased()
    }

    /// A size in bytes: a whole number, or a number with a unit (`512KB`, `20 MB`, `1GiB`).
    func byteCount() throws(ConfigurationError) -> Int {
        let expectation = "a size such as 20MB, 512KB or a number of bytes"
        switch value {
        case .integer(let number) where number > 0:
            return number
        case .text(let text):
            guard let bytes = ByteCount.parse(text), bytes > 0 else { throw invalid(expectation) }
            return bytes
        default:
            throw invalid(expectation)
        }
    }
}
