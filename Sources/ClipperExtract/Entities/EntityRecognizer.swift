/// Finds the people, organizations, programs and places an article names, and where.
///
/// Works in two passes over the runs of capitalized words (``NameRunFinder``):
/// the first classifies each run by its shape (titles, organization words, first names,
/// the gazetteer, acronyms defined in parentheses); the second resolves single words
/// ("Medina", "Chief Joye", "Trump") to the people already found or to well-known ones.
struct EntityRecognizer {
    let text: TokenizedText
    let lexicon: Lexicon
    /// Token indexes before this one (a dateline) are not article text.
    let bodyStart: Int
    let creditKeys: KeySet
    /// Whether each token sits in a title-case heading paragraph.
    private(set) var inHeading: [Bool]
    /// Whether each token sits in a paragraph written mostly in capitals (a headline, a dateline).
    private(set) var inCapitals: [Bool]
    var consumed: [Bool]

    var people: [PersonRecord] = []
    var personByKey: KeyTable<Int> = KeyTable()
    var organizations: [OrganizationRecord] = []
    var organizationByKey: KeyTable<Int> = KeyTable()
    var places: [PlaceRecord] = []
    var placeByName: [String: Int] = [:]
    /// Single-word place mentions that may turn out to be a person's surname ("Madrid").
    var singleWordPlaces: [(position: Int, key: UInt64, place: Int)] = []
    /// Single capitalized words (with the title before them, if any) left for the second pass.
    var pendingWords: [(position: Int, title: Range<Int>?)] = []
    /// Acronyms defined in the text: key to organization index.
    var acronyms: KeyTable<Int> = KeyTable()
    /// The token after the last place matched, to tell "Southern California Edison" from a list of places.
    var lastPlaceEnd = -1
    /// The one-word home towns of the teams the article names ("Milwaukee" of "the Milwaukee Brewers"):
    /// town key to the team's organization index.
    var teamTowns: KeyTable<Int> = KeyTable()

    init(text: TokenizedText, lexicon: Lexicon, bodyStart: Int, credits: [String]) {
        self.text = text
        self.lexicon = lexicon
        self.bodyStart = bodyStart
        self.creditKeys = KeySet(credits.map(WordHash.phrase))
        self.consumed = Array(repeating: false, count: text.count)
        self.inHeading = Array(repeating: false, count: text.count)
        self.inCapitals = Array(repeating: false, count: text.count)
        markHeadings()
    }

    /// Runs both passes.
    mutating func run() {
        let runs = NameRunFinder.runs(in: text, from: bodyStart)
        defineAcronyms(runs)
        for run in runs { process(run) }
        findStatutePrograms()
        linkPartialOrganizationNames()
        resolvePendingWords()
        dropPlacesNamedAsOrganizations()
    }

    // MARK: Headings

    /// A heading: a short paragraph in title case (every long word capitalized but a few
    /// function words) with no closing punctuation.
    private mutating func markHeadings() {
        var start = 0
        while start < text.count {
            let end = text.paragraphEnd(of: start)
            var words = 0
            var capitals = 0
            var titleCase = true
            for i in start..<end where text[i].kind == .word {
                words += 1
                if text[i].has(.allCaps) { capitals += 1 }
                if titleCase, !text[i].has(.capitalized), text[i].end - text[i].start >= 4,
                    !Vocabulary.headingFunctionWords.contains(text.key(i))
                {
                    titleCase = false
                }
            }
            if capitals * 2 > words {
                for i in start..<end { inCapitals[i] = true }
            }
            let last = text[end - 1]
            let closed =
                last.mark.endsSentence || last.mark.isDoubleQuote || last.mark == .closeSingle
                || last.mark == .colon || text.bytes[last.end - 1] == 0x2E
            // "-- Sydney Newsroom +61 2 9373 1800": a sign-off after a dash is no heading.
            let signOff = text[start].mark == .hyphen || text[start].mark == .dash
            if words >= 2 && words <= 16 && !closed && titleCase && !signOff {
                for i in start..<end { inHeading[i] = true }
            }
            start = end
        }
    }

    // MARK: Runs

