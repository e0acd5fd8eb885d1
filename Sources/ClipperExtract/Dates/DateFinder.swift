import ClipperModel

/// Finds dates and normalizes them to ISO 8601: "Jan. 28, 2025" → `2025-01-28`,
/// "December 2019" → `2019-12`, "in 2020" → `2020`, "October 16" → the publication year's
/// `2025-10-16` (or `--10-16` when the year cannot be known), "last month" → `2025-02`
/// from the publication date (or `nil`).
struct DateFinder {
    let text: TokenizedText
    /// The publication date, when known.
    let published: (year: Int, month: Int, day: Int)?

    init(text: TokenizedText, published: String?) {
        self.text = text
        self.published = published.flatMap(Self.parseISODate)
    }

    /// The dates, and the tokens they cover (so figures skip them).
    func dates(from start: Int) -> (dates: [DateMention], covered: [Bool]) {
        var dates: [DateMention] = []
        var covered = Array(repeating: false, count: text.count)
        // Only months, four-digit numbers and a few words can start a date: test that with
        // one table held locally before running the rules.
        let openers = Self.openers
        let (article, the) = (Keys.a, Keys.the)
        var i = start
        while i < text.count {
            let token = text[i]
            let candidate: Bool
            switch token.kind {
            case .number: candidate = token.end - token.start == 4
            case .punctuation: candidate = false
            case .word:
                let key = text.key(i)
                // "a" and "the", the commonest words, are asked for the phrases they open first.
                if key == article {
                    candidate = opensAgo(i)
                } else if key == the {
                    candidate = opensPreviousYear(i)
                } else {
                    candidate = openers.contains(key)
                }
            }
            if candidate, let (mention, end) = date(at: i) {
                dates.append(mention)
                for k in i..<end { covered[k] = true }
                i = end
            } else {
                i += 1
            }
        }
        return (dates, covered)
    }

    private func date(at i: Int) -> (DateMention, Int)? {
        let token = text[i]
        if token.kind == .word, let month = Self.months[text.key(i)] {
            return monthDate(at: i, month: month)
        }
        if token.kind == .word, let weekday = Self.weekdays[text.key(i)] {
            return weekdayDate(at: i, weekday: weekday)
        }
        if token.kind == .number, let year = year(at: i) {
            if text.isMark(i + 1, .hyphen), !text[i + 1].has(.spaceBefore) { return nil }
            // "the 1990s" is a decade, not a year.
            if i + 1 < text.count, text[i + 1].kind == .word, !text[i + 1].has(.spaceBefore) { return nil }
            return (DateMention(text: text.text(i), iso: String(year)), i + 1)
        }
        if token.kind == .word, token.has(.lowercase) || token.has(.sentenceStart) {
            return relativeDate(at: i)
        }
        return nil
    }

    /// A four-digit year, not an amount ("$2020") and not a count ("2020 agents" is rare: years win).
    private func year(at i: Int) -> Int? {
        let token = text[i]
        guard token.end - token.start == 4, let value = Int(text.text(i)), value >= 1900, value <= 2100 else {
            return nil
        }
        if i > 0, text[i - 1].mark == .dollar || text[i - 1].mark == .hash { return nil }
        if text.isMark(i + 1, .percent) { return nil }
        return value
    }

