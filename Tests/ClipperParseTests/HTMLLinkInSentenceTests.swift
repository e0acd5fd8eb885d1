import ClipperModel
import Testing

@testable import ClipperParse

/// A link inside a sentence is the sentence's own words, whatever its class says (`tag`, `author`);
/// the same class on a link outside paragraphs is furniture.
struct HTMLLinkInSentenceTests {
    @Test func aTagLinkInsideASentenceKeepsItsWords() throws {
        // Given a sentence whose name links to the site's tag page
        let html = """
            <html><body><article>\(HTMLPage.paragraphs)
            <p>The port's director <a class="tag" href="/tags/ann-ruiz">Ann Ruiz</a> said the late buses would
            run through the winter, whatever the first month's counts show.</p></article></body></html>
            """
        // Then the name is still in the sentence
        #expect(try HTMLPage.parse(html).body.contains("The port's director Ann Ruiz said the late buses"))
    }

    @Test func aSkipLinkOutsideParagraphsGoes() throws {
        let html = """
            <html><body><a class="skip-link" href="#main">Jump to the main content</a><article>
            \(HTMLPage.paragraphs)</article></body></html>
            """
        #expect(!(try HTMLPage.parse(html).body.contains("Jump to")))
    }
}
