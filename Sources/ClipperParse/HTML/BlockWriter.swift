import ClipperModel

/// Writes the text of the article's root nodes as paragraphs: every block element starts a new one,
/// `<br>` breaks one, inline elements flow together. Dropped subtrees inside the article (captions,
/// share bars, link lists) are reported as removed blocks.
struct BlockWriter {
    let table: NodeTable
    let statistics: NodeStatistics
    /// Whether link lists and galleries inside the article are dropped (Readability's conditional cleaning).
    var cleansLinkLists = true

    /// The paragraphs under `roots` (each normalized to one line) and the blocks dropped among them.
    func write(_ roots: [Int]) -> (paragraphs: [String], removed: [RemovedBlock]) {
        var paragraphs: [String] = []
        var removed: [RemovedBlock] = []
        var buffer: [UInt8] = []
        // Per paragraph: whether it is a heading, and whether a dropped block follows it.
        var headings: [HeadingShape] = []
        var droppedAfter: [Bool] = []
        var bufferInHeading = false
        var headingEnd = -1
        // A paragraph all in bold ("<p><strong>Read also:</strong></p>") reads as a heading.
        var boldEnd = -1
        var bufferHasBold = false
        var bufferHasPlain = false
        // The paragraph count at the last `<hr>`: what follows a closing rule is a postscript.
        var lastRule = 0
        // Per paragraph: whether it holds link text (a postscript citing its source stays).
        var linked: [Bool] = []
        var bufferHasLink = false
        func flush() {
            guard !buffer.isEmpty else { return }
            let text = TextNormalizer.normalize(bytes: buffer, keepLines: false)
            if !text.isEmpty {
                paragraphs.append(text)
                headings.append(
                    bufferInHeading
                        ? .heading : bufferHasBold && !bufferHasPlain && text.utf8.count <= 80 ? .bold : .none)
                droppedAfter.append(false)
                linked.append(bufferHasLink)
            }
            bufferHasLink = false
            buffer.removeAll(keepingCapacity: true)
            bufferInHeading = false
            bufferHasBold = false
            bufferHasPlain = false
        }
        for root in roots {
            var openBlockEnds: [Int] = []
            var index = root
            let end = Int(table.ends[root])
            while index < end {
                while let last = openBlockEnds.last, last <= index {
                    openBlockEnds.removeLast()
                    flush()
                }
                if let kind = statistics.removal[index] ?? linkListKind(index, isRoot: index == root) {
                    // A dropped inline element (a hover card in a sentence) leaves its paragraph whole.
                    if table.tags[index].isBlock { flush() }
                    let text = textOf(index)
                    if !text.isEmpty {
                        removed.append(RemovedBlock(kind: kind, text: text))
                        // A picture's caption under a heading does not empty it: the section goes on.
                        if !droppedAfter.isEmpty, kind != .caption { droppedAfter[droppedAfter.count - 1] = true }
                    }
                    index = Int(table.ends[index])
                    continue
                }
                let tag = table.tags[index]
                if tag == .text {
                    if let pointer = table.texts[index] {
                        if index < headingEnd { bufferInHeading = true }
                        if table.flags[index].contains(.inLink) { bufferHasLink = true }
                        let length = Int(table.textLengths[index])
                        pointer.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
                            let text = UnsafeBufferPointer(start: bytes, count: length)
                            if index < boldEnd {
                                bufferHasBold = true
                            } else if !bufferHasPlain {
                                // Long text nodes hold words; short ones may be the white space between tags.
                                bufferHasPlain = length > 64 || text.contains { !Whitespace.isASCIISpace($0) }
                            }
                            buffer.append(contentsOf: text)
                        }
                    }
                } else if tag.isBlock {
                    flush()
                    if tag == .hr { lastRule = paragraphs.count }
                    openBlockEnds.append(Int(table.ends[index]))
                    if tag.isHeading { headingEnd = Int(table.ends[index]) }
                } else if tag == .strong || tag == .b {
                    boldEnd = max(boldEnd, Int(table.ends[index]))
                } else if tag == .img || tag == .picture {
                    buffer.append(0x20)
                }
                index += 1
            }
            flush()
        }
        let kept =
            linked[lastRule...].contains(true) ? paragraphs.count : Self.beforeClosingRule(paragraphs, rule: lastRule)
        for postscript in paragraphs[kept...] { removed.append(RemovedBlock(kind: .other, text: postscript)) }
        return Self.withoutEmptyHeadings(
            Array(paragraphs[..<kept]), removed, headings: Array(headings[..<kept]),
            droppedAfter: Array(droppedAfter[..<kept]))
    }

    /// How many paragraphs come before the postscript set off by a closing `<hr>` (a boilerplate about
    /// the publisher, a disclaimer): the text after the last rule when it is at most a fifth of the
    /// article's, or at most a third when it opens as a company's description of itself (and has no
    /// links: a reference to the source after a rule stays); all of them otherwise.
    private static func beforeClosingRule(_ paragraphs: [String], rule: Int) -> Int {
        guard rule > 0, rule < paragraphs.count else { return paragraphs.count }
        let after = paragraphs[rule...].reduce(0) { $0 + $1.utf8.count }
        let before = paragraphs[..<rule].reduce(0) { $0 + $1.utf8.count }
        if after * 4 <= before { return rule }
        return after * 2 <= before && PublisherNote.opensOne(paragraphs[rule]) ? rule : paragraphs.count
    }

    /// Whether a written paragraph reads as a heading.
    private enum HeadingShape {
        case none
        /// An `<h1>`…`<h6>`.
        case heading
        /// A short paragraph all in `<strong>` or `<b>`.
        case bold
    }

    /// Headings (and paragraphs all in bold) left with nothing under them: the title of a link list or
    /// a box that was dropped
    /// ("Related stories", "More on this"), a heading and then only dropped blocks until the next
    /// heading, or a heading closing the article. A heading right above another (title and subtitle)
    /// stays.
    private static func withoutEmptyHeadings(
        _ paragraphs: [String], _ removed: [RemovedBlock], headings: [HeadingShape], droppedAfter: [Bool]
    ) -> (paragraphs: [String], removed: [RemovedBlock]) {
        guard headings.contains(where: { $0 != .none }) else { return (paragraphs, removed) }
        var kept: [String] = []
        var removed = removed
        for index in paragraphs.indices {
            let isLast = index == paragraphs.count - 1
            let nextIsHeading = isLast || headings[index + 1] != .none
            // A bold line closing the text may be its last word ("See you there!"): only a dropped
            // block under it empties it.
            let emptied =
                switch headings[index] {
                case .none: false
                case .heading: isLast || (droppedAfter[index] && nextIsHeading)
                case .bold: droppedAfter[index] && nextIsHeading
                }
            if emptied {
                removed.append(RemovedBlock(kind: .navigation, text: paragraphs[index]))
            } else {
                kept.append(paragraphs[index])
            }
        }
        return (kept, removed)
    }

    /// Readability's conditional cleaning inside the article: lists, tables and boxes that are mostly
    /// links (related stories, tag clouds), image galleries without text, and link-only lines.
    private func linkListKind(_ index: Int, isRoot: Bool) -> RemovedBlock.Kind? {
        let tag = table.tags[index]
        let text = statistics.textLength[index]
        guard cleansLinkLists, text > 0, !isRoot, !table.flags[index].contains(.articleBody) else { return nil }
        let density = statistics.linkDensity(index)
        switch tag {
        case .ul, .ol, .dl, .table, .tr, .td, .div, .section, .nav, .aside, .form:
            // Teaser cards go whatever their commas (each card's text has some).
            if TeaserList(table: table, statistics: statistics).isTeaserList(index) { return .navigation }
            guard statistics.commas[index] < 10 else { return nil }
            let paragraphs = statistics.paragraphCount[index]
            let images = statistics.imageCount[index]
            let items = statistics.listItemCount[index]
            let weight = table.className(index)?.weight ?? 0
            if weight < 0 { return .other }
            if images > 1, Double(paragraphs) / Double(images) < 0.5 { return .other }
            if tag != .ul, tag != .ol, items > paragraphs + 2, density > 0.3 { return .navigation }
            // A list whose items are mostly sentences with a link in them is article text, though its
            // link density is above a fifth; one whose items are mostly links is a link list.
            if tag == .ul || tag == .ol, density <= 0.5, !mostlyLinkItems(index) { return nil }
            if weight < 25, density > 0.2, statistics.prose[index] * 2 < text { return .navigation }
            if density > 0.5 { return .navigation }
            return nil
        case .p, .li, .h2, .h3, .h4, .h5, .h6, .blockquote:
            if density > 0.8 && text < 300 { return .navigation }
            // "See also: <a>Another story</a>": a label and a link to another story.
            return density >= 0.5 && text < 250 && opensWithLabel(index) ? .navigation : nil
        default:
            return nil
        }
    }

    /// Whether the first visible text of a node is outside links, 40 bytes or less and ends in a
    /// colon: a label ("See also:", "Read more:") before what it introduces.
    private func opensWithLabel(_ node: Int) -> Bool {
        for index in node + 1..<Int(table.ends[node]) where table.tags[index] == .text {
            guard let pointer = table.texts[index] else { continue }
            let length = Int(table.textLengths[index])
            let isLabel = pointer.withMemoryRebound(to: UInt8.self, capacity: length) { raw -> Bool? in
                let bytes = UnsafeBufferPointer(start: raw, count: length)
                guard let last = bytes.lastIndex(where: { !Whitespace.isASCIISpace($0) }),
                    let first = bytes.firstIndex(where: { !Whitespace.isASCIISpace($0) })
                else { return nil }  // white space between tags
                return last - first < 40 && bytes[last] == UInt8(ascii: ":")
            }
            guard let isLabel else { continue }
            return isLabel && !table.flags[index].contains(.inLink)
        }
        return false
    }

    /// Whether the items of a list that are a quarter links or more (a link and a teaser, a link list)
    /// hold more than a third of its text.
    private func mostlyLinkItems(_ list: Int) -> Bool {
        var linkItemText: Int32 = 0
        var child = list + 1
        let end = Int(table.ends[list])
        while child < end {
            if statistics.linkLength[child] * 4 > statistics.textLength[child] {
                linkItemText += statistics.textLength[child]
            }
            child = Int(table.ends[child])
        }
        return linkItemText * 3 > statistics.textLength[list]
    }

    /// The normalized text of a whole subtree (for the removed-block report and bylines).
    func textOf(_ root: Int) -> String {
        var bytes: [UInt8] = []
        var index = root
        let end = Int(table.ends[root])
        while index < end {
            if table.tags[index] == .text, let pointer = table.texts[index] {
                let length = Int(table.textLengths[index])
                pointer.withMemoryRebound(to: UInt8.self, capacity: length) { raw in
                    bytes.append(contentsOf: UnsafeBufferPointer(start: raw, count: length))
                }
                bytes.append(0x20)
            } else if table.tags[index].isBlock {
                bytes.append(0x20)
            }
            index += 1
        }
        return TextNormalizer.normalize(bytes: bytes, keepLines: false)
    }
}
