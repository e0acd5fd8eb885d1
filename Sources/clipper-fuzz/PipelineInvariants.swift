import ClipperModel

/// What must hold of every article the parser accepts and of its extraction, whatever the input.
///
/// Only what the model's doc comments promise: quotation offsets are UTF-8 byte positions inside
/// the body, every named thing has a name and is mentioned at least once, figures have a finite
/// value and a unit, dates are ISO 8601. Each violation is one sentence naming the value.
enum PipelineInvariants {
    /// Every broken invariant of `article` and `extraction`, empty when all hold.
    static func violations(article: ParsedArticle, extraction: Extraction) -> [String] {
        var found: [String] = []
        checkArticle(article, into: &found)
        checkQuotes(extraction.quotes, body: Array(article.body.utf8), into: &found)
        for person in extraction.people {
            checkName(person.name, count: person.count, kind: "person", into: &found)
            for mention in person.mentions where isBlank(mention) {
                found.append("person \(quoted(person.name)) has a blank mention")
            }
        }
        for organization in extraction.organizations {
            checkName(organization.name, count: organization.count, kind: "organization", into: &found)
            for alias in organization.aliases where isBlank(alias) {
                found.append("organization \(quoted(organization.name)) has a blank alias")
            }
        }
        for place in extraction.places {
            checkName(place.name, count: place.count, kind: "place", into: &found)
        }
        for program in extraction.programs {
            checkName(program.name, count: program.count, kind: "program", into: &found)
        }
        checkFigures(extraction.figures, into: &found)
        checkDates(extraction.dates, into: &found)
        return found
    }

    private static func checkArticle(_ article: ParsedArticle, into found: inout [String]) {
        if isBlank(article.body) {
            found.append("the parser accepted an article whose body is blank")
        }
        for author in article.authors where isBlank(author) {
            found.append("the article has a blank author name")
        }
        for credit in article.credits where isBlank(credit) {
            found.append("the article has a blank credit")
        }
        if let published = article.published, !ISODate.isPublicationDate(published) {
            found.append("the publication date \(quoted(published)) is not an ISO 8601 date")
        }
    }

    private static func checkQuotes(_ quotes: [Quotation], body: [UInt8], into found: inout [String]) {
        for (index, quote) in quotes.enumerated() {
            let name = "quote \(index) \(quoted(quote.text))"
            guard quote.start >= 0, quote.start <= quote.end, quote.end <= body.count else {
                found.append(
                    "\(name) spans bytes \(quote.start)..<\(quote.end), outside the body's \(body.count) bytes")
                continue
            }
            if !isScalarBoundary(quote.start, in: body) || !isScalarBoundary(quote.end, in: body) {
                found.append("\(name) spans bytes \(quote.start)..<\(quote.end), which cut a UTF-8 character")
            }
            if let speaker = quote.speaker, isBlank(speaker) {
                found.append("\(name) has a blank speaker")
            }
        }
    }

    private static func checkName(_ name: String, count: Int, kind: String, into found: inout [String]) {
        if isBlank(name) {
            found.append("a \(kind) has a blank name")
        }
        if count < 1 {
            found.append("\(kind) \(quoted(name)) is counted \(count) times")
        }
    }

    private static func checkFigures(_ figures: [Figure], into found: inout [String]) {
        for figure in figures {
            if !figure.value.isFinite {
                found.append("figure \(quoted(figure.text)) has the value \(figure.value), which JSON cannot hold")
            }
            if isBlank(figure.text) {
                found.append("a figure of value \(figure.value) has blank text")
            }
            if isBlank(figure.unit) {
                found.append("figure \(quoted(figure.text)) has a blank unit")
            }
        }
    }

    private static func checkDates(_ dates: [DateMention], into found: inout [String]) {
        for date in dates {
            if isBlank(date.text) {
                found.append("a date mention has blank text")
            }
            if let iso = date.iso, !ISODate.isMention(iso) {
                found.append("date \(quoted(date.text)) has \(quoted(iso)), not an ISO 8601 date")
            }
        }
    }

    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// Whether byte `offset` starts a character (or is the end): not a UTF-8 continuation byte.
    private static func isScalarBoundary(_ offset: Int, in body: [UInt8]) -> Bool {
        offset == body.count || body[offset] & 0b1100_0000 != 0b1000_0000
    }

    /// `text` in quotes, cut to 60 characters, for a violation message.
    private static func quoted(_ text: String) -> String {
        text.count > 60 ? "\"\(text.prefix(60))…\"" : "\"\(text)\""
    }
}
