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
            ("the phone sells for 4,299 yuan", 4_299, "CNY", nil),
            ("stamps now cost 73 cents", 73, "cents", nil),
            ("a budget of 2 billion rupees", 2_000_000_000, "INR", nil),
            ("the flat went for HK$8 million", 8_000_000, "HKD", nil),
            ("fined ¥300,000 for the spill", 300_000, "JPY", nil),
            ("a loan of USD 40 million", 40_000_000, "USD", nil),
            ("an engine making 402 hp", 402, "horsepower", nil),
            ("a drive with 4TB of storage", 4, "terabytes", nil),
            ("a flat of 850 square feet", 850, "square feet", nil),
            ("winds of 120 km/h hit the coast", 120, "kilometers per hour", nil),
            ("she scored 31 points", 31, "points", nil),
            ("a 47-year-old teacher", 47, "years", nil),
            ("prices rose 3.5pc in May", 3.5, "percent", nil),
            ("the index moved -1.3% on the day", -1.3, "percent", nil),
            ("the bell rang four times", 4, "times", nil),
            ("a pier of 6.5 inches", 6.5, "inch", nil),
            ("water boils at 100 degrees Celsius", 100, "degrees Celsius", nil),
            ("a bill of 900 Norwegian kroner", 900, "NOK", nil),
            ("a million dollar renovation", 1_000_000, "USD", nil),
            ("the shares closed at 1,482.35.", 1_482.35, "count", nil),
            ("it booked profits of 48 million.", 48_000_000, "count", nil),
            ("On Monday 4.5% of the vote was counted", 4.5, "percent", nil),
            ("a 3.8-liter engine", 3.8, "liters", nil),
            ("nights of minus 40 Celsius", -40, "degrees Celsius", nil),
            ("it fell to minus-12 degrees", -12, "degrees", nil),
            ("about 2,400 Canadians crossed", 2_400, "count", "about"),
            ("rows of 300 Dutch and Belgian trucks", 300, "count", nil),
            ("a deposit of 3 million Swedish crowns", 3_000_000, "SEK", nil),
            ("arsenic at 40 parts per million", 40, "parts per million", nil),
            ("the rotor spins 600 times a minute", 600, "times per minute", nil),
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

struct RangeFigureTests {
    @Test func hyphenatedRangesGiveBothEndsTheirUnit() {
        let figures = extract("a raise of 15-20% next year").figures
        #expect(figures.map(\.value) == [15, 20])
        #expect(figures.allSatisfy { $0.unit == "percent" })
    }

    @Test func theUpperEndsScaleCarriesToTheLowerEnd() {
        let figures = extract("a cost of 3 to 4 million dollars").figures
        #expect(figures.map(\.value) == [3_000_000, 4_000_000], "\(figures)")
        #expect(figures.allSatisfy { $0.unit == "USD" })
    }

    @Test func aScaleInWordsCarriesToASmallerNumberInWords() {
        let figures = extract("a crowd of four to five thousand marchers").figures
        #expect(figures.map(\.value) == [4_000, 5_000], "\(figures)")
    }

    @Test func aLargerLowerEndKeepsItsOwnValue() {
        let figures = extract("grants ranging from $250,000 to $2 million").figures
        #expect(figures.map(\.value) == [250_000, 2_000_000], "\(figures)")
        #expect(figures.allSatisfy { $0.unit == "USD" })
    }

    @Test func betweenAndIsARange() {
        let figures = extract("trips of between 40 and 60 miles").figures
        #expect(figures.map(\.value) == [40, 60])
        #expect(figures.allSatisfy { $0.unit == "miles" })
    }

    @Test func scoresAreNotRanges() {
        #expect(extract("after a 3-1 win at home").figures.isEmpty)
    }
}

struct ShareFigureTests {
    @Test func sharesAndPercentagePoints() {
        let figures = extract("About 1 in 5 voters approved, with a margin of error of 4.1 percentage points.").figures
        #expect(figures.map(\.unit) == ["percent", "percentage points"])
        #expect(figures.map(\.value) == [20, 4.1])
        #expect(figures.first?.qualifier == "about")
    }

    @Test func decadesAreNotFiguresOrYearsAndAgesAreYears() {
        let found = extract("In the 1990s, a 5-year-old boy moved here.")
        #expect(found.figures.map(\.value) == [5])
        #expect(found.figures.first?.unit == "years")
        #expect(found.figures.first?.of == "boy")
        #expect(found.dates.isEmpty)
    }
}
