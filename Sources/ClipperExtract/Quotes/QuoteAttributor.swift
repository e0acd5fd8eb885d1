import ClipperModel

/// Decides who said each quotation, with which cue, and which quoted phrases are not speech.
///
/// Looks for the attribution after the closing mark (`,” Medina said` / `,” said Houser` /
/// `,” he told the group`), then before the opening mark in the same sentence
/// (`Houser wrote that “`, `according to the FBI, “`); a quote with none takes the speaker of
/// the quote before it in the paragraph, or of a quote it continues. Pronouns go to the last
/// person named outside quotes, of a matching gender; "the chief" to the last chief.
/// Short or title-case quoted phrases with no attribution are scare quotes or titles, not speech.
struct QuoteAttributor {
    let text: TokenizedText
    let spans: [QuoteSpan]
    let people: [PersonRecord]
    let organizations: [OrganizationRecord]
    private var personAt: TokenIndexMap
    private var organizationAt: TokenIndexMap
    private var insideQuote: [Bool]
    /// The person who spoke the last quote attributed so far, the token after it and its paragraph:
    /// whom a pronoun in the next attribution most often means ("…,” he added).
    private var lastSpeaker: (person: Int, after: Int, paragraph: Int)?

    init(text: TokenizedText, spans: [QuoteSpan], people: [PersonRecord], organizations: [OrganizationRecord]) {
        self.text = text
        self.spans = spans
        self.people = people
        self.organizations = organizations
        insideQuote = Array(repeating: false, count: text.count)
        personAt = TokenIndexMap(tokenCount: text.count)
        organizationAt = TokenIndexMap(tokenCount: text.count)
        for span in spans {
            for i in span.content where i < text.count { insideQuote[i] = true }
        }
        for (index, person) in people.enumerated() {
            for position in person.positions { personAt[position] = index }
        }
        for (index, organization) in organizations.enumerated() where !organization.isProgram {
            for position in organization.positions { organizationAt[position] = index }
        }
    }

    /// A speaker: a person or an organization (by index).
    enum Speaker: Equatable {
        case person(Int)
        case organization(Int)

        var isOrganization: Bool {
            if case .organization = self { true } else { false }
        }
    }

    func quotations() -> [Quotation] {
        var attributor = self
        return attributor.attributeAll()
    }

    private mutating func attributeAll() -> [Quotation] {
        var result: [Quotation] = []
        var previous: (speaker: Speaker?, cue: String?, paragraph: Int)?
        for span in spans {
            let content = span.content
            guard !content.isEmpty, content.lowerBound < text.count else { continue }
            let paragraph = text.paragraphStart(of: span.open)
            var attribution = attributionAfter(span)
            if attribution?.speaker == nil {
                // An unnamed speaker after the quote ("one officer said") yields to a named one before it.
                attribution = attributionBefore(span) ?? attributionBeforeColon(span) ?? attribution
            }
            var implicit = false
            if attribution == nil, let previous {
                let samePara = previous.paragraph == paragraph
                let adjacent =
                    span.continuesPrevious || isNextParagraph(previous.paragraph, paragraph, before: span.open)
                if samePara || adjacent, previous.speaker != nil {
                    attribution = (previous.speaker, previous.cue)
                    implicit = true
                }
            }
            var words = 0
            for i in content where text[i].kind == .word { words += 1 }
            // Nobody named: "a spokeswoman for the agency said" is kept as the article puts it. Its cue
            // does not rescue a short phrase the rules below would drop.
            var description: String?
            if attribution?.speaker == nil, !implicit, let unnamed = unnamedSpeaker(of: span) {
                description = unnamed.description
                if attribution?.cue != nil || words > 4 { attribution = (nil, attribution?.cue ?? unnamed.cue) }
            }
            // With no cue, a quoted title or a short phrase is a name or a scare quote, not speech.
            if attribution == nil || implicit || attribution?.cue == nil {
                if isTitleCase(content) { continue }
                if (attribution == nil || attribution?.cue == nil) && words <= 4 { continue }
                if implicit && words <= 2 { continue }
            }
            let first = text[content.lowerBound]
            let lastIndex = content.upperBound - 1
            let start = first.start
            let end = text[lastIndex].end
            guard end > start else { continue }
            let speaker = attribution?.speaker
            result.append(
                Quotation(
                    speaker: speaker.map(name(of:)), text: text.text(bytes: start..<end),
                    cue: attribution?.cue, start: start, end: end, speakerDescription: description))
            if speaker != nil || previous?.paragraph != paragraph {
                previous = (speaker, attribution?.cue, paragraph)
            }
            if case .person(let person) = speaker { lastSpeaker = (person, span.close, paragraph) }
        }
        return result
    }