    /// Classifies one run: program, organization, titled person, named person, places.
    private mutating func process(_ run: Range<Int>) {
        var lo = run.lowerBound
        var hi = run.upperBound
        while lo < hi && consumed[lo] { lo += 1 }
        while hi > lo && consumed[hi - 1] { hi -= 1 }
        lo = stripLeadingWords(lo, hi)
        if isLeadingDescriptor(lo, hi) { lo += 1 }
        guard lo < hi else { return }
        let heading = inHeading[lo]
        // Streets, parks and buildings named after people are neither people nor organizations;
        // nor are treaties and cups named after places.
        // "the Department of War" is an organization, though its last word names an event.
        let isEvent = Vocabulary.eventHeads.contains(text.key(hi - 1)) && !text.isWord(hi - 2, Keys.of)
        if Vocabulary.facilityHeads.contains(text.key(hi - 1)) || isEvent {
            // "Heathrow Airport", "the Taiwan Strait" (the last name of a list: "Britain and the North Sea").
            let start = pieces(lo, hi).last?.lowerBound ?? lo
            if hi - start >= 2, Vocabulary.placeHeads.contains(text.key(hi - 1)), !text[hi - 1].has(.allCaps) {
                registerPlace(Gazetteer.Entry(kind: .region, name: text.text(start..<hi), region: ""), qualifier: nil)
            }
            markConsumed(lo..<hi)
            return
        }

        // "admitted to Columbia Presbyterian Hospital", "at the National Tennis Centre": a building where
        // something happens is a place.
        if !heading, isBuildingAfterPreposition(lo, hi) {
            registerPlace(Gazetteer.Entry(kind: .region, name: text.text(lo..<hi), region: ""), qualifier: nil)
            markConsumed(lo..<hi)
            return
        }
        if text.isWord(lo, Keys.operation), hi - lo >= 2, !heading {
            for piece in pieces(lo, hi) where piece.count >= 2 && text.isWord(piece.lowerBound, Keys.operation) {
                registerOrganization(name: text.text(piece), aliases: [], isProgram: true, at: piece.lowerBound)
                registerProgramShortName(piece.lowerBound + 1..<piece.upperBound)
            }
            return
        }
        if !heading, splitPersonOfOrganization(lo, hi) { return }
        if !heading, splitPersonOfPlace(lo, hi) { return }
        // A fixtures line in title case ("Barnet v Leyton Orient") still names teams.
        if !heading || isVersusSide(lo, hi), registerByContext(lo, hi) { return }
        if !heading, isOrganizationName(lo, hi) {
            // "the Southern Poverty Law Center and Human Rights Watch" are two;
            // "the Department of Homeland Security and Alex Azar" an agency and a person.
            let parts = pieces(lo, hi, ampersand: false)
            let kinds = parts.map { part in
                isOrganizationName(part.lowerBound, part.upperBound)
                    ? 1 : isPersonName(part.lowerBound, part.upperBound) ? 2 : 0
            }
            if parts.count >= 2, !kinds.contains(0) {
                for (part, kind) in zip(parts, kinds) {
                    if kind == 1 {
                        registerOrganizationRun(part.lowerBound, part.upperBound)
                    } else {
                        registerPerson(part.lowerBound, part.upperBound, role: nil)
                    }
                }
            } else if !(lo..<hi).allSatisfy({ text[$0].has(.allCaps) || text[$0].kind != .word }) {
                registerOrganizationRun(lo, hi)
            }
            return
        }
        if splitAtTitle(lo, hi, heading: heading) { return }
        guard (lo..<hi).contains(where: { text[$0].mark == .ampersand || text.isWord($0, Keys.and) }) else {
            processPiece(lo, hi, heading: heading)
            return
        }
        let parts = pieces(lo, hi)
        // "Arantxa Sanchez and Conchita Vellar": beside a person, an unknown full name is another.
        let besidePerson =
            !heading && parts.contains { isPersonName(stripLeadingDemonyms($0.lowerBound, $0.upperBound), $0.upperBound) }
        for piece in parts {
            let start = stripLeadingWords(piece.lowerBound, piece.upperBound)
            if besidePerson, isUnknownFullName(start, piece.upperBound) {
                registerPerson(start, piece.upperBound, role: nil)
                continue
            }
            processPiece(piece.lowerBound, piece.upperBound, heading: heading)
        }
    }

