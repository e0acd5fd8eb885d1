import ClipperModel
import ClipperTestSupport
import Foundation
import Testing

/// The web interface in a real browser: Debian's chromium, headless, against a real clipperd.
@Suite(
    .serialized, .timeLimit(.minutes(5)),
    .enabled(if: Chromium.path != nil, "chromium is not installed: the web pages are not tested (make test-deps)"))
struct WebBrowserTests {
    @Test func everyPageShowsItsContent() async throws {
        try await WebArchive.with { web in
            let home = try await web.dom("/")
            #expect(home.contains("Latest articles"))
            #expect(home.contains("articles</label>") || home.contains("article</label>"))

            // A seed article (the synthetic ones have no original), shown with its names linked and quotes marked
            let search = try await web.dom("/search?q=relentless")
            #expect(search.contains("<mark>"), "snippets highlight the matched words")
            #expect(search.contains("match;"))
            let articlePath = try #require(firstLink(in: search, under: "/articles/"))
            let id = String(articlePath.dropFirst("/articles/".count))
            let article = try await web.dom("/articles/" + id.prefix(12))
            #expect(article.contains("<span class=\"speaker\">"), "quotations carry their speaker")
            #expect(article.contains("class=\"person\" href=\"/people/"))
            #expect(article.contains("Download the original file"))
            #expect(article.contains("Source file"))
            let original = try await curl(web.base + "/articles/" + id + "/original")
            #expect(original.headers.contains("content-disposition: attachment"))
            #expect(original.headers.contains("content-type: text/plain"))

            let person = try await web.dom("/people/Harold%20Medina")
            #expect(person.contains("<h1>Harold Medina</h1>"))
            #expect(person.contains("Quotations, oldest first"))
            #expect(person.contains("<svg"), "the articles over time are a chart")
            let place = try await web.dom("/places/Albuquerque")
            #expect(place.contains("<h1>Albuquerque</h1>"))
            let missing = try await curl(web.base + "/people/Nobody%20At%20All")
            #expect(missing.status == 404)

            let quotes = try await web.dom("/quotes?speaker=Medina")
            #expect(quotes.contains("<blockquote>"))
            let figures = try await web.dom("/figures?unit=USD&min=1000000")
            #expect(figures.contains("million"))
            let timeline = try await web.dom("/timeline?q=police")
            #expect(timeline.contains("<rect"))
            let status = try await web.dom("/status")
            #expect(status.contains("Status: <span class=\"state running\">running</span>"))
            #expect(status.contains("name=\"csrf\""))
        }
    }

    @Test func filtersPagingAndSortWork() async throws {
        try await WebArchive.with { web in
            let all = try await web.dom("/search?q=plan&sort=date")
            let total = try #require(matchCount(in: all))
            #expect(total >= 40, "the synthetic archive's articles all mention a plan")
            let pageOne = links(in: all, under: "/articles/")
            let pageTwo = links(in: try await web.dom("/search?q=plan&sort=date&page=2"), under: "/articles/")
            #expect(pageOne.count == 20)
            #expect(!pageTwo.isEmpty)
            #expect(Set(pageOne).isDisjoint(with: pageTwo))
            #expect(all.contains("rel=\"next\""))

            // A facet narrows the search; its chip removes the filter again
            let narrowed = try await web.dom("/search?q=plan&place=Tucson")
            let narrowedTotal = try #require(matchCount(in: narrowed))
            #expect(narrowedTotal < total)
            #expect(narrowed.contains("Place: Tucson"))
            #expect(narrowed.contains("href=\"/search?q=plan\""), "the chip links to the search without it")

            let dated = try await web.dom("/search?q=plan&from=2025-03-01&to=2025-03-31")
            #expect(try #require(matchCount(in: dated)) < total)

            // A bad query is a sentence, with status 400, never a 500
            let bad = try await curl(web.base + "/search?q=%22unbalanced")
            #expect(bad.status == 400)
            #expect(bad.body.contains("That search cannot be run"))
            let badDate = try await web.dom("/search?q=plan&from=yesterday")
            #expect(badDate.contains("from must be a date"))
        }
    }

    @Test func noScriptFromAnArticleRuns() async throws {
        try await WebArchive.with { web in
            let headers = try await curl(web.base + "/").headers
            #expect(headers.contains("content-security-policy: default-src 'self'; script-src 'none'"))
            #expect(headers.contains("frame-ancestors 'none'"))
            #expect(headers.contains("x-content-type-options: nosniff"))

            var pages = [
                "/", "/search?q=hostile", "/search?q=hostile&sort=date", "/quotes", "/quotes?q=script",
                "/figures", "/timeline?q=hostile",
            ]
            for (index, payload) in HostileArticles.payloads.enumerated() {
                let id = String(repeating: "e", count: 60) + String(format: "%04d", index)
                pages += ["/articles/\(id)", "/people/" + encode(payload + " Person"), "/search?q=" + encode(payload)]
                if index < 3 {
                    pages += [
                        "/organizations/" + encode("Org " + payload), "/places/" + encode("Place " + payload),
                        "/people/" + encode(payload), "/search?outlet=" + encode(payload),
                    ]
                }
            }
            for page in pages {
                let dom = try await web.dom(page)
                for marker in HostileArticles.markers {
                    #expect(!dom.contains(marker), "a payload ran on \(page)")
                }
                #expect(dom.contains("<title>") && !dom.contains("<title>XSS"), "\(page) keeps its own title")
            }
            // And the payloads are there, as text
            let article = try await web.dom("/articles/" + String(repeating: "e", count: 60) + "0000")
            #expect(article.contains("&lt;script&gt;document.title="))
        }
    }

