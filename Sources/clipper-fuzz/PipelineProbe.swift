import ClipperExtract
import ClipperModel
import ClipperParse

/// Runs one input through the pure pipeline (parse, then extract) and checks the result.
struct PipelineProbe: Sendable {
    /// What became of one input.
    enum Outcome: Sendable, Hashable {
        /// The parser refused the bytes with a reason; a normal outcome for bad input.
        case rejected(ParseError)
        /// Parsed and extracted; `violations` lists each broken invariant (none when all is well).
        case accepted(article: ParsedArticle, extraction: Extraction, violations: [String])
    }

    private let extractor: Extractor

    /// Uses `extractor` for every input (build it once: it loads the gazetteer).
    init(extractor: Extractor) {
        self.extractor = extractor
    }

    /// Parses and extracts `input`, then checks ``PipelineInvariants`` on the result.
    func run(_ input: FuzzInput) -> Outcome {
        let article: ParsedArticle
        do {
            article = try ArticleParser.parse(input.bytes, fileName: input.fileName)
        } catch {
            return .rejected(error)
        }
        let extraction = extractor.extract(from: article)
        let violations = PipelineInvariants.violations(article: article, extraction: extraction)
        return .accepted(article: article, extraction: extraction, violations: violations)
    }
}
