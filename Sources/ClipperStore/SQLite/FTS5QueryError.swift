import Foundation

/// Turns FTS5's terse query errors into a sentence a user can act on.
enum FTS5QueryError {
    /// One clause explaining why FTS5 rejected a query, from the engine's `message`,
    /// or `nil` when the message is not about the query's syntax.
    static func explanation(of message: String) -> String? {
        let message = message.hasPrefix("fts5: ") ? String(message.dropFirst(6)) : message
        if message.contains("unterminated string") {
            return "unbalanced quotation mark; close the phrase with a second \""
        }
        if let near = message.range(of: "syntax error near ") {
            let token = message[near.upperBound...].trimmingCharacters(in: ["\""])
            if token.isEmpty {
                return "the query ends too early (an operator such as AND, OR or NOT needs a word after it)"
            }
            return "\(token) cannot stand there; write words, \"exact phrases\", prefix* and AND, OR, NOT between words"
        }
        if message.hasPrefix("unknown special query") {
            return "* must end a word (prefix search: polic*), not stand alone or start the query"
        }
        if message.hasPrefix("no such column: ") {
            let field = message.dropFirst("no such column: ".count)
            return "\(field): is not a field to search; use title: or body:, or drop the colon"
        }
        if message.contains("syntax error") || message.contains("fts5") {
            return message
        }
        return nil
    }
}

extension Substring {
    /// The text without leading and trailing characters from `set`.
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
