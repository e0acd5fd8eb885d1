import ClipperParse
import Testing

@testable import clipper_fuzz

/// The committed fuzz corpus, its `regressions/` (inputs the fuzzer once broke parse or extract
/// with) and the sample articles replay cleanly through parse and extract.
struct CommittedCorpusTests {
    @Test func theCorpusIsThere() {
        #expect(CorpusFiles.fuzzCorpus.count >= 20)
        #expect(CorpusFiles.seeds.count >= 1)
    }

    @Test(.timeLimit(.minutes(1)), arguments: CorpusFiles.fuzzCorpus + CorpusFiles.seeds)
    func committedInputIsRejectedWithAReasonOrHoldsTheInvariants(path: String) throws {
        // Given a committed input, under both file-name hints
        let bytes = try CorpusFiles.bytes(path)
        for fileName in ["input.txt", "input.html"] {
            var input = FuzzInput(bytes)
            input.fileName = fileName

            // When it goes through parse and extract
            var tally = ProbeTally()
            tally.record(sharedProbe.run(input), input: input, label: path)

            // Then it completes and nothing is broken
            #expect(tally.completed == 1)
            #expect(tally.failures.isEmpty, "\(tally.summary)")
        }
    }

    @Test func emptyAndBinaryInputsAreRejected() throws {
        for (path, code) in [
            ("fuzz/corpus/empty.txt", ParseError.Code.empty), ("fuzz/corpus/binary-png-header.bin", .binary),
        ] {
            let outcome = sharedProbe.run(FuzzInput(try CorpusFiles.bytes(path)))
            guard case .rejected(let error) = outcome else {
                Issue.record("\(path) was accepted")
                continue
            }
            #expect(error.code == code, "\(path): \(error.reason)")
        }
    }
}