    private func name(of speaker: Speaker) -> String {
        switch speaker {
        case .person(let index): people[index].name
        case .organization(let index): organizations[index].name
        }
    }

    /// Whether `paragraph` is the paragraph right after `earlier` and names nobody before the quote.
    private func isNextParagraph(_ earlier: Int, _ paragraph: Int, before open: Int) -> Bool {
        guard text.paragraphEnd(of: earlier) == paragraph else { return false }
        for i in paragraph..<open where personAt[i] != nil || isCue(i) || isPronoun(i) { return false }
        return true
    }

    private func isTitleCase(_ content: Range<Int>) -> Bool {
        var words = 0
        for i in content {
            let token = text[i]
            if token.kind == .punctuation, token.mark.endsSentence || token.mark == .comma { return false }
            guard token.kind == .word else { continue }
            words += 1
            if token.has(.lowercase) && token.end - token.start > 3 { return false }
        }
        return words >= 2
    }

    // MARK: Unnamed speakers

    /// Who speaks when nobody is named, as the article puts it: `,” a spokeswoman for the agency said`,
    /// `,” said one senior official`, `The official said: “`.
    private func unnamedSpeaker(of span: QuoteSpan) -> (description: String, cue: String)? {
        if span.isClosed {
            var i = span.close + 1
            if text.isMark(i, .comma) { i += 1 }
            if isCue(i), let (phrase, _) = nominalPhrase(at: i + 1) { return (phrase, text.text(i).lowercased()) }
            if let (phrase, end) = nominalPhrase(at: i), isCue(end) { return (phrase, text.text(end).lowercased()) }
        }
        var cue = span.open - 1
        if text.isMark(cue, .colon) || text.isMark(cue, .comma) { cue -= 1 }
        guard isCue(cue) else { return nil }
        var start = cue - 1
        while start >= 0, start > cue - 8, text[start].kind == .word, !Self.determiners.contains(text.key(start)) {
            start -= 1
        }
        guard start >= 0, let (phrase, end) = nominalPhrase(at: start), end == cue else { return nil }
        return (phrase, text.text(cue).lowercased())
    }

    /// A determiner and the words of a noun phrase after it ("a spokeswoman for ICE", "one senior
    /// official"), up to a punctuation mark, a cue or a relative word, with the index after it.
    private func nominalPhrase(at start: Int) -> (String, Int)? {
        guard start < text.count, text[start].kind == .word, Self.determiners.contains(text.key(start)) else {
            return nil
        }
        var end = start + 1
        var lowercaseWords = 0
        while end < text.count, end < start + 8, !text[end].has(.paragraphStart) {
            let token = text[end]
            guard token.kind == .word || (token.mark == .hyphen && !token.has(.spaceBefore)) else { break }
            if isCue(end) || Self.relativeWords.contains(text.key(end)) || isPronoun(end) { break }
            if token.has(.lowercase) { lowercaseWords += 1 }
            end += 1
        }
        // The phrase ends on its noun, not on a word that needs more after it ("going by the").
        var last = end
        while last > start + 1, text[last - 1].kind != .word || Self.openEnded.contains(text.key(last - 1)) {
            last -= 1
        }
        guard lowercaseWords > 0, last > start + 1, last == end || text[last].kind == .word else { return nil }
        return (text.text(start..<last), end)
    }

    /// Words a noun phrase does not end on.
    static let openEnded = Vocabulary.keys([
        "the", "a", "an", "of", "for", "by", "to", "from", "in", "on", "at", "with", "and", "or", "so", "as", "going",
        "his", "her", "its", "their", "our", "this", "that",
    ])

    /// Words that open a description of someone ("a spokesman", "one official").
    static let determiners = Vocabulary.keys(["a", "an", "the", "one", "another", "two", "three", "several"])

    // MARK: Attribution

    typealias Attribution = (speaker: Speaker?, cue: String?)

