extension EntityRecognizer {
    /// The kind of name the lower-case words around a run point to, when they say it:
    /// "the Likud party", "carrier EgyptAir", "champions Ajax", "striker Ronaldo", "Hull v Leeds".
    enum ContextKind {
        case organization
        /// A team: a club by its town is an organization, a nation's side stays its country ("Spain").
        case team
        case person
        /// A place: "the village of Bou Haroun", "Oaxaca and Guerrero states".
        case place
    }

    /// What the words right around `lo..<hi` say the name is, if they say it.
    func contextKind(_ lo: Int, _ hi: Int) -> ContextKind? {
        if isVersusSide(lo, hi) { return .team }
        if lo >= 2, text.isWord(lo - 1, Keys.of), text[lo - 2].has(.lowercase), Keys.placeNouns.contains(text.key(lo - 2)) {
            return .place
        }
        if hi < text.count, text[hi].has(.lowercase), Keys.divisionNouns.contains(text.key(hi)) { return .place }
        // After first: "the official Xinhua news agency" is the agency's name, whoever speaks for it.
        // "Metz's 3-1 victory": a name whose possessive owns a score is a team's.
        if text[hi - 1].has(.possessive), isScore(hi) { return .team }
        // "upstaged Utrecht 1-0", "lost 3-1 to Cesena", "Surrey slipped to 88 for four": a score names sides.
        if !text[hi - 1].has(.possessive), isScore(hi) || isScoreThenLink(before: lo) || hasInningsScore(after: hi) {
            return .team
        }
        if hi < text.count, text[hi].kind == .word, text[hi].has(.lowercase) {
            var after = text.key(hi)
            // "Surrey were 250 for three": a town or region that takes a plural verb is a side.
            if Keys.pluralVerbs.contains(after), hi - lo == 1, isTownOrRegion(lo), isClauseStart(lo) { return .team }
            if Keys.matchVerbs.contains(after) { return .team }
            // "Interfax news agency", "Ihlas news agency".
            if after == Keys.news, hi + 1 < text.count, text[hi + 1].has(.lowercase) { after = text.key(hi + 1) }
            if Keys.organizationNounsAfter.contains(after) { return .organization }
            // "Auxerre playmaker Corentine Martins", "Real Madrid coach Fabio Capello": a player's club.
            if Keys.teamMemberNouns.contains(after), hi + 1 < text.count, text[hi + 1].kind == .word,
                text[hi + 1].has(.capitalized)
            {
                return .team
            }
        }
        if lo > 0, text[lo - 1].kind == .word {
            let before = text.key(lo - 1)
            if text[lo - 1].has(.lowercase) {
                // "a 3-1 victory over Strasbourg", "their defeat by Wigan".
                if Keys.resultLinks.contains(before), lo >= 2, Keys.resultNouns.contains(text.key(lo - 2)) {
                    return .team
                }
                if Keys.teamNouns.contains(before) || Keys.matchVerbs.contains(before) { return .team }
                // "Tom Hale has joined Castlebrook": one joins a club or a firm, not a town.
                if Keys.joinVerbs.contains(before) { return .team }
                if Keys.organizationNounsBefore.contains(before) { return .organization }
                if Keys.personNouns.contains(before) { return .person }
            } else if text[lo - 1].has(.sentenceStart) {
                // "Champions Ajax Amsterdam lost", "Striker Baltu Nerrick scored".
                if Keys.teamNouns.contains(before) { return .team }
                if Keys.personNouns.contains(before) { return .person }
            }
        }
        return nil
    }

