import ClipperExtract
import Testing

struct ExtractorDescriptionTests {
    /// ServiceLifecycle describes every service with `"\(service)"`; the pipeline holds the extractor,
    /// whose lexicon must not be walked by reflection (a 58 MB string before this was short).
    @Test func theExtractorDescribesItselfInAWord() {
        #expect(String(describing: sharedExtractor) == "Extractor")
        struct Holder { let extractor: Extractor }
        #expect(String(describing: Holder(extractor: sharedExtractor)).utf8.count < 100)
    }
}
