import ClipperModel
import Testing

@testable import ClipperSpool

struct SpoolNameTests {
    @Test(arguments: [
        ("story.html", 0, "story.html"), ("story.html", 1, "story.1.html"), ("story.html", 12, "story.12.html"),
        ("notes", 2, "notes.2"), ("x.tar.gz", 1, "x.tar.1.gz"), ("-dash.txt", 1, "-dash.1.txt"),
        ("a.verylongextensionoverlimit", 1, "a.verylongextensionoverlimit.1"),
    ])
    func numberedNamesKeepTheExtension(_ name: String, _ attempt: Int, _ expected: String) {
        #expect(SpoolName.candidate(name, attempt: attempt) == expected)
    }

    @Test func longNamesAreShortenedToFitOnACharacterBoundary() {
        // 250 bytes of "é" (2 bytes each) and ".txt"
        let name = String(repeating: "é", count: 125) + ".txt"
        #expect(name.utf8.count == 254)
        let first = SpoolName.candidate(name, attempt: 0, maxBytes: SpoolName.maximumFailedBytes)
        #expect(first.utf8.count <= 244)
        #expect(first.hasSuffix("é.txt"))
        let numbered = SpoolName.candidate(name, attempt: 7)
        #expect(numbered.utf8.count <= 255)
        #expect(numbered.hasSuffix("é.7.txt"))
        #expect((first + SpoolName.reportSuffix).utf8.count <= 255)
    }

    @Test func bytesThatAreNotUTF8BecomePercentEscapes() {
        #expect(SpoolName.printable(Array("caf".utf8) + [0xE9] + Array(".txt".utf8)) == "caf%E9.txt")
        #expect(SpoolName.printable([0xFF, 0xFE]) == "%FF%FE")
        #expect(SpoolName.printable(Array("été 100%.txt".utf8)) == "été 100%.txt")
        // A truncated multi-byte sequence is escaped byte by byte
        #expect(SpoolName.printable([0x61, 0xE2, 0x82]) == "a%E2%82")
    }

    @Test(arguments: ["", ".", "..", "a/b", "../x", String(repeating: "x", count: 256)])
    func pathsAreNotPlainNames(_ name: String) {
        #expect(!SpoolName.isPlain(name))
    }

    @Test(arguments: ["a b.txt", "line\nbreak", "-rf", "\"quoted\"", String(repeating: "x", count: 255)])
    func oddButPlainNamesAre(_ name: String) {
        #expect(SpoolName.isPlain(name))
    }
}

struct ReadCheckTests {
    @Test func tooLargeSaysBothSizesAndTheKey() {
        let problem = ReadCheck.problem(kind: .regularFile, size: 12_345_678, limit: 10_000_000)
        #expect(problem?.description == "12.3 MB, over the 10 MB limit (max_file_size)")
        #expect(problem?.code == .tooLarge)
        #expect(problem?.stage == .read)
    }

    @Test func onlyRegularFilesWithinTheLimitMayBeRead() {
        #expect(ReadCheck.problem(kind: .regularFile, size: 10_000_000, limit: 10_000_000) == nil)
        #expect(ReadCheck.problem(kind: .fifo, size: 0, limit: 10)?.description == "not a regular file (a FIFO)")
    }

    @Test(arguments: [
        (0, "0 bytes"), (1, "1 byte"), (999, "999 bytes"), (1_500, "1.5 kB"), (10_000_000, "10 MB"),
        (2_050_000_000, "2.1 GB"),
    ])
    func sizesReadLikeWords(_ bytes: Int, _ text: String) {
        #expect(ByteCount.describe(bytes) == text)
    }
}
