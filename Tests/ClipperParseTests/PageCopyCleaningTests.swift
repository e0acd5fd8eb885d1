import ClipperModel
import Testing

@testable import ClipperParse

/// A page copied as plain text (a browser selection, a text-mode browser's dump): menus, footers and
/// link lists go by line shape, function-word density and neighbours; every article sentence stays.
struct PageCopyCleaningTests {
    private func parse(_ text: String) throws -> ParsedArticle {
        try ArticleParser.parse(Array(text.utf8), fileName: "page.txt")
    }

    private let englishPage = """
        Home
        World
        Business
        Sport
        Weather
        Log in to your account

        Harbor ferry returns after repairs

        The ferry between the harbor and the island is running again from Monday, after two weeks in the yard \
        while its engine was repaired, the operator said on Friday.
        Timetables are the same as before the repairs, and the first crossing leaves at six in the morning.

        It was the second repair this year.

        Passengers who bought a monthly pass during the closure can ask for a refund at the harbor office, \
        which is open on weekdays until five, or by writing to the operator with their pass number.

        Most read
        Council approves budget for parks
        Storm closes coastal road overnight
        School opens new science wing
        Contact Imprint Data protection Jobs Press office
        """

    @Test func menusAndLinkListsGoAndTheArticleStays() throws {
        let article = try parse(englishPage)
        for sentence in [
            "The ferry between the harbor and the island is running again from Monday",
            "Timetables are the same as before the repairs",
            "It was the second repair this year.",
            "Passengers who bought a monthly pass during the closure can ask for a refund",
        ] {
            #expect(article.body.contains(sentence), "\(sentence)")
        }
        for furniture in [
            "World", "Business", "Weather", "Log in to your account", "Most read", "Council approves budget",
            "Storm closes coastal road", "Contact Imprint",
        ] {
            #expect(!article.body.contains(furniture), "\(furniture)")
        }
    }

    @Test func germanFunctionWordsCount() throws {
        // Given a German page: menu items, an article with a short line inside, a footer line
        let page = """
            Startseite
            Politik
            Wirtschaft
            Kultur

            Die Stadt hat am Montag beschlossen, dass die Fähre zur Insel ab dem nächsten Monat wieder fahren \
            soll, nachdem der Motor in der Werft repariert worden ist.
            Es war die zweite Reparatur in diesem Jahr.
            Wer während der Sperre eine Monatskarte gekauft hat, kann sich das Geld im Büro am Hafen erstatten \
            lassen, das an allen Werktagen bis fünf Uhr geöffnet ist.

            Impressum Datenschutz Kontakt Presse
            """
        let article = try parse(page)
        #expect(article.body.contains("Die Stadt hat am Montag beschlossen"))
        #expect(article.body.contains("Es war die zweite Reparatur in diesem Jahr."))
        #expect(article.body.contains("Wer während der Sperre eine Monatskarte gekauft hat"))
        for furniture in ["Politik", "Wirtschaft", "Kultur", "Impressum"] {
            #expect(!article.body.contains(furniture), "\(furniture)")
        }
    }

    @Test func aSentenceOfNamesAndFiguresIsNotBoilerplate() {
        // Few function words, but shaped like a sentence: near prose, kept beside the article.
        let line = "Smith 3-for-4, Jones 2 RBIs, Brown 7 strikeouts in 6 innings for Springfield on Sunday."
        let paragraphs = [englishPage, line, englishPage]
        let classes = ProseDensity.classify(
            paragraphs, shapes: paragraphs.map(TextShape.init), skip: [false, false, false],
            furniture: [false, false, false])
        #expect(classes == [.good, .good, .good])
    }

    @Test func sentencesOnLinesOfTheirOwnAreOneParagraph() throws {
        // Given a short story copied one sentence a line, none long enough alone, between a menu
        // and a newsletter box
        let page = """
            Home
            News
            Sport
            Weather
            Ferry back in service after repairs
            The ferry to the island is running again from Monday, the operator said in a statement.
            It had been in the yard for two weeks while its engine was repaired by a local firm.
            The timetable is the same as it was before the repairs, with the first crossing at six.
            Sign up for our morning newsletter
            Contact
            Imprint
            Jobs
            """
        // and, far below a footer of links, a long paragraph about the site
        let links = (1...30).map { "Region \($0)" }.joined(separator: "\n")
        let about = """
            The Harbor Gazette is the newspaper of the towns along the coast, and it has been written and \
            printed in the same house by the harbor since the year the first ferry went to the island, with \
            news of the towns.
            """
        let article = try parse(page + "\n" + links + "\n" + about)
        // Then every sentence stays and the furniture goes
        for sentence in [
            "The ferry to the island is running again from Monday",
            "It had been in the yard for two weeks",
            "The timetable is the same as it was before the repairs",
        ] {
            #expect(article.body.contains(sentence), "\(sentence)")
        }
        for furniture in ["Weather", "Sign up for our morning newsletter", "Imprint", "Region 7", "Harbor Gazette"] {
            #expect(!article.body.contains(furniture), "\(furniture)")
        }
    }