    /// "Jan. 28, 2025", "October 16", "December 2019", "July", "mid-September", "February of this year".
    private func monthDate(at i: Int, month: Int) -> (DateMention, Int)? {
        let token = text[i]
        guard token.has(.capitalized) else { return nil }
        var start = i
        // "mid-September", "early-March": the prefix belongs to the mention.
        if i >= 2, text.isMark(i - 1, .hyphen), !text[i - 1].has(.spaceBefore), Self.modifiers.contains(text.key(i - 2))
        {
            start = i - 2
        } else if i >= 1, Self.modifiers.contains(text.key(i - 1)), text[i - 1].has(.lowercase) {
            start = i - 1
        }
        var end = i + 1
        // The period of an abbreviated month ("Jan."), not of a sentence that ends with "January".
        if text.isMark(end, .period), !text[end].has(.spaceBefore), token.end - token.start <= 4 { end += 1 }
        // "May" needs a day or year; other months stand alone.
        var day: Int?
        var year: Int?
        if end < text.count, text[end].kind == .number, let value = Int(text.text(end)), value >= 1, value <= 31,
            text[end].end - text[end].start <= 2
        {
            day = value
            end += 1
            if end < text.count, text[end].kind == .word, Self.ordinalSuffixes.contains(text.key(end)),
                !text[end].has(.spaceBefore)
            {
                end += 1
            }
            if text.isMark(end, .comma), end + 1 < text.count, let value = self.year(at: end + 1) {
                year = value
                end += 2
            }
        } else if end < text.count, text[end].kind == .number, let value = self.year(at: end) {
            year = value
            end += 1
        } else if text.isWord(end, Keys.of),
            let offset = Self.relativeYears[text.key(end + 1..<min(text.count, end + 3))]
        {
            end += 3
            if let published { year = published.year + offset }
        } else if month == 5, i > 0, !Self.monthLeads.contains(text.key(i - 1)) {
            return nil
        }
        // "23 September 2020": a day before the month.
        if day == nil, i > 0, start == i, text[i - 1].kind == .number, text[i - 1].end - text[i - 1].start <= 2,
            let value = Int(text.text(i - 1)), value >= 1, value <= 31, text[i].has(.spaceBefore)
        {
            day = value
            start = i - 1
        }
        // "April Ryan", "June Carter said": a first name, not a month.
        if day == nil, year == nil, i + 1 < text.count, !text.isMark(i + 1, .comma), text[i + 1].kind == .word,
            text[i + 1].has(.capitalized), !text[i + 1].has(.sentenceStart)
        {
            return nil
        }
        let iso: String
        if let year {
            iso =
                day.map { Self.four(year) + "-" + Self.two(month) + "-" + Self.two($0) } ?? Self.four(year) + "-"
                + Self.two(month)
        } else if let published {
            let inferred = inferYear(month: month, day: day, published: published)
            iso =
                day.map { Self.four(inferred) + "-" + Self.two(month) + "-" + Self.two($0) } ?? Self.four(inferred)
                + "-" + Self.two(month)
        } else {
            iso = day.map { "--" + Self.two(month) + "-" + Self.two($0) } ?? "--" + Self.two(month)
        }
        return (DateMention(text: text.text(start..<end), iso: iso), end)
    }

    /// "Tuesday", "on Friday, March 5": a weekday alone is the nearest such day on or before
    /// publication ("next Tuesday" and "will ... Tuesday" the one after); with a date after it,
    /// the date says it all.
    private func weekdayDate(at i: Int, weekday: Int) -> (DateMention, Int)? {
        guard text[i].has(.capitalized) else { return nil }
        let end = i + 1
        // "Tuesday, March 5": the month date that follows is the mention.
        let after = text.isMark(end, .comma) ? end + 1 : end
        if after < text.count, text[after].kind == .word, Self.months[text.key(after)] != nil { return nil }
        // "Friday Night Lights", "Black Friday": a name, not a day.
        if end < text.count, text[end].kind == .word, text[end].has(.capitalized), !text[end].has(.sentenceStart),
            !text.isMark(end, .comma)
        {
            return nil
        }
        var start = i
        var future = false
        if i > 0, text.isWord(i - 1, Keys.next) {
            start = i - 1
            future = true
        } else if i > 0, text.isWord(i - 1, Keys.last) {
            start = i - 1
        } else if i > 0, text.isWord(i - 1, Keys.this) {
            start = i - 1
        }
        if !future {
            // "will meet on Tuesday", "is expected Friday": a day ahead.
            var j = i - 1
            let from = max(text.paragraphStart(of: i), i - 8)
            while j >= from, !text[j].mark.endsSentence {
                if text[j].kind == .word, Self.futureWords.contains(text.key(j)) {
                    future = true
                    break
                }
                j -= 1
            }
        }
        guard let published else { return (DateMention(text: text.text(start..<end), iso: nil), end) }
        let publishedWeekday = Self.weekday(published)
        var offset = weekday - publishedWeekday
        if future {
            if offset <= 0 { offset += 7 }
        } else if offset > 0 {
            offset -= 7
        }
        let iso = Self.shift(day: published, by: offset)
        return (DateMention(text: text.text(start..<end), iso: iso), end)
    }

