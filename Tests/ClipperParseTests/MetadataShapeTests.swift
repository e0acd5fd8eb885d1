import ClipperModel
import Testing

@testable import ClipperParse

/// Bylines, outlets and publication dates in the shapes pages write them, plain text and HTML.
struct MetadataShapeTests {
    private let prose = """
        The county board voted on Tuesday to extend the library program for another three years, after a \
        long debate about its cost and the number of families who use it every week.
        """
    private let prose2 = """
        Supporters said the program had doubled the number of children who visit the branches in the \
        summer, while two members asked for a review of the budget before the next vote.
        """

    private func parse(_ text: String) throws -> ParsedArticle {
        try ArticleParser.parse(Array(text.utf8), fileName: "story.txt")
    }

    @Test(
        arguments: [
            ("By Ann Smith and Bo Lee", ["Ann Smith", "Bo Lee"], nil),
            ("BY: Ann Smith, Bo Lee and Cy Young", ["Ann Smith", "Bo Lee", "Cy Young"], nil),
            ("Ann Smith, Bo Lee and Cy Young", ["Ann Smith", "Bo Lee", "Cy Young"], nil),
            ("By Ann Smith | Valley Courier", ["Ann Smith"], "Valley Courier"),
            ("By Ann Smith, Staff Writer", ["Ann Smith"], nil),
            ("Ann Smith Staff Writer", ["Ann Smith"], nil),
            ("By Ann Smith By Ann Smith", ["Ann Smith"], nil),
            ("By Ann Smith and Bo Lee By Ann Smith and Bo Lee", ["Ann Smith", "Bo Lee"], nil),
            ("By Ann Smith; Photos by Dee Park", ["Ann Smith"], nil),
            ("By Ann Smith | Staff Writer", ["Ann Smith"], nil),
        ] as [(String, [String], String?)])
    func bylineShapes(line: String, names: [String], outlet: String?) {
        let byline = Bylines.byline(of: line)
        #expect(byline?.names == names)
        #expect(byline?.outlet == outlet)
    }

    @Test(arguments: ["Storms, floods and fires", "Ann Smith", "Ann Smith and Bo Lee met on Tuesday.", "By the river"])
    func linesThatAreNoBylines(line: String) {
        #expect(Bylines.byline(of: line) == nil)
    }

    @Test func aBylineWithoutByOnlyBelowTheHeadline() throws {
        let article = try parse("County extends program\nAnn Smith and Bo Lee\n\(prose)\n\(prose2)")
        #expect(article.authors == ["Ann Smith", "Bo Lee"])
        #expect(!article.body.contains("Ann Smith"))
    }

    @Test func aBylineRepeatedAtTheTopIsReadOnce() throws {
        let article = try parse(
            "County extends program\nBy Ann Smith\nBy Ann Smith\nMarch 3, 2025\n\(prose)\n\(prose2)")
        #expect(article.authors == ["Ann Smith"])
        #expect(!article.body.contains("By Ann Smith"))
        #expect(article.published == "2025-03-03")
    }

    @Test func aBylineWithItsOutletAndDate() throws {
        let article = try parse("County extends program\nBy Ann Smith | Valley Courier | March 3, 2025\n\(prose)")
        #expect(article.authors == ["Ann Smith"])
        #expect(article.outlet == "Valley Courier")
        #expect(article.published == "2025-03-03")
    }

    @Test func aPictureCreditIsNeverTheOutlet() throws {
        let article = try parse("\(prose)\nThe library on Main Street.\n© Dee Park\n\(prose2)")
        #expect(article.outlet == nil)
        #expect(article.credits == ["Dee Park"])
        #expect(!article.body.contains("Dee Park"))
        #expect(Copyright.notice(of: "Foto: © 2024 Dee Park/Agency") == nil)
        #expect(Copyright.notice(of: "© 2024 Dee Park/Agency") == .picture("Dee Park"))
        #expect(Copyright.notice(of: "© 2025 Valley Courier. All rights reserved.") == .site("Valley Courier"))
        #expect(Copyright.notice(of: "Copyright Valley Courier, all rights reserved") == .site("Valley Courier"))
    }

    @Test(
        arguments: [
            ("© Copyright Valley Courier 2007 - 2013. All rights reserved.", Copyright.Notice.site("Valley Courier")),
            ("Copyright © Valley Media - alle Rechte vorbehalten", .site("Valley Media")),
            ("Copyright 2019 - Valley Courier", .site("Valley Courier")),
        ] as [(String, Copyright.Notice)])
    func copyrightHoldersWithoutTheirYearsAndReservations(line: String, notice: Copyright.Notice) {
        #expect(Copyright.notice(of: line) == notice)
    }

    @Test func aCopyrightSentenceNamesNoHolder() {
        #expect(Copyright.notice(of: "Copyright 2019 - Alle Inhalte sind urheberrechtlich geschützt") == nil)
        #expect(Copyright.notice(of: "© 2024 Bundesamt für Naturschutz") == .site("Bundesamt für Naturschutz"))
    }

