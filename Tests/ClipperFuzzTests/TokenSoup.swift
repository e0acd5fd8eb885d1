import ClipperTestSupport

/// Random documents built from the pieces of news pages: unbalanced tags, entities, quotation
/// marks, names, attribution phrases, figures, dates, stray markup and deep nesting.
enum TokenSoup {
    /// A document of 10 to 250 pieces; about half are HTML-ish, the rest plain text.
    static func document(using random: inout SeededGenerator) -> [UInt8] {
        var text = random.chance(50) ? random.pick(openings) : ""
        let markup = random.chance(55)
        for _ in 0..<Int.random(in: 10...250, using: &random) {
            text += piece(markup: markup, using: &random)
        }
        if random.chance(10) {
            let depth = Int.random(in: 100...1_000, using: &random)
            let tag = random.pick(["div", "span", "b", "blockquote", "li", "p"])
            text +=
                String(repeating: "<\(tag)>", count: depth) + "deep, he said."
                + String(repeating: "</\(tag)>", count: depth / 2)
        }
        return Array(text.utf8)
    }

    private static func piece(markup: Bool, using random: inout SeededGenerator) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1: return random.pick(words) + " "
        case 2: return random.pick(names) + " "
        case 3: return random.pick(attributions)
        case 4: return random.pick(quoteMarks)
        case 5: return figure(using: &random)
        case 6: return random.pick(dates) + " "
        case 7: return random.pick(punctuation)
        default: return markup ? random.pick(tags) : random.pick(lineBreaks)
        }
    }

    private static func figure(using random: inout SeededGenerator) -> String {
        let number = random.pick([
            "0", "1", "3.5", "12", "1,000", "2,500,000", "99999999999999999999", ".5", "7.", "1/2",
        ])
        return random.pick(["$", "", "", "US$", "€", "-"]) + number
            + random.pick(["", "%", " percent", " million", " billion", " people", "%%"]) + " "
    }

    private static let openings = [
        "<!DOCTYPE html><html><head><title>Headline</title><meta charset=\"utf-8\"></head><body>",
        "<html><head><meta property=\"article:published_time\" content=\"2025-02-10\"></head><body><article>",
        "Headline of the day\nBy Jane Roe\n\nWASHINGTON (AP) — ",
        "\u{FEFF}", "<?xml version=\"1.0\"?>", "<script type=\"application/ld+json\">{\"datePublished\":\"",
    ]
    private static let words = [
        "the", "a", "of", "and", "to", "in", "officials", "city", "council", "police", "budget", "vote", "on",
        "Monday", "report", "said", "says", "told", "The", "A", "U.S.", "Inc.", "Co.", "Dr.", "St.", "x", "é", "日本",
        "—",
    ]
    private static let names = [
        "Harold Medina", "Medina", "Maria Lopez", "Sen. Alicia Moreno", "Gov.", "President", "Mr.", "Ms. Ruiz",
        "Department of Justice", "Immigration and Customs Enforcement", "ICE", "Albuquerque", "New Mexico",
        "Santa Fe County", "Operation Stonegarden", "287(g)", "Reuters", "Getty Images", "O'Neil", "McDonald",
    ]
    private static let attributions = [
        " he said", " she said.", ", said ", " said in a statement.", " told reporters", " according to ",
        ", he added.", " wrote on X.", " said Tuesday", ", they said", " asked.", " said, \"", " — ",
    ]
    private static let quoteMarks = [
        "\"", "“", "”", "‘", "’", "'", "«", "»", "&ldquo;", "&rdquo;", "&quot;", "``", "''",
    ]
    private static let dates = [
        "Jan. 28, 2025", "March 30", "2024", "yesterday", "last month", "next year", "Feb. 29", "Dec. 31, 1999",
        "May", "on Friday", "2025-03-30", "31/12/2025", "Sept. 0", "June 31, 2025", "this week",
    ]
    private static let punctuation = [
        ".", ",", ";", ":", "!", "?", " ", "  ", "(", ")", "[", "]", "…", "...", "-", "/",
    ]
    private static let lineBreaks = ["\n", "\n\n", "\r\n", "\t", " ", "\u{00A0}", "\u{2028}"]
    private static let tags = [
        "<p>", "</p>", "<div>", "</div>", "<div class=\"article-body\">", "<span>", "</span>", "<b>", "</i>",
        "<br>", "<br/>", "<h1>", "</h1>", "<a href=\"/x\">", "</a>", "<script>", "</script>", "<style>",
        "</style>", "<!--", "-->", "<![CDATA[", "]]>", "<table><tr><td>", "</td>", "<li>", "<ul>", "</ul>",
        "<figure><figcaption>", "</figcaption>", "<nav>", "</nav>", "<blockquote>", "</blockquote>", "<",
        ">", "</", "<p class=", "\"", "&amp;", "&nbsp;", "&#8220;", "&#x201D;", "&#0;", "&#xD800;", "&bogus;",
        "&", "<title>", "</title>", "<meta name=\"author\" content=\"", "\">", "</body>", "</html>", "<html>",
    ]
}