    @Test func proseFarBelowTheArticleBehindALinkListGoes() throws {
        // Given an article, then a long footer of links, then a cookie notice written as prose
        let links = (1...24).map { "Section \($0)" }.joined(separator: "\n")
        let notice = """
            We use cookies and other techniques on this site so that we can understand how it is used and \
            show you offers that are of interest to you, and you can withdraw your consent at any time in \
            the settings of your browser or on the page about our privacy policy.
            """
        let page = englishPage + "\n" + links + "\n" + notice + "\nAccept\nDecline"
        let article = try parse(page)
        // Then the article stays and the notice is outside it
        #expect(article.body.contains("Passengers who bought a monthly pass during the closure"))
        #expect(!article.body.contains("We use cookies"))
        #expect(!article.body.contains("Section 12"))
    }

    @Test func fragmentsRepeatedOnThePageAreFurnitureEveryTime() throws {
        // Given a page whose newsletter box and a link show above and below the article
        let page = """
            Get the morning briefing
            Harbor ferry returns after repairs
            The ferry between the harbor and the island is running again from Monday, after two weeks in the \
            yard while its engine was repaired, the operator said on Friday.
            Best of the coast
            Passengers who bought a monthly pass during the closure can ask for a refund at the harbor office, \
            which is open on weekdays until five, or by writing to the operator with their pass number.
            Get the morning briefing
            Best of the coast
            """
        let article = try parse(page)
        // Then every copy of them goes, and the article stays whole
        #expect(!article.body.contains("Get the morning briefing"))
        #expect(!article.body.contains("Best of the coast"))
        #expect(article.body.contains("The ferry between the harbor and the island is running again"))
        #expect(article.body.contains("Passengers who bought a monthly pass"))
    }

    @Test func fragmentsInARowBetweenProseAreALinkList() throws {
        // Given an article with related links between two paragraphs, and a short sentence of its own
        let page = """
            Harbor ferry returns after repairs
            The ferry between the harbor and the island is running again from Monday, after two weeks in the \
            yard while its engine was repaired, the operator said on Friday.
            Storm closes coastal road
            Council approves budget for parks
            It was the second repair this year.
            Passengers who bought a monthly pass during the closure can ask for a refund at the harbor office, \
            which is open on weekdays until five, or by writing to the operator with their pass number.
            """
        let article = try parse(page)
        // Then the two links go and the short sentence stays
        #expect(!article.body.contains("Storm closes coastal road"))
        #expect(!article.body.contains("Council approves budget"))
        #expect(article.body.contains("It was the second repair this year."))
        #expect(article.body.contains("Passengers who bought a monthly pass"))
    }

    @Test func theMainRegionIsTheHeaviestRun() {
        // Prose weighs its length, furniture a fixed cost: a caption between two paragraphs stays inside.
        let classes: [ProseDensity.Class] = [.short, .good, .bad, .good, .short, .short, .bad, .nearGood]
        let lengths = [10, 300, 120, 250, 8, 8, 40, 100]
        let region = MainRegion.range(classes, lengths: lengths, skip: Array(repeating: false, count: 8))
        #expect(region == 1...7)
        let far = MainRegion.range(
            classes + Array(repeating: .short, count: 20) + [.good],
            lengths: lengths + Array(repeating: 5, count: 20) + [150],
            skip: Array(repeating: false, count: 29))
        #expect(far == 1...7)
    }

    @Test func anArticleAloneIsLeftToTheOtherRules() throws {
        // A wire story: headline, dateline, sentences and a table of figures; no page furniture.
        let story = """
            Rain delays harvest in the north.
            NORTHTOWN 1996-08-22
            Heavy rain delayed the wheat harvest in the north for a second week, farmers said on Thursday.
            Yields so far:
            Wheat 4.1 3.9
            Barley 3.2 3.4
            """
        let article = try parse(story)
        #expect(article.body.contains("Rain delays harvest in the north."))
        #expect(article.body.contains("Barley 3.2 3.4"))
    }

    @Test func linesBrokenAtTheWrapWidthAreOneParagraph() {
        // A text-mode browser wraps at a fixed width (here 60) between words.
        let lines = [
            "The ferry between the harbor and the island is running again", "from Monday.",
            "Passengers who bought a monthly pass during the closure can", "ask for a refund.",
            "The harbor office is open on weekdays until five in the day,", "and on Saturdays.",
            "Menu",
        ]
        let paragraphs = ParagraphSplitter.paragraphs(lines.joined(separator: "\n"))
        #expect(
            paragraphs.first == "The ferry between the harbor and the island is running again from Monday.")
        #expect(paragraphs.last == "Menu")
    }
}

struct OneLineTextTests {
    @Test func aOneLineTextWithNoFinalStopIsNotQuarantined() throws {
        let text = "Shares of the ferry operator rose 4 percent to 12.50 euros in early trading on Monday"
        let article = try ArticleParser.parse(Array(text.utf8), fileName: "line.txt")
        #expect(article.body == text)
    }
}
