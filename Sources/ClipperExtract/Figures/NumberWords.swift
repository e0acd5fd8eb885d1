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
            ("inch", ["inch", "inches"]), ("lb", ["pound", "pounds", "lb", "lbs"]),
            ("kilograms", ["kilogram", "kilograms", "kg"]), ("tons", ["ton", "tons", "tonnes", "tonne"]),
            ("acres", ["acre", "acres"]), ("hectares", ["hectare", "hectares"]), ("gallons", ["gallon", "gallons"]),
            ("liters", ["liter", "liters", "litre", "litres"]), ("degrees", ["degree", "degrees"]),
            ("mph", ["mph"]), ("barrels", ["barrel", "barrels"]),
            ("centimeters", ["centimeter", "centimeters", "centimetre", "centimetres", "cm"]),
            ("millimeters", ["millimeter", "millimeters", "millimetre", "millimetres", "mm"]),
            ("micrometers", ["micrometer", "micrometers", "micrometre", "micrometres", "microns", "micron"]),
            ("nanometers", ["nanometer", "nanometers", "nanometre", "nanometres", "nm"]),
            ("yards", ["yard", "yards", "yd", "yds"]), ("ounces", ["ounce", "ounces", "oz"]),
            ("grams", ["gram", "grams"]), ("milligrams", ["milligram", "milligrams", "mg"]),
            ("milliliters", ["milliliter", "milliliters", "millilitre", "millilitres", "ml"]),
            ("horsepower", ["horsepower", "hp", "bhp"]), ("miles per gallon", ["mpg"]),
            ("kilometers per hour", ["kph", "kmh"]), ("knots", ["knot", "knots"]),
            ("bytes", ["byte", "bytes"]), ("kilobytes", ["kilobyte", "kilobytes", "kb"]),
            ("megabytes", ["megabyte", "megabytes", "mb"]), ("gigabytes", ["gigabyte", "gigabytes", "gb"]),
            ("terabytes", ["terabyte", "terabytes", "tb"]), ("megabits per second", ["mbps"]),
            ("gigabits per second", ["gbps"]), ("hertz", ["hertz", "hz"]), ("megahertz", ["megahertz", "mhz"]),
            ("gigahertz", ["gigahertz", "ghz"]), ("watts", ["watt", "watts"]),
            ("kilowatts", ["kilowatt", "kilowatts", "kw"]), ("megawatts", ["megawatt", "megawatts", "mw"]),
            ("gigawatts", ["gigawatt", "gigawatts", "gw"]), ("kWh", ["kwh"]),
            ("megawatt hours", ["mwh"]), ("gigawatt hours", ["gwh"]), ("volts", ["volt", "volts"]),
            ("milliampere-hours", ["mah"]), ("parts per million", ["ppm"]), ("parts per billion", ["ppb"]),
            ("psi", ["psi"]), ("rpm", ["rpm"]), ("pixels", ["pixel", "pixels"]),
            ("megapixels", ["megapixel", "megapixels"]), ("carats", ["carat", "carats"]),
            ("calories", ["calorie", "calories", "kcal"]), ("joules", ["joule", "joules"]),
            ("decibels", ["decibel", "decibels", "db"]), ("points", ["point", "points", "pts"]),
            ("gigatons", ["gigaton", "gigatons", "gigatonnes"]), ("megatons", ["megaton", "megatons"]),
            ("kilotons", ["kiloton", "kilotons"]), ("pascals", ["pascal", "pascals"]),
            ("gigapascals", ["gigapascal", "gigapascals", "gpa"]),
            ("megapascals", ["megapascal", "megapascals", "mpa"]),
            ("teraflops", ["teraflop", "teraflops"]), ("bushels", ["bushel", "bushels"]),
            ("kilohertz", ["kilohertz", "khz"]), ("degrees Celsius", ["celsius", "centigrade"]),
            ("degrees Fahrenheit", ["fahrenheit"]), ("square meters", ["sqm", "m2"]),
            ("micrometers", ["μm"]), ("square feet", ["sqft"]),
        ]
        for (unit, forms) in units {
            for form in forms { table[WordHash.phrase(form)] = unit }
        }
        return table
    }()

    /// Two-word units ("square feet", "degrees Celsius", "miles per hour"), by the key of both words.
    static let measurePhrases: KeyTable<String> = {
        var table = KeyTable<String>()
        let units: [(String, [String])] = [
            ("square feet", ["square feet", "square foot", "sq ft"]),
            ("square meters", ["square meters", "square meter", "square metres", "square metre", "sq m"]),
            ("square miles", ["square miles", "square mile"]),
            ("square kilometers", ["square kilometers", "square kilometres", "sq km"]),
            ("cubic meters", ["cubic meters", "cubic metres"]), ("cubic feet", ["cubic feet"]),
            ("degrees Celsius", ["degrees Celsius", "degree Celsius", "degrees centigrade"]),
            ("degrees Fahrenheit", ["degrees Fahrenheit", "degree Fahrenheit", "° F"]),
            ("basis points", ["basis points", "basis point"]), ("light years", ["light years", "light-years"]),
            ("miles per hour", ["miles per hour", "miles an hour"]),
            ("kilometers per hour", ["kilometers per hour", "kilometres per hour", "km per hour", "km/h"]),
            ("miles per gallon", ["miles per gallon"]), ("metric tons", ["metric tons", "metric tonnes"]),
            ("pound-foot", ["pound-feet", "lb-ft", "pound feet"]),
            ("degrees Celsius", ["degrees C", "degree C", "° C"]), ("degrees Fahrenheit", ["degrees F", "degree F"]),
            ("parts per million", ["parts per million"]), ("parts per billion", ["parts per billion"]),
        ]
        for (unit, forms) in units {
            for form in forms { table[WordHash.phrase(form)] = unit }
        }
        return table
    }()

    /// Currencies by name, plural and code, with the ISO code figures use ("19 cents" keeps its cents).
    static let currencyWords: KeyTable<String> = {
        var table = KeyTable<String>()
        let currencies: [(String, [String])] = [
            ("USD", ["dollar", "dollars", "usd"]), ("EUR", ["euro", "euros", "eur"]), ("JPY", ["yen", "jpy"]),
            ("CNY", ["yuan", "renminbi", "rmb", "cny"]), ("GBP", ["sterling", "gbp"]),
            ("INR", ["rupee", "rupees", "inr"]), ("RUB", ["ruble", "rubles", "rouble", "roubles", "rub"]),
            ("CHF", ["franc", "francs", "chf"]), ("ILS", ["shekel", "shekels", "ils", "nis"]),
            ("MYR", ["ringgit", "myr"]), ("THB", ["baht", "thb"]), ("KRW", ["won", "krw"]),
            ("ZAR", ["rand", "zar"]), ("TRY", ["lira", "liras", "lire"]), ("BRL", ["reais", "brl"]),
            ("SAR", ["riyal", "riyals", "sar"]), ("AED", ["dirham", "dirhams", "aed"]),
            ("SEK", ["krona", "kronor", "sek"]), ("NOK", ["krone", "kroner", "nok"]), ("DKK", ["dkk"]),
            ("CZK", ["koruna", "czk"]),
            ("PLN", ["zloty", "zlotys", "zlotych", "pln"]), ("NGN", ["naira", "ngn"]),
            ("IDR", ["rupiah", "idr"]), ("MXN", ["peso", "pesos", "mxn"]), ("HKD", ["hkd"]), ("AUD", ["aud"]),
            ("CAD", ["cad"]), ("SGD", ["sgd"]), ("NZD", ["nzd"]), ("BTC", ["bitcoin", "bitcoins", "btc"]),
            ("HUF", ["forint", "forints", "huf"]), ("PKR", ["pkr"]), ("EGP", ["egp"]),
            ("cents", ["cent", "cents"]),
        ]
        for (code, forms) in currencies {
            for form in forms { table[WordHash.phrase(form)] = code }
        }
        return table
    }()

    /// Crowns are a currency only with their country: "7.5 million Danish crowns".
    static let crowns: KeyTable<String> = [
        WordHash.phrase("Danish crowns"): "DKK", WordHash.phrase("Swedish crowns"): "SEK",
        WordHash.phrase("Norwegian crowns"): "NOK", WordHash.phrase("Czech crowns"): "CZK",
        WordHash.phrase("Icelandic crowns"): "ISK", WordHash.phrase("Danish crown"): "DKK",
        WordHash.phrase("Swedish crown"): "SEK", WordHash.phrase("Norwegian crown"): "NOK",
        WordHash.phrase("Czech crown"): "CZK", WordHash.phrase("Icelandic crown"): "ISK",
    ]

    /// Words written right before a currency sign to say whose dollar it is ("US$", "HK$", "A$").
    static let dollarPrefixes: KeyTable<String> = [
        WordHash.phrase("US"): "USD", WordHash.phrase("HK"): "HKD", WordHash.phrase("A"): "AUD",
        WordHash.phrase("AU"): "AUD", WordHash.phrase("C"): "CAD", WordHash.phrase("CA"): "CAD",
        WordHash.phrase("S"): "SGD", WordHash.phrase("NZ"): "NZD", WordHash.phrase("NT"): "TWD",
        WordHash.phrase("R"): "BRL", WordHash.phrase("Mex"): "MXN",
    ]

    /// Months in each time unit, to add "three years and four months".
    static let monthsPerUnit: [String: Double] = ["years": 12, "months": 1, "decades": 120]
}
