import ClipperModel
import Foundation
import Testing

@testable import ClipperParse

/// Pictures' boxes named for the picture (`image-description`, `imginline`, `photo-credit`) hold
/// captions and credits in any element, not only `<figcaption>`; a heading above a picture keeps its
/// section.
struct HTMLPictureBoxTests {
    @Test func aCaptionInAPictureBoxIsDropped() throws {
        // Given an article with a picture whose caption is a <p> and credit a <span> in a box named for it
        let html = """
            <html><body><article>\(HTMLPage.paragraph)<div class="imginline"><img src="bus.jpg">
            <span>The night bus waits at the port gate on its first evening.</span></div>
            <p class="image-annotation">Photo archive of the harbour company</p>
            \(HTMLPage.paragraph.replacingOccurrences(of: "Tuesday", with: "Friday"))</article></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then neither the caption nor the credit is in the body, and both are listed as captions
        #expect(!article.body.contains("The night bus waits"))
        #expect(!article.body.contains("Photo archive"))
        #expect(article.removed.contains { $0.kind == .caption && $0.text.hasPrefix("The night bus waits") })
        #expect(article.body.contains("voted on Friday"))
    }

    @Test func aHeadingAboveAPictureKeepsItsSection() throws {
        // Given a heading, then a picture with its caption, then the section's text
        let html = """
            <html><body><article>\(HTMLPage.paragraph)<h2>The route</h2>
            <div class="photo-box"><img src="map.png"><p>A map of the route from the gate to the station.</p></div>
            \(HTMLPage.paragraph.replacingOccurrences(of: "Tuesday", with: "Friday"))</article></body></html>
            """
        let article = try HTMLPage.parse(html)
        // Then the heading stays and the caption goes
        #expect(article.body.contains("The route\n\nThe council voted on Friday"))
        #expect(!article.body.contains("A map of the route"))
    }
}