    /// `,” Medina said` / `,” said Chuck Wexler` / `,” he told the group` / `,” according to NAME`.
    private func attributionAfter(_ span: QuoteSpan) -> Attribution? {
        guard span.isClosed else { return nil }
        let lastContent = span.close - 1
        let endsSentence = text[lastContent].mark.endsSentence
        var i = span.close + 1
        guard i < text.count, !text[i].has(.paragraphStart) else { return nil }
        // After “…?” or “…,” a name and a verb report the quote; after “….” they start a new sentence.
        if text[lastContent].mark != .period, let found = nameThenVerb(at: text.isMark(i, .comma) ? i + 1 : i) {
            return found
        }
        if endsSentence, text[i].has(.capitalized), !startsAttribution(i) { return nil }
        if text.isMark(i, .comma) { i += 1 }
        // ", Mayer, Disney's chairman of direct-to-consumer, said": a name, then a long role, then the cue.
        var namedFirst = isPronoun(i)
        var k = i
        // "Mr. Tribe said", "Texas-based Matt Mackowiak said": periods and hyphens inside the words before the cue.
        // "the White House spokesman, Josh Earnest, said": a role, then the name between commas.
        while !namedFirst, k < min(text.count, i + 7),
            text[k].kind == .word || text[k].mark == .period || text[k].mark == .hyphen
                || (text.isMark(k, .comma) && k + 1 < text.count && personAt[k + 1] != nil),
            !text[k].has(.paragraphStart)
        {
            namedFirst = personAt[k] != nil
            k += 1
        }
        let limit = min(text.count, i + (namedFirst ? 30 : 10))
        var j = i
        while j < limit, !text[j].has(.paragraphStart) {
            let token = text[j]
            // The period of "Mr." or "Sen." does not end the attribution.
            let titlePeriod =
                token.mark == .period && j > i && !token.has(.spaceBefore) && text[j - 1].kind == .word
                && Vocabulary.titles.contains(text.key(j - 1))
            // Nor does the period of an abbreviation inside an aside (", now retired in Cambridge, Mass., said").
            if token.kind == .punctuation, text.endsSentence(at: j) || token.mark.isDoubleQuote, !titlePeriod { break }
            if text.isWord(j, Keys.according), text.isWord(j + 1, Keys.to) {
                return (reference(at: j + 2, before: span.open), "according to")
            }
            if isCue(j) {
                // The cue follows the quote at once (", said", ", Medina said", ", he told"), or after a name;
                // a cue that opens the next quote (`, adding “`) is that quote's.
                // `,” in contrast to earlier years, says Dante Scala`: a clause, then the cue and the name.
                let namedAfter = j > i && text.isMark(j - 1, .comma) && j + 1 < text.count && personAt[j + 1] != nil
                guard namedFirst || namedAfter || j - i <= 3, !(j + 1 < text.count && text[j + 1].mark.isDoubleQuote)
                else {
                    return nil
                }
                let cue = text.text(j).lowercased()
                // `,” and said that` / `,” but said she`: the cue shares the subject of the sentence before.
                if j > i, Self.conjunctions.contains(text.key(j - 1)) { return nil }
                // "Medina said" / "he told" / "Mr. Trump told the MSNBC hosts": a speaker right before
                // the cue is the subject; what follows "told" is the listener.
                // "Katie Packer, who chairs the Our Principles PAC, said": the person named first speaks,
                // not the organization at the end of the clause about her.
                if j > i, let speaker = referenceEnding(at: j - 1, from: i, before: span.open),
                    !(namedFirst && speaker.isOrganization && personAt[i] != nil)
                {
                    return (speaker, cue)
                }
                // "said Houser" / "says Chuck Wexler"
                if !Self.listenerCues.contains(text.key(j)), let speaker = reference(at: j + 1, before: span.open) {
                    return (speaker, cue)
                }
                // "de Blasio, 62, told" / "Smith, a spokesman for the city, said".
                if let speaker = referenceEnding(at: j - 1, from: i, before: span.open) { return (speaker, cue) }
                for k in i..<j {
                    if let person = personAt[k] { return (.person(person), cue) }
                    if isPronoun(k) { return (resolvePronoun(at: k, before: span.open), cue) }
                }
                // "said a spokesperson for ICE", "an ICE spokesman said": the agency speaks;
                // "said one officer": someone unnamed, but not the last speaker.
                for k in i..<min(text.count, j + 6) {
                    if text[k].mark.endsSentence { break }
                    if let organization = organizationAt[k] { return (.organization(organization), cue) }
                }
                return (nil, cue)
            }
            j += 1
        }
        return nil
    }

