import ClipperModel

@testable import ClipperExtract

/// One extractor for every test, as the pipeline shares one between workers.
let sharedExtractor = Extractor()

/// Extracts from a body written in the test.
func extract(_ body: String, title: String? = nil, published: String? = nil, credits: [String] = []) -> Extraction {
    sharedExtractor.extract(
        from: ParsedArticle(mediaType: .plainText, title: title, published: published, body: body, credits: credits))
}

extension Extraction {
    func person(_ name: String) -> Person? { people.first { $0.name == name } }
    func organization(_ name: String) -> Organization? { organizations.first { $0.name == name } }
    func place(_ name: String) -> Place? { places.first { $0.name == name } }
    func quote(containing words: String) -> Quotation? { quotes.first { $0.text.contains(words) } }
}
