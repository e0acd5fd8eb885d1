import ClipperModel
import Testing

struct RobustnessTests {
    @Test(arguments: [
        "", " \n\n ", "“", "”", "\"", "“““", "$", "%", "(", "(APD)", "Operation", "287(", "Jan.", "— —",
        "\u{FFFD}\u{FFFD}", String(repeating: "“a ", count: 500), String(repeating: "A ", count: 2000),
    ])
    func oddBodiesGiveEmptyOrSaneResults(body: String) {
        let found = extract(body)
        let size = body.utf8.count
        #expect(found.quotes.allSatisfy { $0.start <= $0.end && $0.end <= size })
        #expect(found.people.allSatisfy { $0.count >= 1 && !$0.name.isEmpty })
    }

    @Test func extractionIsDeterministicAndSafeToShare() async {
        let body = "“It works,” said Harold Medina, the chief. ICE hired 10,000 agents in July."
        let first = extract(body)
        let results = await withTaskGroup(of: Extraction.self) { group in
            for _ in 0..<8 { group.addTask { extract(body) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == first })
    }
}
