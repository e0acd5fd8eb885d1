import ClipperModel
import ClipperSpool
import Testing

@testable import ClipperPipeline

/// The bounded queue between workers and writer: what it holds, when a batch goes, who waits.
@Suite(.timeLimit(.minutes(1)))
struct IndexQueueTests {
    private func job(_ number: Int) -> IndexJob {
        let name = "file-\(number).txt"
        return IndexJob(
            file: ClaimedFile(name: name, originalName: name, size: 10),
            record: ArticleRecord(
                id: "id-\(number)", source: SourceInfo(file: name, bytes: 10, mediaType: .plainText),
                article: ParsedArticle(mediaType: .plainText, body: "Article \(number)."), extraction: Extraction()),
            elapsed: .zero, ready: .now)
    }

    private func names(_ batch: [IndexJob]?) -> [String] {
        batch?.map(\.file.name) ?? []
    }

    @Test func aLoneArticleGoesAtOnceWhateverTheDelay() async {
        let queue = IndexQueue(capacity: 8, batchSize: 4)
        queue.willSend()
        #expect(await queue.send(job(1)))
        // No worker is making another article, so the writer does not wait out the hour.
        #expect(names(await queue.nextBatch(waitingAtMost: .seconds(3_600))) == ["file-1.txt"])
    }

    @Test func aPartialBatchWaitsForAnArticleAWorkerIsMaking() async {
        let queue = IndexQueue(capacity: 8, batchSize: 2)
        queue.willSend()
        queue.willSend()
        #expect(await queue.send(job(1)))
        async let batch = queue.nextBatch(waitingAtMost: .seconds(3_600))
        #expect(await queue.send(job(2)))
        #expect(names(await batch) == ["file-1.txt", "file-2.txt"])
    }

    @Test func anAbandonedArticleReleasesThePartialBatch() async {
        let queue = IndexQueue(capacity: 8, batchSize: 2)
        queue.willSend()
        queue.willSend()
        #expect(await queue.send(job(1)))
        async let batch = queue.nextBatch(waitingAtMost: .seconds(3_600))
        queue.abandon()
        #expect(names(await batch) == ["file-1.txt"])
    }

    @Test func aFullQueueHoldsTheSenderUntilTheWriterTakesABatch() async {
        let queue = IndexQueue(capacity: 2, batchSize: 2)
        for _ in 1...3 { queue.willSend() }
        #expect(await queue.send(job(1)))
        #expect(await queue.send(job(2)))
        async let third = queue.send(job(3))
        #expect(queue.count == 2)
        #expect(names(await queue.nextBatch(waitingAtMost: .zero)) == ["file-1.txt", "file-2.txt"])
        #expect(await third)
        #expect(names(await queue.nextBatch(waitingAtMost: .zero)) == ["file-3.txt"])
    }

    @Test func afterFinishTheWriterTakesWhatIsLeftThenNil() async {
        let queue = IndexQueue(capacity: 8, batchSize: 4)
        for number in 1...5 {
            queue.willSend()
            #expect(await queue.send(job(number)))
        }
        queue.finish()
        queue.willSend()
        #expect(await queue.send(job(6)) == false)
        #expect(names(await queue.nextBatch(waitingAtMost: .zero)).count == 4)
        #expect(names(await queue.nextBatch(waitingAtMost: .zero)) == ["file-5.txt"])
        #expect(await queue.nextBatch(waitingAtMost: .zero) == nil)
    }

    @Test func aCancelledSenderGivesUpInsteadOfWaitingForever() async {
        let queue = IndexQueue(capacity: 1, batchSize: 1)
        queue.willSend()
        #expect(await queue.send(job(1)))
        let sender = Task {
            queue.willSend()
            return await queue.send(job(2))
        }
        sender.cancel()
        #expect(await sender.value == false)
        #expect(queue.count == 1)
    }
}
