/// Numbers, sizes, rates and times written for people: `6.6 KB`, `3.1 articles/s`, `2 min ago`.
enum HumanFormat {
    /// A byte count with an SI unit: `512 B`, `6.6 KB`, `12 MB`, `1.3 GB`.
    static func bytes(_ count: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB", "PB"]
        var value = Double(count)
        var unit = 0
        while abs(value) >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(count) B" : "\(decimal(value)) \(units[unit])"
    }

    /// A rate per second: `3.1 articles/s`, `120 articles/s`, `0 articles/s`.
    static func rate(_ perSecond: Double, unit: String) -> String {
        "\(decimal(perSecond)) \(unit)/s"
    }

    /// A byte rate: `1.2 MB/s`.
    static func byteRate(_ bytesPerSecond: Double) -> String {
        bytes(Int(bytesPerSecond.rounded())) + "/s"
    }

    /// A whole count with thousands separators: `12,345`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// A length of time, to the largest two units that matter: `45 s`, `3 min 5 s`, `2 h 5 min`, `3 days`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(max(0, seconds).rounded())
        switch total {
        case ..<60:
            return "\(total) s"
        case ..<3600:
            let (minutes, rest) = total.quotientAndRemainder(dividingBy: 60)
            return rest == 0 || minutes >= 10 ? "\(minutes) min" : "\(minutes) min \(rest) s"
        case ..<86_400:
            let (hours, rest) = total.quotientAndRemainder(dividingBy: 3600)
            let minutes = rest / 60
            return minutes == 0 ? "\(hours) h" : "\(hours) h \(minutes) min"
        default:
            let days = total / 86_400
            return days == 1 ? "1 day" : "\(days) days"
        }
    }

    /// How long ago `time` was, seen at `now` (both seconds since 1970): `just now`, `12 s ago`,
    /// `2 min ago`, `3 h ago`, `4 days ago`; a time ahead of `now` reads `in 2 min`.
    static func relativeTime(_ time: Double, now: Double) -> String {
        let elapsed = now - time
        if abs(elapsed) < 1 { return "just now" }
        let amount = duration(abs(elapsed)).split(separator: " ").prefix(2).joined(separator: " ")
        return elapsed > 0 ? "\(amount) ago" : "in \(amount)"
    }

    /// `value` with one decimal below 10 and none above: `3.1`, `42`, `0`.
    static func decimal(_ value: Double) -> String {
        if value == 0 { return "0" }
        if abs(value) < 9.95 {
            let tenths = Int((value * 10).rounded())
            let (whole, fraction) = tenths.quotientAndRemainder(dividingBy: 10)
            return fraction == 0 ? "\(whole)" : "\(tenths < 0 && whole == 0 ? "-" : "")\(whole).\(abs(fraction))"
        }
        return "\(Int(value.rounded()))"
    }
}

extension HumanFormat {
    /// A figure's value: whole numbers with separators (`30,000,000,000`), others to two decimals at most.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return count(Int(value))
        }
        let hundredths = Int((value * 100).rounded())
        let (whole, fraction) = hundredths.magnitude.quotientAndRemainder(dividingBy: 100)
        let sign = hundredths < 0 ? "-" : ""
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
        return sign + count(Int(whole)) + "." + digits
    }
}
