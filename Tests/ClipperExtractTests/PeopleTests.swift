import ClipperModel
import Testing

struct PeopleTests {
    @Test func titleBeforeTheNameIsTheRoleAndSurnamesResolve() throws {
        let found = extract(
            """
            Albuquerque Chief of Police Harold Medina was at home when the ad aired.

            Medina says the ad was a mistake. “It hurt,” Medina said.
            """)
        let medina = try #require(found.person("Harold Medina"))
        #expect(medina.roles.contains("Albuquerque Chief of Police"))
        #expect(medina.mentions.contains("Medina"))
        #expect(medina.count == 3)
        #expect(found.people.count == 1)
    }

    @Test func titledSurnameMentionsJoinTheFullName() throws {
        let found = extract(
            "Santa Fe Police Chief Paul Joye spoke first.\n\nAt the meeting, Chief Joye wore plainclothes. Joye said it went well."
        )
        let joye = try #require(found.person("Paul Joye"))
        #expect(joye.mentions.contains("Chief Joye"))
        #expect(joye.count == 3)
        #expect(joye.roles.contains("Santa Fe Police Chief"))
        #expect(found.people.count == 1)
    }

    @Test(arguments: [
        ("Republican Sheriff Chad Bianco in Riverside County says he agrees.", "Chad Bianco"),
        ("The zero-tolerance policy, former ICE Director John Sandweg said, went too far.", "John Sandweg"),
        ("Louisiana Governor Jeff Landry issued an order.", "Jeff Landry"),
        ("In Boston, police commissioner Michael Cox pointed out the limits.", "Michael Cox"),
        ("“We are ready,” says Kieran Donahue, the sheriff in Canyon County.", "Kieran Donahue"),
        ("Sen. Lindsey Graham, R-S.C., disagreed.", "Lindsey Graham"),
    ])
    func namesFoundByTitleFirstNameOrContext(body: String, name: String) {
        #expect(extract(body).person(name) != nil, "\(name) in: \(body)")
    }

    @Test func appositiveAndPredicateRolesAreAttached() throws {
        let found = extract(
            """
            “It keeps chiefs up at night,” says Chuck Wexler, executive director of the Police Executive Research Forum.

            Jason Houser is a former ICE Chief of Staff who served under two presidents.
            """)
        #expect(
            try #require(found.person("Chuck Wexler")).roles.contains(
                "executive director of the Police Executive Research Forum"))
        #expect(try #require(found.person("Jason Houser")).roles.contains("former ICE Chief of Staff"))
    }

    @Test func wellKnownSurnamesAloneAreNamed() {
        let found = extract("The Trump administration expanded raids. Critics of Trump’s border czar objected.")
        #expect(found.person("Donald Trump")?.count == 2)
    }

    @Test func namesJoinedByAndAreTwoPeople() {
        let found = extract("New Mexico’s U.S. Senators, Tom Udall and Martin Heinrich, wrote a letter.")
        #expect(found.person("Tom Udall") != nil)
        #expect(found.person("Martin Heinrich") != nil)
    }

    @Test(arguments: [
        "Officers Caught Between Federal Law and Local Politics",
        "Medina spoke at a conference organized by Catholic Legal Immigration Network and Migration Policy Institute.",
        "Social media platforms are full of images. Police departments are holding town halls.",
        "The mayor announced Monday that Wednesday meetings would resume.",
        "Critics said the City refused to coordinate.",
    ])
    func noPeopleFromHeadingsSentenceStartsOrOrganizationNames(body: String) {
        #expect(extract(body).people.isEmpty, "people in: \(body)")
    }

    @Test func photoCreditsAreNotPeople() {
        let found = extract("Matt McClain took the photo. Paul Joye spoke.", credits: ["Matt McClain"])
        #expect(found.person("Matt McClain") == nil)
        #expect(found.person("Paul Joye") != nil)
    }

    @Test func aLargeCityThatSpeaksIsItsGovernmentNotAPerson() {
        let found = extract("Moscow said the talks would go on. Cairo says the border stays closed.")
        #expect(found.people.isEmpty)
        #expect(found.place("Moscow") != nil)
        #expect(found.place("Cairo") != nil)
    }

    @Test func aSmallTownThatSpeaksAfterAQuoteIsASurname() {
        let found = extract("“The deal is wrong,” Bolton said on Monday.")
        #expect(found.person("Bolton") != nil)
        #expect(found.place("Bolton") == nil)
    }

    @Test func aSurnameThatIsATownStaysThePerson() {
        let found = extract("Police arrested David Martinez and Jean Madrid. The Martinez-Madrid case went to court.")
        #expect(found.person("Jean Madrid")?.count == 2)
        #expect(found.place("Madrid") == nil)
    }
}

struct NameShapeTests {
    @Test(arguments: [
        ("Former New York City Mayor Bill de Blasio said he would not run.", "Bill de Blasio"),
        ("Vice President JD Vance met the governor.", "JD Vance"),
        ("Rep. Alexandria Ocasio-Cortez, D-N.Y., wrote on X.", "Alexandria Ocasio-Cortez"),
        ("“Why now?” asked Jean-Pierre Dupont, a political scientist.", "Jean-Pierre Dupont"),
        ("Coach Pieter van den Berg said the team was ready.", "Pieter van den Berg"),
        ("The stage went to Marco dal Monte on Sunday.", "Marco dal Monte"),
        ("Omar al-Hadi said the talks had failed.", "Omar al-Hadi"),
        ("The envoy, Kim Jin-ho, said talks would go on.", "Kim Jin-ho"),
        ("Prime Minister Chavalit Som-arun said he would stay.", "Chavalit Som-arun"),
    ])
    func particlesInitialsAndHyphens(body: String, name: String) {
        #expect(extract(body).person(name) != nil, "\(name) in: \(body)")
    }

