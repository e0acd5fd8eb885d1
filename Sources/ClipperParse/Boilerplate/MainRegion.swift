/// The stretch of a page copy that holds its article: the run of paragraphs whose prose outweighs
/// the furniture inside it most (a maximum-sum range, as in Finn, Kushmerick and Smyth's Body Text
/// Extraction). Prose weighs its length, near-prose half of it; every menu item, link, footer line
/// or short fragment costs a fixed amount, whatever its length. A share bar, a caption or a list of
/// links inside the article costs less than the prose on either side of it, so the article stays
/// whole; a footer, a comment form or a cookie notice below a long run of links is outside the range.
enum MainRegion {
    /// What one short fragment costs (in characters of prose).
    static let shortCost = 10.0
    /// What one boilerplate paragraph costs at most: its length, up to this.
    static let boilerplateCost = 15.0

    /// The weight of one paragraph by its context-free class and length (Unicode scalars).
    static func weight(_ item: ProseDensity.Class, length: Int) -> Double {
        switch item {
        case .good: Double(length)
        case .nearGood: Double(length) / 2
        case .short: -shortCost
        case .bad: -min(Double(length), boilerplateCost)
        }
    }

    /// The range of paragraphs with the largest total weight (nil when no paragraph weighs anything);
    /// `skip[i]` paragraphs (title, byline) weigh nothing.
    static func range(_ classes: [ProseDensity.Class], lengths: [Int], skip: [Bool]) -> ClosedRange<Int>? {
        var best = 0.0
        var bestRange: ClosedRange<Int>?
        var sum = 0.0
        var start = 0
        for index in classes.indices {
            if sum <= 0 {
                sum = 0
                start = index
            }
            if !skip[index] { sum += weight(classes[index], length: lengths[index]) }
            if sum > best {
                best = sum
                bestRange = start...index
            }
        }
        return bestRange
    }
}
