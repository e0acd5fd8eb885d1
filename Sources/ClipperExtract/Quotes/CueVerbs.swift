/// Verbs and nouns that attribute speech or writing ("said", "wrote", "reply"), keyed by their look-up key.
enum CueVerbs {
    static let words = Vocabulary.keys([
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "wrote", "writes", "write", "writing",
        "added", "adds", "adding", "recalled", "recalls", "recalling", "explained", "explains", "explaining",
        "noted", "notes", "noting", "stated", "states", "declared", "declares", "warned", "warns", "warning",
        "complained", "complains", "called", "calls", "calling", "described", "describes", "describing", "asked",
        "asks", "argued", "argues", "arguing", "insisted", "insists", "claimed", "claims", "acknowledged",
        "acknowledges", "urged", "urges", "testified", "testifies", "posted", "posts", "tweeted", "tweets",
        "announced", "announces", "worries", "worried", "reply", "replied", "replies", "responded", "responds",
        "response", "continued", "continues", "emphasized", "emphasizes", "stressed", "stresses", "agreed",
        "agrees", "admitted", "admits", "conceded", "concedes", "predicted", "predicts", "suggested", "suggests",
        "cautioned", "cautions", "countered", "counters", "observed", "observes", "remarked", "remarks", "echoed",
        "echoes", "believes", "believed", "recounted", "recounts", "shared", "shares", "concluded", "concludes",
        "reported", "reports", "promised", "promises", "vowed", "vows", "pledged", "pledges", "threatened",
        "threatens", "boasted", "boasts", "quipped", "quips", "joked", "jokes", "lamented", "laments", "mused",
        "muses", "shouted", "shouts", "yelled", "yells", "texted", "emailed", "mentioned", "mentions",
        "reiterated", "reiterates", "affirmed", "affirms", "alleged", "alleges", "charged", "charges",
        "contended", "contends", "maintained", "maintains", "confirmed", "confirms", "denied", "denies",
        "demanded", "demands", "announcement", "statement", "wondered", "wonders", "explanation", "answered",
        "answers", "insisting", "pleaded", "pleads", "begged", "asserted", "asserts", "advised", "advises",
        "criticized", "criticizes", "praised", "praises", "comments", "commented", "replied", "shouts", "thinks",
        "thought", "feels", "felt", "hopes", "hoped", "interjected", "retorted", "snapped", "exclaimed",
        "scoffed", "chided", "tweeting", "remembered", "remembers",
    ])

    /// Verbs that report a quotation but say little about who their subject is (an agency "blasted" or
    /// "dismissed" as readily as a person): cues for quotes, not evidence that a name is a person's.
    static let reportingOnly = Vocabulary.keys([
        "questioned", "mocked", "blasted", "slammed", "touted", "hailed", "labeled", "branded", "dubbed",
        "accused", "dismissed", "quoted", "posting",
    ])

    /// Whether a word attributes speech.
    static func isCue(_ key: UInt64) -> Bool { words.contains(key) }

    /// Whether a word attributes a quotation: a speech verb or a verb that only reports.
    static func isQuoteCue(_ key: UInt64) -> Bool { words.contains(key) || reportingOnly.contains(key) }
}
