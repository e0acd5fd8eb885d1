import Foundation

/// The name-value pairs of a URL query or a form body (`a=1&b=two+words`), in order, decoded.
///
/// Parsed here rather than by the router so that `+` reads as a space, as browsers send form
/// fields, and a malformed escape keeps its text instead of dropping the pair.
struct QueryParameters: Sendable, Hashable {
    private(set) var pairs: [(name: String, value: String)]

    init(_ encoded: String?) {
        pairs = (encoded ?? "").split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// The first value of `name`, trimmed, or `nil` when absent or blank.
    subscript(_ name: String) -> String? {
        guard
            let value = pairs.first(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespacesAndNewlines),
            !value.isEmpty
        else { return nil }
        return value
    }

    /// Every non-blank value of `name`, trimmed, in order, without repeats.
    func all(_ name: String) -> [String] {
        var seen: Set<String> = []
        return pairs.compactMap { pair in
            guard pair.name == name else { return nil }
            let value = pair.value.trimmingCharacters(in: .whitespacesAndNewlines)
            return !value.isEmpty && seen.insert(value).inserted ? value : nil
        }
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0 == $1 }
    }

    func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