    @Test(
        arguments: [
            ("© 2025 Valley Courier. All rights reserved.", true),
            ("©2025, ValleyCourier.com. This story is the property of the Valley Courier and may not be reprinted "
                + "in print or online without the written permission of its editors.", true),
            ("Copyright (c) 2019-2025 Valley Media", true),
            ("© Dee Park", false),
            ("Copyright law was the subject of the second hearing, which the committee held in March.", false),
            ("Copyright 12 of the draft was struck out by the committee on Tuesday.", false),
        ] as [(String, Bool)])
    func siteCopyrightNoticesShortOrLong(paragraph: String, isNotice: Bool) {
        #expect(Copyright.isSiteNotice(paragraph) == isNotice)
    }

    @Test func publishedBeatsUpdated() throws {
        let article = try parse(
            "County extends program\nUpdated March 4, 2025\nPublished March 3, 2025\n\(prose)\n\(prose2)")
        #expect(article.published == "2025-03-03")
        let updatedOnly = try parse("County extends program\nUpdated March 4, 2025 at 9:15\n\(prose)\n\(prose2)")
        #expect(updatedOnly.published == "2025-03-04")
    }

    @Test(
        arguments: [
            ("30.03.2025", "2025-03-30"), ("Published 3.3.2025, 14:05 Uhr", "2025-03-03"),
            ("Last updated 2025-03-04", "2025-03-04"), ("Price 5.000 euros", nil), ("31.13.2025", nil),
        ] as [(String, String?)])
    func dottedDates(line: String, iso: String?) {
        #expect(DateText.isoDate(ofDateLine: line) == iso)
    }

    @Test(
        arguments: [
            ("Thursday, November 9, 2023 4:41AM", "2023-11-09"), ("January 10, 2020 9:00AM (UTC)", "2020-01-10"),
            ("Published: 10:00am, 20 Jan, 2020", "2020-01-20"), ("12/30/2019 05:03 AM EST", "2019-12-30"),
            ("30/12/2019", "2019-12-30"), ("03/04/2019", nil), ("Room 41b, March 3, 2025", nil),
        ] as [(String, String?)])
    func datesWithTimesAndSlashes(line: String, iso: String?) {
        #expect(DateText.isoDate(ofDateLine: line) == iso)
    }

    @Test(
        arguments: [
            ("19. März 2019, 19:08 Uhr", "2019-03-19"), ("Veröffentlicht am 6. Dezember 2022", "2022-12-06"),
            ("Publié le 3 août 2021 à 10h", "2021-08-03"), ("12 de octubre de 2020", "2020-10-12"),
            ("Pubblicato il 5 maggio 2019", "2019-05-05"), ("3 maart 2024", "2024-03-03"),
            ("MARCH 30, 2025 · 5:00 AM ET", "2025-03-30"), ("März ist ein Monat", nil),
        ] as [(String, String?)])
    func datesInOtherLanguages(line: String, iso: String?) {
        #expect(DateText.isoDate(ofDateLine: line) == iso)
    }

    @Test(
        arguments: [
            ("By Ann Smith 04 November 2020", ["Ann Smith"], "2020-11-04"),
            ("By Ann Smith Feb 8, 2020 5 min read", ["Ann Smith"], "2020-02-08"),
            ("By Ann Smith@annsmith Jul 3, 2019, 4:22am EDT", ["Ann Smith"], "2019-07-03"),
            ("Oct 30 2020 by Ann Smith", ["Ann Smith"], "2020-10-30"),
            ("Von Ann Smith und Jo Berg am 24.11.2022", ["Ann Smith", "Jo Berg"], "2022-11-24"),
            ("Von Ann Smith Veröffentlicht am 06.12.2022", ["Ann Smith"], "2022-12-06"),
            ("Par Ann Smith le 3 août 2021", ["Ann Smith"], "2021-08-03"),
        ] as [(String, [String], String)])
    func bylinesWithTheirDates(line: String, authors: [String], published: String) throws {
        let article = try parse("County extends program\n\(line)\n\(prose)\n\(prose2)")
        #expect(article.authors == authors)
        #expect(article.published == published)
        #expect(!article.body.contains("Ann Smith"))
    }

    @Test func aLineOpeningWithAParticleIsNoByline() {
        #expect(Bylines.byline(of: "Von der Leyen", requiresBy: true) == nil)
        #expect(Bylines.byline(of: "Von Seiten der Stadt gab es keine Antwort", requiresBy: true) == nil)
    }

    @Test func htmlDateFromAPageElementWhenMetadataIsSilent() throws {
        let page = """
            <html><body><article><h1>County extends program</h1>
            <div class="post-meta"><span class="updated-on">Updated March 4, 2025</span>
            <span class="posted-on">Posted March 3, 2025</span></div>
            <p>\(prose)</p><p>\(prose2)</p></article></body></html>
            """
        let article = try ArticleParser.parse(Array(page.utf8), fileName: "story.html")
        #expect(article.published == "2025-03-03")
    }

    @Test func htmlBylineRepeatedForTwoLayoutsIsOneAuthor() throws {
        let page = """
            <html><body><article><div class="byline"><span class="mobile">By Ann Smith | Valley Courier</span>
            <span class="desktop">By Ann Smith | Valley Courier</span></div>
            <p>\(prose)</p><p>\(prose2)</p></article></body></html>
            """
        let article = try ArticleParser.parse(Array(page.utf8), fileName: "story.html")
        #expect(article.authors == ["Ann Smith"])
        #expect(article.outlet == "Valley Courier")
    }
}
