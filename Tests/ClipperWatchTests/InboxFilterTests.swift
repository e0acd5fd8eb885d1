import ClipperWatch
import Testing

struct InboxFilterTests {
    @Test(arguments: [
        "article.html", "000_9a6ba32a55528ed4.txt", "a b.txt", "-leading-dash.txt", "quote\"d.txt",
        "line\nbreak.txt", "partial.parts", "x.tmpl", "tilde~middle.txt", "été.html",
    ])
    func acceptsArticleNames(_ name: String) {
        #expect(InboxFilter.accepts(name))
    }

    @Test(arguments: [
        "", ".hidden.html", ".", "..", "x.html.part", "x.tmp", "x.crdownload", "x.html~", "X.PART", "x.Tmp",
        "download.CRDOWNLOAD",
    ])
    func ignoresDotFilesAndTemporaryNames(_ name: String) {
        #expect(!InboxFilter.accepts(name))
    }
}
