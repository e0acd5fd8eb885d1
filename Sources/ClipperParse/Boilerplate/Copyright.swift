import Foundation

/// Copyright lines ("© 2025 NPR", "Copyright 2024 The Texas Tribune. All rights reserved.").
enum Copyright {
    /// The holder a copyright line names, or nil when `line` is not one.
    static func holder(of line: String) -> String? {
        guard line.utf8.count <= 200,
            line.utf8.first.map({ $0 == 0xC2 || $0 == UInt8(ascii: "C") || $0 == UInt8(ascii: "c") }) == true
        else { return nil }
        var rest = Substring(line.trimmed)
        let lower = rest.lowercased()
        if rest.hasPrefix("©") {
            rest = rest.dropFirst()
        } else if lower.hasPrefix("copyright") {
            rest = rest.dropFirst("copyright".count)
            if rest.trimmed.hasPrefix("©") { rest = Substring(rest.trimmed.dropFirst()) }
            if rest.lowercased().trimmed.hasPrefix("(c)") { rest = Substring(rest.trimmed.dropFirst(3)) }
        } else {
            return nil
        }
        var words = rest.split(separator: " ").map(String.init)
        while let first = words.first, first.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," }) {
            words.removeFirst()
        }
        var holder = words.joined(separator: " ")
        for stop in [". All rights", ", All rights", " All rights", ". Reprinted", ".", "|"] {
            if let range = holder.range(of: stop) { holder = String(holder[..<range.lowerBound]) }
        }
        holder = holder.trimmed.trimmingTrailing(",")
        guard !holder.isEmpty, holder.split(separator: " ").count <= 6, holder.first?.isUppercase == true else {
            return nil
        }
        return holder
    }
}
