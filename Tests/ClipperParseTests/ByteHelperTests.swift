import Testing

@testable import ClipperParse

/// The byte-level helpers of the line rules agree with the slower forms they replaced.
struct ByteHelperTests {
    @Test(arguments: ["Photo by Jane Doe", "  two  spaces ", "one", "", " ", "Zoë Müller für Reuters"])
    func wordCountIsSplitBySpaceCount(_ text: String) {
        #expect(ByteScan.wordCount(text) == text.split(separator: " ").count)
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
}
