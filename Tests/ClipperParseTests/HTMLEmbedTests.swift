import ClipperModel
import Testing

@testable import ClipperParse

/// A post embedded in the story (a tweet the reporter quotes) is article text, whatever its wrapper
/// is called; a share bar beside it is not.
struct HTMLEmbedTests {
    private static let post = """
        <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The night bus is the best
        thing the council has done for the port in years: <a href="https://t.co/abc">https://t.co/abc</a></p>
        — Dock Workers Local 9 (@docklocal9) <a href="https://x.com/docklocal9/status/1">March 4, 2025</a>
        </blockquote></div>
        """

    private static func page(_ inside: String) -> String {
        "<html><body><article>\(HTMLPage.paragraphs)\(inside)\(HTMLPage.paragraph)</article></body></html>"
    }

    @Test func anEmbeddedPostInASocialWrapperStays() throws {
        // Given a story quoting a post, in a wrapper whose class says "social" and "media"
        let article = try HTMLPage.parse(Self.page(Self.post))
        // Then the post and its signature are in the body
        #expect(article.body.contains("the best thing the council has done for the port in years"))
        #expect(article.body.contains("(@docklocal9)"))
    }

    @Test func aSocialShareBarStillGoes() throws {
        // Given a share bar in the same place
        let bar = """
            <div class="social-share"><a href="/share/fb">Share on Facebook</a> <a href="/share/x">Share on X</a>
            <a href="/share/mail">Email this story to a friend</a></div>
            """
        let article = try HTMLPage.parse(Self.page(bar))
        // Then it is not article text
        #expect(!article.body.contains("Share on"))
        #expect(article.body.contains("most workers had no way home but a taxi"))
    }
}