    /// A capitalized team or person word opening a sentence before a name ("Champions Ajax",
    /// "Striker Baltu Nerrick"): it describes the name and is no part of it.
    func isLeadingDescriptor(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2, text[lo].has(.sentenceStart), text[lo].kind == .word, !text[lo].has(.allCaps) else {
            return false
        }
        let key = text.key(lo)
        guard !Vocabulary.titles.contains(key), text[lo + 1].kind == .word, text[lo + 1].has(.capitalized) else {
            return false
        }
        if Keys.teamNouns.contains(key) || Keys.personNouns.contains(key) { return true }
        // "Journalist Patrick Seale said", "Outspoken Andrei Medvedev": a sentence's first word, no name or
        // place, before a first name that opens a full name.
        return hi - lo >= 3 && !lexicon.names.isFirstName(key) && !lexicon.gazetteer.contains(key)
            && !lexicon.gazetteer.isDemonym(key) && lexicon.names.isFirstName(text.key(lo + 1))
            && isPersonName(lo + 1, hi)
    }

    /// Registers a run as an organization when the words around it say so ("the Likud party",
    /// "champions Ajax Amsterdam"); a country named as a team stays a place, a person stays a person.
    /// A person's word before a first name makes the run that person ("eighth seed Jim Courier"), even
    /// with an organization word last.
    mutating func registerByContext(_ lo: Int, _ hi: Int) -> Bool {
        guard let kind = contextKind(lo, hi) else { return false }
        if kind == .person { return registerPersonByContext(lo, hi) }
        if kind == .place { return registerPlaceByContext(lo, hi) }
        let start = stripLeadingDemonyms(lo, hi)
        let key = text.key(start..<hi)
        let places = lexicon.gazetteer.lookup(key)
        if kind == .organization, !places.isEmpty { return false }
        // A nation is a country here, whether the gazetteer calls it one or a region ("England").
        if places.contains(where: { $0.kind == .country || ($0.kind == .region && $0.region.isEmpty) }) {
            return false
        }
        // "Todd Woodbridge and Mark Woodforde": a list is left to the rules that split it.
        guard
            !(start..<hi).contains(where: {
                text[$0].mark == .ampersand || text.isWord($0, Keys.and)
                    || (text[$0].kind == .word && Vocabulary.titles.contains(text.key($0)))
            }),
            !lexicon.gazetteer.isDemonym(key),
            // "the daily Kurier Zelny said" names a paper, "champions Tavo Brennick" a player.
            kind == .organization
                ? !(lexicon.names.isFirstName(text.key(start)) && isPersonName(start, hi))
                : !isPersonName(start, hi),
            !(hi - start == 1
                && (Vocabulary.sentenceWords.contains(key) || Vocabulary.genericOrganizationWords.contains(key)
                    || Keys.directionWords.contains(key)))
        else { return false }
        // A team is no one the article names as a person ("Sampras beat Courier").
        if kind == .team {
            let last = text.key(hi - 1)
            if lexicon.names.isFirstName(text.key(start)) && hi - start >= 2 { return false }
            if people.contains(where: { $0.lastKey == last }) || lexicon.people.fullName(key) != nil {
                return false
            }
        }
        registerOrganizationRun(start, hi)
        if kind == .team { registerTeamList(after: hi) }
        return true
    }

    /// Names the words before or after call places ("Oaxaca and Guerrero states"): each of one to four
    /// capitalized words, no demonym, naming no one the article has named. The gazetteer's names are
    /// matched as usual; the others become places as written.
    private mutating func registerPlaceByContext(_ lo: Int, _ hi: Int) -> Bool {
        let parts = pieces(lo, hi)
        let plausible = parts.allSatisfy { part in
            part.count <= 4
                && part.allSatisfy({ text[$0].kind == .word && text[$0].has(.capitalized) && !text[$0].has(.allCaps) })
                && !lexicon.gazetteer.isDemonym(text.key(part)) && organizationByKey[text.key(part)] == nil
                && !people.contains(where: { $0.lastKey == text.key(part.upperBound - 1) })
        }
        guard plausible else { return false }
        for part in parts {
            if lexicon.gazetteer.contains(text.key(part)) {
                scanSpans(part.lowerBound, part.upperBound, allowPending: false, heading: false)
            } else {
                registerPlace(Gazetteer.Entry(kind: .region, name: text.text(part), region: ""), qualifier: nil)
                markConsumed(part)
            }
        }
        return true
    }

