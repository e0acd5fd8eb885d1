import Logging
import Testing

@testable import ClipperDaemon

struct JournalLogHandlerTests {
    @Test func metadataFollowsTheMessageAsSortedPairs() {
        let pairs = JournalLogHandler.pairs(["stage": "parse", "duration_ms": "3.2", "file.name": "story.txt"])
        #expect(pairs == "[duration_ms=3.2 file.name=story.txt stage=parse]")
    }

    @Test func valuesAPairSplitterWouldMisreadAreQuoted() {
        #expect(JournalLogHandler.quotedIfNeeded("with spaces.txt") == #""with spaces.txt""#)
        #expect(JournalLogHandler.quotedIfNeeded(#"say "hi".txt"#) == #""say \"hi\".txt""#)
        #expect(JournalLogHandler.quotedIfNeeded(#"back\slash"#) == #""back\\slash""#)
        #expect(JournalLogHandler.quotedIfNeeded("a=b") == #""a=b""#)
        #expect(JournalLogHandler.quotedIfNeeded("") == #""""#)
        #expect(JournalLogHandler.quotedIfNeeded("plain-name_1.txt") == "plain-name_1.txt")
    }
}
