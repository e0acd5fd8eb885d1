/// Numbers written as words ("seven", "eleven million", "a dozen") and fractions ("two-thirds").
enum NumberWords {
    /// Small numbers as words. "one" is left out: it is far more often a pronoun or article ("one of the").
    static let units: KeyTable<Double> = {
        let words = [
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        var table: KeyTable<Double> = KeyTable()
        for (index, word) in words.enumerated() { table[WordHash.phrase(word)] = Double(index + 2) }
        for (index, word) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated()
        {
            table[WordHash.phrase(word)] = Double((index + 2) * 10)
        }
        table[WordHash.phrase("dozen")] = 12
        return table
    }()

    /// "one" counts only inside a compound ("twenty-one") or before a scale ("one million").
    static let one = WordHash.phrase("one")

    static let scales: KeyTable<Double> = [
        WordHash.phrase("hundred"): 100, WordHash.phrase("thousand"): 1_000, WordHash.phrase("million"): 1_000_000,
        WordHash.phrase("billion"): 1_000_000_000, WordHash.phrase("trillion"): 1_000_000_000_000,
        WordHash.phrase("bn"): 1_000_000_000, WordHash.phrase("m"): 1_000_000, WordHash.phrase("k"): 1_000,
    ]

    /// Denominators of fractions in words, as percentages of one part.
    static let fractions: KeyTable<Double> = [
        WordHash.phrase("half"): 50, WordHash.phrase("halves"): 50, WordHash.phrase("third"): 100.0 / 3,
        WordHash.phrase("thirds"): 100.0 / 3, WordHash.phrase("quarter"): 25, WordHash.phrase("quarters"): 25,
        WordHash.phrase("fourth"): 25, WordHash.phrase("fourths"): 25, WordHash.phrase("fifth"): 20,
        WordHash.phrase("fifths"): 20, WordHash.phrase("tenth"): 10, WordHash.phrase("tenths"): 10,
    ]

    /// Units of time, by singular and plural key, with the unit name figures use.
    static let timeUnits: KeyTable<String> = {
        var table: KeyTable<String> = KeyTable()
        for unit in ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"] {
            let plural = unit == "century" ? "centuries" : unit + "s"
            table[WordHash.phrase(unit)] = plural
            table[WordHash.phrase(plural)] = plural
        }
        return table
    }()

    /// Units of measure, by singular and plural key, with the unit name figures use.
    static let measures: KeyTable<String> = {
        var table = KeyTable<String>()
        let units: [(String, [String])] = [
            ("miles", ["mile", "miles", "mi"]),
            ("kilometers", ["kilometer", "kilometers", "kilometre", "kilometres", "km"]),
            ("meters", ["meter", "meters", "metre", "metres"]), ("feet", ["foot", "feet", "ft"]),
            ("inches", ["inch", "inches"]), ("pounds", ["pound", "pounds", "lb", "lbs"]),
            ("kilograms", ["kilogram", "kilograms", "kg"]), ("tons", ["ton", "tons", "tonnes", "tonne"]),
            ("acres", ["acre", "acres"]), ("hectares", ["hectare", "hectares"]), ("gallons", ["gallon", "gallons"]),
            ("liters", ["liter", "liters", "litre", "litres"]), ("degrees", ["degree", "degrees"]),
            ("mph", ["mph"]), ("barrels", ["barrel", "barrels"]),
        ]
        for (unit, forms) in units {
            for form in forms { table[WordHash.phrase(form)] = unit }
        }
        return table
    }()

    /// Months in each time unit, to add "three years and four months".
    static let monthsPerUnit: [String: Double] = ["years": 12, "months": 1, "decades": 120]
}
