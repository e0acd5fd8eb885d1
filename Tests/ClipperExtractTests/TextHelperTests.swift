import Testing

@testable import ClipperExtract

/// The byte-level helpers the rules call per mention agree with the slower forms they replaced.
struct TextHelperTests {
    @Test(arguments: [
        "Santa Fe County", "N.M.", "O'Hara's", "the U.S. Department of State", "Zürich  Airport", "14,500 people",
        "", "  ", "Jean-Marie Le Pen",
    ])
    func phraseHashOfAStringIsTheHashOfItsTokens(_ text: String) {
        let tokens = Tokenizer.tokenize(Array(text.utf8))
        #expect(WordHash.phrase(text) == WordHash.phrase(tokens, 0..<tokens.count))
        let padded = "x " + text + " y"
        let slice = padded.dropFirst(2).dropLast(2)
        #expect(WordHash.phrase(slice) == WordHash.phrase(text))
    }

    @Test(arguments: ["Boeing Co", "  two  spaces ", "one", "", "Société Générale SA", " "])
    func wordsSplitAsSplitBySpaceDoes(_ name: String) {
        #expect(name.spaceSeparatedWords == name.split(separator: " "))
    }

    @Test func containmentIgnoresTheCaseOfASCIILetters() {
        #expect("Santa Fe Police Chief".containsIgnoringASCIICase("chief"))
        #expect("chief".containsIgnoringASCIICase("CHIEF"))
        #expect("Police Chief".containsIgnoringASCIICase(""))
        #expect(!"Chief".containsIgnoringASCIICase("Police Chief"))
        #expect(!"Secretary of State".containsIgnoringASCIICase("statesman"))
        #expect("Präsident der Republik".containsIgnoringASCIICase("präsident"))
    }

    @Test func trimmingLeavesPeriodsAndInnerPunctuation() {
        #expect(", Sen., ".trimmingTrailingPunctuation == "Sen.")
        #expect("chief of staff:;".trimmingTrailingPunctuation == "chief of staff")
        #expect(" , ".trimmingTrailingPunctuation == "")
        #expect("Zürich mayor".trimmingTrailingPunctuation == "Zürich mayor")
        #expect(" Präsidentin der Universität, ".trimmingTrailingPunctuation == "Präsidentin der Universität")
        #expect(":x;".trimmingTrailingPunctuation == ":x")
    }
}

struct TokenizedTextHelperTests {
    @Test func textCollapsesWhiteSpaceWhetherOrNotItHasTo() {
        let text = TokenizedText("Santa  Fe\nCounty officials said 14,500 people left. New Mexico")
        #expect(text.text(0..<3) == "Santa Fe County")
        #expect(text.text(0..<1) == "Santa")
        let newMexico = text.count - 2..<text.count
        #expect(text.text(newMexico) == "New Mexico")
        #expect(text.text(bytes: 0..<0) == "")
    }

    @Test func numbersDropTheirThousandsSeparators() {
        let text = TokenizedText("14,500 people and 5.7 percent, not Infinity")
        #expect(text.numberValue(0) == 14_500)
        #expect(text.numberValue(3) == 5.7)
        #expect(text.numberValue(1) == nil)
        #expect(text.numberValue(-1) == nil && text.numberValue(text.count) == nil)
    }

    @Test func tokenIndexMapHoldsTheLastIndexSetAndNothingOutside() {
        var map = TokenIndexMap(tokenCount: 4)
        map[1] = 7
        map[1] = 8
        map[9] = 3
        map[-1] = 3
        #expect(map[1] == 8 && map[0] == nil && map[9] == nil && map[-1] == nil)
        map[1] = nil
        #expect(map[1] == nil)
    }
}