    /// Whether a capitalized word after a quote starts its attribution ("Medina said").
    private func startsAttribution(_ i: Int) -> Bool {
        guard personAt[i] != nil else { return false }
        var j = i
        while j < min(text.count, i + 5), text[j].kind == .word, text[j].has(.capitalized) { j += 1 }
        // "Rep. Jim McDermott (D-Wash.) said": a short aside in parentheses before the cue.
        if text.isMark(j, .openParen), let close = (j + 1..<min(text.count, j + 10)).first(where: {
            text.isMark($0, .closeParen)
        }) {
            j = close + 1
        }
        if j < text.count && isCue(j) { return true }
        // "Miller, a retired worker from the plant, said", "Purner, 67, a retired clerk in Allentown, Pa.,
        // said": an aside between commas (commas and abbreviations inside it), then the cue.
        guard text.isMark(j, .comma) else { return false }
        var k = j + 1
        while k < min(text.count, j + 24), !text[k].has(.paragraphStart), !text.endsSentence(at: k),
            !text[k].mark.isDoubleQuote
        {
            if text.isMark(k, .comma), isCue(k + 1) || (isAdverb(k + 1) && isCue(k + 2)) { return true }
            k += 1
        }
        return false
    }

    /// `” Hannity pressed.` / `,” Cruz shot back,`: a person right after the quote and one verb in the past
    /// tense (an adverb, or a short phrase of time or place, allowed) closing the clause. Any such verb reports the quote, listed as a cue or not.
    private func nameThenVerb(at i: Int) -> Attribution? {
        guard i < text.count, let person = personAt[i] else { return nil }
        var j = i
        while j < min(text.count, i + 5), text[j].kind == .word, text[j].has(.capitalized) || personAt[j] == person {
            j += 1
        }
        guard j < text.count, text[j].kind == .word, text[j].has(.lowercase), text.hasSuffix(j, (0x65, 0x64)) else {
            return nil
        }
        var end = j + 1
        if isAdverb(end) { end += 1 }
        // "Toomey fumed on Tuesday.", "Cruz shot back in an interview,": a short phrase of time or place.
        if end < text.count, Self.phraseStarts.contains(text.key(end)) {
            var k = end + 1
            while k < min(text.count, end + 5), text[k].kind == .word { k += 1 }
            if k < text.count, text[k].mark.endsSentence || text[k].mark == .comma { end = k }
        }
        guard end < text.count, text[end].mark.endsSentence || text[end].mark == .comma else { return nil }
        return (.person(person), text.text(j).lowercased())
    }

    /// A lower-case word ending in "ly" ("said pleasantly").
    private func isAdverb(_ i: Int) -> Bool {
        i < text.count && text[i].has(.lowercase) && text.hasSuffix(i, (0x6C, 0x79))
    }

