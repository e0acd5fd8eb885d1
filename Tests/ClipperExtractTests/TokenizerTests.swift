import Testing

@testable import ClipperExtract

struct TokenizerTests {
    private func words(_ text: String) -> [String] {
        let tokenized = TokenizedText(text)
        return (0..<tokenized.count).map { tokenized.text($0) }
    }

    @Test func possessiveIsAFlagNotPartOfTheWord() {
        let text = TokenizedText("Medina’s reply and the Sheriffs' Association")
        #expect(text.text(0) == "Medina")
        #expect(text[0].has(.possessive))
        #expect(text.text(4) == "Sheriffs")
        #expect(text[4].has(.pluralPossessive))
    }

    @Test func abbreviationsWithPeriodsAreOneToken() {
        let text = TokenizedText("the U.S. and N.M. agents, F.B.I. too")
        #expect(text.text(1) == "U.S.")
        #expect(text[1].has(.dotted) && text[1].has(.allCaps))
        #expect(text.text(3) == "N.M.")
        #expect(text.text(6) == "F.B.I.")
    }

    @Test func numbersKeepSeparatorsAndDecimals() {
        #expect(words("$5.7 million and 14,500 agents") == ["$", "5.7", "million", "and", "14,500", "agents"])
        #expect(words("in 2020, 3,000") == ["in", "2020", ",", "3,000"])
    }

    @Test func innerApostrophesStayHyphensSplit() {
        #expect(words("Brian O’Hara's two-thirds") == ["Brian", "O’Hara", "two", "-", "thirds"])
        #expect(words("don't") == ["don't"])
    }

    @Test func curlyAndStraightQuotationMarksAreMarks() {
        let text = TokenizedText("“Yes,” he said. \"No\"")
        #expect(text[0].mark == .openDouble)
        #expect(text[3].mark == .closeDouble)
        #expect(text[7].mark == .straightDouble)
    }

    @Test func blankLinesStartParagraphsAndPeriodsStartSentences() {
        let text = TokenizedText("One day. Two\n\nThree Sen. Smith")
        #expect(text[0].has(.paragraphStart))
        #expect(text[3].has(.sentenceStart))
        #expect(text[4].has(.paragraphStart))
        // "Sen." does not end a sentence.
        #expect(!text[7].has(.sentenceStart))
    }

    @Test(
        arguments: [
            [0xFF, 0xFE, 0x41], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0x2E, 0x2E], [0x27, 0x73], [0x24],
        ] as [[UInt8]])
    func brokenBytesDoNotCrash(bytes: [UInt8]) {
        let tokens = Tokenizer.tokenize(bytes)
        #expect(tokens.allSatisfy { $0.start < $0.end && $0.end <= bytes.count })
    }
}