    /// Two or three capitalized words opened by a known first name, no place or known organization.
    private mutating func registerPersonByContext(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2, hi - lo <= 3, lexicon.names.isFirstName(text.key(lo)),
            !lexicon.gazetteer.contains(text.key(lo)), lexicon.organizations.lookup(text.key(lo..<hi)) == nil,
            (lo..<hi).allSatisfy({ text[$0].kind == .word && text[$0].has(.capitalized) && !text[$0].has(.allCaps) })
        else { return false }
        registerPerson(lo, hi, role: nil)
        return true
    }

    /// "rivals Castlebrook, Dunmere and Harlow": the towns listed after a team are teams too.
    /// Follows ", Town" and "and Town" (one to three capitalized words naming a town or region, no
    /// nation) until the list ends.
    mutating func registerTeamList(after hi: Int) {
        var p = hi
        while p < text.count {
            let last = text.isWord(p, Keys.and)
            guard last || text.isMark(p, .comma) else { return }
            var lo = p + 1
            if !last, text.isWord(lo, Keys.and) { lo += 1 }
            var end = lo
            while end < text.count, end - lo < 3, text[end].kind == .word, text[end].has(.capitalized),
                !text[end].has(.allCaps), !consumed[end]
            {
                end += 1
            }
            guard end > lo, !text[end - 1].has(.possessive) else { return }
            let readings = lexicon.gazetteer.lookup(text.key(lo..<end))
            guard !readings.isEmpty,
                !readings.contains(where: { $0.kind == .country || ($0.kind == .region && $0.region.isEmpty) })
            else { return }
            registerOrganizationRun(lo, end)
            if last || text.isWord(lo - 1, Keys.and) { return }
            p = end
        }
    }

    /// Whether a name at `lo` opens a clause (and so is its subject): a sentence's start, or after a comma
    /// or a conjunction ("..., while Surrey were").
    func isClauseStart(_ lo: Int) -> Bool {
        lo == 0 || text[lo].has(.sentenceStart) || text.isMark(lo - 1, .comma)
            || (text[lo - 1].has(.lowercase) && Keys.clauseConjunctions.contains(text.key(lo - 1)))
    }

    /// "lost 3-1 to Cesena": a score, then a word that links it to the other side, right before `lo`.
    func isScoreThenLink(before lo: Int) -> Bool {
        lo >= 4 && text[lo - 1].has(.lowercase) && Keys.resultLinks.contains(text.key(lo - 1)) && isScore(lo - 4)
    }

    /// "Surrey slipped to 88 for four", "reducing Worcestershire to 133 for five": a cricket score (runs
    /// "for" wickets) within a few words after a name, in the same sentence.
    func hasInningsScore(after hi: Int) -> Bool {
        var i = hi
        while i < min(text.count - 2, hi + 4) {
            if text[i].has(.sentenceStart) || (text[i].kind == .punctuation && text[i].mark != .comma) { return false }
            // "96 for four new buses" is a price: after the wickets comes no noun.
            if text[i].kind == .number, text.isWord(i + 1, Keys.for),
                text[i + 2].kind == .number || NumberWords.units[text.key(i + 2)] != nil,
                i + 3 >= text.count || text[i + 3].kind != .word || Keys.afterInnings.contains(text.key(i + 3))
            {
                return true
            }
            i += 1
        }
        return false
    }

    /// "3-1": a number, an attached hyphen and a number.
    func isScore(_ i: Int) -> Bool {
        i + 2 < text.count && text[i].kind == .number && text.isMark(i + 1, .hyphen) && !text[i + 1].has(.spaceBefore)
            && text[i + 2].kind == .number && !text[i + 2].has(.spaceBefore)
    }