    /// `Houser wrote that “` / `Medina’s initial reply was, “` / `according to DHS, “` / `he called it a “`.
    private func attributionBefore(_ span: QuoteSpan) -> Attribution? {
        let from = sentenceStart(before: span.open)
        var cueIndex: Int?
        var relativeCue = false
        var j = span.open - 1
        while j >= from {
            if insideQuote[j] || text[j].mark.isDoubleQuote {
                j -= 1
                continue
            }
            if text.isWord(j, Keys.according), text.isWord(j + 1, Keys.to) {
                return (reference(at: j + 2, before: span.open), "according to")
            }
            if isCue(j) {
                // "women who complained about …": a cue in a relative clause yields to an earlier one.
                let relative = Self.relativeWords.contains(text.key(j - 1))
                if cueIndex == nil || (relativeCue && !relative) {
                    cueIndex = j
                    relativeCue = relative
                }
            }
            j -= 1
        }
        if let cueIndex {
            let cue = text.text(cueIndex).lowercased()
            // ", calling him “": a participle after a comma has the clause's subject, not the last name.
            if cue.hasSuffix("ing"), text.isMark(cueIndex - 1, .comma),
                let speaker = sentenceSubject(from: from, before: cueIndex, quote: span.open)
            {
                return (speaker, cue)
            }
            // "Graham said that …, and said that Trump “…”": a second verb of the sentence's subject.
            if Self.conjunctions.contains(text.key(cueIndex - 1)),
                let speaker = sentenceSubject(from: from, before: cueIndex, quote: span.open)
            {
                return (speaker, cue)
            }
            // "Nelson Diaz, a former aide to Mr. Rubio, said": the person before the aside.
            if let speaker = personBeforeAside(endingAt: cueIndex - 1, from: from) { return (speaker, cue) }
            if let speaker = subject(before: cueIndex, from: from, quote: span.open) { return (speaker, cue) }
            if !Self.listenerCues.contains(text.key(cueIndex)),
                let speaker = reference(at: cueIndex + 1, before: span.open)
            {
                return (speaker, cue)
            }
            // A cue close to the quote with no one named: a document speaks ("the policy declares it an “...”").
            return span.open - cueIndex <= 3 ? (nil, cue) : nil
        }
        // No cue: the person the sentence is about ("Medina worries about “...”", "Lewandowski ripped
        // Comey for acting as “...”").
        if let speaker = sentenceSubject(from: from, before: span.open, quote: span.open)
            ?? subject(before: span.open, from: from, quote: span.open), case .person(let index) = speaker
        {
            let position = people[index].positions.last { $0 >= from && $0 < span.open } ?? from
            var k = position + 1
            while k < span.open, text[k].kind != .word || !text[k].has(.lowercase) { k += 1 }
            let cue = k < span.open && CueVerbs.isQuoteCue(text.key(k)) ? text.text(k).lowercased() : nil
            return (speaker, cue)
        }
        return nil
    }

    /// `Medina said:` ending the paragraph before a paragraph that is a quotation, or a sentence
    /// with a speech verb and no quotation ending it ("Howard continued his remarks.").
    private func attributionBeforeColon(_ span: QuoteSpan) -> Attribution? {
        let colon = span.open - 1
        guard colon > 0, text[span.open].has(.paragraphStart) else { return nil }
        if text[colon].mark == .colon {
            return attributionBefore(QuoteSpan(open: colon, close: colon, isClosed: false))
        }
        guard text[colon].mark == .period, !insideQuote[colon] else { return nil }
        let from = text.paragraphStart(of: colon)
        for j in from..<colon where insideQuote[j] || text[j].mark.isDoubleQuote { return nil }
        guard let found = attributionBefore(QuoteSpan(open: colon, close: colon, isClosed: false)), found.cue != nil,
            case .person = found.speaker
        else { return nil }
        return found
    }

    /// The start of the sentence holding `open`, counting only sentence ends outside quotes
    /// (`…trust.” He said` ends one; `includes “over eleven million records” and has “` does not).
    private func sentenceStart(before open: Int) -> Int {
        let paragraphStart = text.paragraphStart(of: open)
        var j = open - 1
        while j > paragraphStart {
            let token = text[j]
            if !insideQuote[j], token.mark.endsSentence, j + 1 < text.count,
                text[j + 1].has(.sentenceStart) || text[j + 1].mark.isDoubleQuote
            {
                return j + 1
            }
            if token.mark.isDoubleQuote, !insideQuote[j], j > 0, insideQuote[j - 1], text[j - 1].mark.endsSentence,
                j + 1 < open, text[j + 1].has(.capitalized)
            {
                return j + 1
            }
            j -= 1
        }
        return paragraphStart
    }

    /// The last person (or pronoun) in `from..<end`, outside quotes; else an organization right
    /// before the cue ("ICE said in a statement that “").
    private func subject(before end: Int, from: Int, quote: Int) -> Speaker? {
        var j = end - 1
        var possessive: Int?
        while j >= from {
            if !insideQuote[j] {
                // "Clinton’s lack of press conferences": a possessive names whose thing it is, not who speaks.
                if let person = personAt[j], isPossessiveMention(j) {
                    if possessive == nil { possessive = person }
                } else if let person = personAt[j] {
                    return .person(firstOfCoordinated(person, at: j, from: from))
                }
                if isPronoun(j) { return resolvePronoun(at: j, before: quote) }
            }
            j -= 1
        }
        if let possessive { return .person(possessive) }
        j = end - 1
        while j >= from {
            if !insideQuote[j], let organization = organizationAt[j], isCue(j + 1) || isCue(j + 2) {
                return .organization(organization)
            }
            j -= 1
        }
        return nil
    }

