/// Finds the element holding the article text by structure and text density, as Readability does:
/// every paragraph scores by its length and commas, passes the score to its ancestors, and the
/// best-scoring ancestor (discounted by its link density) is the article, with qualifying siblings.
struct ContentScorer {
    let table: NodeTable
    let statistics: NodeStatistics
    /// The article's headline element (`Headline`), when the page has one: the article is looked for
    /// in the block of prose around it.
    var headline: Int?

    /// The article's root nodes in document order (the best candidate and any siblings that belong
    /// with it), or nil when the page has no paragraph-like text at all.
    func articleRoots() -> [Int]? {
        let count = table.count
        var scores = [Double](repeating: 0, count: count)
        var initialized = [Bool](repeating: false, count: count)
        var candidates: [Int] = []
        for index in 0..<count where isScorableParagraph(index) {
            let length = Int(statistics.textLength[index])
            let score = 1 + Double(statistics.commas[index]) + Double(min(length / 100, 3))
            var ancestor = Int(table.parents[index])
            var level = 0
            while ancestor >= 0, level < 5 {
                if !initialized[ancestor] {
                    initialized[ancestor] = true
                    scores[ancestor] = initialScore(ancestor)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1 : (level == 1 ? 2 : Double(level * 3))
                scores[ancestor] += score / divider
                ancestor = Int(table.parents[ancestor])
                level += 1
            }
        }
        guard !candidates.isEmpty else { return nil }
        for candidate in candidates {
            scores[candidate] *= 1 - statistics.linkDensity(candidate)
        }
        let ranked = candidates.sorted { scores[$0] > scores[$1] }
        var top = ranked[0]

        // Several strong candidates under one ancestor: the article is that ancestor.
        let strong = ranked.prefix(5).dropFirst().filter { scores[$0] >= scores[top] * 0.75 }
        if strong.count >= 2 {
            var ancestor = Int(table.parents[top])
            while ancestor > 0 {
                let containing = strong.filter { isAncestor(ancestor, of: $0) }.count
                if containing >= 2 {
                    top = ancestor
                    break
                }
                ancestor = Int(table.parents[ancestor])
            }
        }
        // The best block away from the headline (a cookie notice, a pop-up, the next story) while the
        // headline sits in a block of prose of its own: the article is the best candidate there. (A
        // block in the same container comes back when the climbs below find the article split.)
        if let near = nearHeadline(top, ranked: ranked, scores: scores) { top = near }
        // A lone child adds nothing over its parent: climb while the parent is just a wrapper.
        while true {
            let parent = Int(table.parents[top])
            guard parent > 0, table.tags[parent] != .body, table.tags[parent] != .html,
                statistics.textLength[parent] <= statistics.textLength[top] + 10
            else { break }
            top = parent
        }
        // The article split into sections (around pictures, pull quotes, ads): climb while the parent
        // holds much more prose than the candidate and is not mostly links.
        while true {
            let parent = Int(table.parents[top])
            guard parent > 0, table.tags[parent] != .body, table.tags[parent] != .html,
                statistics.prose[parent] * 2 >= statistics.prose[top] * 3, statistics.linkDensity(parent) < 0.25
            else { break }
            top = parent
        }
        // An explicit article-body marker that holds most of the chosen text wins.
        if let marked = markedArticleBody(near: top) { top = marked }
        return withSiblings(of: top, scores: scores, initialized: initialized)
    }

    /// The best candidate in the block around the headline, when `top` lies outside it and more than
    /// 150 printed bytes away: the nearest ancestor of the headline holding 300 bytes of prose or more
    /// (a few sentences), below `<body>`.
    private func nearHeadline(_ top: Int, ranked: [Int], scores: [Double]) -> Int? {
        guard let headline, !isAncestor(top, of: headline) else { return nil }
        var block = Int(table.parents[headline])
        while block > 0, statistics.prose[block] < 300 { block = Int(table.parents[block]) }
        guard block > 0, table.tags[block] != .body, table.tags[block] != .html, !isAncestor(block, of: top),
            block != top
        else { return nil }
        // A header box with the headline and a lead, and the article's body right after it (a byline or
        // a date line between at most): one article.
        let (from, to) = top > block ? (Int(table.ends[block]), top) : (Int(table.ends[top]), block)
        var between = 0
        for index in from..<max(from, to) where table.tags[index] == .text {
            between += Int(statistics.printedBytes[index])
            if between > 150 { break }
        }
        guard between > 150 else { return nil }
        return ranked.first { ($0 == block || isAncestor(block, of: $0)) && scores[$0] > 0 }
    }

    private func isScorableParagraph(_ index: Int) -> Bool {
        guard statistics.removal[index] == nil, statistics.textLength[index] >= 25 else { return false }
        switch table.tags[index] {
        case .p, .pre, .td, .h2, .h3, .h4, .h5, .h6, .blockquote: return true
        case .div, .section, .article: return !statistics.hasBlockChild[index]
        case .text:
            // Loose text straight inside a container that also holds blocks (`<br>` layouts).
            let parent = Int(table.parents[index])
            guard parent >= 0, statistics.hasBlockChild[parent] else { return false }
            switch table.tags[parent] {
            case .div, .section, .article, .main, .td, .body, .center, .font, .blockquote: return true
            default: return false
            }
        default: return false
        }
    }

    private func initialScore(_ index: Int) -> Double {
        var score: Double
        switch table.tags[index] {
        case .div, .article, .main: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        score += table.className(index)?.weight ?? 0
        if table.flags[index].contains(.articleBody) { score += 25 }
        return score
    }

    private func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        ancestor < node && node < Int(table.ends[ancestor])
    }

    /// The `itemprop="articleBody"` element inside or around `top` that holds at least half its text.
    private func markedArticleBody(near top: Int) -> Int? {
        var best: Int?
        for index in 0..<table.count where table.flags[index].contains(.articleBody) && statistics.removal[index] == nil
        {
            let related = isAncestor(index, of: top) || isAncestor(top, of: index) || index == top
            guard related, statistics.textLength[index] * 2 >= statistics.textLength[top] else { continue }
            if best.map({ statistics.textLength[index] > statistics.textLength[$0] }) ?? true { best = index }
        }
        return best
    }

    /// `top` plus the siblings Readability would append: well-scored blocks and plain paragraphs.
    private func withSiblings(of top: Int, scores: [Double], initialized: [Bool]) -> [Int] {
        let parent = Int(table.parents[top])
        guard parent >= 0 else { return [top] }
        let threshold = max(10, scores[top] * 0.2)
        var roots: [Int] = []
        var child = parent + 1
        let end = Int(table.ends[parent])
        // The element right before the article, when it is a lead: a short block of prose ("summary",
        // "intro", "teaser") that the article's own container does not hold.
        var previous: Int?
        while child < end {
            defer { child = Int(table.ends[child]) }
            if child == top {
                if let previous, roots.last != previous, isLead(previous) { roots.append(previous) }
                roots.append(child)
                continue
            }
            if table.tags[child] != .text { previous = child }
            guard statistics.removal[child] == nil, table.tags[child] != .text else { continue }
            var bonus = 0.0
            if table.classIndex[child] >= 0, table.classIndex[child] == table.classIndex[top] {
                bonus = scores[top] * 0.2
            }
            if initialized[child], scores[child] + bonus >= threshold {
                roots.append(child)
            } else if table.tags[child] == .p {
                let length = statistics.textLength[child]
                let density = statistics.linkDensity(child)
                if length > 80 && density < 0.25 {
                    roots.append(child)
                } else if length > 0, length <= 80, density == 0, endsSentence(child) {
                    roots.append(child)
                }
            }
        }
        return roots
    }

    /// A lead above the article: kept, with prose in it (a paragraph of 60 characters or more), at most
    /// 600 characters, and hardly any links.
    private func isLead(_ index: Int) -> Bool {
        statistics.removal[index] == nil && statistics.prose[index] > 0 && statistics.textLength[index] <= 600
            && statistics.linkDensity(index) < 0.1
    }

    /// Whether the last visible character of a node's text ends a sentence.
    private func endsSentence(_ index: Int) -> Bool {
        var last = Int(table.ends[index]) - 1
        while last >= index {
            if table.tags[last] == .text, statistics.removal[last] == nil, let pointer = table.texts[last] {
                var length = Int(table.textLengths[last])
                while length > 0 {
                    let byte = UInt8(bitPattern: pointer[length - 1])
                    if !Whitespace.isASCIISpace(byte) { return byte == UInt8(ascii: ".") }
                    length -= 1
                }
            }
            last -= 1
        }
        return false
    }
}
