import ClipperModel
import Testing

struct QuoteTests {
    /// Every attribution form news writing uses, with the speaker and cue expected.
    @Test(arguments: [
        ("“My officers felt betrayed,” Harold Medina said.", "My officers felt betrayed", "Harold Medina", "said"),
        (
            "“It makes the work harder,” said Jason Houser, a former official.", "It makes the work harder",
            "Jason Houser", "said"
        ),
        ("Jason Houser said, “It makes the work harder.”", "It makes the work harder", "Jason Houser", "said"),
        (
            "Harold Medina says the decision worked: “We did it in a way that works for us.”", "We did it in a way",
            "Harold Medina", "says"
        ),
        (
            "In an op-ed, Jason Houser wrote that “agents have been pulled off their investigations.”",
            "agents have been pulled", "Jason Houser", "wrote"
        ),
        (
            "The center holds “over eleven million records,” according to the FBI.", "over eleven million records",
            "Federal Bureau of Investigation", "according to"
        ),
        (
            "Kieran Donahue, the sheriff, spoke. “There's been this spike of fear,” he says.", "spike of fear",
            "Kieran Donahue", "says"
        ),
        ("Tom Homan said he'd “bring hell” to the city.", "bring hell", "Tom Homan", "said"),
        ("\"Whatever happens, you are our community,\" Paul Joye said.", "you are our community", "Paul Joye", "said"),
    ])
    func attributionForms(body: String, words: String, speaker: String, cue: String) throws {
        let quote = try #require(extract(body).quote(containing: words), "no quote in: \(body)")
        #expect(quote.speaker == speaker)
        #expect(quote.cue == cue)
    }

    @Test func aQuoteSplitByItsAttributionIsTwoQuotesOfOneSpeaker() {
        let found = extract("“My officers felt betrayed,” Harold Medina said. “They asked me why.”")
        #expect(found.quotes.count == 2)
        #expect(found.quotes.allSatisfy { $0.speaker == "Harold Medina" })
    }

    @Test func aQuoteRunningAcrossParagraphsKeepsItsSpeaker() {
        let found = extract(
            """
            “We did our best,” said Mayor Tim Keller. “The city was ready.

            “We will do it again next year.”
            """)
        #expect(found.quotes.count == 3)
        #expect(found.quote(containing: "again next year")?.speaker == "Tim Keller")
    }

    @Test func aParagraphBrokenInsideAQuoteIsOneQuote() {
        let found = extract("“Dealing with federal law\n\nenforcement is hard,” says Chuck Wexler.")
        #expect(found.quotes.count == 1)
        #expect(found.quotes.first?.text == "Dealing with federal law enforcement is hard,")
    }

    @Test func pronounsGoToTheLastPersonOfTheRightGender() {
        let found = extract(
            """
            Mayor Karen Bass met Chief Brian O'Hara on Monday.

            “We are stretched thin,” he said. “We need help,” she said.
            """)
        #expect(found.quote(containing: "stretched thin")?.speaker == "Brian O'Hara")
        #expect(found.quote(containing: "need help")?.speaker == "Karen Bass")
    }

    @Test func titlesAfterTheGoToThePersonWithThatRole() {
        let found = extract("Fire Chief Kristin Crowley met Mayor Karen Bass. “We are stretched thin,” the chief said.")
        #expect(found.quote(containing: "stretched thin")?.speaker == "Kristin Crowley")
    }

    @Test func namesUsedAsModifiersAreNotPronounAntecedents() {
        let found = extract(
            "Harold Medina says trust grew after the George Floyd protests in 2020.\n\n“We were forced to evolve,” he said."
        )
        #expect(found.quote(containing: "forced to evolve")?.speaker == "Harold Medina")
    }

    @Test func scareQuotesAndQuotedNamesAreNotSpeech() {
        let found = extract(
            """
            The president says they target the “worst of the worst.”

            The fusion center, known as “The New Mexico All Source Intelligence Center”, stores data.
            """)
        #expect(found.quotes.isEmpty)
    }

    @Test func anUnbalancedMarkEndsAtItsParagraph() {
        let found = extract(
            """
            He called it “a surge of federal law enforcement into American communities.

            Later, Tim Keller said, “We refused to cooperate.”
            """)
        #expect(found.quote(containing: "We refused to cooperate")?.speaker == "Tim Keller")
        #expect(found.quotes.allSatisfy { !$0.text.contains("Later") })
    }