    /// The person a sentence opens with as its subject: the first named outside quotes in `from..<end`,
    /// not a possessive, not a modifier and not after a preposition ("In a letter to Smith, Jones wrote").
    /// Only a name or a pronoun before the first verb-like lower-case word counts.
    private func sentenceSubject(from: Int, before end: Int, quote: Int) -> Speaker? {
        var j = from
        while j < end {
            if insideQuote[j] || text[j].mark.isDoubleQuote {
                j += 1
                continue
            }
            if isPronoun(j), j == from || text.isMark(j - 1, .comma) { return resolvePronoun(at: j, before: quote) }
            if let person = personAt[j] {
                let afterPreposition = j > from && Self.prepositions.contains(text.key(j - 1))
                if !afterPreposition, !isPossessiveMention(j), !isAttributive(j) { return .person(person) }
            }
            if isCue(j) { return nil }
            j += 1
        }
        return nil
    }

    /// The person named right before an aside set off by commas that ends at `comma`
    /// ("Tad Devine, Sanders' senior media adviser, said").
    private func personBeforeAside(endingAt comma: Int, from: Int) -> Speaker? {
        guard comma > from, text.isMark(comma, .comma) else { return nil }
        var j = comma - 1
        while j > from, !text.isMark(j, .comma) {
            if insideQuote[j] || text[j].mark.isDoubleQuote || text[j].mark.endsSentence { return nil }
            j -= 1
        }
        guard j > from, text.isMark(j, .comma), let speaker = referenceEnding(at: j - 1, from: from, before: comma),
            case .person = speaker
        else { return nil }
        return speaker
    }

    /// Whether the person mention starting at `position` ends in a possessive ("Clinton’s").
    private func isPossessiveMention(_ position: Int) -> Bool {
        var end = position
        while end + 1 < text.count, !text[end].has(.possessive), text[end + 1].kind == .word,
            text[end + 1].has(.capitalized)
        {
            end += 1
        }
        return text[end].has(.possessive)
    }

    /// Words joining a second verb to the same subject.
    static let conjunctions = Vocabulary.keys(["and", "but", "then"])
    /// Words that open a relative clause.
    static let relativeWords = Vocabulary.keys(["who", "which", "that", "whom"])
    /// Cues whose object is the one spoken to ("told Mr. Obama").
    static let listenerCues = Vocabulary.keys(["told", "tells", "tell", "telling"])

    /// Words opening the phrase of time or place a reporting verb may take before its clause ends.
    static let phraseStarts = Vocabulary.keys(["on", "in", "at", "during", "after", "before", "last", "this"])

    /// Words after which a name is an object, not the subject.
    static let prepositions = Vocabulary.keys([
        "of", "by", "with", "against", "to", "for", "about", "from", "between", "at", "on", "toward", "towards",
        "like", "than", "versus", "vs.", "over", "under", "after", "before", "into", "behind", "among", "and",
    ])

    /// "Tom Udall and Martin Heinrich complained": the first of people joined by "and".
    private func firstOfCoordinated(_ person: Int, at position: Int, from: Int) -> Int {
        var result = person
        var j = position - 1
        while j >= from, j > position - 8 {
            if text.isWord(j, Keys.and) {
                var k = j - 1
                while k >= from, k > j - 6 {
                    if let earlier = personAt[k] {
                        result = earlier
                        break
                    }
                    guard text[k].kind == .word, !text[k].has(.lowercase) else { break }
                    k -= 1
                }
                break
            }
            guard text[j].kind == .word, !text[j].has(.lowercase) else { break }
            j -= 1
        }
        return result
    }