    /// "15 - Tim Horan, 14 - Joe Roff": a name numbered in a team's line-up, with another numbered entry
    /// right after it.
    private func isLineUpEntry(_ lo: Int, _ hi: Int) -> Bool {
        guard lo >= 2, text.isMark(lo - 1, .hyphen) || text.isMark(lo - 1, .dash), text[lo - 2].kind == .number,
            text.isMark(hi, .comma) || text.isMark(hi, .semicolon)
        else { return false }
        return hi + 2 < text.count && text[hi + 1].kind == .number
            && (text.isMark(hi + 2, .hyphen) || text.isMark(hi + 2, .dash))
    }

    /// Two or three name words, none of them a place, an organization or an organization word.
    private func isUnknownFullName(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2, hi - lo <= 3 else { return false }
        return (lo..<hi).allSatisfy { i in
            text[i].kind == .word && isNameToken(i) && !text[i].has(.allCaps)
                && !lexicon.gazetteer.contains(text.key(i)) && !lexicon.gazetteer.isDemonym(text.key(i))
                && lexicon.organizations.lookup(text.key(i)) == nil && organizationByKey[text.key(i)] == nil
        }
    }

    /// "Sui-Lee Wee of the New York Times": a person and the organization they speak for.
    private mutating func splitPersonOfOrganization(_ lo: Int, _ hi: Int) -> Bool {
        for k in lo + 2..<max(lo + 2, hi - 1) where text.isWord(k, Keys.of) {
            let right = text.isWord(k + 1, Keys.the) ? k + 2 : k + 1
            guard right < hi,
                isOrganizationName(right, hi) || lexicon.organizations.lookup(text.key(right..<hi)) != nil
            else { continue }
            if isPersonName(lo, k) {
                registerPerson(lo, k, role: text.text(k..<hi))
            } else if !(lo..<k).contains(where: { text[$0].kind == .word && Vocabulary.titles.contains(text.key($0)) })
                || !splitAtTitle(lo, k, heading: false)
            {
                // "Detective Richard Black of the Chesapeake Police Department": a titled person.
                continue
            }
            registerOrganization(name: text.text(right..<hi), aliases: [], isProgram: false, at: right)
            markConsumed(right..<hi)
            return true
        }
        return false
    }

    /// Skips sentence words ("The", "In", "Like") and connectors at the start of a run.
    func stripLeadingWords(_ lo: Int, _ hi: Int) -> Int {
        var lo = lo
        while lo < hi {
            let token = text[lo]
            if token.kind != .word || token.has(.lowercase) {
                lo += 1
                continue
            }
            let key = text.key(lo)
            let atSentenceStart = token.has(.sentenceStart) || lo == 0 || text[lo - 1].mark.isDoubleQuote
            if (atSentenceStart && Vocabulary.sentenceWords.contains(key) || Keys.determiners.contains(key))
                && !token.has(.allCaps)
            {
                lo += 1
                continue
            }
            // "Shares of Acme Corp", "Fans of Dunmere United": a sentence's first noun and its "of".
            if atSentenceStart, text.isWord(lo + 1, Keys.of), lo + 2 < hi,
                !Vocabulary.organizationStarters.contains(key),
                !Vocabulary.organizationHeads.contains(key), !Vocabulary.titles.contains(key),
                !lexicon.gazetteer.contains(key), lexicon.organizations.lookup(key) == nil
            {
                lo += 2
                continue
            }
            break
        }
        return lo
    }

