import Testing

@testable import ClipperExtract

struct ResourceLinesTests {
    @Test func fieldsOfEachLineSkippingCommentsAndBlankLines() {
        var lines: [[String]] = []
        ResourceLines.forEachLine(
            of: "# a comment\nSanta Fe\tcity\tSanta Fe\tNew Mexico\n\nNM\tstate-abbr\t\r\nlast\tline"
        ) {
            lines.append($0.map(ResourceLines.string))
        }
        #expect(
            lines == [["Santa Fe", "city", "Santa Fe", "New Mexico"], ["NM", "state-abbr", ""], ["last", "line"]])
    }

    @Test func aGazetteerKeepsTheReadingsOfANameInTheFilesOrder() {
        let gazetteer = Gazetteer(
            tsv: "Paris\tcity\tParis\tFrance\nSpringfield\tcity\tSpringfield\tIllinois\nParis\tcity\tParis\tTexas\n")
        let readings = gazetteer.lookup(WordHash.phrase("Paris"))
        #expect(readings.map(\.region) == ["France", "Texas"])
        #expect(gazetteer.lookup(WordHash.phrase("Springfield")).first?.region == "Illinois")
        #expect(gazetteer.lookup(WordHash.phrase("Lyon")).isEmpty)
    }
}
