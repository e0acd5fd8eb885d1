extension EntityRecognizer {
    /// The longest gazetteer name starting at `p` (within the run), with a following
    /// ", State" qualifier ("Santa Fe County, N.M."). Returns the end within the run.
    mutating func matchPlace(_ p: Int, _ hi: Int) -> Int? {
        let gazetteer = lexicon.gazetteer
        guard let longest = gazetteer.longestStarting[text.key(p)] else { return nil }
        var end = min(hi, p + longest)
        while end > p {
            defer { end -= 1 }
            if consumed[end - 1] { continue }
            let entries = gazetteer.lookup(text.key(p..<end)).filter {
                $0.kind != .stateAbbreviation || isStandaloneAbbreviation(p, end)
            }
            guard var entry = entries.first else { continue }
            if end - p == 1, text[p].has(.allCaps), !text[p].has(.dotted), entry.kind != .country { continue }
            // "US$2,700", "A$100": a currency's sign, not a mention of its country.
            if text.isMark(end, .dollar), !text[end].has(.spaceBefore) {
                markConsumed(p..<end)
                return end
            }
            // A town's name right after another place, with no comma, is part of a company's name.
            if p == lastPlaceEnd, entry.kind == .city, text[p].has(.spaceBefore) { continue }
            var qualifier: Gazetteer.Entry?
            if entry.kind == .city || entry.kind == .county, let state = stateQualifier(after: end),
                let match = entries.first(where: { $0.region == state.entry.name })
            {
                qualifier = state.entry
                entry = match
                markConsumed(end..<state.end)
            }
            // "Olympic champion", "the Wimbledon runner-up": a town's name before a title won there names
            // the event, not the town.
            if end - p == 1, qualifier == nil, entry.kind == .city, isEventTitle(after: end) {
                markConsumed(p..<end)
                return end
            }
            markConsumed(p..<end)
            lastPlaceEnd = end
            // "a London-based firm", "Singapore-listed": an adjective made of a place names no place.
            if qualifier == nil, text.isMark(end, .hyphen), !text[end].has(.spaceBefore), end + 1 < text.count,
                text[end + 1].kind == .word, text[end + 1].has(.lowercase), !text[end + 1].has(.spaceBefore)
            {
                return end
            }
            let index = registerPlace(entry, qualifier: qualifier)
            if end - p == 1 { singleWordPlaces.append((p, text.key(p), index)) }
            if let qualifier { registerPlace(qualifier, qualifier: nil) }
            return end
        }
        return nil
    }

    /// A title won at an event within three lower-case words or numbers after `end`: "champion",
    /// "100 metres champions", "gold medalist", "junior champion", "runner-up".
    private func isEventTitle(after end: Int) -> Bool {
        var i = end
        while i < min(text.count, end + 4) {
            let token = text[i]
            if token.kind == .word, token.has(.lowercase), Keys.eventTitles.contains(text.key(i)) { return true }
            guard token.kind == .number || (token.kind == .word && token.has(.lowercase)) else { return false }
            i += 1
        }
        return false
    }

    /// "N.M." or "D.C." may stand alone; "Calif." and "NM" only after "Place, ".
    private func isStandaloneAbbreviation(_ p: Int, _ end: Int) -> Bool {
        end - p == 1 && text[p].has(.dotted) && text[p].has(.allCaps)
    }

    /// A state after a comma: ", N.M.", ", Calif.", ", New Mexico", ", NM".
    private func stateQualifier(after end: Int) -> (entry: Gazetteer.Entry, end: Int)? {
        guard text.isMark(end, .comma), end + 1 < text.count, text[end + 1].has(.capitalized) else { return nil }
        for length in stride(from: 3, through: 1, by: -1) where end + 1 + length <= text.count {
            let range = end + 1..<end + 1 + length
            let entries = lexicon.gazetteer.lookup(text.key(range))
            if let state = entries.first(where: {
                $0.kind == .state || $0.kind == .stateAbbreviation || $0.kind == .country
            }) {
                var resolved = state
                resolved.kind = state.kind == .country ? .country : .state
                return (resolved, range.upperBound)
            }
        }
        return nil
    }

    /// Counts a mention of a place; a county named with its state is named "County, State".
    @discardableResult
    mutating func registerPlace(_ entry: Gazetteer.Entry, qualifier: Gazetteer.Entry?) -> Int {
        var name = entry.name
        if entry.kind == .county {
            if let qualifier {
                name = "\(entry.name), \(qualifier.name)"
            }
        }
        if let index = placeByName[entry.name] {
            places[index].count += 1
            if name != entry.name { places[index].name = name }
            return index
        }
        placeByName[entry.name] = places.count
        places.append(PlaceRecord(name: name, count: 1))
        return places.count - 1
    }

    /// A name of two words or more ending in a building word ("Hospital", "Church", "Museum", "Centre"), right
    /// after a preposition of place ("in", "at", "to"), past "the" and a place's possessive ("in Moscow's
    /// Central Clinical Hospital"). "The Brennan Center for Justice" is no building: "for" or "of" after a
    /// centre makes it an organization's name, as does an organization word inside ("University Law Center").
    func isBuildingAfterPreposition(_ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo >= 2, Vocabulary.buildingHeads.contains(text.key(hi - 1)), !text[hi - 1].has(.allCaps),
            (lo..<hi).allSatisfy({ text[$0].kind != .word || !text[$0].has(.lowercase) || text.isWord($0, Keys.of) }),
            // "the Georgetown University Law Center" is an institution's part, not a building.
            !(lo..<hi - 1).contains(where: { Vocabulary.organizationHeads.contains(text.key($0)) })
        else { return false }
        if Vocabulary.centreWords.contains(text.key(hi - 1)), text.isWord(hi, Keys.for) || text.isWord(hi, Keys.of) {
            return false
        }
        var before = lo - 1
        if before >= 0, text[before].has(.possessive), lexicon.gazetteer.contains(text.key(before)) { before -= 1 }
        if text.isWord(before, Keys.the) { before -= 1 }
        return before >= 0 && text[before].has(.lowercase) && Keys.placePrepositions.contains(text.key(before))
    }

    /// One name, one sense in an article: a town or region the article also names as an organization
    /// ("Surrey were 250 for three" ... "against Surrey") is the organization throughout. A nation stays
    /// a place: it is a country even where it names a side.
    mutating func dropPlacesNamedAsOrganizations() {
        guard !organizations.isEmpty else { return }
        let names = Set(organizations.map { $0.name.lowercased() })
        for index in places.indices where names.contains(places[index].name.lowercased()) {
            let readings = lexicon.gazetteer.lookup(WordHash.phrase(places[index].name))
            if readings.contains(where: { $0.kind == .country || ($0.kind == .region && $0.region.isEmpty) }) {
                continue
            }
            places[index].count = 0
        }
    }
}

extension EntityRecognizer.Keys {
    /// Titles won at an event ("Olympic champion", "Wimbledon finalist").
    static let eventTitles = Vocabulary.keys([
        "champion", "champions", "finalist", "finalists", "semifinalist", "semifinalists", "semi-finalist",
        "quarterfinalist", "quarter-finalist", "runner-up", "medalist", "medalists", "medallist", "medallists",
        "titleholder", "winner", "winners",
    ])
    /// Prepositions before a building that say something happens there ("admitted to", "at").
    static let placePrepositions = Vocabulary.keys(["in", "at", "to", "into", "from", "outside", "inside", "near"])
}
