import ClipperModel

/// Per-node measures over the flattened tree: which subtrees are furniture, and how much text,
/// link text and how many commas each kept subtree holds. Computed in three linear passes.
struct NodeStatistics {
    /// Why a node (and with it its subtree) is dropped; nil for kept nodes. Inherited downwards.
    var removal: [RemovedBlock.Kind?]
    /// Whether the node itself (not an ancestor) is the root of a dropped subtree.
    var removalRoot: [Bool]
    /// Visible text length (white-space runs count as one byte) of the kept subtree.
    var textLength: [Int32]
    /// The part of `textLength` inside links.
    var linkLength: [Int32]
    var commas: [Int32]
    /// Kept prose: text of paragraphs of 60 visible bytes or more that are not mostly links.
    var prose: [Int32]
    /// Kept `<p>`, `<img>` and `<li>` elements in the subtree (Readability's conditional cleaning).
    var paragraphCount: [Int32]
    var imageCount: [Int32]
    var listItemCount: [Int32]
    /// Whether any child element is a block (a `<div>` without block children reads as a paragraph).
    var hasBlockChild: [Bool]
    /// The bytes of the subtree's text that are not white space, dropped or not: how much a reader
    /// sees of it on the page (the lead finder's measure).
    var printedBytes: [Int32]

    /// Measures `table`. With `namesFurniture` false, class and id names drop nothing (only hidden
    /// elements, `<head>` and furniture tags do): the second try on a page whose names hide its article.
    init(_ table: NodeTable, namesFurniture: Bool = true) {
        let count = table.count
        removal = Array(repeating: nil, count: count)
        removalRoot = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        hasBlockChild = Array(repeating: false, count: count)
        prose = Array(repeating: 0, count: count)
        paragraphCount = Array(repeating: 0, count: count)
        imageCount = Array(repeating: 0, count: count)
        listItemCount = Array(repeating: 0, count: count)
        printedBytes = Array(repeating: 0, count: count)

        // Pass 1: raw text, raw link text and prose (text in paragraphs of some length that are not
        // mostly links) per subtree, before anything is dropped.
        var rawText = [Int32](repeating: 0, count: count)
        var rawLinks = [Int32](repeating: 0, count: count)
        var rawProse = [Int32](repeating: 0, count: count)
        for index in 0..<count where table.tags[index] == .text {
            let (visible, printed, commaCount) = Self.measure(table.texts[index], length: Int(table.textLengths[index]))
            rawText[index] = visible
            printedBytes[index] = printed
            commas[index] = commaCount
            if table.flags[index].contains(.inLink) { rawLinks[index] = visible }
        }
        for index in stride(from: count - 1, through: 0, by: -1) {
            if Self.isProseTag(table.tags[index]), rawText[index] >= 60, rawLinks[index] * 2 < rawText[index] {
                rawProse[index] = rawText[index]
            }
            let parent = Int(table.parents[index])
            if parent >= 0 {
                rawText[parent] &+= rawText[index]
                printedBytes[parent] &+= printedBytes[index]
                rawLinks[parent] &+= rawLinks[index]
                rawProse[parent] &+= rawProse[index]
            }
        }
        let pageText = max(1, rawText.first ?? 1)
        let pageProse = max(1, rawProse.first ?? 1)

        // Pass 2: furniture, decided top-down so a dropped element takes its subtree with it.
        for index in 0..<count {
            let parent = Int(table.parents[index])
            if parent >= 0, let inherited = removal[parent] {
                removal[index] = inherited
                continue
            }
            let tag = table.tags[index]
            guard tag != .text else { continue }
            let holdsMostText = rawText[index] * 2 >= pageText
            let proseShare = Double(rawProse[index]) / Double(pageProse)
            var kind: RemovedBlock.Kind?
            if table.flags[index].contains(.hidden) || tag == .head {
                kind = .other
            } else if tag == .figcaption {
                kind = .caption
            } else if tag.isFurniture || tag == .form {
                // A page that puts its article in an `<aside>`, a `<header>` or a product `<form>`:
                // the element holding most of the page's prose is no furniture, whatever its tag.
                let holdsProse = rawProse[index] >= 300 && proseShare >= 0.5
                kind = holdsMostText || holdsProse ? nil : (tag == .form ? .other : .navigation)
            } else if namesFurniture, !table.flags[index].contains(.articleBody), tag != .html, tag != .body,
                tag != .main, !(tag == .a && parent >= 0 && table.tags[parent] == .p),
                let byClass = table.className(index)?.furniture
            {
                // Names lie (`content-with-sidebar`, `tag-review` on the article): a subtree holding much
                // of the page's prose is not furniture, unless it is a comment thread; nor is a link in a
                // paragraph (`<a class="tag">` around a name is the sentence's own word; skip links and
                // share buttons stand outside paragraphs).
                let holdsProse = rawProse[index] >= 300 && proseShare >= (byClass == .comments ? 0.75 : 0.4)
                kind = holdsProse ? nil : byClass
            } else if namesFurniture, rawText[index] > 0, rawText[index] <= 300, rawLinks[index] == 0,
                !table.flags[index].contains(.articleBody), table.className(index)?.namesImage == true
            {
                // A picture's box with a little text and no links: its caption and credit, whatever the
                // element. (A teaser's picture box links to its story: the link-list rules judge it.)
                kind = .caption
            }
            if let kind {
                removal[index] = kind
                removalRoot[index] = true
            }
        }

        // Pass 3: kept text, link text and commas, bottom-up.
        for index in stride(from: count - 1, through: 0, by: -1) {
            guard removal[index] == nil else { continue }
            if table.tags[index] == .text {
                textLength[index] = rawText[index]
                if table.flags[index].contains(.inLink) { linkLength[index] = rawText[index] }
            }
            let tag = table.tags[index]
            if Self.isProseTag(tag), textLength[index] >= 60, linkLength[index] * 2 < textLength[index] {
                prose[index] = textLength[index]
            }
            switch tag {
            case .p: paragraphCount[index] += 1
            case .img: imageCount[index] += 1
            case .li: listItemCount[index] += 1
            default: break
            }
            let parent = Int(table.parents[index])
            guard parent >= 0 else { continue }
            prose[parent] &+= prose[index]
            paragraphCount[parent] &+= paragraphCount[index]
            imageCount[parent] &+= imageCount[index]
            listItemCount[parent] &+= listItemCount[index]
            textLength[parent] &+= textLength[index]
            linkLength[parent] &+= linkLength[index]
            commas[parent] &+= commas[index]
            if table.tags[index].isBlock { hasBlockChild[parent] = true }
        }
    }

