import ClipperModel
import Foundation
import Testing

@testable import ClipperParse

struct PlainTextRuleTests {
    private let prose =
        "The county board met on Tuesday evening and voted to extend the program for another two years, officials said."
    private let prose2 =
        "Residents who spoke at the meeting asked for more money for roads and for the library, which has cut its hours."

    private func parse(_ text: String) throws -> ParsedArticle {
        try ArticleParser.parse(Array(text.utf8), fileName: "story.txt")
    }

    private func removed(_ article: ParsedArticle, _ kind: RemovedBlock.Kind) -> [String] {
        article.removed.filter { $0.kind == kind }.map(\.text)
    }

    @Test func navigationWordsTitleAndDateAtTheTop() throws {
        let article = try parse(
            "\n\nDONATE\n\nNATIONAL\n\nBoard extends county program for two more years\n\nMARCH 30, 2025 · 5:00 AM ET\n\nHEARD ON WEEKEND EDITION SUNDAY\n\n\(prose)\n\n\(prose2)"
        )
        #expect(article.title == "Board extends county program for two more years")
        #expect(article.published == "2025-03-30")
        #expect(removed(article, .navigation) == ["NATIONAL", "HEARD ON WEEKEND EDITION SUNDAY"])
        #expect(removed(article, .sponsor) == ["DONATE"])
        #expect(article.body == "\(prose)\n\n\(prose2)")
    }

    @Test func noTitleWhenTheTextStartsWithItsLede() throws {
        let article = try parse("\(prose)\nA heading inside the article\n\(prose2)")
        #expect(article.title == nil)
        #expect(article.body.contains("A heading inside the article"))
    }

    @Test func widgetLinesAreRemovedWithTheirKind() throws {
        let article = try parse(
            "4-Minute Listen\n\nPLAYLIST TRANSCRIPT\n\n\(prose)\n\nSponsor Message\n\nRead this story in Spanish.\n\n\(prose2)"
        )
        #expect(removed(article, .share) == ["4-Minute Listen", "PLAYLIST TRANSCRIPT", "Read this story in Spanish."])
        #expect(removed(article, .sponsor) == ["Sponsor Message"])
        #expect(article.body == "\(prose)\n\n\(prose2)")
    }

    @Test func captionAboveACreditIsRemovedAndTheCreditKept() throws {
        let caption = "Volunteers sort donations at the county food bank on Jan. 28, 2025 in Springfield."
        let article = try parse(
            "\(prose)\n\n\(caption)\n\nJohn Doe/The Daily Star via Getty Images\n\n\(prose2)\n\nPhotograph by Ann Lee")
        #expect(removed(article, .caption) == [caption])
        #expect(removed(article, .credit) == ["John Doe/The Daily Star via Getty Images", "Photograph by Ann Lee"])
        #expect(article.credits == ["John Doe", "Ann Lee"])
        #expect(article.body == "\(prose)\n\n\(prose2)")
    }

    @Test func captionWithItsCreditInBracketsAtTheTop() throws {
        let article = try parse("Firefighters battle a blaze on Elm Street. (JaneRoe)\n\(prose)\n\(prose2)")
        #expect(removed(article, .caption) == ["Firefighters battle a blaze on Elm Street. (JaneRoe)"])
        #expect(article.credits == ["JaneRoe"])
    }

