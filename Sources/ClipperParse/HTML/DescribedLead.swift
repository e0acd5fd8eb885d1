import ClipperModel

/// The lead a page repeats in its `<meta name="description">` (or `og:description`): an element above
/// the article whose text begins with the description (cut short or not: "…" is dropped). A page's
/// own summary of itself, found by repetition rather than by a class name, so a lead in a box named
/// `hero` or `heading` is found too.
struct DescribedLead {
    let table: NodeTable
    let statistics: NodeStatistics
    let writer: BlockWriter

    /// The most text a lead may have, in bytes other than white space.
    private static let maximumBytes = 1_000
    /// The shortest lead, in UTF-8 bytes: a paragraph's length. A one-line deck under the headline
    /// ("The move aims to …") reads as part of the headline, as the named leads' rule has it.
    private static let minimumLength = 150
    /// At most this many printed bytes of other text between the lead and the article.
    private static let maximumDistance = 2_000

    /// The element before `first` (the article's first root), or dropped inside it with the article's
    /// header box, holding the page's description, or nil: a block of 150 to 1,000 bytes with few links
    /// and no picture, not in a hidden box, a comment thread, a share bar or an ad.
    func lead(before first: Int, description: String) -> Int? {
        let key = Self.withoutEllipsis(TextNormalizer.normalize(description, keepLines: false))
        let wanted = key.utf8.reduce(0) { $0 + (Whitespace.isASCIISpace($1) ? 0 : 1) }
        guard wanted >= 40, wanted <= Self.maximumBytes else { return nil }
        if let inside = droppedLead(inside: first, key: key, wanted: wanted) { return inside }
        var between = 0
        var index = first - 1
        while index > 0 {
            defer { index -= 1 }
            let printed = Int(statistics.printedBytes[index])
            guard Int(table.ends[index]) <= first else { continue }  // an ancestor of the article
            if table.tags[index] == .text {
                between += printed
                if between > Self.maximumDistance + Self.maximumBytes { return nil }
                continue
            }
            guard matches(index, key: key, wanted: wanted) else { continue }
            return between - printed > Self.maximumDistance ? nil : index
        }
        return nil
    }

    /// The lead inside the article's root that was dropped with its box (the article's own header),
    /// with kept prose after it within 2,000 printed bytes.
    private func droppedLead(inside root: Int, key: String, wanted: Int) -> Int? {
        var index = root + 1
        let end = Int(table.ends[root])
        while index < end {
            guard statistics.removalRoot[index] else {
                index += 1
                continue
            }
            let boxEnd = Int(table.ends[index])
            for inner in index..<boxEnd where matches(inner, key: key, wanted: wanted) {
                return isFollowedByProse(inner, end: end) ? inner : nil
            }
            index = boxEnd
        }
        return nil
    }

    /// Whether a kept paragraph of prose starts within 2,000 printed bytes after `node`, before `end`.
    private func isFollowedByProse(_ node: Int, end: Int) -> Bool {
        var between = 0
        for index in Int(table.ends[node])..<end {
            if statistics.removal[index] == nil, table.tags[index] == .p, statistics.prose[index] > 0 { return true }
            if table.tags[index] == .text { between += Int(statistics.printedBytes[index]) }
            if between > Self.maximumDistance { return false }
        }
        return false
    }

    /// Whether `index` is a lead block whose text begins with `key` (`wanted` printed bytes).
    private func matches(_ index: Int, key: String, wanted: Int) -> Bool {
        let printed = Int(statistics.printedBytes[index])
        guard table.tags[index] != .text, printed >= wanted, printed <= Self.maximumBytes, isLeadBlock(index) else {
            return false
        }
        let text = writer.textOf(index)
        return text.utf8.count >= Self.minimumLength && text.hasPrefix(key)
    }

    /// A block that can be a lead: a paragraph, heading or box with few links and no picture, not
    /// hidden and not in furniture other than the article's own header box.
    private func isLeadBlock(_ index: Int) -> Bool {
        switch table.tags[index] {
        case .p, .div, .h2, .h3, .h4, .h5, .h6, .span, .section, .header, .strong, .b: break
        default: return false
        }
        switch statistics.removal[index] {
        case nil, .navigation, .other: break
        default: return false
        }
        // Links count; a picture's caption (the description may repeat it) is no lead.
        var links = 0
        for inner in index..<Int(table.ends[index]) {
            if table.tags[inner] == .figure || table.tags[inner] == .figcaption { return false }
            if table.flags[inner].contains(.inLink), table.tags[inner] == .text {
                links += Int(statistics.printedBytes[inner])
            }
        }
        guard links * 5 < Int(statistics.printedBytes[index]) else { return false }
        var ancestor = index
        while ancestor >= 0 {
            if table.flags[ancestor].contains(.hidden) || table.tags[ancestor] == .head { return false }
            ancestor = Int(table.parents[ancestor])
        }
        return true
    }

    /// `text` without trailing white space and a closing "…" or "...".
    private static func withoutEllipsis(_ text: String) -> String {
        var bytes = Array(text.utf8)
        func trim() { while let last = bytes.last, Whitespace.isASCIISpace(last) { bytes.removeLast() } }
        trim()
        if bytes.count >= 3, bytes[bytes.count - 3] == 0xE2, bytes[bytes.count - 2] == 0x80, bytes.last == 0xA6 {
            bytes.removeLast(3)
        } else if bytes.count >= 3, bytes.suffix(3).allSatisfy({ $0 == UInt8(ascii: ".") }) {
            while bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        }
        trim()
        return String(decoding: bytes, as: UTF8.self)
    }
}