    @Test func theStatusPageFollowsFilesArriving() async throws {
        try await WebArchive.with { web in
            let before = try await web.dom("/status")
            #expect(before.contains("<meta http-equiv=\"refresh\""))
            let text =
                "A late article about the levee. " + String(repeating: "The river rose again on Tuesday. ", count: 12)
            try Data(text.utf8).write(to: URL(fileURLWithPath: web.state + "/inbox/late.txt"))
            try await web.daemon.waitForStatus(socket: web.state + "/clipperd.sock", "late.txt indexed") {
                $0.processed >= 6
            }
            let after = try await web.dom("/status")
            #expect(indexedCount(before) == 5)
            #expect(indexedCount(after) == 6)

            // Pause needs the page's token: without it the answer is 403
            let forged = try await curl(web.base + "/status/pause", form: "csrf=guess")
            #expect(forged.status == 403)
            let token = try #require(value(of: "csrf", in: after))
            let paused = try await curl(web.base + "/status/pause", form: "csrf=" + token)
            #expect(paused.status == 200)
            #expect(paused.body.contains("state paused"))
            // Its reload goes to the status page by GET, not to the POST's own path
            #expect(paused.body.contains("<meta http-equiv=\"refresh\" content=\"5; url=/status\">"))
        }
    }

    @Test func aNetworkAddressWithoutAPasswordIsRefused() async throws {
        try await withTemporaryDirectory("clipper-web") { state in
            let run = try await runBinary("clipperd", ["--state-dir", state, "--web-listen", "0.0.0.0:0"])
            #expect(run.status != 0)
            #expect(run.stderr.contains("set web_password_file"))
            #expect(run.stderr.split(separator: "\n").count == 1, "one sentence: \(run.stderr)")
        }
    }
}

/// The number in the search page's "N articles match" line.
private func matchCount(in dom: String) -> Int? {
    guard let range = dom.range(of: " match;") ?? dom.range(of: " matches;") else { return nil }
    let before = dom[..<range.lowerBound].split(separator: ">").last ?? ""
    return Int((before.split(separator: " ").first ?? "").replacingOccurrences(of: ",", with: ""))
}

/// The "Indexed since start" figure of a status page.
private func indexedCount(_ dom: String) -> Int? {
    guard let range = dom.range(of: "<dt>Indexed since start</dt><dd>") else { return nil }
    return Int(dom[range.upperBound...].prefix { $0.isNumber })
}

/// Every distinct `href` starting with `prefix`, in order.
private func links(in dom: String, under prefix: String) -> [String] {
    var found: [String] = []
    var rest = dom[...]
    while let range = rest.range(of: "href=\"" + prefix) {
        let start = dom.index(range.upperBound, offsetBy: -prefix.count)
        let end = rest[range.upperBound...].firstIndex(of: "\"") ?? rest.endIndex
        let link = String(dom[start..<end])
        if !found.contains(link), !link.hasSuffix("/original") { found.append(link) }
        rest = rest[end...]
    }
    return found
}

private func firstLink(in dom: String, under prefix: String) -> String? {
    links(in: dom, under: prefix).first
}

/// The value of the first hidden input named `name`.
private func value(of name: String, in dom: String) -> String? {
    guard let range = dom.range(of: "name=\"\(name)\" value=\"") else { return nil }
    return String(dom[range.upperBound...].prefix { $0 != "\"" })
}

private func encode(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
}

/// An answer fetched with curl: status, lower-cased headers, body.
private struct Fetched {
    var status: Int
    var headers: String
    var body: String
}

/// GETs `url`, or POSTs `form` to it, with curl (no browser: to read status and headers).
private func curl(_ url: String, form: String? = nil) async throws -> Fetched {
    var arguments = ["-s", "-D", "-", "-o", "-"]
    if let form {
        arguments += [
            "--data", form, "-H", "Origin: " + url.prefix { $0 != "/" } + "//" + url.dropFirst(7).prefix { $0 != "/" },
        ]
    }
    let result = try await runProgram("/usr/bin/curl", arguments + [url])
    let parts = result.stdout.components(separatedBy: "\r\n\r\n")
    let head = parts.first ?? ""
    let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
    return Fetched(status: status, headers: head.lowercased(), body: parts.dropFirst().joined(separator: "\r\n\r\n"))
}