    /// Splits a run at "and" (and "&") between names ("Tom Udall and Martin Heinrich").
    func pieces(_ lo: Int, _ hi: Int, ampersand: Bool = true) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = lo
        for i in lo..<hi where (ampersand && text[i].mark == .ampersand) || text.isWord(i, Keys.and) {
            if i > start { result.append(start..<i) }
            start = i + 1
        }
        if start < hi { result.append(start..<hi) }
        return result
    }

    /// A piece without a title: a known name, a person by first name or context, else places and single words.
    private mutating func processPiece(_ lo: Int, _ hi: Int, heading: Bool) {
        let lo = stripLeadingWords(lo, hi)
        guard lo < hi else { return }
        if !heading, isOrganizationName(lo, hi) {
            registerOrganizationRun(lo, hi)
            return
        }
        // "Le Monde said": a foreign title that speaks is a paper's.
        if !heading, isForeignTitleName(lo, hi), hasSpeechOrRoleContext(lo, hi) {
            registerOrganizationRun(lo, hi)
            return
        }
        // "Austrian Thomas Muster": the demonym is no part of the name.
        let named = stripLeadingDemonyms(lo, hi)
        if !heading,
            isPersonName(named, hi) || isNameEndingInTownSurname(named, hi)
                || isFirstNameThenSurname(named, hi) || (isLineUpEntry(named, hi) && isUnknownFullName(named, hi))
        {
            registerPerson(named, hi, role: nil)
            return
        }
        scanSpans(lo, hi, allowPending: true, heading: heading)
    }

    /// Walks a range left to right, taking the longest known name at each point:
    /// organizations named before or in the curated table, then places; other single
    /// words wait for the second pass.
    mutating func scanSpans(_ lo: Int, _ hi: Int, allowPending: Bool, heading: Bool) {
        var p = lo
        while p < hi {
            if consumed[p] || text[p].kind != .word {
                p += 1
                continue
            }
            if let end = matchOrganization(p, hi) {
                p = end
                continue
            }
            if isFirstNameLikePlace(p, hi) {
                // "Vladimir Zhirinovsky", "Adrian Voinea": a town's name opening an unknown name.
                p += 2
                continue
            }
            if let end = matchPlace(p, hi) {
                p = end
                continue
            }
            if isAcronymOrganization(p) {
                markConsumed(p..<p + 1)
                registerOrganization(name: text.text(p), aliases: [], isProgram: false, at: p, key: text.key(p))
                p += 1
                continue
            }
            if allowPending, !heading, isPluralGroupName(p) {
                markConsumed(p..<p + 1)
                registerOrganization(name: text.text(p), aliases: [], isProgram: false, at: p, key: text.key(p))
                p += 1
                continue
            }
            if allowPending, text[p].has(.capitalized), !text[p].has(.allCaps) || text[p].has(.dotted) == false,
                !Vocabulary.sentenceWords.contains(text.key(p)) || !text[p].has(.sentenceStart)
            {
                if !text[p].has(.allCaps) { pendingWords.append((p, nil)) }
            }
            p += 1
        }
    }

    /// A one-word town's name followed, in the same run, by a capitalized word that is neither a
    /// place nor part of one: the two are someone's name (or a name Clipper does not know), not a place.
    func isFirstNameLikePlace(_ p: Int, _ hi: Int) -> Bool {
        guard p + 1 < hi, text[p + 1].kind == .word, text[p + 1].has(.capitalized), !text[p + 1].has(.allCaps),
            text[p + 1].has(.spaceBefore), !consumed[p + 1], !text[p].has(.allCaps)
        else { return false }
        let readings = lexicon.gazetteer.lookup(text.key(p))
        guard !readings.isEmpty, readings.allSatisfy({ $0.kind == .city }) else { return false }
        let next = text.key(p + 1)
        return !lexicon.gazetteer.contains(next) && !lexicon.gazetteer.contains(text.key(p..<p + 2))
            && !Vocabulary.organizationHeads.contains(next) && !Vocabulary.facilityHeads.contains(next)
            && organizationByKey[next] == nil && lexicon.organizations.lookup(next) == nil
            && !Vocabulary.titles.contains(next)
    }

    enum Keys {
        static let operation = WordHash.phrase("Operation")
        static let and = WordHash.phrase("and")
        static let of = WordHash.phrase("of")
        static let the = WordHash.phrase("the")
        static let former = WordHash.phrase("former")
        static let usShort = WordHash.phrase("U.S.")
        static let `is` = WordHash.phrase("is")
        static let was = WordHash.phrase("was")
        static let who = WordHash.phrase("who")
        static let determiners = Vocabulary.keys(["The", "A", "An"])
        static let title = WordHash.phrase("Title")
        static let `for` = WordHash.phrase("for")
        static let on = WordHash.phrase("on")
        /// Lower-case words inside an organization's full name ("Organisation for Security and Cooperation in Europe").
        static let nameFunctionWords = Vocabulary.keys(["of", "for", "in", "and", "the", "on", "to", "de", "du", "des", "la", "le", "del", "di", "der"])
    }
}