    @Test func offsetsAreUTF8ByteOffsetsIntoTheBody() throws {
        let body = "Señor Medina’s team met. “Très bien — it works,” Harold Medina said."
        let quote = try #require(extract(body).quotes.first)
        let bytes = Array(body.utf8)
        #expect(String(decoding: bytes[quote.start..<quote.end], as: UTF8.self) == quote.text)
        #expect(quote.text == "Très bien — it works,")
    }
}

struct AttributionAppositiveTests {
    @Test func aSpeakerWithAnAgeOrRoleBetweenNameAndCue() {
        let found = extract(
            """
            Former New York City Mayor Bill de Blasio spoke Tuesday.

            “I've given this city eight years,” de Blasio, 62, told reporters.
            """)
        #expect(found.quote(containing: "eight years")?.speaker == "Bill de Blasio")
    }

    @Test func aQuestionMarkEndsAQuoteThatItsCueFollows() {
        let found = extract("“Why now?” asked Jean-Pierre Dupont, a political scientist. “Nobody expected this.”")
        #expect(found.quotes.map(\.speaker) == ["Jean-Pierre Dupont", "Jean-Pierre Dupont"])
        #expect(found.quotes.first?.cue == "asked")
    }
}

struct SpeakerTitleTests {
    @Test func aPersonAfterTheirAgencySpeaksNotTheAgency() {
        let found = extract("“It depends on Boeing,” responded NASA administrator Jim Bridenstine.")
        #expect(found.quotes.first?.speaker == "Jim Bridenstine")
    }

    @Test func aCompanyAfterATitleIsNotAName() {
        let found = extract("Rob Goldman, President Ascom North America, says: “We help hospitals.”")
        #expect(found.person("Ascom North America") == nil)
        #expect(found.quotes.first?.speaker == "Rob Goldman")
    }

    @Test func titledQuotesWithoutACueAreNotSpeech() {
        let found = extract("The films of Marvel Studios, including “Mary Poppins” and “Bambi,” are on the service.")
        #expect(found.quotes.isEmpty)
    }
}

struct ColonAttributionTests {
    @Test func aQuoteParagraphAfterASpeakerAndAColon() {
        let found = extract("Police Chief Harold Medina said:\n\n“We did it in a way that works for us.”")
        #expect(found.quotes.first?.speaker == "Harold Medina")
        #expect(found.quotes.first?.cue == "said")
    }
}

struct UnnamedSpeakerTests {
    @Test func anUnnamedSpokespersonSpeaksForTheAgencyNotForTheLastSpeaker() {
        let found = extract(
            "“We are ready,” Harold Medina said. “We will continue our work,” said a spokesperson for ICE. “It is over,” said one officer."
        )
        #expect(found.quotes.map(\.speaker) == ["Harold Medina", "Immigration and Customs Enforcement", nil])
    }
}

struct LongAttributionTests {
    @Test func aLongRoleBetweenTheNameAndTheCue() {
        let found = extract(
            """
            Kevin Mayer spoke on Tuesday.

            “We had some issues,” Mayer, Disney’s chairman of direct-to-consumer and international, said.
            """)
        #expect(found.quotes.first?.speaker == "Kevin Mayer")
    }

    @Test func aSurnameAloneBetweenQuoteAndCueIsTheSpeaker() {
        let found = extract("“He knows exactly what he's done,” Giuffre said before the interview.")
        #expect(found.quotes.first?.speaker == "Giuffre")
    }

    @Test func anAbbreviatedTitleAfterTheCue() {
        let found = extract("“Every study says so,” said Rep. Brian Babin (R-TX), a member of the committee.")
        #expect(found.quotes.first?.speaker == "Brian Babin")
    }
}

struct ChainedQuoteTests {
    @Test func aCueThatOpensTheNextQuoteBelongsToIt() {
        let found = extract(
            "Kristi Noem tweeted that the epidemic “needs to be a dinner table conversation,” adding “we need everyone on it.”"
        )
        #expect(found.quotes.map(\.speaker) == ["Kristi Noem", "Kristi Noem"])
        #expect(found.quotes.map(\.cue) == ["tweeted", "adding"])
    }
}

