/// An aligned table with a header row, fitted to a width by shortening its flexible columns.
///
/// ```
/// ID        TITLE                          PUBLISHED
/// 9a6ba32a  Sheriffs split over ICE help…  2025-03-30
/// ```
struct TextTable {
    /// One column: its header, which side it is aligned to, and whether it may be shortened.
    struct Column {
        enum Alignment { case left, right }

        var title: String
        var alignment: Alignment = .left
        /// Shortened (with `…`) when the table is wider than the width it must fit.
        var flexible = false
    }

    /// Columns are separated by this many spaces.
    static let gap = 2
    /// A flexible column is never shortened below this many characters.
    static let minimumFlexibleWidth = 8

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    /// Adds a row; missing cells are empty, newlines and tabs become spaces.
    mutating func append(_ cells: [String]) {
        rows.append(
            columns.indices.map { index in
                index < cells.count ? Self.singleLine(cells[index]) : ""
            })
    }

    /// The table as lines ending in a newline, no wider than `width` when it is given.
    func render(width: Int? = nil) -> String {
        var widths = columns.indices.map { index in
            rows.reduce(columns[index].title.count) { max($0, $1[index].count) }
        }
        if let width {
            shrink(&widths, toFit: width)
        }
        var output = ""
        output += line(columns.map(\.title), widths: widths)
        for row in rows {
            output += line(row, widths: widths)
        }
        return output
    }

    /// Shortens flexible columns, widest first, until the table fits `width` or none can shrink.
    private func shrink(_ widths: inout [Int], toFit width: Int) {
        var total = widths.reduce(0, +) + Self.gap * max(0, widths.count - 1)
        while total > width {
            let candidates = columns.indices.filter { columns[$0].flexible && widths[$0] > Self.minimumFlexibleWidth }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            total -= 1
        }
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let text = Self.truncated(cell, to: widths[index])
            let padding = String(repeating: " ", count: widths[index] - text.count)
            let isLast = index == cells.count - 1
            switch columns[index].alignment {
            case .left: parts.append(isLast ? text : text + padding)
            case .right: parts.append(padding + text)
            }
        }
        return parts.joined(separator: String(repeating: " ", count: Self.gap)) + "\n"
    }

    /// `text` cut to `width` characters, ending in `…` when cut.
    static func truncated(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(width)) }
        return String(text.prefix(width - 1)) + "…"
    }

    /// `text` on one line: newlines, tabs and runs of spaces become single spaces.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
