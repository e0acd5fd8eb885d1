import Foundation
import Testing

@testable import ClipperParse

/// The byte-level helpers of the line rules agree with the slower forms they replaced.
struct ByteHelperTests {
    @Test(arguments: [
        "", " ", "one", "Photo by Jane Doe", "  two  spaces ",
        "Police say ICE tactics are eroding public trust in local law enforcement",
        "  leading and  double  spaces, across   the eight-byte chunks  ", "exactly8", "exactly8 exactly8",
        "Zoë Müller für Reuters — “quoted”", String(repeating: "ab ", count: 50),
    ])
    func wordCountIsSplitBySpaceCount(_ text: String) {
        let expected = text.split(separator: " ").count
        #expect(ByteScan.wordCount(text) == expected)
        #expect(ByteScan.wordCount(text.dropFirst()) == text.dropFirst().split(separator: " ").count)
        #expect(TextShape(text).wordCount == expected)
    }

    @Test func textNodesAreMeasuredAsEachByteAloneMeasuresThem() {
        // Visible length (a run of white space counts once, not before the first printed byte),
        // printed bytes and commas, against the byte-by-byte reading, with white space and commas
        // at every offset of the eight-byte chunks.
        func reference(_ bytes: [UInt8]) -> (Int32, Int32, Int32) {
            var visible: Int32 = 0
            var printed: Int32 = 0
            var commas: Int32 = 0
            var inSpace = true
            for byte in bytes {
                if Whitespace.isASCIISpace(byte) {
                    if !inSpace { visible += 1 }
                    inSpace = true
                } else {
                    visible += 1
                    printed += 1
                    inSpace = false
                    if byte == UInt8(ascii: ",") { commas += 1 }
                }
            }
            return (visible, printed, commas)
        }
        let pieces = ["word", " ", "\t\n ", ",", "a,b", "  ", "Zoë", "\r"]
        for length in 0..<40 {
            let text = (0..<length).map { pieces[($0 * 7 + length) % pieces.count] }.joined()
            let bytes = Array(text.utf8)
            let measured = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { NodeStatistics.measure($0.baseAddress, length: $0.count) }
            }
            #expect(measured == reference(bytes), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [[0x41, 0xFF, 0x42], [0xC2, 0x20, 0x61], [0x61, 0xE2, 0x80], [0xE2, 0x80, 0x20, 0x62], [0x80, 0x80]])
    func normalizingBytesRepairsThemAsAStringOfThemWould(_ bytes: [UInt8]) {
        let viaString = TextNormalizer.normalize(String(decoding: bytes, as: UTF8.self), keepLines: false)
        #expect(TextNormalizer.normalize(bytes: bytes, keepLines: false) == viaString)
    }

    @Test func creditLinesPassTheByteFilterInEachForm() {
        // A credit opening, the AP form, an agency after a slash, "via" in either case, "for".
        #expect(LinePatterns.creditName(of: "Photo by Jane Doe") == "Jane Doe")
        #expect(LinePatterns.creditName(of: "Photo courtesy of Jane Doe") == "Jane Doe")
        #expect(LinePatterns.creditName(of: "Jane Doe/AP") == "Jane Doe")
        #expect(LinePatterns.creditName(of: "Pictures VIA Getty Images") != nil)
        #expect(LinePatterns.creditName(of: "Photographer for Reuters") != nil)
        // Sentences that open with a credit word's letter are none.
        #expect(LinePatterns.creditName(of: "Colorado officials said on Tuesday the plan would go ahead.") == nil)
        #expect(LinePatterns.creditName(of: "Police said the road was closed for hours.") == nil)
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