    /// The day of the week, 0 for Sunday (Zeller's congruence).
    static func weekday(_ date: (year: Int, month: Int, day: Int)) -> Int {
        var (y, m) = (date.year, date.month)
        if m < 3 {
            m += 12
            y -= 1
        }
        let h = (date.day + (13 * (m + 1)) / 5 + y % 100 + (y % 100) / 4 + (y / 100) / 4 + 5 * (y / 100)) % 7
        // Zeller counts 0 as Saturday.
        return (h + 6) % 7
    }

    /// A month without a year is in the publication year, unless that puts it more than
    /// a month after publication: then it is last year's ("in December", written in January).
    private func inferYear(month: Int, day: Int?, published: (year: Int, month: Int, day: Int)) -> Int {
        let monthsAhead = month - published.month
        return monthsAhead > 1 ? published.year - 1 : published.year
    }

    /// Whether "a" at `i` opens "a … ago" ("a week ago").
    private func opensAgo(_ i: Int) -> Bool { text.isWord(i + 2, Keys.ago) }

    /// Whether "the" at `i` opens "the previous year" or "the year before".
    private func opensPreviousYear(_ i: Int) -> Bool {
        (text.isWord(i + 1, Keys.previous) && text.isWord(i + 2, Keys.year))
            || (text.isWord(i + 1, Keys.year) && text.isWord(i + 2, Keys.before))
    }

    /// "last month", "this year", "yesterday", "a week ago", "the previous year": resolved from the publication date.
    private func relativeDate(at i: Int) -> (DateMention, Int)? {
        let key = text.key(i)
        // "a week ago", "a year ago".
        if key == Keys.a, opensAgo(i) {
            let mention = text.text(i..<i + 3)
            if text.isWord(i + 1, Keys.week) {
                return (DateMention(text: mention, iso: published.map { Self.shift(day: $0, by: -7) }), i + 3)
            }
            if text.isWord(i + 1, Keys.year) {
                return (DateMention(text: mention, iso: published.map { Self.four($0.year - 1) }), i + 3)
            }
            return nil
        }
        // "the previous year", "the year before".
        if key == Keys.the {
            guard opensPreviousYear(i) else { return nil }
            return (DateMention(text: text.text(i..<i + 3), iso: published.map { Self.four($0.year - 1) }), i + 3)
        }
        if let offset = Self.singleDays[key] {
            let iso = published.map { Self.shift(day: $0, by: offset) }
            return (DateMention(text: text.text(i), iso: iso), i + 1)
        }
        guard let direction = Self.directions[key], i + 1 < text.count else { return nil }
        if i > 0, text.isWord(i - 1, Keys.the) || text.isWord(i - 1, Keys.over) || text.isWord(i - 1, Keys.past) {
            return nil
        }
        let unitKey = text.key(i + 1)
        let mention = text.text(i..<i + 2)
        if unitKey == Keys.month {
            guard let published else { return (DateMention(text: mention, iso: nil), i + 2) }
            var year = published.year
            var month = published.month + direction
            if month < 1 {
                month += 12
                year -= 1
            } else if month > 12 {
                month -= 12
                year += 1
            }
            return (DateMention(text: mention, iso: Self.four(year) + "-" + Self.two(month)), i + 2)
        }
        if unitKey == Keys.year {
            return (DateMention(text: mention, iso: published.map { Self.four($0.year + direction) }), i + 2)
        }
        if unitKey == Keys.week {
            return (DateMention(text: mention, iso: nil), i + 2)
        }
        return nil
    }