    @Test func inlineTagsAreStrippedAndCutSentencesRejoined() throws {
        let article = try parse(
            "\(prose)\n\n\"Dealing with their communities, dealing with <u>federal law</u>\n\nenforcement, they find themselves caught in the middle,\" he said."
        )
        #expect(
            article.body
                == "\(prose)\n\n\"Dealing with their communities, dealing with federal law enforcement, they find themselves caught in the middle,\" he said."
        )
    }

    @Test func hardWrappedParagraphsAreJoined() throws {
        let text = """
            The county board met on Tuesday evening and voted to extend the
            program for another two years, officials said after the meeting.

            Residents who spoke at the meeting asked for more money for roads
            and for the library, which has cut its opening hours this year.

            The vote was unanimous, and the program will now run until the end
            of the decade, according to the minutes published on Wednesday.
            """
        let article = try parse(text)
        #expect(article.body.components(separatedBy: "\n\n").count == 3)
        #expect(article.body.hasPrefix("The county board met on Tuesday evening and voted to extend the program"))
    }

    @Test func commentSectionFooterIsRemoved() throws {
        let article = try parse(
            "\(prose)\n\(prose2)\n\(prose)x\n(0) comments\nWelcome to the discussion.\nLog In\nKeep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.\nPLEASE TURN OFF YOUR CAPS LOCK."
        )
        #expect(removed(article, .comments).count == 5)
        #expect(!article.body.contains("CAPS LOCK"))
    }

    @Test func aLateDiscussionHeadingIsNotACommentSection() throws {
        let article = try parse("\(prose)\n\(prose2)\nDiscussion\n\(prose2)x\nRELATED: County approves budget for 2026")
        #expect(article.body.contains("\(prose2)x"))
        #expect(removed(article, .comments) == ["Discussion"])
        #expect(removed(article, .navigation) == ["RELATED: County approves budget for 2026"])
    }

    @Test func closingBioGivesTheAuthors() throws {
        let bio =
            "Jane Doe, Ravi Patel, and Li Wei work with Open Records Project, a research collective. They can be reached at"
        let article = try parse("\(prose)\n\n\(prose2)\n\n\(bio)")
        #expect(article.authors == ["Jane Doe", "Ravi Patel", "Li Wei"])
        #expect(removed(article, .bio) == [bio])
        #expect(!article.body.contains("research collective"))
    }

    @Test func reporterBioAndContactLine() throws {
        let article = try parse(
            "\(prose)\n\n\(prose2)\n\nMaria Gomez is a reporter for the Valley Courier covering county government.\n\nContact Maria at mgomez@example.com."
        )
        #expect(article.authors == ["Maria Gomez"])
        #expect(removed(article, .bio).count == 2)
    }

    @Test func bylineGivesTheAuthors() throws {
        let article = try parse(
            "County extends program\nBy Ann Smith, Bo Lee and Cy Young\nPublished Jan. 5, 2024\n\(prose)\n\(prose2)")
        #expect(article.authors == ["Ann Smith", "Bo Lee", "Cy Young"])
        #expect(article.published == "2024-01-05")
        #expect(article.title == "County extends program")
    }

    @Test func embeddedTweetAndItsCardAreRemoved() throws {
        let tweet = "\"Big news for the county today\"https://t.co/abc123— Jane Roe 🇺🇸 (@janeroe) February 18, 2026"
        let article = try parse("\(prose)\nCounty Board Extends Program – Now It Runs Until 2030\n\(tweet)\n\(prose2)")
        #expect(removed(article, .other) == ["County Board Extends Program – Now It Runs Until 2030", tweet])
        #expect(article.body == "\(prose)\n\n\(prose2)")
    }

    @Test func sourcesListIsKeptAsRelated() throws {
        let article = try parse(
            "\(prose)\n\(prose2)\nSources:\nCounty Budget Explained – Valley Courier\nLibrary Hours Cut – WXYZ")
        #expect(article.related == ["County Budget Explained – Valley Courier", "Library Hours Cut – WXYZ"])
        #expect(article.body == "\(prose)\n\n\(prose2)")
    }

    @Test func repeatedBodyIsKeptOnce() throws {
        let article = try parse("\(prose)\n\(prose2)\n\(prose)\n\(prose2)\n\n\n\n\n\n")
        #expect(article.body == "\(prose)\n\n\(prose2)")
        #expect(removed(article, .duplicate) == [prose, prose2])
    }

    @Test(
        arguments: [
            (
                "(SACRAMENTO, Calif.) — U.S. officials said on Monday the plan would go ahead as scheduled.",
                "SACRAMENTO, Calif."
            ),
            (
                "SACRAMENTO, Calif. (AP) — U.S. officials said on Monday the plan would go ahead as scheduled.",
                "SACRAMENTO, Calif."
            ),
            (
                "LONDON (Reuters) - Officials said on Monday the plan would go ahead as scheduled, as expected.",
                "LONDON"
            ),
            ("ICE deployed 3,000 agents - officials said on Monday the plan would go ahead as scheduled.", nil),
            ("(Reuters) — The attorney general is investigating the company, two people familiar with it said.", nil),
        ] as [(String, String?)])
    func datelines(lede: String, dateline: String?) throws {
        #expect(try parse("\(lede)\n\(prose2)").dateline == dateline)
    }

    @Test func outletFromACopyrightLineOrAgencyDateline() throws {
        #expect(
            try parse("\(prose)\n\(prose2)\n© 2025 Valley Courier. All rights reserved.").outlet == "Valley Courier")
        #expect(try parse("WASHINGTON (AP) — \(prose)\n\(prose2)").outlet == "AP")
        #expect(try parse("\(prose)\n\(prose2)").outlet == nil)
    }

    @Test func outletFromTheReportingVoice() throws {
        let text =
            "\(prose)\nIn a later call with NPR, the chair said the vote was overdue.\nLeaders NPR spoke with said they were worried about costs."
        #expect(try parse(text).outlet == "NPR")
    }

    @Test(
        arguments: [
            ("MARCH 30, 2025 · 5:00 AM ET", "2025-03-30"), ("Published Jan. 5, 2024", "2024-01-05"),
            ("2025-03-30", "2025-03-30"), ("Updated 30 March 2025, 14:05 GMT", "2025-03-30"),
            ("Monday, November 18, 2019", "2019-11-18"), ("He left on March 30, 2025 for good.", nil),
            ("March 2025", nil),
        ] as [(String, String?)])
    func dateLines(line: String, iso: String?) {
        #expect(DateText.isoDate(ofDateLine: line) == iso)
    }

    @Test func onlyFurnitureIsNotAnArticle() {
        #expect {
            try parse("DONATE\nSponsor Message\nShare")
        } throws: { error in
            (error as? ParseError)?.code == .noText
        }
    }
}
