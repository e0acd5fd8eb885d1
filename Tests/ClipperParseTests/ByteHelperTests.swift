import Foundation
import Testing

@testable import ClipperParse

/// The byte-level helpers of the line rules agree with the slower forms they replaced.
struct ByteHelperTests {
    @Test(arguments: ["Photo by Jane Doe", "  two  spaces ", "one", "", " ", "Zoë Müller für Reuters"])
    func wordCountIsSplitBySpaceCount(_ text: String) {
        #expect(ByteScan.wordCount(text) == text.split(separator: " ").count)
    }

    @Test(arguments: [
        "", " ", "one", "Police say ICE tactics are eroding public trust in local law enforcement",
        "  leading and  double  spaces, across   the eight-byte chunks  ", "exactly8", "exactly8 exactly8",
        "Zoë Müller für Reuters — “quoted”", String(repeating: "ab ", count: 50),
    ])
    func shapeWordCountIsSplitBySpaceCount(_ text: String) {
        #expect(TextShape(text).wordCount == text.split(separator: " ").count)
    }

    @Test(arguments: [
        ("Headline | Site", " | "), ("A | B | C", " | "), (" | leading and trailing | ", " | "), ("none", " | "),
        ("", " - "), ("Zoë — Café — Straße", " — "), ("a--b---c", "--"),
    ])
    func componentsAreFoundByBytesAsFoundationFindsThem(_ text: String, _ separator: String) {
        #expect(ByteScan.components(of: text, separatedBy: separator) == text.components(separatedBy: separator))
    }

    @Test func byteClassesOfEightBytesAgreeWithEachByteAlone() {
        // Every byte value, in every slot of a chunk.
        for value in 0...255 {
            for slot in 0..<8 {
                var bytes = [UInt8](repeating: 0x41, count: 8)
                bytes[slot] = UInt8(value)
                let chunk = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                let bit: UInt64 = 0x80 << (8 * UInt64(slot))
                #expect((ByteClasses.asciiSpace(chunk) & bit != 0) == Whitespace.isASCIISpace(UInt8(value)))
                #expect((ByteClasses.equal(chunk, UInt8(ascii: ",")) & bit != 0) == (value == 0x2C))
                #expect(ByteClasses.asciiSpace(chunk) & ~bit == 0, "slot \(slot), byte \(value)")
            }
        }
    }

    @Test func functionWordsAreFoundInEveryCaseAndLongWordsAreNone() {
        func languages(_ word: String) -> UInt16 {
            var copy = word
            return copy.withUTF8 { Stopwords.masks.languages(ofWord: $0[...]) }
        }
        #expect(languages("the") != 0)
        #expect(languages("The") == languages("the"))
        #expect(languages("und") != 0 && languages("und") != languages("the"))
        #expect(languages("Newsroom") == 0)
        #expect(languages("internationalization") == 0)
    }

    @Test func tweetsAreSignedAndDated() {
        #expect(TweetEmbeds.isTweet("Big news today — Jane Doe (@janedoe) March 3, 2021"))
        #expect(TweetEmbeds.isTweet("See pic.twitter.com/abc123"))
        #expect(!TweetEmbeds.isTweet("Jane Doe (@janedoe) said the plan works."))
        #expect(!TweetEmbeds.isTweet("— Jane Doe (@jane doe with spaces) March 3, 2021"))
    }

    @Test(arguments: [
        "Share This Article", "It’s “Quoted” — here…", "ÉTÉ À PARIS", "Straße", "ΣΟΦΊΑ", "© 2025 NPR", "",
    ])
    func lowercasingByBytesAgreesWithUnicode(_ text: String) {
        #expect(ASCIICase.lowercased(text) == text.lowercased())
    }

    @Test func caseBlindPrefixesCompareASCIILettersOnly() {
        #expect(ASCIICase.hasPrefix("COPYRIGHT 2024 The Tribune", lowercased: "copyright"))
        #expect(ASCIICase.hasPrefix("Copyright", lowercased: "copyright"))
        #expect(!ASCIICase.hasPrefix("Copy", lowercased: "copyright"))
        #expect(!ASCIICase.hasPrefix("Colorado officials said", lowercased: "copyright"))
    }

    @Test func matchKeysTrimPunctuationAndBulletsOfEitherWidth() {
        #expect(LinePatterns.matchKey("• Share this article »") == "share this article")
        #expect(LinePatterns.matchKey(" — RELATED: Another Story. ") == "related: another story")
        #expect(LinePatterns.matchKey("·–·") == "")
        #expect(LinePatterns.matchKey("Zoë’s Café:") == "zoë’s café")
    }
}

