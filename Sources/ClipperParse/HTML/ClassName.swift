import ClipperModel

/// An element's `class` and `id` text, classified once: furniture or not, and Readability's weight.
struct ClassName {
    let text: String
    /// Why an element with this name is furniture, or nil.
    let furniture: RemovedBlock.Kind?
    /// +25 for article-like names, -25 for furniture-like names.
    let weight: Double

    init(_ text: String) {
        self.text = text
        furniture = BoilerplateTokens.furnitureKind(text)
        weight = BoilerplateTokens.weight(text)
    }
}
