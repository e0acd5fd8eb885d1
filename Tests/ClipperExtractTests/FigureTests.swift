import ClipperModel
import Testing

struct FigureTests {
    @Test(
        arguments: [
            ("a $30 billion initiative", 30_000_000_000, "USD", nil),
            ("exceeded $5.7 million in spending", 5_700_000, "USD", nil),
            ("bonuses as high as $50,000", 50_000, "USD", "as high as"),
            ("over $7,000 in equipment", 7_000, "USD", "over"),
            ("to hire 10,000 new ICE agents", 10_000, "count", nil),
            ("detention of nearly 70,000 individuals", 70_000, "count", "nearly"),
            ("1,168 agencies assist ICE", 1_168, "count", nil),
            ("the majority (at least 70%) of them", 70, "percent", "at least"),
            ("arrests increased 950% in a year", 950, "percent", nil),
            ("rose 12 percent last year", 12, "percent", nil),
            ("two-thirds of residents", 66.67, "percent", nil),
            ("over eleven million records", 11_000_000, "count", "over"),
            ("seven cities joined", 7, "count", nil),
            ("more than a dozen cities", 12, "count", "more than"),
            ("six weeks of training", 6, "weeks", nil),
            ("a three-year low", 3, "years", nil),
            ("30-second adverts", 30, "seconds", nil),
            ("in three years and four months’ time", 40, "months", nil),
            ("Nearly 3,000 F.B.I. agents were reassigned", 3_000, "count", "nearly"),
            ("sent 300 Border Patrol agents north", 300, "count", nil),
            ("a fine of €5 million", 5_000_000, "EUR", nil),
        ] as [(String, Double, String, String?)])
    func figureValuesUnitsAndQualifiers(body: String, value: Double, unit: String, qualifier: String?) throws {
        let figures = extract(body).figures
        let figure = try #require(figures.first, "no figure in: \(body)")
        #expect(figures.count == 1, "\(figures)")
        #expect(figure.value == value)
        #expect(figure.unit == unit)
        #expect(figure.qualifier == qualifier)
    }

    @Test func countsSayWhatTheyCount() {
        #expect(extract("to hire 10,000 new ICE agents by the end of the year").figures.first?.of == "new ICE agents")
    }

    @Test(arguments: [
        "4-Minute Listen",
        "MARCH 30, 2025 · 5:00 AM ET",
        "protests in 2020 and again on June 25",
        "one of the arresting officers",
        "the New Mexico Region I Narcotics Task Force and Title 42",
        "287(g) agreements",
        "(0) comments",
        "his 2nd term",
    ])
    func datesTimesNamesAndFurnitureAreNotFigures(body: String) {
        #expect(extract(body).figures.isEmpty, "figures in: \(body)")
    }
}

struct ShareFigureTests {
    @Test func sharesAndPercentagePoints() {
        let figures = extract("About 1 in 5 voters approved, with a margin of error of 4.1 percentage points.").figures
        #expect(figures.map(\.unit) == ["percent", "percentage points"])
        #expect(figures.map(\.value) == [20, 4.1])
        #expect(figures.first?.qualifier == "about")
    }

    @Test func decadesAndAgesAreNotFiguresOrYears() {
        let found = extract("In the 1990s, a 5-year-old boy moved here.")
        #expect(found.figures.isEmpty)
        #expect(found.dates.isEmpty)
    }
}
