import ClipperModel

/// Finds the figures an article reports: money ("$30 billion" → 30000000000 USD), percentages
/// ("at least 70%", "two-thirds" → 66.67 percent), durations ("six weeks", "three-year") and
/// counts ("nearly 70,000 individuals" → 70000 count), each with its qualifier and what it counts.
///
/// Dates, years, clock times, ordinals, numbers inside names ("Region I", "Title 42") and
/// page furniture ("4-Minute Listen") are not figures.
struct FigureFinder {
    let text: TokenizedText
    /// Tokens already taken by dates.
    let covered: [Bool]

    func figures(from start: Int) -> [Figure] {
        var figures: [Figure] = []
        var seen = Set<String>()
        // Only numbers, currency signs and number words can start a figure: test that with
        // the tables held locally before running the rules.
        let units = NumberWords.units
        let one = NumberWords.one
        let currencyWords = NumberWords.currencyWords
        let minus = Keys.minus
        let article = Keys.a
        var i = start
        while i < text.count {
            let token = text[i]
            let candidate: Bool
            switch token.kind {
            case .number: candidate = true
            case .punctuation: candidate = Self.currency(token.mark) != nil
            case .word:
                let key = text.key(i)
                candidate =
                    units[key] != nil || key == one || key == minus || (key == article && isSpelledScale(after: i))
                    || (token.has(.allCaps) && currencyWords[key] != nil)
            }
            if covered[i] || !candidate {
                i += 1
                continue
            }
            if let (found, end) = range(at: i) ?? figure(at: i).map({ ([$0.0], $0.1) }) {
                for figure in found {
                    let identity = "\(figure.text)|\(figure.value)|\(figure.unit)"
                    if seen.insert(identity).inserted { figures.append(figure) }
                }
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
        return figures
    }

    /// A number starting at `i`: its value, and the index after its last token.
    private func number(at i: Int) -> (value: Double, end: Int)? {
        guard i < text.count, !covered[i] else { return nil }
        let token = text[i]
        var value: Double
        var end = i + 1
        if token.kind == .number {
            guard let parsed = text.numberValue(i) else { return nil }
            value = parsed
        } else if token.kind == .word, let small = NumberWords.units[text.key(i)] {
            value = small
            // "twenty-five"
            if text.isMark(end, .hyphen), !text[end].has(.spaceBefore), end + 1 < text.count,
                let ones = NumberWords.units[text.key(end + 1)], ones < 10, value >= 20
            {
                value += ones
                end += 2
            }
        } else if token.kind == .word, text.key(i) == NumberWords.one, end < text.count,
            NumberWords.scales[text.key(end)] != nil
        {
            value = 1
        } else if token.kind == .word, isSpelledScale(after: i) {
            // "a million dollar house"
            value = 1
        } else {
            return nil
        }
        if end < text.count, text[end].kind == .word, let scale = NumberWords.scales[text.key(end)] {
            let attached = !text[end].has(.spaceBefore)
            let spelled = text[end].end - text[end].start > 2
            if (spelled && !attached) || (!spelled && attached && token.kind == .number) {
                value *= scale
                end += 1
            }
        }
        return (value, end)
    }

    /// "15-20%", "5 to 10 million", "$5-$10", "between three and four years": both ends, each
    /// with the range's unit (and its scale, when only the upper end has one).
    private func range(at i: Int) -> ([Figure], Int)? {
        var numberStart = i
        var currency: String?
        if text[i].kind == .punctuation {
            guard let sign = currencySign(at: i) else { return nil }
            currency = sign.code
            numberStart = i + 1
        }
        guard numberStart < text.count, text[numberStart].kind == .number || text[numberStart].kind == .word,
            let (value, end) = number(at: numberStart)
        else { return nil }
        if text[numberStart].kind == .number, isNotAFigure(numberStart, end) { return nil }
        let wordLink = text.isWord(end, Keys.to) || (text.isWord(end, Keys.and) && text.isWord(i - 1, Keys.between))
        guard wordLink || text.isMark(end, .hyphen) || text.isMark(end, .dash), end + 1 < text.count else {
            return nil
        }
        let secondStart = end + 1
        let second = text[secondStart]
        let secondNumberStart = second.kind == .punctuation ? secondStart + 1 : secondStart
        guard
            second.kind == .number || (second.kind == .punctuation && currencySign(at: secondStart) != nil)
                || (wordLink && second.kind == .word && NumberWords.units[text.key(secondStart)] != nil),
            let (upper, upperEnd) = figure(at: secondStart, afterLink: true),
            let (scaledUpper, scaledUpperEnd) = number(at: secondNumberStart)
        else { return nil }
        // "a 3-1 win" is a score, not a range of things.
        if !wordLink, currency == nil, upper.unit == "count" { return nil }
        var lower = value
        // "5 to 10 million": the scale of the upper end is the lower end's too.
        // Not when the lower end is the larger number: "$200,000 to $4 million" is two amounts.
        if end == numberStart + 1, scaledUpperEnd > secondNumberStart + 1, let bare = bareValue(at: secondNumberStart),
            bare > 0, lower < bare
        {
            lower *= scaledUpper / bare
        }
        let unit = currency.map { upper.unit == "count" ? $0 : upper.unit } ?? upper.unit
        let start = text.isWord(i - 1, Keys.between) || text.isWord(i - 1, Keys.from) ? i - 1 : i
        var (first, _) = make(start: start, numberEnd: end, value: lower, unit: unit, ofStart: upperEnd)
        first.of = upper.of
        return ([first, upper], upperEnd)
    }

    /// A currency sign at `i`, with a country prefix written against it ("US$", "HK$").
    private func currencySign(at i: Int) -> (code: String, start: Int)? {
        guard let currency = Self.currency(text[i].mark) else { return nil }
        if text[i].mark == .dollar, i > 0, !text[i].has(.spaceBefore), text[i - 1].kind == .word,
            let code = NumberWords.dollarPrefixes[text.key(i - 1)]
        {
            return (code, i - 1)
        }
        return (currency, i)
    }

    /// The value of one number token or number word, without any scale after it.
    private func bareValue(at i: Int) -> Double? {
        switch text[i].kind {
        case .number: text.numberValue(i)
        case .word: NumberWords.units[text.key(i)]
        case .punctuation: nil
        }
    }

    /// "a million", "a thousand": the article stands for one, before a scale written out.
    private func isSpelledScale(after i: Int) -> Bool {
        guard text.isWord(i, Keys.a), i + 1 < text.count, text[i + 1].kind == .word, text[i + 1].has(.lowercase),
            NumberWords.scales[text.key(i + 1)] != nil
        else { return false }
        return text[i + 1].end - text[i + 1].start > 2
    }

    /// Whether a unit follows the number ending before `end`: a percent, a currency, a measure or a
    /// span of time. A number with its unit is a figure even after a name ("Sunday 5.5%", "the V10's
    /// 640bhp").
    private func unitFollows(_ end: Int) -> Bool {
        guard end < text.count else { return false }
        if text.isMark(end, .percent) || text.isWord(end, Keys.percent) || text.isWord(end, Keys.pc)
            || text.isWord(end, Keys.pct)
        {
            return true
        }
        var k = end
        if text.isMark(k, .hyphen), !text[k].has(.spaceBefore) { k += 1 }
        guard k < text.count, text[k].kind == .word, !text[k].has(.capitalized) || text[k].has(.allCaps) else {
            return false
        }
        return NumberWords.measures[text.key(k)] != nil || NumberWords.timeUnits[text.key(k)] != nil
            || NumberWords.currencyWords[text.key(k)] != nil
            || (k + 1 < text.count && NumberWords.measurePhrases[text.key(k..<k + 2)] != nil)
    }

    /// A currency named after a number: "7,199 yuan", "19 cents", "5 million U.S. dollars", "10 EUR".
    private func currencyAfter(_ end: Int) -> (code: String, end: Int)? {
        if end + 1 < text.count, let code = NumberWords.crowns[text.key(end..<end + 2)] { return (code, end + 2) }
        var k = end
        // "Hong Kong dollars", "U.S. dollars": up to two capitalized words before the currency word.
        while k < min(text.count, end + 2), text[k].kind == .word, text[k].has(.capitalized),
            NumberWords.currencyWords[text.key(k)] == nil
        {
            k += 1
        }
        guard k < text.count, text[k].kind == .word, let code = NumberWords.currencyWords[text.key(k)] else {
            return nil
        }
        // A name ("Won", "Rand"), not a currency, unless written as a code.
        if text[k].has(.capitalized), !text[k].has(.allCaps), k == end,
            !Self.capitalizedCurrencies.contains(text.key(k))
        {
            return nil
        }
        return (code, k + 1)
    }

    private func figure(at i: Int, afterLink: Bool = false) -> (Figure, Int)? {
        let token = text[i]
        // Money: $30 billion, €5 million, HK$10.
        if token.kind == .punctuation, let sign = currencySign(at: i) {
            guard i + 1 < text.count, text[i + 1].kind == .number, let (value, end) = number(at: i + 1) else {
                return nil
            }
            return make(start: afterLink ? i : sign.start, numberEnd: end, value: value, unit: sign.code, ofStart: end)
        }
        guard token.kind == .number || token.kind == .word else { return nil }
        // "USD 5 million": a currency code before the number.
        if token.kind == .word, token.has(.allCaps), let code = NumberWords.currencyWords[text.key(i)] {
            guard i + 1 < text.count, text[i + 1].kind == .number, let (value, end) = number(at: i + 1) else {
                return nil
            }
            return make(start: i, numberEnd: end, value: value, unit: code, ofStart: end)
        }
        if token.kind == .word, let fraction = fraction(at: i) { return fraction }
        if text.isWord(i, Keys.minus) { return signed(at: i) }
        guard let (magnitude, end) = number(at: i) else { return nil }
        var value = magnitude
        let negative = !afterLink && isMinusSign(before: i)
        if token.kind == .number, isNotAFigure(i, end, afterLink: afterLink || negative) { return nil }
        if negative { value = -value }
        // "a dozen": the article is part of the figure; "-5 yards" keeps its sign.
        let start = negative ? i - 1 : text.isWord(i - 1, Keys.a) && text.key(i) == Keys.dozen ? i - 1 : i
        return figure(start: start, value: value, end: end, isNumeral: token.kind == .number)
    }

    /// "minus 233 Celsius", "minus-130 degrees": the figure after the word, negated.
    private func signed(at i: Int) -> (Figure, Int)? {
        var numberStart = i + 1
        if text.isMark(numberStart, .hyphen), !text[numberStart].has(.spaceBefore) { numberStart += 1 }
        guard numberStart < text.count, text[numberStart].kind == .number,
            let (value, end) = number(at: numberStart), !isNotAFigure(numberStart, end, afterLink: true)
        else { return nil }
        return figure(start: i, value: -value, end: end, isNumeral: true)
    }

    /// The figure whose number spans `start..<end` (with its qualifier words before `start`), by
    /// the unit that follows it.
    private func figure(start: Int, value: Double, end: Int, isNumeral: Bool) -> (Figure, Int)? {
        // Percent: 70%, 70 percent.
        if text.isMark(end, .percent) {
            return make(start: start, numberEnd: end + 1, value: value, unit: "percent", ofStart: end + 1)
        }
        if text.isWord(end, Keys.percent) {
            return make(start: start, numberEnd: end + 1, value: value, unit: "percent", ofStart: end + 1)
        }
        if text.isWord(end, Keys.percentage), text.isWord(end + 1, Keys.point) || text.isWord(end + 1, Keys.points) {
            return make(start: start, numberEnd: end + 2, value: value, unit: "percentage points", ofStart: end + 2)
        }
        // "1 in 5 voters": a share.
        if text.isWord(end, Keys.in), isNumeral, end + 1 < text.count, text[end + 1].kind == .number,
            let whole = text.numberValue(end + 1), whole > value, whole > 0
        {
            let share = (value / whole * 10_000).rounded() / 100
            return make(start: start, numberEnd: end + 2, value: share, unit: "percent", ofStart: end + 2)
        }
        // "5pc", "1.4 pct": British and wire-service percent.
        if text.isWord(end, Keys.pc) || text.isWord(end, Keys.pct) {
            return make(start: start, numberEnd: end + 1, value: value, unit: "percent", ofStart: end + 1)
        }
        if text.isWord(end, Keys.per), text.isWord(end + 1, Keys.cent) {
            return make(start: start, numberEnd: end + 2, value: value, unit: "percent", ofStart: end + 2)
        }
        // Money in words: 30 million dollars, 7,199 yuan, 19 cents.
        if let (code, codeEnd) = currencyAfter(end) {
            return make(start: start, numberEnd: codeEnd, value: value, unit: code, ofStart: codeEnd)
        }
        // Durations: six weeks, three-year, 30-second, three years and four months.
        var unitIndex = end
        if text.isMark(unitIndex, .hyphen), !text[unitIndex].has(.spaceBefore) { unitIndex += 1 }
        if unitIndex < text.count, text[unitIndex].kind == .word, let unit = NumberWords.timeUnits[text.key(unitIndex)]
        {
            if text[unitIndex].has(.capitalized) { return nil }
            // "a 25-year-old driver": an age.
            if text.isMark(unitIndex + 1, .hyphen), text.isWord(unitIndex + 2, Keys.old) {
                return make(start: start, numberEnd: unitIndex + 3, value: value, unit: unit, ofStart: unitIndex + 3)
            }
            var total = value
            var totalUnit = unit
            var last = unitIndex + 1
            if text.isWord(last, Keys.and), let (more, moreEnd) = number(at: last + 1), moreEnd < text.count,
                let smaller = NumberWords.timeUnits[text.key(moreEnd)], let big = NumberWords.monthsPerUnit[unit],
                let small = NumberWords.monthsPerUnit[smaller], small < big
            {
                total = value * big / small + more
                totalUnit = smaller
                last = moreEnd + 1
            }
            return make(start: start, numberEnd: last, value: total, unit: totalUnit, ofStart: last)
        }
        // Measures: 277 miles, 20 acres, 1,500 square feet, 30°C, 120 km/h.
        for length in stride(from: 3, through: 2, by: -1) where end + length <= text.count {
            if let measure = NumberWords.measurePhrases[text.key(end..<end + length)] {
                return make(start: start, numberEnd: end + length, value: value, unit: measure, ofStart: end + length)
            }
        }
        if unitIndex < text.count, text[unitIndex].kind == .word,
            let measure = NumberWords.measures[text.key(unitIndex)]
        {
            return make(start: start, numberEnd: unitIndex + 1, value: value, unit: measure, ofStart: unitIndex + 1)
        }
        // "four times", "3,200 times a minute": a count of times.
        if text.isWord(end, Keys.times) {
            // "600 times a minute": a rate.
            if text.isWord(end + 1, Keys.a) || text.isWord(end + 1, Keys.per), end + 2 < text.count,
                text[end + 2].has(.lowercase), NumberWords.timeUnits[text.key(end + 2)] != nil
            {
                let unit = "times per " + text.text(end + 2).lowercased()
                return make(start: start, numberEnd: end + 3, value: value, unit: unit, ofStart: end + 3)
            }
            return make(start: start, numberEnd: end + 1, value: value, unit: "times", ofStart: end + 1)
        }
        // Counts: 10,000 new ICE agents, seven cities.
        guard end < text.count, text[end].kind == .word else {
            return isLevel(start: start, end: end, isNumeral: isNumeral)
                ? make(start: start, numberEnd: end, value: value, unit: "count", ofStart: end) : nil
        }
        if text[end].has(.lowercase) {
            if Self.notCounted.contains(text.key(end)) {
                return isLevel(start: start, end: end, isNumeral: isNumeral)
                    ? make(start: start, numberEnd: end, value: value, unit: "count", ofStart: end) : nil
            }
        } else if !isNamedCount(from: end) {
            return nil
        }
        return make(start: start, numberEnd: end, value: value, unit: "count", ofStart: end)
    }

    /// "3,000 F.B.I. agents", "300 Border Patrol agents", "1,307,000 Americans", "460 Kia and Hyundai
    /// vehicles": capitalized words after the number, then the counted noun or a plural name.
    private func isNamedCount(from end: Int) -> Bool {
        var k = end
        while k < min(text.count, end + 4), text[k].kind == .word,
            !text[k].has(.lowercase)
                || (k > end && text.isWord(k, Keys.and) && k + 1 < text.count && text[k + 1].has(.capitalized))
        {
            if Vocabulary.calendarWords.contains(text.key(k)) { return false }
            k += 1
        }
        if k < text.count, text[k].kind == .word, text[k].has(.lowercase), !Self.notCounted.contains(text.key(k)) {
            return true
        }
        // A plural name ends the run: "Americans", "Democrats".
        let last = text[k - 1]
        return k - 1 >= end && !last.has(.allCaps) && !last.has(.possessive) && last.end - last.start > 4
            && text.bytes[last.end - 1] == 0x73 && text.bytes[last.end - 2] != 0x73
    }

    /// A level or total written bare, with no noun after it: "rose 64 points to 4,577.10", "ended at
    /// 16,644", "profits of 71 million". Only numbers that cannot be small labels: a written scale, or
    /// digit grouping or decimals, after "to", "at" or "of", or with a scale.
    private func isLevel(start: Int, end: Int, isNumeral: Bool) -> Bool {
        guard isNumeral, start > 0 else { return false }
        if end - start > 1, NumberWords.scales[text.key(end - 1)] != nil, text[end - 1].end - text[end - 1].start > 2 {
            return true
        }
        guard end - start == 1,
            text.isWord(start - 1, Keys.to) || text.isWord(start - 1, Keys.at)
                || text.isWord(start - 1, Keys.of)
        else { return false }
        let digits = text.text(start)
        return digits.contains(",") || digits.contains(".") || (Double(digits) ?? 0) >= 1_000
    }

    /// A minus sign written against a number ("fell to -1.3%", "(-5 yards)"), not a hyphen between two numbers.
    private func isMinusSign(before i: Int) -> Bool {
        guard i >= 1, text[i].kind == .number, !text[i].has(.spaceBefore), text.isMark(i - 1, .hyphen) else {
            return false
        }
        let minus = text[i - 1]
        guard minus.has(.spaceBefore) || minus.has(.paragraphStart) || i == 1 else { return false }
        return i < 2 || text[i - 2].kind != .number
    }

    /// "two-thirds" → 66.67 percent.
    private func fraction(at i: Int) -> (Figure, Int)? {
        let key = text.key(i)
        let numerator: Double
        if key == NumberWords.one {
            numerator = 1
        } else if let small = NumberWords.units[key], small < 10 {
            numerator = small
        } else {
            return nil
        }
        guard text.isMark(i + 1, .hyphen), !text[i + 1].has(.spaceBefore), i + 2 < text.count,
            let part = NumberWords.fractions[text.key(i + 2)]
        else { return nil }
        let value = (numerator * part * 100).rounded() / 100
        return make(start: i, numberEnd: i + 3, value: value, unit: "percent", ofStart: i + 3)
    }

    /// Years, ordinals, times, numbers in names and furniture.
    private func isNotAFigure(_ i: Int, _ end: Int, afterLink: Bool = false) -> Bool {
        let token = text[i]
        let digits = token.end - token.start
        if digits == 4, !text.text(i).contains(","), let value = Int(text.text(i)), value >= 1900, value <= 2100,
            end == i + 1
        {
            return true
        }
        if end < text.count, !text[end].has(.spaceBefore) {
            let mark = text[end].mark
            if mark == .colon || mark == .openParen { return true }
            // "536hp", "5GB" keep their unit; "2nd", "5G" are not figures.
            if text[end].kind == .word, NumberWords.scales[text.key(end)] == nil, !text.isWord(end, Keys.pc),
                NumberWords.measures[text.key(end)] == nil, NumberWords.timeUnits[text.key(end)] == nil
            {
                return true
            }
        }
        if i > 0, !text[i].has(.spaceBefore), !afterLink {
            let previous = text[i - 1]
            if previous.kind == .word || previous.mark == .hyphen || previous.mark == .slash || previous.mark == .colon
                || previous.mark == .period
            {
                return true
            }
        }
        if text.isMark(i - 1, .openParen), text.isMark(end, .closeParen) { return true }
        if i > 0, text[i - 1].kind == .word, !text[i - 1].has(.lowercase), !text[i - 1].has(.sentenceStart),
            !Self.qualifierWords.contains(text.key(i - 1)), !unitFollows(end)
        {
            return true
        }
        if i > 0, Self.labelWords.contains(text.key(i - 1)) { return true }
        if end < text.count, Self.clockWords.contains(text.key(end)) { return true }
        return false
    }

    /// Builds the figure with its qualifier ("nearly", "at least") and a short phrase for what it counts.
    private func make(start: Int, numberEnd: Int, value: Double, unit: String, ofStart: Int) -> (Figure, Int) {
        var textStart = start
        var qualifier: String?
        for length in stride(from: 3, through: 1, by: -1) where start - length >= 0 {
            let range = start - length..<start
            if let known = Self.qualifiers[text.key(range)] {
                qualifier = known
                textStart = start - length
                break
            }
        }
        let figureText = text.text(textStart..<numberEnd)
        return (
            Figure(
                text: figureText, value: value, unit: unit, qualifier: qualifier,
                of: counted(from: ofStart, before: qualifier == nil ? nil : textStart)), numberEnd
        )
    }

    /// What a figure counts: the words after it up to a break ("new ICE agents"), else, after a
    /// qualifier, the words before it ("signing bonuses as high as $50,000").
    private func counted(from start: Int, before figureStart: Int?) -> String? {
        var i = start
        if text.isWord(i, Keys.of) || text.isWord(i, Keys.in) || text.isWord(i, Keys.on) || text.isWord(i, Keys.for) {
            // "in August", "on Friday": a time or a place, not what is counted.
            if !text.isWord(i, Keys.of), i + 1 < text.count, text[i + 1].has(.capitalized), !text[i + 1].has(.allCaps) {
                return nil
            }
            i += 1
            if Vocabulary.determinersAndPossessives.contains(text.key(i)) { i += 1 }
        }
        var end = i
        while end < text.count, end < i + 5, text[end].kind == .word, !text[end].has(.paragraphStart),
            !Self.phraseBreaks.contains(text.key(end)),
            !(text[end].has(.capitalized) && !text[end].has(.allCaps) && end > i),
            !(end > i && text.hasSuffix(end, (0x65, 0x64)))
        {
            end += 1
        }
        if end > i { return text.text(i..<end) }
        guard let figureStart else { return nil }
        var j = figureStart - 1
        while j >= 0, j > figureStart - 4, text[j].kind == .word, !Self.phraseBreaks.contains(text.key(j)) {
            j -= 1
        }
        return j + 1 < figureStart ? text.text(j + 1..<figureStart) : nil
    }

    /// The currency a sign stands for (a switch: it is asked of every punctuation token).
    static func currency(_ mark: Mark) -> String? {
        switch mark {
        case .dollar: "USD"
        case .euro: "EUR"
        case .pound: "GBP"
        case .yen: "JPY"
        case .rupee: "INR"
        default: nil
        }
    }
    /// Currency words written with a capital in running text.
    static let capitalizedCurrencies = Vocabulary.keys(["Euro", "Euros", "Yen", "Yuan", "Dollars", "Dollar"])

    static let qualifiers: KeyTable<String> = {
        var table: KeyTable<String> = KeyTable()
        for phrase in [
            "nearly", "almost", "about", "around", "approximately", "roughly", "some", "over", "under", "more than",
            "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as", "as high as",
            "as low as", "as few as", "upwards of", "just over", "just under", "an estimated", "close to",
            "well over", "nearly all", "only", "just",
        ] {
            table[WordHash.phrase(phrase)] = phrase
        }
        return table
    }()
    static let qualifierWords = Vocabulary.keys([
        "Nearly", "Almost", "About", "Around", "Over", "Some", "Roughly", "Approximately", "Only", "Just",
    ])
    static let labelWords = Vocabulary.keys([
        "No.", "No", "Region", "Title", "Section", "Chapter", "Article", "Route", "Highway", "Interstate", "Room",
        "Suite", "Box", "Unit", "Precinct", "District", "Ward", "Amendment", "Channel", "Page", "Vol", "Issue",
        "Level", "Grade", "Act", "Bill", "Proposition", "Prop", "Measure", "Flight", "Station", "Apartment",
    ])
    static let clockWords = Vocabulary.keys([
        "a.m.", "p.m.", "am", "pm", "AM", "PM", "ET", "EST", "EDT", "PT", "CT", "GMT", "UTC", "o'clock",
    ])
    /// Words after a number that show it is not a count of things.
    static let notCounted = Vocabulary.keys([
        "of", "to", "and", "or", "the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "will", "would", "more", "than", "times", "that", "who", "which",
        "as", "per", "p.m.", "a.m.", "am", "pm", "th", "st", "nd", "rd", "percent", "points", "point", "other",
        "others", "each", "apiece", "out", "up", "down", "did", "do", "does", "can", "could", "may", "might",
        "shall", "should", "must", "not", "also", "so", "because", "if", "when", "while", "after", "before",
        "until", "since", "into", "onto", "about", "over", "under", "through", "between", "among", "against",
        "during", "without", "within", "along", "across", "behind", "beyond", "near", "off", "around", "then",
        "too", "very", "all", "both", "either", "neither", "he", "she", "it", "they", "we", "you", "i",
    ])
    static let phraseBreaks = Vocabulary.keys([
        "by", "to", "that", "who", "which", "and", "or", "but", "as", "for", "from", "is", "are", "was", "were",
        "has", "have", "had", "will", "would", "in", "on", "at", "since", "with", "of", "the", "a", "an", "into",
        "per", "despite", "than", "while", "when", "after", "before", "because", "rose", "fell", "said", "last", "this",
        "next",
    ])

    enum Keys {
        static let a = WordHash.phrase("a")
        static let minus = WordHash.phrase("minus")
        static let at = WordHash.phrase("at")
        static let dozen = WordHash.phrase("dozen")
        static let million = WordHash.phrase("million")
        static let thousand = WordHash.phrase("thousand")
        static let percent = WordHash.phrase("percent")
        static let per = WordHash.phrase("per")
        static let percentage = WordHash.phrase("percentage")
        static let point = WordHash.phrase("point")
        static let points = WordHash.phrase("points")
        static let cent = WordHash.phrase("cent")
        static let pc = WordHash.phrase("pc")
        static let pct = WordHash.phrase("pct")
        static let times = WordHash.phrase("times")
        static let dollars = WordHash.phrase("dollars")
        static let dollar = WordHash.phrase("dollar")
        static let to = WordHash.phrase("to")
        static let between = WordHash.phrase("between")
        static let from = WordHash.phrase("from")
        static let and = WordHash.phrase("and")
        static let old = WordHash.phrase("old")
        static let of = WordHash.phrase("of")
        static let `in` = WordHash.phrase("in")
        static let on = WordHash.phrase("on")
        static let `for` = WordHash.phrase("for")
    }
}