    /// The speaker named at token `i`: a person, an organization, a pronoun or "the chief".
    private func reference(at i: Int, before quote: Int) -> Speaker? {
        guard i < text.count else { return nil }
        var i = i
        if text.isWord(i, Keys.the) {
            if let person = personByRole(text.key(i + 1), before: quote) { return .person(person) }
            i += 1
        }
        guard i < text.count else { return nil }
        if let person = personAt[i] { return .person(laterNamedAfterRole(person, at: i) ?? person) }
        if let organization = organizationAt[i] {
            // "NASA administrator Jim Bridenstine": the person, not the agency.
            var j = i + 1
            while j < min(text.count, i + 5), text[j].kind == .word {
                if let person = personAt[j] { return .person(person) }
                j += 1
            }
            return .organization(organization)
        }
        if isPronoun(i) { return resolvePronoun(at: i, before: quote) }
        // "said former Rep. George Miller", "said undecided Republican voter Stephanie Hooton": up to two
        // lower-case modifiers, then capitalized words or a role, then the person.
        var j = i
        var modifiers = 0
        while modifiers < 2, j < text.count, text[j].kind == .word, text[j].has(.lowercase),
            !Self.prepositions.contains(text.key(j)), !Vocabulary.determinersAndPossessives.contains(text.key(j)),
            !CueVerbs.isQuoteCue(text.key(j))
        {
            j += 1
            modifiers += 1
        }
        if modifiers > 0 {
            var k = j
            while k < min(text.count, j + 6),
                text[k].kind == .word || (text[k].mark == .period && !text[k].has(.spaceBefore)),
                !(k > j && text[k].has(.paragraphStart))
            {
                // "said former Obama adviser David Axelrod": the adviser speaks.
                if let person = personAt[k] { return .person(laterNamedAfterRole(person, at: k) ?? person) }
                if text[k].kind == .word, text[k].has(.lowercase), !Self.aideWords.contains(text.key(k)),
                    !Vocabulary.titles.contains(text.key(k))
                {
                    break
                }
                k += 1
            }
        }
        // A title before the name: "said Police Chief Paul Joye".
        j = i
        // The period of "Rep." belongs to the title; a sentence's period ends the search.
        while j < min(text.count, i + 6), !(j > i && text[j].has(.paragraphStart)),
            (text[j].kind == .word && text[j].has(.capitalized))
                || (j > i && text[j].mark == .period && !text[j].has(.spaceBefore)
                    && text[j - 1].end - text[j - 1].start <= 4
                    && j + 1 < text.count && text[j + 1].has(.spaceBefore) && !text[j + 1].has(.sentenceStart))
        {
            if let person = personAt[j] { return .person(person) }
            j += 1
        }
        return nil
    }

    /// "said Rubio spokesman Alex Conant": a name, a role word in lower case, then the person
    /// who speaks. Returns that later person, if any.
    private func laterNamedAfterRole(_ person: Int, at i: Int) -> Int? {
        var j = i + 1
        while j < text.count, j < i + 5, text[j].kind == .word, text[j].has(.capitalized),
            personAt[j] == nil
                || personAt[j] == person
        {
            j += 1
        }
        guard j < text.count, text[j].kind == .word, text[j].has(.lowercase),
            Vocabulary.titles.contains(text.key(j))
                || Self.aideWords.contains(text.key(j))
        else { return nil }
        var k = j + 1
        while k < text.count, k < j + 4, text[k].kind == .word {
            if let other = personAt[k], other != person { return other }
            k += 1
        }
        return nil
    }

    /// Lower-case words for someone who speaks for another ("Rubio aide Jane Doe").
    static let aideWords = Vocabulary.keys([
        "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "strategist", "pollster",
        "lawyer", "attorney", "manager", "chairman", "chairwoman", "surrogate", "staffer", "deputy", "secretary",
    ])

    /// The speaker whose mention ends at token `end` ("Medina said", "the chief said", "he said").
    private func referenceEnding(at end: Int, from: Int, before quote: Int) -> Speaker? {
        guard end >= from else { return nil }
        if isPronoun(end) { return resolvePronoun(at: end, before: quote) }
        if text.isWord(end - 1, Keys.the), let person = personByRole(text.key(end), before: quote) {
            return .person(person)
        }
        var j = end
        while j >= from, text[j].kind == .word, text[j].has(.capitalized) || text[j].has(.possessive) {
            if let person = personAt[j] { return .person(person) }
            j -= 1
        }
        if let organization = organizationAt[end] { return .organization(organization) }
        return nil
    }

    private func isPronoun(_ i: Int) -> Bool {
        guard i >= 0, i < text.count, text[i].kind == .word else { return false }
        let key = text.key(i)
        return key == Keys.he || key == Keys.she
    }

