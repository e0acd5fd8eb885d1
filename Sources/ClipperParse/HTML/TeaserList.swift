/// A row of teaser cards for other stories inside the article block ("More on this" sliders, "read
/// next" grids): three or more sibling boxes of the same class, each a short text (400 visible bytes
/// or less) with a link in it, holding nearly all of their container's text. Found by the repetition
/// of the markup, in any language; paragraphs of an article are not all short, linked boxes.
struct TeaserList {
    let table: NodeTable
    let statistics: NodeStatistics

    /// Whether `node`'s children are such a row of cards.
    func isTeaserList(_ node: Int) -> Bool {
        var items = 0
        var itemText: Int32 = 0
        var itemClass: Int32 = -1
        var child = node + 1
        let end = Int(table.ends[node])
        while child < end {
            defer { child = Int(table.ends[child]) }
            let text = statistics.textLength[child]
            guard table.tags[child] != .text, statistics.removal[child] == nil, text > 0 else { continue }
            let name = table.classIndex[child]
            guard name >= 0, items == 0 || name == itemClass, text <= 400, statistics.linkLength[child] > 0 else {
                return false
            }
            itemClass = name
            items += 1
            itemText += text
        }
        return items >= 3 && itemText * 10 >= statistics.textLength[node] * 9
    }
}