    /// A one-word town or region (no country), not in capitals and not a plural.
    func isTownOrRegion(_ p: Int) -> Bool {
        let token = text[p]
        guard token.kind == .word, !token.has(.allCaps), text.bytes[token.end - 1] != 0x73 else { return false }
        let readings = lexicon.gazetteer.lookup(text.key(p))
        return !readings.isEmpty && readings.allSatisfy { $0.kind != .country && $0.kind != .stateAbbreviation }
    }

    /// "Hull v Leeds", "Lakers vs. Celtics": a side of a match named by its teams.
    func isVersusSide(_ lo: Int, _ hi: Int) -> Bool {
        var after = hi
        if text.isWord(after, Keys.versus[0]) || text.isWord(after, Keys.versus[1])
            || text.isWord(after, Keys.versus[2])
        {
            after += 1
            if text.isMark(after, .period) { after += 1 }
            if after < text.count, text[after].kind == .word, text[after].has(.capitalized) { return true }
        }
        var before = lo - 1
        if text.isMark(before, .period) { before -= 1 }
        guard before >= 1,
            text.isWord(before, Keys.versus[0]) || text.isWord(before, Keys.versus[1])
                || text.isWord(before, Keys.versus[2])
        else { return false }
        return text[before - 1].kind == .word && text[before - 1].has(.capitalized)
    }

    /// ", who ...", ", 40,": a clause or an age after a name says it is a person's.
    func hasPersonClauseAfter(_ hi: Int) -> Bool {
        // "Mariano Friedick (U.S.)": a results line names a person's country after the name.
        if text.isMark(hi, .openParen), hi + 2 < text.count, text.isMark(hi + 2, .closeParen),
            lexicon.gazetteer.lookup(text.key(hi + 1)).contains(where: { $0.kind == .country })
        {
            return true
        }
        guard text.isMark(hi, .comma), hi + 1 < text.count else { return false }
        if text.isWord(hi + 1, Keys.who) { return true }
        return text[hi + 1].kind == .number && text.isMark(hi + 2, .comma) && text[hi + 1].end - text[hi + 1].start <= 2
    }

    /// "Romania's Andrei Pavel", "Boston's Mo Vaughn": a place's possessive before a name of
    /// several words.
    func hasPlacePossessiveBefore(_ lo: Int, _ hi: Int) -> Bool {
        hi - lo >= 2 && lo > 0 && text[lo - 1].kind == .word && text[lo - 1].has(.possessive)
            && lexicon.gazetteer.contains(text.key(lo - 1))
    }

    /// A capitalized demonym right before ("American Todd Martin", "Frenchman Cedric Pioline").
    func hasDemonymBefore(_ lo: Int) -> Bool {
        lo > 0 && text[lo - 1].kind == .word && text[lo - 1].has(.capitalized)
            && lexicon.gazetteer.isDemonym(text.key(lo - 1))
    }

    /// Skips leading demonyms ("Austrian Thomas Muster", "German Anke Huber"); one that is also a first
    /// name stays before a single word ("German Lopez").
    func stripLeadingDemonyms(_ lo: Int, _ hi: Int) -> Int {
        var lo = lo
        while hi - lo >= 2, text[lo].kind == .word, !text[lo].has(.allCaps),
            lexicon.gazetteer.isDemonym(text.key(lo)), hi - lo >= 3 || !lexicon.names.isFirstName(text.key(lo))
        {
            lo += 1
        }
        return lo
    }