    /// The person a pronoun points to: of those named outside quotes before `quote` (of the
    /// pronoun's gender when known), the last one who opens a sentence in this paragraph or the
    /// one before ("Cruz played down a deal with Kasich. ... he said" is Cruz); else the last named.
    private func resolvePronoun(at i: Int, before quote: Int) -> Speaker? {
        let female = text.key(i) == Keys.she
        // "He said Sanders has been “...”": only people named before the pronoun.
        let quote = min(quote, i)
        let window = text.paragraphStart(of: max(0, text.paragraphStart(of: i) - 1))
        var best: (index: Int, position: Int)?
        var bestSubject: (index: Int, position: Int)?
        for (index, person) in people.enumerated() {
            if female && person.gender == .male { continue }
            if !female && person.gender == .female { continue }
            guard let position = person.positions.last(where: { $0 < quote && !insideQuote[$0] && !isAttributive($0) })
            else { continue }
            if best == nil || position > best!.position { best = (index, position) }
            if let subject = person.positions.last(where: {
                $0 < quote && $0 >= window && !insideQuote[$0] && isSentenceSubject($0)
            }), bestSubject == nil || subject > bestSubject!.position {
                bestSubject = (index, subject)
            }
        }
        // "…,” said Douglas Holtz-Eakin, a former adviser to George W. Bush. But “…,” he added: the
        // last speaker, in this paragraph or the one before, unless a new subject came after the quote.
        if let last = lastSpeaker, last.after < i, !(female && people[last.person].gender == .male),
            !(!female && people[last.person].gender == .female),
            last.paragraph == text.paragraphStart(of: i)
                || text.paragraphEnd(of: last.paragraph) == text.paragraphStart(of: i)
        {
            if let subject = bestSubject, subject.position > last.after { return .person(subject.index) }
            return .person(last.person)
        }
        return (bestSubject ?? best).map { .person($0.index) }
    }

    /// A mention that opens its sentence, a title or two before it allowed ("Mr. Kasich", "Sen. Cruz").
    private func isSentenceSubject(_ position: Int) -> Bool {
        var j = position
        var steps = 0
        while j > 0, steps < 5, !text[j].has(.sentenceStart) {
            let before = text[j - 1]
            let isTitleWord =
                before.kind == .word && (before.has(.capitalized) || Vocabulary.titles.contains(text.key(j - 1)))
            guard before.kind == .word ? isTitleWord : before.mark == .period else { return false }
            j -= 1
            steps += 1
        }
        return text[j].has(.sentenceStart)
    }

    /// A name used as a modifier ("George Floyd protests", "Obama-era", "the Trump administration"):
    /// not someone a later pronoun points to.
    private func isAttributive(_ position: Int) -> Bool {
        var end = position
        while end + 1 < text.count, text[end + 1].kind == .word, text[end + 1].has(.capitalized),
            !text[end].has(.possessive)
        {
            end += 1
        }
        if text.isMark(end + 1, .hyphen), !text[end + 1].has(.spaceBefore) { return true }
        guard end + 1 < text.count, text[end + 1].kind == .word, text[end + 1].has(.lowercase) else { return false }
        return Vocabulary.attributiveNouns.contains(text.key(end + 1)) || Self.aideWords.contains(text.key(end + 1))
    }

    /// "the chief", "the sheriff": the last person before `quote` whose roles hold that word.
    private func personByRole(_ key: UInt64, before quote: Int) -> Int? {
        guard Vocabulary.titles.contains(key) else { return nil }
        var best: (index: Int, position: Int)?
        for (index, person) in people.enumerated()
        where person.roles.contains(where: { role in
            role.spaceSeparatedWords.contains { WordHash.phrase($0) == key }
        }) {
            guard let position = person.positions.last(where: { $0 < quote }) else { continue }
            if best == nil || position > best!.position { best = (index, position) }
        }
        return best?.index
    }

    private func isCue(_ i: Int) -> Bool {
        i >= 0 && i < text.count && text[i].kind == .word && text[i].has(.lowercase) && CueVerbs.isQuoteCue(text.key(i))
    }

    enum Keys {
        static let according = WordHash.phrase("according")
        static let to = WordHash.phrase("to")
        static let the = WordHash.phrase("the")
        static let he = WordHash.phrase("he")
        static let she = WordHash.phrase("she")
        static let and = WordHash.phrase("and")
    }
}
