import ClipperModel
import Testing

/// Who speaks when the attribution is not the plain "NAME said" next to the quote.
struct SpeakerResolutionTests {
    @Test(arguments: [
        // A participle after a comma has the clause's subject, not the last person named.
        (
            "Mayor Daniel Reyes attacked Karen Holt on Monday, calling her “the worst planner the city has seen.”",
            "worst planner", "Daniel Reyes"
        ),
        // With no cue, the sentence's subject, not the object.
        (
            "Daniel Reyes, the mayor's former aide, accused Karen Holt of acting as “judge and jury in her own case.”",
            "judge and jury", "Daniel Reyes"
        ),
        // A possessive names whose thing it is, not who writes.
        (
            "The columnist Maria Lopez, pointing to Karen Holt's silence, wrote, “The council has answered no questions since May.”",
            "answered no questions", "Maria Lopez"
        ),
        // Any verb in the past tense after the name reports the quote.
        ("“Would the council negotiate on the budget?” Maria Lopez pressed.", "negotiate on the budget", "Maria Lopez"),
        // A person, an aside between commas, then the cue.
        (
            "“I am calling from the clinic today.” Karen Holt, a retired nurse from Ohio, said quietly.",
            "calling from the clinic", "Karen Holt"
        ),
        // Lower-case modifiers between the cue and the name.
        (
            "“Nobody told us anything about the plan,” said undecided voter Maria Lopez.",
            "Nobody told us", "Maria Lopez"
        ),
        (
            "“The bill never had the votes it needed,” said former Rep. Daniel Reyes.", "never had the votes",
            "Daniel Reyes"
        ),
        // The person named first speaks, not the organization in the clause about her.
        (
            "“We will keep pressing the council on this,” Karen Holt, who chairs the Riverside Tenants Union, said.",
            "keep pressing", "Karen Holt"
        ),
        // The person before an aside set off by commas.
        (
            "Daniel Reyes, a former aide to Karen Holt, said the plan would “cost the city dearly for years.”",
            "cost the city dearly", "Daniel Reyes"
        ),
        // A second verb of the sentence's subject.
        (
            "Maria Lopez said that Reyes is a “decent man,” and said that Karen Holt “lost her nerve last night.”",
            "lost her nerve", "Maria Lopez"
        ),
        (
            "Daniel Reyes called the report “extremely careless and late,” but said she should face no charges.",
            "extremely careless", "Daniel Reyes"
        ),
        // An aside with an abbreviation's period in it ("Mass.") before the cue.
        (
            "“We never saw the report before the vote,” Daniel Reyes, now retired in Springfield, Mass., said by telephone.",
            "never saw the report", "Daniel Reyes"
        ),
        // After a full stop, a name with an aside of several commas, then the cue.
        (
            "“Is this what the council calls a plan?” Karen Holt, 67, a retired teacher in Dayton, said.",
            "calls a plan", "Karen Holt"
        ),
        // A party and state in parentheses between the name and the cue.
        (
            "“The votes are not there this year.” Karen Holt (D-Wash.) said.", "votes are not there",
            "Karen Holt"
        ),
        // A person's aide named after the cue: the aide speaks.
        (
            "“October was a good month for the campaign,” said longtime Daniel Reyes adviser Karen Holt.",
            "good month", "Karen Holt"
        ),
        // The one told is the listener.
        (
            "“You need to close the plant now,” Karen Holt, a Democrat from Ohio, told Daniel Reyes last year.",
            "close the plant", "Karen Holt"
        ),
        // A cue in a relative clause yields to the sentence's own.
        (
            "Maria Lopez said the way the campaign treated women who complained about Reyes “would be disqualifying today.”",
            "disqualifying today", "Maria Lopez"
        ),
        ("Karen Holt interjected: “It is just not true at all.”", "just not true", "Karen Holt"),
    ])
    func speakerOfTheQuote(body: String, words: String, speaker: String) throws {
        let quote = try #require(extract(body).quote(containing: words), "no quote in: \(body)")
        #expect(quote.speaker == speaker)
    }

    @Test func aPronounPointsOnlyToPeopleNamedBeforeIt() throws {
        let body =
            "Maria Lopez spoke to reporters on Tuesday. She said Daniel Reyes had been “a tremendously important part of the team.”"
        let quote = try #require(extract(body).quote(containing: "tremendously important"))
        #expect(quote.speaker == "Maria Lopez")
    }

    @Test func aPronounAfterTheNextQuoteMeansTheLastSpeaker() throws {
        let body =
            "“On a blackboard, the tax looks great,” said Daniel Reyes, a former adviser to President Robert Holt. But “it is a poor use of capital,” he added."
        let quote = try #require(extract(body).quote(containing: "poor use of capital"))
        #expect(quote.speaker == "Daniel Reyes")
    }

    @Test func aNameBeforeARoleNounIsNotWhomAPronounMeans() throws {
        let body =
            "Reyes spokeswoman Karen Holt rejected the claim. “Nice try, but it is not true,” she said in a statement."
        let quote = try #require(extract(body).quote(containing: "Nice try"))
        #expect(quote.speaker == "Karen Holt")
    }

    @Test func aNameAndAVerbAfterAFullStopStartANewSentence() throws {
        let body = "Karen Holt spoke first. “We will not move the market this year.” Daniel Reyes resigned."
        let quote = try #require(extract(body).quote(containing: "move the market"))
        #expect(quote.speaker != "Daniel Reyes")
    }
}

/// A speaker the article does not name is kept as the article describes them.
struct UnnamedSpeakerDescriptionTests {
    @Test(arguments: [
        ("“We are reviewing the footage,” a spokeswoman for the agency said.", "a spokeswoman for the agency"),
        ("“Nobody expected the vote to pass,” said one senior official.", "one senior official"),
        ("The official said: “We will not comment on the case.”", "The official"),
    ])
    func theDescriptionIsKept(body: String, description: String) throws {
        let quote = try #require(extract(body).quotes.first, "no quote in: \(body)")
        #expect(quote.speaker == nil)
        #expect(quote.speakerDescription == description)
    }

    @Test func aNamedSpeakerHasNoDescription() throws {
        let quote = try #require(extract("“We are reviewing the footage,” Karen Holt said.").quotes.first)
        #expect(quote.speaker == "Karen Holt")
        #expect(quote.speakerDescription == nil)
    }
}