    /// Link density: the share of a node's text that is link text.
    func linkDensity(_ index: Int) -> Double {
        let text = textLength[index]
        return text > 0 ? Double(linkLength[index]) / Double(text) : 0
    }

    private static func isProseTag(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .pre, .blockquote, .dd: true
        default: false
        }
    }

    /// Visible length (each run of white space counts once), bytes other than white space and
    /// comma count of a text node: every page's text goes through here, so eight bytes at a time
    /// (``ByteClasses``), the tail byte by byte.
    static func measure(_ pointer: UnsafePointer<CChar>?, length: Int) -> (Int32, Int32, Int32) {
        guard let pointer else { return (0, 0, 0) }
        var visible = 0
        var printed = 0
        var commaCount = 0
        // The high bit of byte 0's slot: set when the byte before the chunk is no white space.
        var carry: UInt64 = 0
        let raw = UnsafeRawPointer(pointer)
        var offset = 0
        while offset + 8 <= length {
            let chunk = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let space = ByteClasses.asciiSpace(chunk)
            let nonSpace = ~space & ByteClasses.highBits
            // A run of white space counts once, where it follows a printed byte.
            let spaceRuns = space & ByteClasses.previousBytes(nonSpace, carry: carry)
            printed &+= nonSpace.nonzeroBitCount
            visible &+= nonSpace.nonzeroBitCount &+ spaceRuns.nonzeroBitCount
            commaCount &+= ByteClasses.equal(chunk, UInt8(ascii: ",")).nonzeroBitCount
            carry = ByteClasses.carry(of: nonSpace)
            offset += 8
        }
        var inSpace = carry == 0
        let bytes = raw.assumingMemoryBound(to: UInt8.self)
        while offset < length {
            let byte = bytes[offset]
            let isSpace = Whitespace.isASCIISpace(byte)
            visible &+= isSpace && inSpace ? 0 : 1
            printed &+= isSpace ? 0 : 1
            commaCount &+= byte == UInt8(ascii: ",") ? 1 : 0
            inSpace = isSpace
            offset += 1
        }
        return (Int32(clamping: visible), Int32(clamping: printed), Int32(clamping: commaCount))
    }
}
