import ClipperModel
import Foundation
import Testing

@testable import ClipperStore

/// The hand-written encoders for lists of strings and removed blocks write what `JSONEncoder` writes.
struct StoredJSONTests {
    @Test(arguments: [
        [], [""], ["Harold Medina", "Chief Medina"], ["quote \" and \\ back", "tab\tline\nreturn\r"],
        ["bell \u{07} and \u{1F}", "slash / é ü 中 🙂", "\u{2028}"],
    ])
    func listsOfStringsEncodeAsJSONEncoderDoes(_ strings: [String]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(strings), as: UTF8.self)
        #expect(StoredJSON.text(strings) == expected)
        #expect(try StoredJSON.value([String].self, from: StoredJSON.text(strings)) == strings)
    }

    @Test(arguments: [
        [],
        [RemovedBlock(kind: .navigation, text: "Home / News")],
        [RemovedBlock(kind: .caption, text: "A \"quoted\" caption\nover two lines"), RemovedBlock(kind: .other, text: "")],
    ])
    func removedBlocksEncodeAsJSONEncoderDoes(_ blocks: [RemovedBlock]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(blocks), as: UTF8.self)
        #expect(StoredJSON.text(blocks) == expected)
        #expect(try StoredJSON.value([RemovedBlock].self, from: StoredJSON.text(blocks)) == blocks)
    }
}