struct GeneralQuoteTests {
    @Test func doubledApostrophesAreQuotationMarks() throws {
        let found = extract("''We will rebuild the pier by spring,'' said Marla Quentin, the harbor master.")
        let quote = try #require(found.quote(containing: "rebuild the pier"))
        #expect(quote.speaker == "Marla Quentin")
    }

    @Test func aPronounGoesToTheSubjectNotTheLastNamedObject() throws {
        let found = extract(
            "Robert Fenwick met with Daniel Ostrow on Monday.\n\n"
                + "Fenwick later praised the talks with Ostrow. “We found common ground on the budget,” he said.")
        #expect(try #require(found.quote(containing: "common ground")).speaker == "Robert Fenwick")
    }

    @Test func theSpokespersonAfterTheNameSpeaks() throws {
        let found = extract(
            "Senator Laura Brightwater campaigned in the north.\n\n"
                + "“The turnout was enormous,” said Brightwater spokesman Theo Marchetti.")
        #expect(try #require(found.quote(containing: "turnout was enormous")).speaker == "Theo Marchetti")
    }
}

struct AttributionShapeTests {
    @Test func aTitleWithAPeriodBeforeTheSurnameStillSpeaks() throws {
        let found = extract("The mill closed.\n\n''We tried everything,'' Mr. Halvorsen said.")
        #expect(try #require(found.quote(containing: "tried everything")).speaker == "Halvorsen")
    }

    @Test func aHyphenatedDescriptionBeforeTheNameStillSpeaks() throws {
        let found = extract("“The numbers are bad,” Ohio-based Dana Whitcombe said.")
        #expect(try #require(found.quote(containing: "numbers are bad")).speaker == "Dana Whitcombe")
    }

    @Test func aSentenceWithASpeechVerbIntroducesTheNextParagraphsQuote() throws {
        let found = extract(
            "Greta Lindqvist continued her remarks at the rally.\n\n“We will not give up on this town, not now and not ever.”"
        )
        #expect(try #require(found.quote(containing: "give up on this town")).speaker == "Greta Lindqvist")
    }
}

struct AttributionAfterAsideTests {
    @Test func aRoleThenTheNameBetweenCommasSpeaks() throws {
        let found = extract("“The program needs a close look,” the city spokesman, Rolf Amundsen, said on Thursday.")
        #expect(try #require(found.quote(containing: "needs a close look")).speaker == "Rolf Amundsen")
    }

    @Test func aClauseBetweenTheQuoteAndTheCueKeepsTheNameAfterIt() throws {
        let found = extract(
            "“These groups have been setting the table,” in sharp contrast to earlier years, says Dana Whitcombe, a historian.")
        #expect(try #require(found.quote(containing: "setting the table")).speaker == "Dana Whitcombe")
    }

    @Test func aNameAndAVerbWithAPhraseOfTimeAfterTheQuoteSpeak() throws {
        let found = extract(
            "Senator Dana Whitcombe wants the bill back.\n\n“They were never serious about this bill,” Whitcombe fumed on Tuesday.")
        #expect(try #require(found.quote(containing: "never serious")).speaker == "Dana Whitcombe")
    }

    @Test func rememberedIsACue() throws {
        let found = extract("“The board said no, and she went ahead anyway,” remembered Rolf Amundsen, a former aide.")
        #expect(try #require(found.quote(containing: "board said no")).speaker == "Rolf Amundsen")
    }

    @Test func aLongClauseWithoutANameAfterTheCueStillSpeaksForNoOne() throws {
        let found = extract("“These groups have been setting the table,” in sharp contrast to the years before, the report says.")
        #expect(try #require(found.quote(containing: "setting the table")).speaker == nil)
    }
}

struct ListenerTests {
    @Test func theOneToldIsTheListenerNotTheSpeaker() throws {
        let found = extract(
            "Nora Castellanos met the hosts of the Morning Hour on WXKQ.\n\n"
                + "“We are ready,” Nora Castellanos told the WXKQ hosts on Monday.")
        #expect(try #require(found.quote(containing: "We are ready")).speaker == "Nora Castellanos")
    }
}
