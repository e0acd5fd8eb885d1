/// Finds runs of capitalized words ("Albuquerque Chief of Police Harold Medina",
/// "Bureau of Alcohol", "National Sheriffs' Association"): the candidates for names.
///
/// A run may hold lower-case connectors between capitalized words ("of", "and", "de"),
/// hyphens between attached capitalized words ("Martinez-Madrid") and periods of
/// abbreviations ("St. Louis"). A singular possessive ends a run unless an organization
/// word follows ("Sheriff's Office"); a plural possessive does not ("Sheriffs' Association").
enum NameRunFinder {
    static func runs(in text: TokenizedText, from start: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = start
        let n = text.count
        // Held locally: read through its global for every token, the table's lazy initializer is
        // checked each time.
        let calendarWords = Vocabulary.calendarWords
        while i < n {
            guard isNameWord(text, i, calendarWords: calendarWords) else {
                i += 1
                continue
            }
            let runStart = i
            var end = i + 1
            var j = i
            while true {
                let token = text[j]
                if token.has(.possessive) {
                    guard j + 1 < n, isNameWord(text, j + 1), !text[j + 1].has(.paragraphStart),
                        possessiveHeads.contains(text.key(j + 1))
                    else { break }
                    j += 1
                    end = j + 1
                    continue
                }
                let next = j + 1
                guard next < n, !text[next].has(.paragraphStart) else { break }
                if isNameWord(text, next) && text[next].has(.spaceBefore) {
                    j = next
                    end = j + 1
                    continue
                }
                // Attached hyphen between capitalized words: Martinez-Madrid.
                if text[next].mark == .hyphen, !text[next].has(.spaceBefore), next + 1 < n, isNameWord(text, next + 1),
                    !text[next + 1].has(.spaceBefore)
                {
                    j = next + 1
                    end = j + 1
                    continue
                }
                // Abbreviation period: St. Louis, Gov. Landry.
                if text[next].mark == .period, !text[next].has(.spaceBefore), next + 1 < n, isNameWord(text, next + 1),
                    text[j].kind == .word, isAbbreviation(text, j), !text[next + 1].has(.paragraphStart)
                {
                    j = next + 1
                    end = j + 1
                    continue
                }
                // A lower-case syllable attached by a hyphen to a name of two words or more ("Kim In-so",
                // "Banharn Silpa-archa"), or between two capitalized words ("Inzamam-ul-Haq"); not an English
                // compound ("New York-based", "Cold War-era").
                if text[next].mark == .hyphen, !text[next].has(.spaceBefore), next + 1 < n,
                    isAttachedSyllable(text, next + 1)
                {
                    if next + 3 < n, text[next + 2].mark == .hyphen, !text[next + 2].has(.spaceBefore),
                        isNameWord(text, next + 3), !text[next + 3].has(.spaceBefore)
                    {
                        j = next + 3
                        end = j + 1
                        continue
                    }
                    let hyphenAfter =
                        next + 2 < n && text[next + 2].mark == .hyphen && !text[next + 2].has(.spaceBefore)
                    if j > runStart, !hyphenAfter {
                        end = next + 2
                        break
                    }
                }
                // Attached particle: Hassan al-Turabi.
                if isParticle(text, next), next + 2 < n, text[next + 1].mark == .hyphen,
                    !text[next + 1].has(.spaceBefore), isNameWord(text, next + 2), !text[next + 2].has(.spaceBefore)
                {
                    j = next + 2
                    end = j + 1
                    continue
                }
                // Connectors: of, and, &, de, van der ... followed by a capitalized word.
                if isConnector(text, next), next + 1 < n, !text[next + 1].has(.paragraphStart) {
                    var k = next + 1
                    if text.isWord(k, theKey) && text.isWord(next, ofKey) { k += 1 }
                    if isParticle(text, next), k < n, isParticle(text, k) { k += 1 }
                    if k < n, isNameWord(text, k), !text[k].has(.paragraphStart) {
                        j = k
                        end = j + 1
                        continue
                    }
                }
                break
            }
            runs.append(runStart..<end)
            i = end
        }
        return runs
    }

    static let theKey = WordHash.phrase("the")
    /// Words that keep a possessive inside a name: "Sheriff's Office", "Children's Hospital".
    private static let possessiveHeads = Vocabulary.keys(["Office", "Department", "Hospital", "Association", "Fund"])
    static let ofKey = WordHash.phrase("of")
    static let onKey = WordHash.phrase("on")
    private static let abbreviationKeys = Vocabulary.keys([
        "St", "Mt", "Ft", "Gov", "Sen", "Rep", "Lt", "Sgt", "Gen", "Col", "Capt", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr",
        "Rev", "Det", "Prof", "Supt", "Adm", "Maj", "Cpl", "Pvt", "Insp",
    ])

    static func isAbbreviation(_ text: TokenizedText, _ i: Int) -> Bool {
        abbreviationKeys.contains(text.key(i))
    }

    /// A capitalized word, an acronym, or letters with periods; not a lone "I", nor a month or a
    /// weekday (`calendarWords`).
    static func isNameWord(
        _ text: TokenizedText, _ i: Int, calendarWords: KeySet = Vocabulary.calendarWords
    ) -> Bool {
        let token = text[i]
        guard token.kind == .word, token.has(.capitalized) else { return false }
        return !calendarWords.contains(text.key(i))
    }

    /// A short lower-case word right after a hyphen, no English compound head ("so" in "In-so", not "based").
    static func isAttachedSyllable(_ text: TokenizedText, _ i: Int) -> Bool {
        let token = text[i]
        guard token.kind == .word, token.has(.lowercase), !token.has(.spaceBefore), token.end - token.start <= 5
        else { return false }
        let bytes = text.bytes
        let last2 = token.end - token.start >= 2 ? (bytes[token.end - 2], bytes[token.end - 1]) : (0, 0)
        // -ed, -ly: "Kremlin-backed", "Paris-led", "Texas-only".
        if last2 == (0x65, 0x64) || last2 == (0x6C, 0x79) { return false }
        return !Vocabulary.compoundHeads.contains(text.key(i))
    }

    /// A lower-case name particle ("van", "der", "al").
    static func isParticle(_ text: TokenizedText, _ i: Int) -> Bool {
        let token = text[i]
        return token.kind == .word && token.has(.lowercase) && Vocabulary.nameParticles.contains(text.key(i))
    }

    static func isConnector(_ text: TokenizedText, _ i: Int) -> Bool {
        let token = text[i]
        if token.mark == .ampersand { return true }
        if isParticle(text, i) { return true }
        guard token.kind == .word, token.has(.lowercase), Vocabulary.runConnectors.contains(text.key(i)),
            !text.isWord(i, theKey)
        else { return false }
        // "Committee on Foreign Affairs", but not "Center on Friday".
        return !text.isWord(i, onKey) || Vocabulary.organizationHeads.contains(text.key(i - 1))
    }
}
