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
