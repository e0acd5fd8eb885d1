extension EntityRecognizer {
    /// A run that names an organization by its shape: its last word is an organization word
    /// ("Greeneville Police Department"), or it opens with one followed by "of" ("Department of Justice").
    func isOrganizationName(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2 || text[lo].has(.allCaps) == false else { return false }
        // "West Bank", "Ivory Coast": a place's whole name, though it ends with an organization word.
        if hi - lo >= 2, lexicon.gazetteer.contains(text.key(lo..<hi)) { return false }
        let lastKey = text.key(hi - 1)
        if isFirstNameThenSurname(lo, hi) { return false }
        let specific = (lo..<hi).contains { i in
            text[i].kind == .word && !text[i].has(.lowercase) && !Vocabulary.organizationHeads.contains(text.key(i))
                && !Vocabulary.genericOrganizationWords.contains(text.key(i))
        }
        if hi - lo >= 2, specific, Vocabulary.organizationHeads.contains(lastKey), !text[hi - 1].has(.lowercase) {
            return true
        }
        // "the Security Council", "the National Assembly": after "the", capitalized words ending in an
        // organization's head name one institution, however generic each word is.
        if hi - lo >= 2, text.isWord(lo - 1, Keys.the), Vocabulary.organizationHeads.contains(lastKey),
            (lo..<hi).allSatisfy({ text[$0].kind == .word && !text[$0].has(.lowercase) })
        {
            return true
        }
        // "General Motors", "National Bank Corp": a company form needs no other specific word.
        if hi - lo >= 2, Vocabulary.companySuffixes.contains(lastKey), text[lo].has(.capitalized) { return true }
        if isTeamName(lo, hi) { return true }
        if hi - lo >= 3, Vocabulary.organizationStarters.contains(text.key(lo)), text.isWord(lo + 1, Keys.of) {
            return true
        }
        // "Brennan Center for Justice", "National Association of Realtors", "Committee on Foreign Affairs".
        for i in lo + 1..<max(lo + 1, hi - 1) where Vocabulary.organizationHeads.contains(text.key(i)) {
            let next = text.key(i + 1)
            if next == Keys.of || next == Keys.for || next == Keys.on { return true }
        }
        if hi - lo >= 2, lexicon.organizations.lookup(text.key(lo..<hi)).map({ !$0.isAcronym }) == true {
            return true
        }
        return false
    }

    /// "Emily Post", "Anna Bishop": a first name, then a surname that is also an organization word or
    /// a title, name a person.
    func isFirstNameThenSurname(_ lo: Int, _ hi: Int) -> Bool {
        // "analysts at Morgan Stanley": after "at", a firm.
        guard hi - lo == 2, text[lo].kind == .word, text[hi - 1].kind == .word, !text[hi - 1].has(.allCaps),
            !text.isWord(lo - 1, Keys.at)
        else { return false }
        let last = text.key(hi - 1)
        return lexicon.names.isFirstName(text.key(lo)) && lexicon.names.isSurname(last)
            && !Vocabulary.companySuffixes.contains(last) && !lexicon.gazetteer.contains(text.key(lo))
            && !Vocabulary.titles.contains(text.key(lo)) && !lexicon.gazetteer.contains(text.key(lo..<hi))
    }

    /// "Seattle Mariners", "Toronto Blue Jays": a city or state, then a plural that is no place or
    /// person's name, is a team.
    func isTeamName(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2, hi - lo <= 4 else { return false }
        let last = text[hi - 1]
        guard last.kind == .word, last.has(.capitalized), !last.has(.allCaps), last.end - last.start >= 4,
            text.bytes[last.end - 1] == 0x73, text.bytes[last.end - 2] != 0x73
        else { return false }
        for split in lo + 1..<hi {
            let head = lexicon.gazetteer.lookup(text.key(lo..<split))
            guard head.contains(where: { $0.kind == .city || $0.kind == .state || $0.kind == .region }) else {
                continue
            }
            // "Houston Williams" is someone; "the Kansas City Royals" is a team. A plural that is also
            // a small town's name ("Astros") is still the team's, unless the article names that town.
            let rest = lexicon.gazetteer.lookup(text.key(split..<hi))
            if rest.contains(where: { $0.kind != .city || placeByName[$0.name] != nil })
                || (lexicon.names.isSurname(text.key(hi - 1)) && !text.isWord(lo - 1, Keys.the))
            {
                return false
            }
            return (split..<hi).allSatisfy { text[$0].kind == .word && text[$0].has(.capitalized) }
        }
        return false
    }

    /// "U.N. Security Council", "German Foreign Ministry": after a place, a demonym or an acronym, two or more
    /// words ending in an organization word, no place's name, are the name the article uses again ("the
    /// Security Council").
    private func nameAfterItsCountry(_ name: String) -> String? {
        let words = name.spaceSeparatedWords
        guard words.count >= 3, let last = words.last,
            Vocabulary.organizationHeads.contains(WordHash.phrase(last))
        else { return nil }
        let first = WordHash.phrase(words[0])
        guard
            lexicon.gazetteer.isDemonym(first) || lexicon.gazetteer.contains(first)
                || lexicon.organizations.lookup(first)?.isAcronym == true
        else { return nil }
        // "Jewish West Bank": the rest is a place's name, not the organization's.
        let rest = words.dropFirst().joined(separator: " ")
        return lexicon.gazetteer.contains(WordHash.phrase(rest)) ? nil : rest
    }

    /// "Le Monde", "El Nuevo Diario", "Der Spiegel": a definite article of another language, then one or two
    /// capitalized words, no place ("La Paz") and no first name, and no person of the article named so
    /// ("Jean-Marie Le Pen"): a paper's or a party's name, not a person's. A three-word run opened by "Le" is
    /// left out: it is as often a Vietnamese name.
    func isForeignTitleName(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2, hi - lo <= 3, text[lo].kind == .word, !text[lo].has(.allCaps),
            Keys.foreignArticles.contains(text.key(lo)), !(text.isWord(lo, Keys.le) && hi - lo == 3),
            (lo + 1..<hi).allSatisfy({
                text[$0].kind == .word && text[$0].has(.capitalized) && !lexicon.names.isFirstName(text.key($0))
            }),
            !lexicon.gazetteer.contains(text.key(lo..<hi))
        else { return false }
        return lastPerson(endingWith: text.text(lo..<hi)) == nil
    }

    /// Registers a run found by ``isOrganizationName(_:_:)``, splitting off a leading "U.S.".
    mutating func registerOrganizationRun(_ lo: Int, _ hi: Int) {
        for i in lo..<hi { consumed[i] = true }
        let index = registerOrganization(
            name: text.text(lo..<hi), aliases: [], isProgram: false, at: lo, key: text.key(lo..<hi))
        if hi - lo == 2, isTeamName(lo, hi), teamTowns[text.key(lo)] == nil { teamTowns[text.key(lo)] = index }
    }

    /// Records a mention of an organization or program, merging with one already known by
    /// any of its names; the curated table supplies full names and acronyms.
    @discardableResult
    mutating func registerOrganization(
        name written: String, aliases: [String], isProgram: Bool, at position: Int, key: UInt64? = nil
    ) -> Int {
        if aliases.isEmpty, let existing = organizationByKey[key ?? WordHash.phrase(written)] {
            organizations[existing].positions.append(position)
            return existing
        }
        var name = written
        for prefix in ["The ", "the "] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
        var forms = [name] + aliases
        var bare = name
        for prefix in ["U.S. ", "US ", "United States "] where bare.hasPrefix(prefix) {
            bare.removeFirst(prefix.count)
            forms.append(bare)
        }
        if bare == name, let rest = nameAfterItsCountry(name) { forms.append(rest) }
        var isProgram = isProgram
        var canonical = name
        var extra: [String] = []
        for form in forms {
            if let known = lexicon.organizations.lookup(WordHash.phrase(form)) {
                canonical = known.entry.name
                extra = known.entry.aliases
                isProgram = isProgram || known.entry.isProgram
                if form != canonical { extra.append(form) }
                break
            }
        }
        // "Boeing Co", "Toyota Motor Corp": later mentions drop the company form.
        let words = canonical.spaceSeparatedWords
        if words.count >= 2, let last = words.last, Vocabulary.companySuffixes.contains(WordHash.phrase(last)) {
            let base = words.dropLast().joined(separator: " ")
            if !Vocabulary.genericOrganizationWords.contains(WordHash.phrase(base)),
                !lexicon.gazetteer.contains(WordHash.phrase(base))
            {
                extra.append(base)
            }
        }
        let allForms = [canonical] + extra + forms
        var index: Int?
        for form in allForms {
            if let existing = organizationByKey[WordHash.phrase(form)] {
                index = existing
                break
            }
        }
        let target: Int
        if let index {
            target = index
        } else {
            target = organizations.count
            organizations.append(OrganizationRecord(name: canonical, isProgram: isProgram))
        }
        for form in allForms {
            organizations[target].addAlias(form)
            organizationByKey[WordHash.phrase(form)] = target
        }
        organizations[target].positions.append(position)
        return target
    }

    /// Later short mentions of an organization named in full ("Likud" after "the Likud party",
    /// "the Commission" after "the European Commission"): its distinctive first word, or its head,
    /// when no place or person has that name. Single-word places so named become mentions of it.
    mutating func linkPartialOrganizationNames() {
        var short: KeyTable<Int> = KeyTable()
        for (index, organization) in organizations.enumerated() where !organization.isProgram {
            let tokens = Tokenizer.tokenize(Array(organization.name.utf8))
            let words = tokens.indices.filter { tokens[$0].kind == .word }
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            let firstKey = WordHash.phrase(tokens, first..<first + 1)
            let lastKey = WordHash.phrase(tokens, last..<last + 1)
            if tokens[first].has(.capitalized), !Vocabulary.genericOrganizationWords.contains(firstKey),
                !Vocabulary.organizationHeads.contains(firstKey), !Vocabulary.organizationStarters.contains(firstKey),
                !Vocabulary.sentenceWords.contains(firstKey), !lexicon.gazetteer.contains(firstKey),
                !lexicon.gazetteer.isDemonym(firstKey), !lexicon.names.isFirstName(firstKey), short[firstKey] == nil
            {
                short[firstKey] = index
            }
            if Vocabulary.organizationHeads.contains(lastKey), !Vocabulary.companySuffixes.contains(lastKey),
                short[lastKey] == nil
            {
                short[lastKey] = index
            }
            // "Itar-Tass" ... "Tass said": the last part of a hyphenated name.
            if words.count == 2, last == first + 2, tokens[first + 1].mark == .hyphen, !tokens[last].has(.spaceBefore),
                tokens[last].has(.capitalized), !tokens[last].has(.allCaps), !lexicon.names.isFirstName(lastKey),
                short[lastKey] == nil
            {
                short[lastKey] = index
            }
        }
        guard !organizations.isEmpty else { return }
        var surnames = KeySet()
        for person in people { surnames.insert(person.lastKey) }
        var keptWords: [(position: Int, title: Range<Int>?)] = []
        for pending in pendingWords {
            let key = text.key(pending.position)
            guard pending.title == nil, let index = short[key], !surnames.contains(key),
                !text[pending.position].has(.sentenceStart) || !Vocabulary.sentenceWords.contains(key)
            else {
                keptWords.append(pending)
                continue
            }
            organizations[index].addAlias(text.text(pending.position))
            organizations[index].positions.append(pending.position)
        }
        pendingWords = keptWords
        // One type for a name throughout: "Barcelona" the club is not also the city here.
        var keptPlaces: [(position: Int, key: UInt64, place: Int)] = []
        for entry in singleWordPlaces {
            guard let index = organizationByKey[entry.key] ?? short[entry.key] ?? teamTownMentioned(entry.position),
                !surnames.contains(entry.key)
            else {
                keptPlaces.append(entry)
                continue
            }
            places[entry.place].count -= 1
            organizations[index].addAlias(text.text(entry.position))
            organizations[index].positions.append(entry.position)
        }
        singleWordPlaces = keptPlaces
    }

    /// "the Milwaukee Brewers ... a homer for Milwaukee": a team's home town named alone is the team, unless
    /// a preposition of place says it is the town ("in Milwaukee").
    private func teamTownMentioned(_ position: Int) -> Int? {
        guard let index = teamTowns[text.key(position)], !Keys.placePrepositions.contains(text.key(position - 1))
        else { return nil }
        return index
    }

    /// "Operation Relentless Pursuit" is also called "Relentless Pursuit".
    mutating func registerProgramShortName(_ range: Range<Int>) {
        guard range.count >= 2, let index = organizationByKey[text.key(range.lowerBound - 1..<range.upperBound)] else {
            return
        }
        let short = text.text(range)
        organizations[index].addAlias(short)
        organizationByKey[text.key(range)] = index
    }

    /// The longest organization name starting at `p`: one this article already used, or one
    /// from the curated table (acronyms only when written in capitals). Returns the end.
    mutating func matchOrganization(_ p: Int, _ hi: Int) -> Int? {
        var end = min(hi, p + 8)
        while end > p {
            defer { end -= 1 }
            if consumed[end - 1] { continue }
            let key = text.key(p..<end)
            if let index = organizationByKey[key] ?? acronyms[key] {
                if end - p == 1, !text[p].has(.allCaps), isCommonSingleWord(p) { continue }
                markConsumed(p..<end)
                organizations[index].positions.append(p)
                return end
            }
            if let known = lexicon.organizations.lookup(key) {
                if known.isAcronym && !(text[p].has(.allCaps) || text[p].has(.dotted)) { continue }
                if !known.isAcronym, !text[p].has(.capitalized) { continue }
                markConsumed(p..<end)
                registerOrganization(
                    name: text.text(p..<end), aliases: [], isProgram: known.entry.isProgram, at: p, key: key)
                return end
            }
        }
        return nil
    }

    /// An acronym in running text ("NATO", "OPEC", "the EU"): two to six capitals, not a
    /// place, a currency, a Roman numeral or a common abbreviation, and not in a headline in capitals.
    func isAcronymOrganization(_ p: Int) -> Bool {
        let token = text[p]
        guard token.kind == .word, token.has(.allCaps), !inCapitals[p], !inHeading[p] else { return false }
        let length = token.end - token.start
        guard length >= 2, length <= (token.has(.dotted) ? 8 : 6) else { return false }
        // In running text an acronym has a lower-case word beside it (not a table row in capitals),
        // and "J.S. Bach" is initials.
        let before = p > 0 && text[p - 1].kind == .word && text[p - 1].has(.lowercase)
        let after = p + 1 < text.count && text[p + 1].kind == .word && text[p + 1].has(.lowercase)
        guard before || after || text.isMark(p + 1, .comma) || text.isMark(p + 1, .period) else { return false }
        if token.has(.dotted), p + 1 < text.count, text[p + 1].has(.capitalized), !text[p + 1].has(.allCaps) {
            return false
        }
        let key = text.key(p)
        if Vocabulary.commonAcronyms.contains(key) || NumberWords.currencyWords[key] != nil { return false }
        // "220 KV", "HK$ 100": a unit after a number, a currency before its sign.
        if p > 0, text[p - 1].kind == .number { return false }
        if p + 1 < text.count, text[p + 1].mark == .dollar, !text[p + 1].has(.spaceBefore) { return false }
        if lexicon.gazetteer.contains(key) || Keys.nameSuffixes.contains(key) { return false }
        var roman = true
        for byte in text.bytes[token.start..<token.end] where !Self.romanLetters.contains(byte) { roman = false }
        return !roman
    }

    /// I, V, X, L, C, D, M.
    static let romanLetters: Set<UInt8> = [0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D]

    /// A single capitalized word that may be an ordinary word at the start of a sentence.
    private func isCommonSingleWord(_ p: Int) -> Bool {
        text[p].has(.sentenceStart) && Vocabulary.sentenceWords.contains(text.key(p))
    }

    mutating func markConsumed(_ range: Range<Int>) {
        for i in range { consumed[i] = true }
    }

    // MARK: Acronyms

    /// Finds "Long Name (ACRONYM)" and links the acronym to the long name (or program).
    mutating func defineAcronyms(_ runs: [Range<Int>]) {
        for run in runs {
            let open = run.upperBound
            guard text.isMark(open, .openParen) else { continue }
            var close = open + 1
            while close < text.count, close < open + 4, text[close].kind == .word, text[close].has(.allCaps) {
                close += 1
            }
            guard close > open + 1, text.isMark(close, .closeParen) else { continue }
            let acronym = text.text(open + 1..<close)
            let letters = Array(acronym.utf8.filter { $0 &- 0x41 < 26 })
            guard let firstLetter = letters.first else { continue }
            let extended = extendAcrossLists(run)
            var start = extended.lowerBound
            if let spelled = wordsSpelling(letters, endingAt: run.upperBound) {
                start = spelled
            } else {
                for i in extended where text[i].kind == .word && text[i].has(.capitalized) {
                    if text.bytes[text[i].start] == firstLetter {
                        start = i
                        break
                    }
                }
            }
            // "Bureau of Alcohol ..." : keep the organization word and its "of".
            while start - 2 >= extended.lowerBound, text.isWord(start - 1, Keys.of), text[start - 2].has(.capitalized) {
                start -= 2
            }
            start = stripLeadingWords(start, run.upperBound)
            guard start < run.upperBound else { continue }
            let isProgram = text.isWord(start, Keys.operation)
            let name = text.text(start..<run.upperBound)
            let index = registerOrganization(name: name, aliases: [acronym], isProgram: isProgram, at: start)
            if isProgram { registerProgramShortName(start + 1..<run.upperBound) }
            acronyms[WordHash.phrase(acronym)] = index
            markConsumed(start..<close + 1)
            // A leading "U.S." belongs to the name, not to the places.
            if start - 1 >= run.lowerBound, text.isWord(start - 1, Keys.usShort) { consumed[start - 1] = true }
        }
    }

    /// Where the words before `end` spell `letters` by their initials, in order ("Organisation for Security
    /// and Cooperation in Europe" for OSCE) or in another order, as a name translated from another language
    /// is ("Indonesian Democratic Party" for PDI). Lower-case function words between them are skipped, as are
    /// the parts of a hyphenated word after its first.
    private func wordsSpelling(_ letters: [UInt8], endingAt end: Int) -> Int? {
        var initials: [UInt8] = []
        var i = end - 1
        while i >= 0 {
            let token = text[i]
            if token.kind == .word, token.has(.capitalized) {
                if !token.has(.spaceBefore), text.isMark(i - 1, .hyphen) {
                    i -= 2
                    continue
                }
                initials.append(text.bytes[token.start])
                if initials.count == letters.count { break }
            } else if !(token.kind == .word && token.has(.lowercase) && Keys.nameFunctionWords.contains(text.key(i))) {
                return nil
            }
            if token.has(.paragraphStart) { return nil }
            i -= 1
        }
        guard i >= 0 else { return nil }
        let spelled = Array(initials.reversed())
        return spelled == letters || spelled.sorted() == letters.sorted() ? i : nil
    }

    /// Extends a run back over a list of capitalized words: "Alcohol, Tobacco, Firearms, and Explosives".
    private func extendAcrossLists(_ run: Range<Int>) -> Range<Int> {
        var lo = run.lowerBound
        var steps = 0
        while steps < 8 {
            var j = lo - 1
            if text.isWord(j, Keys.and) { j -= 1 }
            guard text.isMark(j, .comma) || text.isWord(lo - 1, Keys.and) else { break }
            if text.isMark(j, .comma) { j -= 1 }
            guard j >= 0, text[j].kind == .word, text[j].has(.capitalized) else { break }
            var k = j
            while k - 1 >= 0, text[k - 1].kind == .word, text[k - 1].has(.capitalized) || text.isWord(k - 1, Keys.of),
                !text[k].has(.paragraphStart)
            {
                k -= 1
            }
            lo = k
            steps += 1
        }
        return lo..<run.upperBound
    }

    /// "287(g)": a statute section named by number and letter; "Title 42".
    mutating func findStatutePrograms() {
        var i = bodyStart
        while i + 1 < text.count {
            defer { i += 1 }
            if text.isWord(i, Keys.title), text[i].has(.capitalized), text[i + 1].kind == .number {
                registerOrganization(name: text.text(i..<i + 2), aliases: [], isProgram: true, at: i)
                continue
            }
            guard i + 3 < text.count else { continue }
            guard text[i].kind == .number, text.isMark(i + 1, .openParen), !text[i + 1].has(.spaceBefore),
                text[i + 2].kind == .word, text[i + 2].end - text[i + 2].start == 1, text.isMark(i + 3, .closeParen)
            else { continue }
            registerOrganization(name: text.text(i..<i + 4), aliases: [], isProgram: true, at: i)
            markConsumed(i..<i + 4)
        }
    }
}
