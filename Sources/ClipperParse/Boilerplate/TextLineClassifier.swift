import ClipperModel

/// Decides, paragraph by paragraph, what a plain-text article's lines are: article text, furniture
/// (with its kind), or metadata (title, byline, date). Rules look at a line's words, its shape
/// (length, case, ending), its position (the top before the first prose paragraph, the tail after
/// the last) and its neighbours (the caption above a credit, the card above a tweet).
struct TextLineClassifier {
    let lines: [String]
    private let shapes: [TextShape]
    private(set) var roles: [TextLineRole?]
    private(set) var credits: [String] = []
    private(set) var authors: [String] = []
    private(set) var bioAuthors: [String] = []
    private(set) var published: String?
    private(set) var copyrightHolder: String?
    /// The outlet a byline names after a bar ("By Jane Doe | Valley Courier").
    private(set) var bylineOutlet: String?
    /// The date of an "Updated …" line at the top, the publication date when no other line gives one.
    private var updated: String?
    /// The first line without a role yet (see `markCaption(above:)`).
    private var firstOpenLine = 0

    init(_ lines: [String]) {
        self.lines = lines
        shapes = lines.map(TextShape.init)
        roles = Array(repeating: nil, count: lines.count)
        markFurniture()
        markTop()
        markClosingBio()
        markRepeatedFragments()
        markDuplicates()
        markByDensity()
    }

