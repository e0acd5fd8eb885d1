import ClipperModel
import Testing

@testable import ClipperParse

/// Pages whose article the first pass misses are read again, not quarantined: only a page with no
/// visible text at all is refused.
struct HTMLFallbackTests {
    private func parse(_ html: String) throws -> ParsedArticle {
        try ArticleParser.parse(Array(html.utf8), fileName: "page.html")
    }

    @Test func aShortArticleIsAnArticle() throws {
        // Given a 300-character post in a box named like furniture ("widget"), beside a menu
        let html = """
            <html><body><ul class="menu"><li><a href="/">Home</a></li><li><a href="/a">About</a></li></ul>
            <div class="widget blog-posts"><h3>Spring fair moves to the park</h3>
            <div>This year the spring fair moves from the school yard to the river park, where there is room for
            forty stalls. It opens on Saturday at ten and closes at six; entry is free for children.</div></div>
            </body></html>
            """
        let article = try parse(html)
        // Then its text is the body
        #expect(article.body.contains("This year the spring fair moves from the school yard to the river park"))
    }

    @Test(arguments: ["aside", "header", "form"])
    func anArticleInAFurnitureTagIsKept(tag: String) throws {
        // Given a page that puts its whole article in an <aside> (or <header>, or a shop's <form>),
        // beside a long menu
        let menu = (1...60).map { "<li><a href=\"/s\($0)\">Section \($0)</a></li>" }.joined()
        let html = """
            <html><body><nav><ul>\(menu)</ul></nav><main><\(tag) class="direct-content">
            <p>The spring fair moves from the school yard to the river park this year, where there is room for
            forty stalls and a stage for the brass band that plays on the Saturday afternoon.</p>
            <p>It opens on Saturday at ten and closes at six; entry is free for children, and the organisers ask
            visitors to come by bus or bicycle because the car park by the river is small.</p>
            </\(tag)></main><footer><p>Imprint</p></footer></body></html>
            """
        let article = try parse(html)
        // Then the article is the body and the menu is not
        #expect(article.body.contains("The spring fair moves from the school yard to the river park"))
        #expect(article.body.contains("It opens on Saturday at ten and closes at six"))
        #expect(!article.body.contains("Section 12"))
    }

    @Test func aWordPressPostWithTaxonomyClassesIsKept() throws {
        // Given a post whose classes name its tags (tag-…), as WordPress writes them, and long comments
        let comment = String(repeating: "I was there last year and the queue was far too long for everyone. ", count: 6)
        let html = """
            <html><body><article class="post type-post hentry tag-garden tag-weather category-news">
            <p>The garden club counted its members on Monday and found that it had grown by a third since the
            spring, mostly thanks to the new allotments beside the station.</p></article>
            <ol class="comment-list"><li><p>\(comment)</p></li><li><p>\(comment)</p></li></ol></body></html>
            """
        let article = try parse(html)
        #expect(article.body.contains("The garden club counted its members on Monday"))
        #expect(!article.body.contains("the queue was far too long"))
    }

    @Test func anUnclosedTagInNoscriptDoesNotHideThePage() throws {
        // Given a page whose <noscript> opens a <div> it never closes (libxml2 then nests the rest in it)
        let html = """
            <html><body><noscript><div id="nojs"></noscript><div id="main"><h1>Bears count</h1>
            <p>Rangers counted more bear cubs in the park this year than in any year since counting began, the
            park office said on Tuesday, and asked visitors to keep their distance on the trails.</p></div>
            </body></html>
            """
        let article = try parse(html)
        #expect(article.body.contains("Rangers counted more bear cubs in the park this year"))
    }

    @Test func aPageWithNoVisibleTextIsRefusedWithAReasonThatSaysSo() {
        let html = "<html><head><title>x</title><script>var a = 1;</script></head><body><img src=a.png></body></html>"
        #expect(throws: ParseError(.noText, "an HTML page with no visible text in it")) { try parse(html) }
    }

    @Test func strayNULBytesAreDroppedNotFatal() throws {
        // Given an HTML page saved with a NUL byte inside its text
        let text =
            "<html><body><p>The ferry to the island runs again from Monday, after two weeks in the yard for repairs to its engine.</p></body></html>"
        var bytes = Array(text.utf8)
        bytes.insert(0, at: 40)
        let article = try ArticleParser.parse(bytes, fileName: "page.html")
        #expect(article.body.contains("The ferry to the island runs again"))
        #expect(!article.body.utf8.contains(0))
    }
}
