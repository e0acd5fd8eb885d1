import ClipperModel

/// The lead a page repeats in its `<meta name="description">` (or `og:description`): an element above
/// the article whose text begins with the description (cut short or not: "…" is dropped). A page's own summary of itself, found by repetition rather than by a class name, so a lead
/// in a box named `hero` or `heading` is found too.
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

    /// The element before `first` (the article's first root) holding the page's description, or nil.
    /// The element is a block of 150 to 1,000 bytes, with few links, not in a hidden box, a comment
    /// thread, a share bar or an ad.
    func lead(before first: Int, description: String) -> Int? {
        let key = Self.withoutEllipsis(TextNormalizer.normalize(description, keepLines: false))
        let wanted = key.utf8.reduce(0) { $0 + (Whitespace.isASCIISpace($1) ? 0 : 1) }
        guard wanted >= 40, wanted <= Self.maximumBytes else { return nil }
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
            guard printed >= wanted, printed <= Self.maximumBytes, isLeadBlock(index) else { continue }
            let text = writer.textOf(index)
            guard text.utf8.count >= Self.minimumLength, text.hasPrefix(key) else { continue }
            return between - printed > Self.maximumDistance ? nil : index
        }
        return nil
    }

    /// A block that can be a lead: a paragraph, heading or box with few links, not hidden and not in
    /// furniture other than the article's own header box.
    private func isLeadBlock(_ index: Int) -> Bool {
        switch table.tags[index] {
        case .p, .div, .h2, .h3, .h4, .h5, .h6, .span, .section, .header, .strong, .b: break
        default: return false
        }
        switch statistics.removal[index] {
        case nil, .navigation, .other: break
        default: return false
        }
        var links = 0
        for inner in index..<Int(table.ends[index]) where table.flags[inner].contains(.inLink) {
            links += Int(statistics.printedBytes[inner]) * (table.tags[inner] == .text ? 1 : 0)
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