    /// "the Yankees", "the Greens": one capitalized plural after "the", no place, people or title, is a
    /// team or a party.
    func isPluralGroupName(_ p: Int) -> Bool {
        let token = text[p]
        guard p > 0, text.isWord(p - 1, Keys.the), text[p - 1].has(.lowercase), token.has(.capitalized),
            !token.has(.allCaps), token.end - token.start >= 4, text.bytes[token.end - 1] == 0x73,
            text.bytes[token.end - 2] != 0x73
        else { return false }
        if p + 1 < text.count, text[p + 1].kind == .word, text[p + 1].has(.capitalized) { return false }
        let key = text.key(p)
        return !lexicon.gazetteer.contains(key) && !lexicon.gazetteer.isDemonym(key)
            && !lexicon.names.isFirstName(key) && !Vocabulary.titles.contains(key)
            && !Vocabulary.calendarWords.contains(key) && !Vocabulary.sentenceWords.contains(key)
            && !Vocabulary.facilityHeads.contains(key)
    }

    /// "Chili Davis", "Glenn Somerville": an unknown word, then a town's name that is also a common
    /// surname, make up a person's name, not a place; so do a first name or a surname (a name written
    /// surname first: "Wang Donghai"), or any name a clause says is someone's, and a small town's name.
    func isNameEndingInTownSurname(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo == 2, text[lo].kind == .word, text[hi - 1].kind == .word, text[hi - 1].has(.spaceBefore),
            isNameToken(lo), isNameToken(hi - 1), !text[lo].has(.allCaps), !text[hi - 1].has(.allCaps)
        else { return false }
        let first = text.key(lo)
        let readings = lexicon.gazetteer.lookup(text.key(hi - 1))
        let readsAsName =
            lexicon.names.isSurname(text.key(hi - 1))
            || ((lexicon.names.isFirstName(first) || lexicon.names.isSurname(first) || hasPersonClauseAfter(hi))
                && readings.allSatisfy { !$0.isLarge })
        return readsAsName && !readings.isEmpty && readings.allSatisfy { $0.kind == .city }
            && !lexicon.gazetteer.contains(first) && !lexicon.gazetteer.contains(text.key(lo..<hi))
            && !lexicon.gazetteer.isDemonym(first) && !Keys.directionWords.contains(first)
            && !Vocabulary.genericOrganizationWords.contains(first) && !Vocabulary.sentenceWords.contains(first)
            && lexicon.organizations.lookup(first) == nil && organizationByKey[first] == nil
    }

    /// "Steffi Graf of Germany", "Foreign Minister Jacques Poos of Luxembourg": a name (with its title)
    /// and the place it is from.
    /// Registers both and returns true when the run has that shape.
    mutating func splitPersonOfPlace(_ lo: Int, _ hi: Int) -> Bool {
        for k in lo + 2..<max(lo + 2, hi - 1) where text.isWord(k, Keys.of) {
            let right = text.isWord(k + 1, Keys.the) ? k + 2 : k + 1
            guard right < hi, hi - right <= 3,
                lexicon.gazetteer.lookup(text.key(right..<hi)).contains(where: { $0.kind != .stateAbbreviation }),
                !lexicon.gazetteer.contains(text.key(lo..<k)),
                lexicon.organizations.lookup(text.key(lo..<k)) == nil,
                !lexicon.gazetteer.lookup(text.key(lo)).contains(where: { $0.kind == .country || $0.kind == .state })
            else { continue }
            let start = stripLeadingDemonyms(lo, k)
            if k - start <= 4, (start..<k).allSatisfy({ isNameToken($0) }) {
                registerPerson(start, k, role: nil)
            } else if !(lo..<k).contains(where: { text[$0].kind == .word && Vocabulary.titles.contains(text.key($0)) })
                || !splitAtTitle(lo, k, heading: false)
            {
                continue
            }
            scanSpans(right, hi, allowPending: false, heading: false)
            return true
        }
        return false
    }
}