    /// Context-free furniture, credits with their captions, tweets, source lists, comment sections.
    private mutating func markFurniture() {
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            if ListHeaders.isListHeader(line) {
                roles[index] = .removed(.other)
                var item = index + 1
                while item < lines.count, !shapes[item].isProse || shapes[item].wordCount < 25 {
                    if roles[item] == nil { roles[item] = .related }
                    item += 1
                    if item - index > 40 { break }
                }
                index = item - 1
                continue
            }
            if TweetEmbeds.isTweet(line) {
                roles[index] = .removed(.other)
                if index > 0, roles[index - 1] == nil, !shapes[index - 1].endsSentence,
                    shapes[index - 1].wordCount <= 25
                {
                    roles[index - 1] = .removed(.other)
                }
                continue
            }
            if let notice = Copyright.notice(of: line) {
                switch notice {
                case .site(let holder):
                    roles[index] = .removed(.other)
                    copyrightHolder = copyrightHolder ?? holder
                case .picture(let name):
                    // "© Jane Doe" under a photo credits the picture, not the article.
                    roles[index] = .removed(.credit)
                    if !credits.contains(name) { credits.append(name) }
                }
                continue
            }
            guard let kind = LinePatterns.kind(of: line) else { continue }
            if kind == .comments, index * 2 >= lines.count, LinePatterns.opensCommentSection(line) {
                for rest in index..<lines.count { roles[rest] = .removed(.comments) }
                return
            }
            roles[index] = .removed(kind)
            if kind == .credit {
                if let name = LinePatterns.creditName(of: line), !credits.contains(name) { credits.append(name) }
                markCaption(above: index)
            }
        }
    }

    /// The line right above a standalone photo credit is its caption, when it reads like one:
    /// a sentence, or a long line that is not the first text of the page (a headline would be).
    private mutating func markCaption(above credit: Int) {
        // A credit closing the text credits a picture elsewhere: the prose above it is no caption.
        guard credit > 0, credit < lines.count - 1, roles[credit - 1] == nil else { return }
        let shape = shapes[credit - 1]
        // Roles only ever get set while furniture is marked, so the first open line only moves forward.
        while firstOpenLine < lines.count, roles[firstOpenLine] != nil { firstOpenLine += 1 }
        let isFirstText = firstOpenLine >= credit - 1
        if shape.endsSentence && shape.wordCount <= 80
            || (!isFirstText && shape.wordCount > 12 && shape.wordCount <= 80)
        {
            roles[credit - 1] = .removed(.caption)
        }
    }

    /// The top of the page, before the first prose paragraph: date line, byline, navigation words,
    /// a caption with its credit in brackets, and the headline. A page copy opens with its menus,
    /// whose entries are shaped like headlines too, so the headline is looked for among the last
    /// lines above the article's first paragraph: the candidate with the most words (a menu entry,
    /// a share bar or a widget's label has few), the first of those in a tie (a caption comes after
    /// its headline), never a list item or a line holding a date; below the text's first line, never
    /// more than one sentence or 20 words either (the piece of a paragraph a renderer broke off).
    private mutating func markTop() {
        // A caption with its credit in brackets is no article paragraph, however long.
        let firstProse =
            lines.indices.first {
                roles[$0] == nil && shapes[$0].isProse && CaptionCredits.trailingCredit(of: lines[$0]) == nil
            } ?? lines.count
        let window = max(0, firstProse - Self.headlineWindow)
        var titleFound = false
        var title: Int?
        var bareBylines: [(Int, Bylines.Byline)] = []
        for index in 0..<lines.count where roles[index] == nil {
            let line = lines[index]
            let shape = shapes[index]
            if index > firstProse { break }
            if let credit = CaptionCredits.trailingCredit(of: line) {
                roles[index] = .removed(.caption)
                if !credits.contains(credit) { credits.append(credit) }
                continue
            }
            if index == firstProse { break }
            if line.utf8.count <= 100, let iso = DateText.isoDate(ofDateLine: line) {
                roles[index] = .date
                // "Updated …" is the article's date only when no line says when it was published.
                if DateText.isUpdateLine(line) {
                    updated = updated ?? iso
                } else {
                    published = published ?? iso
                }
                continue
            }
            if let (iso, byline) = Bylines.datedByline(of: line) {
                published = published ?? iso
                take(byline, at: index)
                continue
            }
            if let byline = Bylines.byline(of: line, requiresBy: !titleFound) {
                // A list of names without "By" is a byline only under the headline, which is known
                // once the top is read; until then it is no headline either.
                if Bylines.opensWithBy(line) { take(byline, at: index) } else { bareBylines.append((index, byline)) }
                continue
            }
            if shape.isAllCaps, shape.wordCount <= 6, !shape.endsSentence {
                roles[index] = .removed(.navigation)
                continue
            }
            if Self.isHeadline(shape, line), !ListItems.isListItem(line) {
                titleFound = true
                let whole = index == 0 || (shape.wordCount <= 20 && Self.isOneSentence(line))
                if index >= window, whole, title.map({ shape.wordCount > shapes[$0].wordCount }) ?? true,
                    DateText.isoDate(in: line) == nil
                {
                    title = index
                }
            }
        }
        if let title {
            roles[title] = .title
            if title > 0 { markCutHeadline(title - 1, runningOnInto: title) }
        } else {
            markSentenceHeadline()
        }
        for (index, byline) in bareBylines where index > (title ?? -1) { take(byline, at: index) }
        if authors.isEmpty { markBylineBelow(firstProse) }
        published = published ?? updated
    }

    /// Line `index` is a byline: its names join the authors (a byline repeated at the top is read
    /// once; a second one adds its new names), and its date is the publication date if none is yet.
    private mutating func take(_ byline: Bylines.Byline, at index: Int) {
        roles[index] = .byline
        for name in byline.names where !authors.contains(name) { authors.append(name) }
        bylineOutlet = bylineOutlet ?? byline.outlet
        if published == nil { published = DateText.isoDate(in: lines[index]) }
    }

    /// A byline opening with "By" in one of the two lines under the first paragraph, when that was a
    /// deck written as a sentence ("… Good riddance." / "By Jane Doe").
    private mutating func markBylineBelow(_ firstProse: Int) {
        for index in lines.indices.dropFirst(firstProse + 1).prefix(2) where roles[index] == nil {
            guard let byline = Bylines.byline(of: lines[index], requiresBy: true) else { continue }
            take(byline, at: index)
            return
        }
    }

    /// A text copy opens with its headline, and some write it as a sentence, with a full stop
    /// ("Trump fever infects convention finale."). The first open line is taken as the title when it
    /// is one short sentence (or, in title case, up to 30 words: "Senator Endorsed Him. That Is A
    /// First."), no dateline, and a paragraph at least twice as long follows within three.
    private mutating func markSentenceHeadline() {
        let open = lines.indices.filter { roles[$0] == nil }
        guard open.count >= 2, let first = open.first else { return }
        let line = lines[first]
        let shape = shapes[first]
        let titleCase = TitleCase.isTitleCase(line)
        // A sentence-case line above a single paragraph may be the article's own first sentence.
        guard open.count >= 3 || titleCase, (3...30).contains(shape.wordCount), line.utf8.count <= 200,
            !shape.startsLowercase, shape.wordCount <= 20 && Self.isOneSentence(line) || titleCase,
            open[1...min(3, open.count - 1)].contains(where: { shapes[$0].wordCount >= max(20, 2 * shape.wordCount) }),
            Datelines.dateline(of: line) == nil
        else { return }
        roles[first] = .title
        markCutHeadline(first, runningOnInto: open[1])
    }

    /// A headline cut at a semicolon or a colon ("Jobs report lifts Democrats;") runs on into the
    /// line right below it, its deck: when `first` ends so and `second` follows it directly, short
    /// and no prose, both are the title.
    private mutating func markCutHeadline(_ first: Int, runningOnInto second: Int) {
        guard second == first + 1, roles[first] == nil || roles[first] == .title,
            roles[second] == nil || roles[second] == .title,
            lines[first].utf8.last == UInt8(ascii: ";") || lines[first].utf8.last == UInt8(ascii: ":"),
            shapes[first].wordCount <= 20, shapes[second].wordCount <= 30, !shapes[second].isProse
        else { return }
        roles[first] = .title
        roles[second] = .title
    }

    /// No sentence ends before the line's last word: no "?" or "!" followed by a space, and no full
    /// stop after a lower-case word of three letters or more ("vs. Smith" and "Mr. Smith" pass).
    private static func isOneSentence(_ line: String) -> Bool {
        let bytes = Array(line.utf8.dropLast(2))
        var wordLength = 0
        for (index, byte) in bytes.enumerated() {
            let followedBySpace = index + 1 < bytes.count && bytes[index + 1] == 0x20
            if followedBySpace, byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") { return false }
            if followedBySpace, byte == UInt8(ascii: "."), wordLength >= 3,
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index - 1])
            {
                return false
            }
            wordLength = byte == 0x20 ? 0 : wordLength + 1
        }
        return true
    }

    /// How many lines above the first paragraph of prose the headline is looked for.
    private static let headlineWindow = 8

    /// 3 to 30 words, not ending in a period, with letters.
    private static func isHeadline(_ shape: TextShape, _ line: String) -> Bool {
        guard (3...30).contains(shape.wordCount) else { return false }
        guard !shape.endsSentence || line.last == "?" || line.last == "!", line.last != "," else { return false }
        return !shape.isAllCaps || shape.wordCount > 6
    }

    /// Author bios and contact lines closing the article ("X is a reporter for …",
    /// "A, B, and C work with …", "Contact X at …@…"); their names feed the authors.
    private mutating func markClosingBio() {
        var index = lines.count - 1
        var checked = 0
        while index >= 0, checked < 4 {
            defer { index -= 1 }
            guard roles[index] == nil || roles[index] == .related else { continue }
            guard roles[index] == nil else { continue }
            checked += 1
            guard let names = AuthorBios.names(inBio: lines[index]) else { break }
            roles[index] = .removed(.bio)
            for name in names where !bioAuthors.contains(name) { bioAuthors.append(name) }
        }
    }

    /// Menus, footers, share and link lists that no phrase names: jusText's classes by length,
    /// function words and neighbours (`ProseDensity`). Lines already decided are boilerplate to
    /// their neighbours when removed, and left out when they are metadata.
    private mutating func markByDensity() {
        let skip = roles.map { role in
            switch role {
            case .title?, .byline?, .date?, .related?: true
            default: false
            }
        }
        let furniture = roles.map { role in
            if case .removed? = role { return true }
            return false
        }
        guard looksLikeAPageCopy(furniture: furniture),
            let classes = ProseDensity.classify(lines, shapes: shapes, skip: skip, furniture: furniture),
            lines.indices.contains(where: { roles[$0] == nil && classes[$0] == .good })
        else { return }
        // The standfirst under the headline is the article's, whatever its neighbours look like.
        let standfirst = roles.firstIndex(of: .title).flatMap { title in
            lines.indices[(title + 1)...].first { roles[$0] == nil }
        }.flatMap { shapes[$0].endsSentence && shapes[$0].wordCount >= 10 ? $0 : nil }
        for index in lines.indices where roles[index] == nil && classes[index] == .bad && index != standfirst {
            roles[index] = .removed(.navigation)
        }
    }

    /// Whether the text carries a page's furniture rather than being an article's text alone: two
    /// or more lines already known as furniture, or two lines in five short fragments (under 70
    /// characters, no final stop, not table rows of figures). An article, a wire story with its
    /// headline and tables, or a list of sentences is left to the other rules.
    private func looksLikeAPageCopy(furniture: [Bool]) -> Bool {
        if furniture.count(where: { $0 }) >= 2 { return true }
        var fragments = 0
        for (line, shape) in zip(lines, shapes) where !shape.endsSentence && line.utf8.count < 70 {
            var digits = 0
            for byte in line.utf8 where byte >= 0x30 && byte <= 0x39 { digits += 1 }
            if digits * 5 < line.utf8.count { fragments += 1 }
        }
        return fragments * 5 >= lines.count * 2
    }

    /// Short fragments that turn up more than once in a page copy ("Newsletter abonnieren" above and
    /// below, a menu repeated in the footer) are its furniture, every time: an article does not say
    /// the same few words twice on lines of their own. Sentences are left to `markDuplicates`.
    private mutating func markRepeatedFragments() {
        var counts: [ByteKey: Int] = [:]
        for index in lines.indices where roles[index] == nil && isFragment(index) {
            counts[ByteKey(lines[index]), default: 0] += 1
        }
        guard counts.values.contains(where: { $0 > 1 }) else { return }
        for index in lines.indices where roles[index] == nil && isFragment(index) {
            if counts[ByteKey(lines[index])] ?? 0 > 1 { roles[index] = .removed(.navigation) }
        }
    }

    /// Two to twelve words, under 100 bytes, with no final stop.
    private func isFragment(_ index: Int) -> Bool {
        let shape = shapes[index]
        return (2...12).contains(shape.wordCount) && !shape.endsSentence && lines[index].utf8.count < 100
    }

    /// A paragraph repeating one kept earlier (a body pasted twice): kept once.
    private mutating func markDuplicates() {
        var seen = Set<ByteKey>()
        for index in lines.indices where roles[index] == nil {
            let line = lines[index]
            guard line.utf8.count >= 20 else { continue }
            if !seen.insert(ByteKey(line)).inserted { roles[index] = .removed(.duplicate) }
        }
    }
}
