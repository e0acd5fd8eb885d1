/// The ISO 8601 calendar-date forms the model uses, checked on UTF-8 bytes.
enum ISODate {
    /// A publication date: `YYYY-MM-DD`, optionally followed by a time (`T10:00:00Z`).
    static func isPublicationDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, isDate(bytes[0..<10]) else { return false }
        return bytes.count == 10 || bytes[10] == UInt8(ascii: "T")
    }

    /// A date mention: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or without the year `--MM`, `--MM-DD`.
    static func isMention(_ text: String) -> Bool {
        let bytes = Array(text.utf8)[...]
        if bytes.starts(with: [dash, dash]) {
            let monthAndDay = bytes.dropFirst()
            switch monthAndDay.count {
            case 3: return isMonth(monthAndDay)
            case 6: return isMonth(monthAndDay.prefix(3)) && isDay(monthAndDay.suffix(3))
            default: return false
            }
        }
        switch bytes.count {
        case 4: return isDigits(bytes)
        case 7: return isDigits(bytes.prefix(4)) && isMonth(bytes.suffix(3))
        case 10: return isDate(bytes)
        default: return false
        }
    }

    private static let dash = UInt8(ascii: "-")

    /// `YYYY-MM-DD` with a month 01–12 and a day 01–31.
    private static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        let start = bytes.startIndex
        return isDigits(bytes[start..<start + 4]) && isMonth(bytes[start + 4..<start + 7])
            && isDay(bytes[start + 7..<start + 10])
    }

    /// `-MM` with MM in 01–12.
    private static func isMonth(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let value = twoDigits(after: bytes) else { return false }
        return (1...12).contains(value)
    }

    /// `-DD` with DD in 01–31.
    private static func isDay(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let value = twoDigits(after: bytes) else { return false }
        return (1...31).contains(value)
    }

    private static func twoDigits(after bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count == 3, bytes.first == dash, isDigits(bytes.dropFirst()) else { return nil }
        let tens = Int(bytes[bytes.startIndex + 1] - UInt8(ascii: "0"))
        return tens * 10 + Int(bytes[bytes.startIndex + 2] - UInt8(ascii: "0"))
    }

    private static func isDigits(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
