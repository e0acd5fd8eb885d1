extension EntityRecognizer {
    /// The second pass: single words ("Medina", "Chief Joye", "Trump") become mentions of the
    /// people already found, of well-known people, or of new people when a title or a cue
    /// verb shows they are one; single-word places that are someone's surname become that person.
    mutating func resolvePendingWords() {
        var surnames: KeyTable<[Int]> = KeyTable()
        for (index, person) in people.enumerated() { surnames[person.lastKey, default: []].append(index) }
        var unresolved: [(position: Int, key: UInt64, place: Int)] = []
        for (position, place, placeIndex) in singleWordPlaces {
            guard let candidates = surnames[place] else {
                // `,” Bolton charged`: a town's name that speaks is someone's surname, unless the town
                // is large enough to speak for a government ("Moscow said").
                if !isSpeakingTownName(position) {
                    unresolved.append((position, place, placeIndex))
                } else {
                    places[placeIndex].count -= 1
                    let index = people.count
                    people.append(PersonRecord(name: text.text(position), firstKey: nil, lastKey: place, gender: nil))
                    people[index].mention(text.text(position), at: position)
                    surnames[place, default: []].append(index)
                }
                continue
            }
            places[placeIndex].count -= 1
            let index = nearest(candidates, to: position)
            people[index].mention(text.text(position), at: position)
            for role in rolesAround(position, position + 1) { people[index].addRole(role) }
        }
        for (position, title) in pendingWords.sorted(by: { $0.position < $1.position }) {
            let key = text.key(position)
            let form = title.map { text.text($0.lowerBound..<position + 1) } ?? text.text(position)
            let word = text.text(position)
            if let candidates = surnames[key] {
                let index = nearest(candidates, to: position)
                people[index].mention(title == nil ? word : form, at: position)
                if let title { people[index].addRole(text.text(title)) }
                // "Donahue, also president of the National Sheriffs' Association, acknowledged".
                for role in rolesAround(position, position + 1) { people[index].addRole(role) }
                continue
            }
            if creditKeys.contains(key) { continue }
            let known = lexicon.people.fullName(key)
            let isNameLike =
                isNameToken(position) && lexicon.names.isSurname(key)
                && !Vocabulary.determinersAndPossessives.contains(text.key(position - 1))
            let isPerson =
                known != nil || title != nil || (isNameLike && hasSpeechOrRoleContext(position, position + 1))
                || isSpeakerAfterQuote(position)
                || (isNameToken(position) && contextKind(position, position + 1) == .person)
            guard isPerson, !inHeading[position] || known != nil else { continue }
            guard
                !text[position].has(.sentenceStart) || known != nil || title != nil
                    || text.isWord(position + 1, Keys.says) || text.isWord(position + 1, Keys.said)
            else { continue }
            let index = people.count
            let name = known ?? word
            people.append(
                PersonRecord(
                    name: name, firstKey: known.map { WordHash.phrase($0.spaceSeparatedWords[0]) },
                    lastKey: key,
                    gender: known.flatMap { lexicon.names.gender(WordHash.phrase($0.spaceSeparatedWords[0])) }
                ))
            people[index].mention(title == nil ? word : form, at: position)
            if let title { people[index].addRole(text.text(title)) }
            surnames[key, default: []].append(index)
        }
        // "President Clinton ... if Clinton wins": a town's name that the pass above made someone's surname.
        for (position, place, placeIndex) in unresolved {
            guard let candidates = surnames[place] else { continue }
            places[placeIndex].count -= 1
            people[nearest(candidates, to: position)].mention(text.text(position), at: position)
        }
        for index in people.indices { people[index].positions.sort() }
    }

    /// A one-word town (not a country or state, nor a large city) right before or after a speech verb in
    /// lower case.
    private func isSpeakingTownName(_ position: Int) -> Bool {
        let readings = lexicon.gazetteer.lookup(text.key(position))
        guard readings.allSatisfy({ $0.kind == .city && !$0.isLarge }), !inHeading[position],
            !text[position].has(.allCaps)
        else { return false }
        let after =
            position + 1 < text.count && text[position + 1].has(.lowercase) && CueVerbs.isCue(text.key(position + 1))
        let before =
            position > 0 && text[position - 1].has(.lowercase) && CueVerbs.isCue(text.key(position - 1))
            && position >= 2 && (text[position - 2].mark.isDoubleQuote || text[position - 2].mark == .comma)
        return after || before
    }

    /// `,” Giuffre said`: a capitalized word between a closing quotation mark and a cue verb.
    private func isSpeakerAfterQuote(_ position: Int) -> Bool {
        guard position >= 1, position + 1 < text.count, CueVerbs.isCue(text.key(position + 1)),
            text[position + 1].has(.lowercase), isNameToken(position)
        else { return false }
        let previous = text[position - 1].mark
        return previous == .closeDouble || (previous == .straightDouble && text[position].has(.spaceBefore))
    }

    /// Of the people sharing a surname, the one mentioned last before `position` (else the first).
    private func nearest(_ candidates: [Int], to position: Int) -> Int {
        var best = candidates[0]
        var bestPosition = -1
        for index in candidates {
            if let last = people[index].positions.last(where: { $0 < position }), last > bestPosition {
                best = index
                bestPosition = last
            }
        }
        return best
    }
}

extension EntityRecognizer.Keys {
    static let says = WordHash.phrase("says")
    static let said = WordHash.phrase("said")
}
