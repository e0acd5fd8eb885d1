/// A text progress bar: `[##########..........]  50%`.
enum ProgressBar {
    /// The bar for `done` of `total`, `width` characters between the brackets.
    static func render(done: Int, total: Int, width: Int = 30) -> String {
        let fraction = total > 0 ? min(1, max(0, Double(done) / Double(total))) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let percent = Int((fraction * 100).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let label = String(percent)
        return "[" + bar + "] " + String(repeating: " ", count: 3 - label.count) + label + "%"
    }
}