extension EntityRecognizer.Keys {
    static let news = WordHash.phrase("news")
    /// Nouns before "of" that say a place's name follows ("the village of", "the state of").
    static let placeNouns = Vocabulary.keys([
        "city", "town", "village", "hamlet", "state", "province", "region", "district", "island", "islands",
        "port", "capital", "republic", "enclave", "suburb", "county", "prefecture", "municipality", "emirate",
    ])
    /// Nouns after a name that say it names a division ("Guerrero state", "Kivu province").
    static let divisionNouns = Vocabulary.keys(["state", "states", "province", "provinces", "prefecture", "region"])
    /// Verbs of a match result, whose subject and object are teams or players ("Hull beat Leeds").
    static let matchVerbs = Vocabulary.keys([
        "beat", "beats", "defeated", "defeats", "routed", "thrashed", "edged", "hammered", "trounced", "drew",
        "downed", "blanked", "whipped", "crushed", "outplayed", "upstaged", "outclassed", "overpowered",
    ])
    /// Words of direction that name no organization alone ("the Western alliance").
    static let directionWords = Vocabulary.keys([
        "Western", "Eastern", "Northern", "Southern", "North", "South", "East", "West", "Central",
    ])
    static let versus = [WordHash.phrase("v"), WordHash.phrase("vs"), WordHash.phrase("versus")]
    /// Lower-case words after a name that say it is an organization's ("the Likud party").
    static let organizationNounsAfter = Vocabulary.keys([
        "party", "newspaper", "paper", "daily", "weekly", "magazine", "agency", "firm", "company", "group", "club",
        "television", "radio", "airline", "carrier", "faction", "movement", "rebels", "guerrillas", "militia",
        "brokerage", "consortium", "conglomerate", "subsidiary", "alliance", "broadcaster", "network",
        "bank", "insurer", "retailer", "carmaker", "automaker", "manufacturer", "publisher", "union",
    ])
    /// Definite articles of other languages that open the names of papers and parties ("Le Monde").
    static let foreignArticles = Vocabulary.keys(["Le", "La", "Les", "El", "Los", "Las", "Il", "Der", "Die", "Das"])
    static let le = WordHash.phrase("Le")
    /// Lower-case words before a name that say it is an organization's ("carrier EgyptAir", "the daily X").
    static let organizationNounsBefore = Vocabulary.keys([
        "carrier", "airline", "firm", "company", "group", "daily", "newspaper", "weekly", "magazine", "agency",
        "utility", "manufacturer", "maker", "carmaker", "automaker", "insurer", "retailer", "conglomerate",
        "broker", "brokerage", "broadcaster", "publisher", "bank", "lender", "giant", "subsidiary", "party",
        "outfit", "network", "chain", "operator", "exporter", "importer", "distributor",
    ])
    /// Lower-case words before a name that say it is a team's ("champions Ajax", "rivals Liverpool").
    static let teamNouns = Vocabulary.keys([
        "champions", "rivals", "leaders", "holders", "hosts", "visitors", "contenders", "side", "club",
        "promoted", "relegated", "placed", "pacesetters", "runners-up", "opponents", "outsiders", "underdogs",
        "hopefuls", "newcomers", "finalists", "semifinalists", "strugglers", "minnows", "favourites", "favorites",
    ])
    /// Verbs before a name that say one joins it: a club or a firm.
    static let joinVerbs = Vocabulary.keys(["joined", "joins", "join", "joining", "rejoined", "rejoins"])
    /// Plural verbs after a singular name: British usage for a side ("Surrey were", "Deportivo are").
    static let pluralVerbs = Vocabulary.keys(["were", "are", "have"])
    static let clauseConjunctions = Vocabulary.keys([
        "and", "but", "while", "when", "as", "after", "before", "though", "although", "because", "since", "until",
    ])
    /// Nouns of a result and the word that links them to the other side ("victory over", "defeat by").
    static let resultNouns = Vocabulary.keys([
        "victory", "win", "triumph", "defeat", "loss", "draw", "lead", "success", "wins", "victories", "defeats",
    ])
    static let resultLinks = Vocabulary.keys(["over", "to", "by", "with", "against"])
    /// Words that may follow a cricket score ("133 for five in their second innings", "250 for three declared").
    static let afterInnings = Vocabulary.keys([
        "in", "at", "on", "and", "but", "before", "after", "when", "with", "by", "declared", "overnight", "from",
    ])
    /// Lower-case words between a club's name and a player's ("Auxerre playmaker Corentine Martins").
    static let teamMemberNouns = Vocabulary.keys([
        "striker", "midfielder", "defender", "goalkeeper", "keeper", "playmaker", "winger", "forward", "coach",
        "manager", "captain", "skipper", "fullback", "full-back", "centre-back", "sweeper", "pitcher", "outfielder",
        "infielder", "shortstop", "catcher", "quarterback", "batsman", "bowler", "all-rounder", "wicketkeeper",
        "paceman", "spinner", "opener", "flanker", "fly-half", "scrum-half", "goalscorer", "chairman", "player",
        "teammate", "team-mate", "reliever", "left-hander", "right-hander", "starter", "slugger",
    ])
    /// Lower-case words before a name that say it is a person's ("striker", "spokesman", "wife").
    static let personNouns = Vocabulary.keys([
        "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "playmaker", "captain",
        "skipper", "coach", "manager", "champion", "seed", "seeded", "unseeded", "veteran", "rookie", "pitcher",
        "batsman", "bowler", "opener", "rider", "driver", "jockey", "trainer", "teammate", "compatriot",
        "countryman", "opponent", "leader", "strongman", "dissident", "envoy", "negotiator", "premier",
        "counterpart", "journalist", "writer", "novelist", "author", "singer", "actor", "actress", "artist",
        "wife", "husband", "son", "daughter", "widow", "mother", "colleague", "aide", "adviser", "advisor",
        "official", "tycoon", "businessman", "businesswoman", "banker", "magnate", "player", "winner",
        "incumbent", "challenger", "candidate", "nominee", "guerrilla", "commander", "chief", "spokesman",
        "spokeswoman", "minister", "president", "chairman", "lawyer", "attorney", "analyst", "economist",
        "dealer", "trader", "runner", "sprinter", "swimmer", "cyclist", "golfer", "boxer", "teenager",
        "cardinal", "archbishop", "bishop", "priest", "nun", "poet", "photographer", "director",
        "diplomat", "designer", "model", "fighter", "neighbour", "neighbor", "friend", "girlfriend", "boyfriend",
        "medallist", "medalist", "reliever", "spinner", "accountant", "engineer", "surgeon", "nurse", "teacher",
        "student", "scientist", "farmer", "worker", "soldier", "policeman", "suspect", "victim", "survivor",
        "witness", "resident", "emperor", "cousin", "nephew", "niece", "uncle", "aunt", "grandson",
        "granddaughter", "boss", "owner", "pilot", "hostage", "prisoner", "refugee", "defendant", "referee",
        "umpire", "hurdler", "skier", "skater", "gymnast", "wrestler", "fellow", "columnist", "commentator",
        "historian", "philosopher", "composer", "conductor", "pianist", "violinist", "guitarist", "musician",
        "playwright", "producer", "filmmaker", "sculptor", "painter", "architect", "comedian", "presenter",
        "physicist", "chemist", "biologist", "astronaut", "explorer", "sailor", "yachtsman", "rower", "jumper",
        "thrower", "marathoner", "quarterback", "shortstop", "outfielder", "infielder", "catcher", "fullback",
        "full-back", "flanker", "fly-half", "scrum-half", "wicketkeeper", "paceman", "all-rounder", "left-hander",
        "right-hander", "centre-forward", "centre-half", "sweeper", "brother", "sister", "father", "grandfather",
        "grandmother", "fiancee", "fiance", "militant", "separatist", "monarch", "parliamentarian", "lawmaker",
        "legislator", "novice", "amateur", "professional", "newcomer", "youngster", "lefthander", "righthander",
    ])
}
