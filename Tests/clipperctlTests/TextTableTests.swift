import Testing

@testable import clipperctl

/// Aligned tables, fitted to the terminal's width.
struct TextTableTests {
    @Test func columnsAreAlignedUnderTheirHeaders() {
        var table = TextTable([.init(title: "NAME"), .init(title: "COUNT", alignment: .right), .init(title: "NOTE")])
        table.append(["Albuquerque", "8", "city"])
        table.append(["ICE", "14", ""])
        #expect(
            table.render() == """
                NAME         COUNT  NOTE
                Albuquerque      8  city
                ICE             14  

                """)
    }

    @Test func flexibleColumnsShrinkToFitTheWidth() {
        var table = TextTable([.init(title: "ID"), .init(title: "TITLE", flexible: true)])
        table.append(["a1", "Sheriffs split over sanctuary policy across the state"])
        let lines = table.render(width: 30).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines[1] == "a1  Sheriffs split over sanct…")
    }

    @Test func fixedColumnsAreNeverCut() {
        var table = TextTable([.init(title: "ID"), .init(title: "TITLE", flexible: true)])
        table.append(["0123456789abcdef", "A title"])
        // Too narrow for anything: the flexible column stops at its minimum, the id stays whole.
        let row = table.render(width: 10).split(separator: "\n")[1]
        #expect(row.hasPrefix("0123456789abcdef"))
        #expect(row.hasSuffix("A title"))
    }

    @Test func cellsAreKeptOnOneLine() {
        var table = TextTable([.init(title: "QUOTE")])
        table.append(["first line\nsecond\tline  spaced"])
        #expect(table.render().split(separator: "\n")[1] == "first line second line spaced")
    }

    @Test func missingCellsAreEmpty() {
        var table = TextTable([.init(title: "A"), .init(title: "B")])
        table.append(["x"])
        #expect(table.rows == [["x", ""]])
    }

    @Test func progressBars() {
        #expect(ProgressBar.render(done: 5, total: 10, width: 10) == "[#####.....]  50%")
        #expect(ProgressBar.render(done: 0, total: 10, width: 4) == "[....]   0%")
        #expect(ProgressBar.render(done: 10, total: 10, width: 4) == "[####] 100%")
        #expect(ProgressBar.render(done: 0, total: 0, width: 4) == "[####] 100%")
        #expect(ProgressBar.render(done: 15, total: 10, width: 4) == "[####] 100%")
    }
}
