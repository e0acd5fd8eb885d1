import ClipperTestSupport
import Testing

@testable import clipper_fuzz

/// Parse and extract together on a few thousand inputs from a seeded generator: random bytes,
/// mutated real documents and token soup. Every input must complete, without a crash, either
/// rejected with a reason or accepted with every ``PipelineInvariants`` holding.
@Suite(.timeLimit(.minutes(1)))
struct PipelineRandomInputTests {
    @Test func randomBytesAreRejectedWithAReasonOrHoldTheInvariants() {
        // Given 1,000 random byte strings, half of them arbitrary bytes and half text-like
        var random = SeededGenerator(seed: 0x00C1_19E5)
        var tally = ProbeTally()
        for index in 0..<1_000 {
            let length = Int.random(in: 0...512, using: &random)
            let bytes: [UInt8] =
                index.isMultiple(of: 2)
                ? (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
                : (0..<length).map { _ in
                    random.chance(90)
                        ? UInt8.random(in: 0x20...0x7E, using: &random)
                        : random.pick([0x0A, 0xC3, 0xA9, 0xE2, 0x80, 0x9C])
                }

            // When each goes through parse and extract
            let input = FuzzInput(bytes)
            tally.record(sharedProbe.run(input), input: input, label: "random input \(index)")
        }

        // Then all complete, some reach the extractor, and nothing is broken
        #expect(tally.completed == 1_000)
        #expect(tally.accepted > 0 && tally.rejected > 0)
        #expect(tally.failures.isEmpty, "\(tally.summary)")
    }

    @Test func mutatedDocumentsAreRejectedWithAReasonOrHoldTheInvariants() throws {
        // Given the committed corpus and seeds, each mutated twenty times over (bit flips, splices,
        // truncations, repeated chunks, inserted and deleted runs)
        let documents = try (CorpusFiles.fuzzCorpus + CorpusFiles.seeds).map(CorpusFiles.bytes)
        try #require(documents.count >= 20)
        var random = SeededGenerator(seed: 0x5EED_C0_4905)
        var tally = ProbeTally()
        for index in 0..<(documents.count * 20) {
            let original = documents[index % documents.count]
            let bytes = ByteMutator.mutate(original, donor: random.pick(documents), using: &random)

            // When each goes through parse and extract
            let input = FuzzInput(bytes)
            tally.record(sharedProbe.run(input), input: input, label: "mutation \(index)")
        }

        // Then all complete, most reach the extractor, and nothing is broken
        #expect(tally.completed == documents.count * 20)
        #expect(tally.accepted > tally.completed / 2)
        #expect(tally.failures.isEmpty, "\(tally.summary)")
    }

    @Test func tokenSoupIsRejectedWithAReasonOrHoldsTheInvariantsTheSameWayTwice() {
        // Given 600 documents of unbalanced tags, entities, quotation marks, attributions,
        // figures, dates and sometimes deep nesting
        var random = SeededGenerator(seed: 0x70_4E_50_0B)
        var tally = ProbeTally()
        for index in 0..<600 {
            let input = FuzzInput(TokenSoup.document(using: &random))

            // When each goes through parse and extract (every eighth twice)
            let outcome = sharedProbe.run(input)
            tally.record(outcome, input: input, label: "soup \(index)")
            if index.isMultiple(of: 8), sharedProbe.run(input) != outcome {
                tally.recordDifferentRerun(input: input, label: "soup \(index)")
            }
        }

        // Then all complete, most reach the extractor, the same way each time, and nothing is broken
        #expect(tally.completed == 600)
        #expect(tally.accepted > 300)
        #expect(tally.failures.isEmpty, "\(tally.summary)")
    }
}