    @Test(arguments: [
        "Bill Carter said the Hong Kong-style deal was signed.", "Bill Carter recalled a Cold War-era plan.",
    ])
    func anEnglishCompoundAfterANameIsNoPartOfIt(body: String) {
        let found = extract(body)
        #expect(found.people.map(\.name) == ["Bill Carter"], "people in: \(body)")
    }

    @Test func aPersonsWordBeforeAFirstNameOutweighsAnOrganizationWordLast() {
        let found = extract("The draw pits eighth seed Tom Herald against Ivo Marsh.")
        #expect(found.person("Tom Herald") != nil)
        #expect(found.organization("Tom Herald") == nil)
    }

    @Test func aSurnameWithParticlesOpeningASentenceIsTheSamePerson() {
        let found = extract("Pieter van den Berg saved a penalty. Van den Berg was hurt in the second half.")
        #expect(found.person("Pieter van den Berg")?.count == 2)
        #expect(found.people.count == 1)
    }

    @Test(arguments: [
        "Martin Luther King Jr. Boulevard was closed until Sunday.",
        "Analysts at Morgan Stanley said the cuts could save money.",
        "Researchers at Virginia Tech published a study.",
        "The Will Rogers Memorial reopened.",
    ])
    func streetsAndFirmsAreNotPeople(body: String) {
        #expect(extract(body).people.isEmpty, "people in: \(body)")
    }
}

struct RoleTests {
    @Test func rolesBeforeAfterAndAroundTheName() throws {
        let found = extract(
            """
            Trump's border czar, Tom Homan, said he would act. In 2017, former APD chief Gordon Eden signed it.

            Harold Medina, police chief in Albuquerque, N.M. and president of the Major Cities Chiefs Association, says trust matters.

            Medina, also a former sergeant, agreed. Chief Medina left.
            """)
        #expect(try #require(found.person("Tom Homan")).roles == ["Trump's border czar"])
        #expect(try #require(found.person("Gordon Eden")).roles == ["former APD chief"])
        let medina = try #require(found.person("Harold Medina"))
        #expect(
            medina.roles == [
                "police chief in Albuquerque, N.M.", "president of the Major Cities Chiefs Association",
                "former sergeant",
            ])
        #expect(medina.mentions == ["Harold Medina", "Medina", "Chief Medina"])
    }
}

struct PersonContextTests {
    @Test func aNameOfAPlaceIsAPersonFromThere() throws {
        let found = extract("Seventh seed Tavo Brennick of Argentina beat Olek Varsh of the Netherlands.")
        #expect(found.person("Tavo Brennick") != nil)
        #expect(found.person("Olek Varsh") != nil)
        #expect(found.place("Argentina") != nil)
        #expect(found.place("Netherlands") != nil)
    }

    @Test(arguments: [
        ("Austrian Keld Ormstrup won in straight sets.", "Keld Ormstrup"),
        ("The goal came from striker Baltu Nerrick in the second half.", "Baltu Nerrick"),
        ("Oskaro Vennt, who leads the group, left early.", "Oskaro Vennt"),
        ("Tamsu Orrigen, 43, was released on Friday.", "Tamsu Orrigen"),
        ("Striker Baltu Nerrick scored twice.", "Baltu Nerrick"),
        ("The talks were led by diplomat Orlan Vesk in the capital.", "Orlan Vesk"),
        ("Romania's Ilko Vardan won the stage.", "Ilko Vardan"),
        ("Tavo Brennick (Argentina) won the first heat.", "Tavo Brennick"),
    ])
    func theWordsAroundAnUnknownNameSayItIsAPersons(body: String, name: String) {
        let found = extract(body)
        #expect(found.person(name) != nil, "\(name) in: \(body)")
        #expect(found.organizations.isEmpty, "organizations in: \(body)")
    }

    @Test func aFirstNameThatIsADemonymStaysInTheName() {
        #expect(extract("Christian Vollmark said he was tired.").person("Christian Vollmark") != nil)
    }

    @Test func aMinisterOfSomethingThenTheName() throws {
        let found = extract("Minister of Foreign Affairs Orvan Telk said talks would resume.")
        let telk = try #require(found.person("Orvan Telk"))
        #expect(telk.roles == ["Minister of Foreign Affairs"])
    }

    @Test func aTitleBeforeAnUnknownNameFromAPlace() throws {
        let found = extract("Sir Ambrose Telford of England spoke first.")
        #expect(found.person("Ambrose Telford") != nil)
        #expect(found.place("England") != nil)
    }
}

struct PersonOrOrganizationTests {
    @Test func aFirstNameAndASurnameThatIsAnOrganizationWordIsAPerson() {
        let found = extract("Seventh seed Emily Post lost on Tuesday.")
        #expect(found.person("Emily Post") != nil)
        #expect(found.organizations.isEmpty)
    }
}
