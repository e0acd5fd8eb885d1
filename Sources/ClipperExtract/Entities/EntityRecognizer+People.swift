extension EntityRecognizer {
    /// "Albuquerque Chief of Police Harold Medina": the words after the last title are the name,
    /// the words up to it the role. Returns false when the run holds no title.
    mutating func splitAtTitle(_ lo: Int, _ hi: Int, heading: Bool) -> Bool {
        var title: Int?
        for i in lo..<hi
        where text[i].kind == .word && Vocabulary.titles.contains(text.key(i)) && !text[i].has(.allCaps) {
            title = i
        }
        guard var title else { return false }
        // "Mr. King", "Dr. Bishop": after an honorific, a title word is the surname.
        var afterHonorific = false
        if let honorific = honorificBefore(title), title + 1 == hi || !isNameToken(title + 1) {
            title = honorific
            afterHonorific = true
        }
        var nameStart = title + 1
        if text.isWord(nameStart, Keys.of) {
            // "Chief of Police Harold Medina", but "President of Life Care Solutions" names no one.
            nameStart += 1
            let complementStart = nameStart
            while nameStart < hi, Vocabulary.titleComplements.contains(text.key(nameStart)) { nameStart += 1 }
            if nameStart == complementStart { nameStart = hi }
        }
        if nameStart < hi, text.isMark(nameStart, .period) { nameStart += 1 }
        let nameLength = hi - nameStart
        // A name, not a company or a place after a title ("President Ascom North America").
        let nameIsValid =
            nameLength >= 1 && nameLength <= 4
            && (nameStart..<hi).allSatisfy { isNameToken($0) || (afterHonorific && $0 == nameStart) }
            && text[nameStart].has(.capitalized) && !Keys.nameSuffixes.contains(text.key(nameStart))
            && !(nameStart + 1..<max(nameStart + 1, hi - 1)).contains {
                lexicon.gazetteer.contains(text.key($0..<hi))
            }
        guard nameIsValid else {
            // A title with no name ("ICE Chief of Staff", "U.S. Attorney"): only known names inside.
            scanSpans(lo, hi, allowPending: false, heading: heading)
            return true
        }
        let roleRange = lo..<nameStart
        var role = text.text(roleRange)
        if text.isWord(lo - 1, Keys.former) { role = "former " + role }
        scanSpans(lo, title, allowPending: false, heading: heading)
        if nameLength == 1 {
            pendingWords.append((nameStart, roleRange))
        } else if !heading || personByKey[text.key(nameStart..<hi)] != nil {
            registerPerson(nameStart, hi, role: role)
        }
        return true
    }

    /// The index of "Mr", "Mrs", "Ms" or "Dr" right before `i` (its period between), if one is there.
    private func honorificBefore(_ i: Int) -> Int? {
        var j = i - 1
        if text.isMark(j, .period) { j -= 1 }
        guard j >= 0, text[j].kind == .word, Keys.honorifics.contains(text.key(j)) else { return nil }
        return j
    }

    /// A word that can be part of a person's name: capitalized, not an acronym, not a title or organization word.
    func isNameToken(_ i: Int) -> Bool {
        let token = text[i]
        guard token.kind == .word, token.has(.capitalized) else {
            // "Kim In-so": the syllable the run finder joins after a hyphen.
            let attached = i > 0 && text[i - 1].mark == .hyphen && NameRunFinder.isAttachedSyllable(text, i)
            return token.mark == .hyphen || token.mark == .period || attached
                || Vocabulary.nameParticles.contains(text.key(i))
        }
        // Acronyms are not names, but two-letter initials before a name are ("JD Vance").
        if token.has(.allCaps) && !token.has(.dotted) {
            let isInitials =
                token.end - token.start == 2 && i + 1 < text.count && text[i + 1].has(.capitalized)
                && !text[i + 1].has(.allCaps) && lexicon.organizations.lookup(text.key(i)) == nil
            if !isInitials { return false }
        }
        let key = text.key(i)
        return !Vocabulary.titles.contains(key) && !Vocabulary.organizationHeads.contains(key)
            && !Vocabulary.calendarWords.contains(key)
            && !Vocabulary.organizationStarters.contains(key) && !Vocabulary.titleComplements.contains(key)
    }

    /// A run that names a person: two to four name words, the first a known first name,
    /// or a common surname last with a cue verb or a role beside it.
    func isPersonName(_ lo: Int, _ hi: Int) -> Bool {
        var words = 0
        for i in lo..<hi where text[i].kind == .word { words += 1 }
        guard words >= 2, words <= 4, (lo..<hi).allSatisfy({ isNameToken($0) }) else { return false }
        if lexicon.gazetteer.contains(text.key(lo..<hi)) || isForeignTitleName(lo, hi) { return false }
        if lexicon.organizations.lookup(text.key(lo..<hi)) != nil { return false }
        // "analysts at Morgan Stanley": after "at", a name is a place or a firm.
        if text.isWord(lo - 1, Keys.at) { return false }
        // "Virginia Tech", "Georgia Power": a state or country first is a place's name, not a first name.
        if lexicon.gazetteer.lookup(text.key(lo)).contains(where: { $0.kind == .state || $0.kind == .country }),
            !lexicon.names.isSurname(text.key(hi - 1)), !hasSpeechOrRoleContext(lo, hi)
        {
            return false
        }
        if lexicon.names.isFirstName(text.key(lo)) { return true }
        // "F.W. de Klerk", "M. Azharuddin": initials open a name, unless they name a place or an organization.
        if text[lo].has(.dotted), text[lo].has(.capitalized), !lexicon.gazetteer.contains(text.key(lo)),
            lexicon.organizations.lookup(text.key(lo)) == nil, text[hi - 1].has(.capitalized)
        {
            return true
        }
        // No known first name: no place in it ("Ascom North America", "Texas Roadhouse"), and a role
        // beside it ("Elon Musk, the chief executive"), or a common surname last and a cue verb beside it.
        guard words <= 3,
            !(lo + 1..<hi - 1).contains(where: { lexicon.gazetteer.contains(text.key($0..<hi)) }),
            !lexicon.gazetteer.lookup(text.key(lo)).contains(where: {
                $0.kind != .city && $0.kind != .county && $0.kind != .stateAbbreviation
            })
        else { return false }
        if hasRoleAppositive(after: hi) { return true }
        // "commissioner Xochitl Ramirez": a lower-case title right before.
        if lo > 0, text[lo - 1].has(.lowercase), Vocabulary.titles.contains(text.key(lo - 1)) { return true }
        let context = hasSpeechOrRoleContext(lo, hi) || hasPersonContext(lo, hi)
        if lexicon.names.isSurname(text.key(hi - 1)) && context { return true }
        // "Vladimir Zhirinovsky said": two or three unknown words that speak are a person,
        // when none of them is a place or an organization word.
        return context
            && (lo + 1..<hi).allSatisfy { text[$0].kind != .word || !lexicon.gazetteer.contains(text.key($0)) }
            && lexicon.gazetteer.lookup(text.key(lo)).allSatisfy { $0.kind == .city || $0.kind == .stateAbbreviation }
    }

    /// "striker Ronaldo Silva", "American Todd Martin", "Itamar Rabinovich, who", "Cheung Siu Man, 40,":
    /// a person's word before, a demonym before, or a clause or age after.
    func hasPersonContext(_ lo: Int, _ hi: Int) -> Bool {
        hasDemonymBefore(lo) || hasPersonClauseAfter(hi) || hasPlacePossessiveBefore(lo, hi)
            || contextKind(lo, hi) == .person
    }

    /// A cue verb right before or after, or ", the sheriff" right after.
    func hasSpeechOrRoleContext(_ lo: Int, _ hi: Int) -> Bool {
        if hi < text.count, CueVerbs.isCue(text.key(hi)) { return true }
        if lo > 0, CueVerbs.isCue(text.key(lo - 1)) { return true }
        return hasRoleAppositive(after: hi)
    }

    /// ", the sheriff", ", a former chief executive": a role in lower case right after a name.
    func hasRoleAppositive(after hi: Int) -> Bool {
        guard text.isMark(hi, .comma) else { return false }
        var j = hi + 1
        var seen = 0
        while j < text.count, seen < 3, text[j].kind == .word, text[j].has(.lowercase) {
            if Vocabulary.titles.contains(text.key(j)) { return true }
            j += 1
            seen += 1
        }
        return false
    }

    /// The last person whose name ends with `form`, its first letter in either case ("Van der Sar"
    /// opening a sentence ends "Edwin van der Sar").
    func lastPerson(endingWith form: String) -> Int? {
        let lowered = " " + form.prefix(1).lowercased() + form.dropFirst()
        return people.lastIndex { $0.name.hasSuffix(" " + form) || $0.name.hasSuffix(lowered) }
    }

    /// Records a full-name mention (two or more words) with its roles from the text around it.
    mutating func registerPerson(_ lo: Int, _ hi: Int, role: String?) {
        markConsumed(lo..<hi)
        let key = text.key(lo..<hi)
        guard !creditKeys.contains(key) else { return }
        let form = text.text(lo..<hi)
        let index: Int
        if let existing = personByKey[key] {
            index = existing
        } else if let existing = lastPerson(endingWith: form) {
            // "Murray-Bruce" after "Ben Murray-Bruce": a surname mention of several tokens; "Van der Sar"
            // opening a sentence after "Edwin van der Sar".
            index = existing
        } else {
            index = people.count
            let lastWord = (lo..<hi).last { text[$0].kind == .word && !isNameSuffix($0) } ?? hi - 1
            people.append(
                PersonRecord(
                    name: form, firstKey: text.key(lo), lastKey: text.key(lastWord),
                    gender: lexicon.names.gender(text.key(lo))))
            personByKey[key] = index
        }
        people[index].mention(form, at: lo)
        if let role { people[index].addRole(role) }
        for found in rolesAround(lo, hi) { people[index].addRole(found) }
    }

    private func isNameSuffix(_ i: Int) -> Bool {
        Keys.nameSuffixes.contains(text.key(i))
    }

    /// Roles written around a name: "police commissioner Michael Cox",
    /// "Chuck Wexler, executive director of ...", "Jason Houser is a former ICE Chief of Staff".
    func rolesAround(_ lo: Int, _ hi: Int) -> [String] {
        var roles: [String] = []
        // A title just before: "police commissioner Michael Cox", "former APD chief Gordon Eden".
        if lo > 0, text[lo - 1].kind == .word, text[lo - 1].has(.lowercase),
            Vocabulary.titles.contains(text.key(lo - 1))
        {
            var j = lo - 1
            while j - 1 >= 0, j > lo - 4, text[j - 1].kind == .word,
                text[j - 1].has(.allCaps) || Vocabulary.titles.contains(text.key(j - 1))
                    || Vocabulary.titleComplements.contains(text.key(j - 1))
                    || Keys.roleModifiers.contains(text.key(j - 1))
            {
                j -= 1
            }
            roles.append(text.text(j..<lo))
        }
        // A role before a comma: "Trump's border czar, Tom Homan, said".
        if lo > 1, text.isMark(lo - 1, .comma), text[lo - 2].kind == .word, text[lo - 2].has(.lowercase),
            Vocabulary.titles.contains(text.key(lo - 2))
        {
            var j = lo - 2
            while j - 1 >= 0, j > lo - 6, text[j - 1].kind == .word, !(j < lo - 2 && text[j].has(.sentenceStart)),
                text[j - 1].has(.lowercase) ? !Keys.roleStops.contains(text.key(j - 1)) : text[j - 1].has(.possessive)
            {
                j -= 1
            }
            roles.append(text.text(j..<lo - 1))
        }
        // Appositive or predicate after: ", the sheriff in Canyon County, Idaho," / "is a former ...".
        var j = hi
        if text.isMark(j, .comma) || text.isWord(j, Keys.is) || text.isWord(j, Keys.was) {
            j += 1
        } else {
            return roles
        }
        while j < text.count, Keys.articles.contains(text.key(j)) { j += 1 }
        var start = j
        var sawTitle = false
        while j < text.count, j < start + 14 {
            let token = text[j]
            if token.kind == .punctuation {
                if token.mark == .comma, isStateAfter(j) {
                    j += 1
                    continue
                }
                if token.mark == .period, j > 0, text[j - 1].has(.capitalized), !text[j].has(.spaceBefore),
                    j + 1 < text.count, text[j + 1].has(.lowercase)
                {
                    j += 1
                    continue
                }
                if token.mark == .ampersand || token.mark == .hyphen || token.mark == .closeSingle {
                    j += 1
                    continue
                }
                break
            }
            let key = text.key(j)
            // "and" inside a name ("Allergy and Infectious Diseases", "Tesla and SpaceX") does not end the role.
            if key == Keys.and, j + 1 < text.count, text[j + 1].has(.capitalized),
                !Vocabulary.titles.contains(text.key(j + 1))
            {
                j += 1
                continue
            }
            if CueVerbs.isCue(key) || Keys.roleStops.contains(key) {
                // "police chief in Albuquerque and president of the Major Cities Chiefs Association": two roles.
                if key == Keys.and, sawTitle, j + 2 < text.count,
                    Vocabulary.titles.contains(text.key(j + 1)) || Vocabulary.titles.contains(text.key(j + 2))
                {
                    roles.append(text.text(start..<j))
                    j += 1
                    while j < text.count, Keys.articles.contains(text.key(j)) { j += 1 }
                    start = j
                    continue
                }
                break
            }
            if Vocabulary.titles.contains(key) { sawTitle = true }
            j += 1
        }
        if sawTitle, j > start { roles.append(text.text(start..<j)) }
        return roles
    }

    /// A state after a comma inside a role: "police chief in Albuquerque, N.M."
    private func isStateAfter(_ comma: Int) -> Bool {
        guard comma + 1 < text.count else { return false }
        if lexicon.gazetteer.lookup(text.key(comma + 1)).contains(where: {
            $0.kind == .state || $0.kind == .stateAbbreviation
        }) {
            return true
        }
        return comma + 2 < text.count
            && lexicon.gazetteer.lookup(text.key(comma + 1..<comma + 3)).contains { $0.kind == .stateAbbreviation }
    }
}

extension EntityRecognizer.Keys {
    /// The period after one is a token of its own, so the keys are the bare words.
    static let honorifics = Vocabulary.keys(["Mr", "Mrs", "Ms", "Dr"])
    static let nameSuffixes = Vocabulary.keys(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"])
    static let articles = Vocabulary.keys([
        "the", "a", "an", "also", "is", "was", "has", "have", "had", "been", "now", "then", "currently", "serves",
        "served",
        "as",
    ])
    /// Words that end a role ("... in Albuquerque for eight years", "... who served").
    static let roleStops = Vocabulary.keys([
        "and", "for", "since", "who", "which", "when", "while", "after", "before", "until", "but", "where", "because",
        "during", "that", "with",
    ])
    static let roleModifiers = Vocabulary.keys([
        "former", "acting", "interim", "county", "city", "state", "federal", "deputy", "assistant", "local",
    ])
    static let at = WordHash.phrase("at")
}