    /// The date `offset` days from `day` (a few weeks either way), as ISO.
    private static func shift(day: (year: Int, month: Int, day: Int), by offset: Int) -> String {
        var (y, m, d) = day
        d += offset
        while d < 1 {
            m -= 1
            if m < 1 {
                m = 12
                y -= 1
            }
            d += daysIn(month: m, year: y)
        }
        while d > daysIn(month: m, year: y) {
            d -= daysIn(month: m, year: y)
            m += 1
            if m > 12 {
                m = 1
                y += 1
            }
        }
        return Self.four(y) + "-" + two(m) + "-" + two(d)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// A year as four digits.
    static func four(_ value: Int) -> String {
        let digits = "\(value)"
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// `2025-03-30` (or a longer ISO timestamp) to its parts.
    static func parseISODate(_ iso: String) -> (year: Int, month: Int, day: Int)? {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return (y, m, d)
    }

    static let months: KeyTable<Int> = {
        var table: KeyTable<Int> = KeyTable()
        let names = [
            ["January", "Jan"], ["February", "Feb"], ["March", "Mar"], ["April", "Apr"], ["May"], ["June", "Jun"],
            ["July", "Jul"], ["August", "Aug"], ["September", "Sept", "Sep"], ["October", "Oct"],
            ["November", "Nov"], ["December", "Dec"],
        ]
        for (index, forms) in names.enumerated() {
            for form in forms { table[WordHash.phrase(form)] = index + 1 }
        }
        return table
    }()

    /// Weekdays, 0 for Sunday (abbreviations are left out: "Sun" and "Wed" are words too).
    static let weekdays: KeyTable<Int> = {
        var table: KeyTable<Int> = KeyTable()
        let names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        for (index, name) in names.enumerated() { table[WordHash.phrase(name)] = index }
        return table
    }()
    /// Words that put a weekday after the publication date ("will vote Tuesday").
    static let futureWords = Vocabulary.keys([
        "will", "would", "shall", "scheduled", "expected", "planned", "plans", "due", "upcoming", "until", "next",
    ])
    static let modifiers = Vocabulary.keys(["mid", "early", "late"])
    /// Months, weekdays and relative starters in one set: one probe a word to know whether it may
    /// open a date.
    static let openers = KeySet(months.storedKeys + weekdays.storedKeys + relativeStarters.storedKeys)
    /// Words that may open a relative date, besides "a" and "the" (asked by ``opensAgo(_:)`` and
    /// ``opensPreviousYear(_:)``).
    static let relativeStarters = Vocabulary.keys(["yesterday", "today", "tomorrow", "last", "this", "next"])
    static let monthLeads = Vocabulary.keys([
        "in", "on", "since", "until", "by", "from", "through", "of", "last", "next", "this", "early", "late", "mid",
        "in", "during",
    ])
    static let ordinalSuffixes = Vocabulary.keys(["st", "nd", "rd", "th"])
    static let singleDays: KeyTable<Int> = [
        WordHash.phrase("yesterday"): -1, WordHash.phrase("today"): 0, WordHash.phrase("tomorrow"): 1,
    ]
    static let directions: KeyTable<Int> = [
        WordHash.phrase("last"): -1, WordHash.phrase("this"): 0, WordHash.phrase("next"): 1,
    ]
    static let relativeYears: KeyTable<Int> = [
        WordHash.phrase("this year"): 0, WordHash.phrase("last year"): -1, WordHash.phrase("next year"): 1,
    ]

    enum Keys {
        static let of = WordHash.phrase("of")
        static let the = WordHash.phrase("the")
        static let over = WordHash.phrase("over")
        static let past = WordHash.phrase("past")
        static let month = WordHash.phrase("month")
        static let year = WordHash.phrase("year")
        static let week = WordHash.phrase("week")
        static let next = WordHash.phrase("next")
        static let a = WordHash.phrase("a")
        static let ago = WordHash.phrase("ago")
        static let previous = WordHash.phrase("previous")
        static let before = WordHash.phrase("before")
        static let last = WordHash.phrase("last")
        static let this = WordHash.phrase("this")
    }
}
