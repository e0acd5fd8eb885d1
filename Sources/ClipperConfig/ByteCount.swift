import Foundation

/// Sizes as people write them in configuration files.
enum ByteCount {
    private static let units: [String: Int] = [
        "": 1, "b": 1,
        "k": 1_000, "kb": 1_000, "kib": 1_024,
        "m": 1_000_000, "mb": 1_000_000, "mib": 1_048_576,
        "g": 1_000_000_000, "gb": 1_000_000_000, "gib": 1_073_741_824,
    ]

    /// `"20MB"` → 20,000,000; `"1 GiB"` → 1,073,741,824; `nil` when it is not a size.
    static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace()
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        guard let number = Double(digits), number >= 0 else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingWhitespace().lowercased()
        guard let scale = units[unit] else { return nil }
        let bytes = number * Double(scale)
        return bytes < Double(Int.max) ? Int(bytes) : nil
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
