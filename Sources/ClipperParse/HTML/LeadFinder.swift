import ClipperModel

/// The lead (standfirst, deck, summary) a page sets above its article, outside the element that
/// holds the article text: often in the article's header box, which may have been dropped as
/// furniture with the headline and byline. Found by its class or id name, close above the article.
struct LeadFinder {
    let table: NodeTable
    let statistics: NodeStatistics

    /// The lead element above `first` (the article's first root) or dropped inside it above its
    /// first paragraph, or nil: named as a lead, 40 to
    /// 1,000 visible bytes with few links, inside the same `<article>`/`<main>` (or within three
    /// levels above the article), with under 1,000 visible bytes of other text between it and the
    /// article (white space between tags does not count, nor the lead's own text).
    func lead(before first: Int) -> Int? {
        if let inside = droppedLead(inside: first) { return inside }
        let scope = scope(of: first)
        // Visible bytes from the node being looked at to the article (the lead's own text included).
        var between = 0
        var index = first - 1
        while index > scope {
            defer { index -= 1 }
            guard Int(table.ends[index]) <= first else { continue }  // an ancestor of the article
            if table.tags[index] == .text {
                between += visibleBytes(index)
                if between > 2_000 { return nil }
                continue
            }
            guard table.className(index)?.namesLead == true, isLeadKind(statistics.removal[index]) else { continue }
            let lead = outermostLead(index, scope: scope)
            let (text, links) = visibleText(lead)
            guard text >= 40, text <= 1_000, links * 5 < text else { continue }
            if between - visibleBytes(lead) > 1_000 { return nil }
            return lead
        }
        return nil
    }

    /// A lead inside the article's root that was dropped with its box (the article's own `<header>`),
    /// before the first paragraph of prose.
    private func droppedLead(inside root: Int) -> Int? {
        var index = root + 1
        let end = Int(table.ends[root])
        while index < end {
            if statistics.removal[index] == nil, table.tags[index] == .p, statistics.prose[index] > 0 { return nil }
            if statistics.removalRoot[index] {
                // A dropped box: look for a lead in it, then skip past it.
                for inner in index..<Int(table.ends[index]) where table.className(inner)?.namesLead == true {
                    guard isLeadKind(statistics.removal[inner]) else { break }
                    let lead = innermostLead(inner)
                    let (text, links) = visibleText(lead)
                    if text >= 40, text <= 1_000, links * 5 < text { return lead }
                }
                index = Int(table.ends[index])
                continue
            }
            index += 1
        }
        return nil
    }

    /// The nearest `<article>` or `<main>` around `node` (eight levels up at most) that holds more
    /// than the article text itself (room for a lead: 40 visible bytes or more besides it), else its
    /// ancestor three levels up. A page may wrap only its article body in an `<article>` and set the
    /// headline and lead above it, inside the `<main>`.
    private func scope(of node: Int) -> Int {
        var ancestor = Int(table.parents[node])
        var level = 0
        var fallback = -1
        let own = visibleBytes(node)
        while ancestor >= 0, level < 8 {
            if table.tags[ancestor] == .article || table.tags[ancestor] == .main, visibleBytes(ancestor) >= own + 40 {
                return ancestor
            }
            if level == 2 { fallback = ancestor }
            ancestor = Int(table.parents[ancestor])
            level += 1
        }
        return fallback
    }

    /// Leads sit in furniture that is only dropped for its place (a header box), never in comments,
    /// share bars or ads.
    private func isLeadKind(_ kind: RemovedBlock.Kind?) -> Bool {
        switch kind {
        case nil, .navigation, .other: true
        default: false
        }
    }

    /// The innermost element named as a lead inside `node` with 40 visible bytes or more: a box
    /// named `intro` that holds a `summary` beside the byline and date is the header around the lead.
    private func innermostLead(_ node: Int) -> Int {
        var lead = node
        var index = node + 1
        while index < Int(table.ends[lead]) {
            if table.className(index)?.namesLead == true, visibleBytes(index) >= 40 { lead = index }
            index += 1
        }
        return lead
    }

    /// The outermost element named as a lead around `node` that only wraps it: a box named `intro`
    /// that also holds the headline, byline or date is the header, not the lead.
    private func outermostLead(_ node: Int, scope: Int) -> Int {
        var lead = node
        var ancestor = Int(table.parents[node])
        let own = visibleBytes(node)
        while ancestor > scope, table.className(ancestor)?.namesLead == true,
            visibleBytes(ancestor) <= own + max(10, own / 10)
        {
            lead = ancestor
            ancestor = Int(table.parents[ancestor])
        }
        return lead
    }

    /// Raw text bytes of a subtree and the part inside links, dropped or not.
    private func visibleText(_ node: Int) -> (text: Int, links: Int) {
        var text = 0
        var links = 0
        for index in node..<Int(table.ends[node]) where table.tags[index] == .text {
            let length = Int(table.textLengths[index])
            text += length
            if table.flags[index].contains(.inLink) { links += length }
        }
        return (text, links)
    }

    /// The bytes of a subtree's text that are not white space, dropped or not.
    private func visibleBytes(_ node: Int) -> Int { Int(statistics.printedBytes[node]) }
}
