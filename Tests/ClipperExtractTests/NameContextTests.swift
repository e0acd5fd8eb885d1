import ClipperModel
import Testing

/// Names read from the words around them: honorifics, initials, role nouns, a player's club, place heads.
struct NameContextTests {
    @Test func anHonorificBeforeATitleWordMakesItASurname() throws {
        let found = extract("Asked about the vote, Mr. King said the count was fair.")
        let king = try #require(found.people.first { $0.mentions.contains("Mr. King") })
        #expect(king.name == "King")
    }

    @Test func initialsOpenAName() {
        #expect(extract("Police questioned T.J. Harnsworth on Friday.").person("T.J. Harnsworth") != nil)
    }

    @Test(arguments: [
        ("Columnist Maria Lopez wrote that the plan would fail.", "Maria Lopez"),
        ("Her brother Zorvan Velland was not at home.", "Zorvan Velland"),
    ])
    func aRoleNounBeforeTheNameSaysItIsAPerson(body: String, name: String) {
        #expect(extract(body).person(name) != nil, "\(name) in: \(body)")
    }

    @Test func anUnknownFullNameBesideAPersonIsAnother() {
        let found = extract("The doubles title went to Marta Kelvane and Idonu Pressel on Sunday.")
        #expect(found.person("Marta Kelvane") != nil)
        #expect(found.person("Idonu Pressel") != nil)
    }

    @Test func aNumberedEntryOfALineUpIsAPerson() {
        let found = extract("Castlebrook named this side for the match on Saturday: 15 - Idonu Pressel, 14 - Tarvek Omundsen, 13 - Hal Brenner.")
        #expect(found.person("Idonu Pressel") != nil)
        #expect(found.person("Tarvek Omundsen") != nil)
    }

    @Test func firstNamesFromOutsideTheUSAreKnown() {
        let found = extract("The plan was drawn up by Vyacheslav Ordenko and Nikolaus Brandauer last year.")
        #expect(found.person("Vyacheslav Ordenko") != nil)
        #expect(found.person("Nikolaus Brandauer") != nil)
    }

    @Test func aClubBeforeAPlayersRoleIsATeam() {
        let found = extract("Former Castlebrook playmaker Edwin Marrow scored twice in the second half.")
        #expect(found.organization("Castlebrook") != nil)
        #expect(found.person("Edwin Marrow") != nil)
    }

    @Test(arguments: [
        ("Protesters gathered in Harlow Square on Sunday.", "Harlow Square"),
        ("Tankers crossed the Keldan Strait at night.", "Keldan Strait"),
        ("The flight landed at Brennock Airport an hour late.", "Brennock Airport"),
    ])
    func aPlaceHeadMakesTheNameAPlace(body: String, place: String) {
        let found = extract(body)
        #expect(found.place(place) != nil, "\(place) in: \(body)")
        #expect(found.people.isEmpty)
    }

    @Test func aPlaceHeadEndsTheLastNameOfAList() {
        let found = extract("Oil from Norway and the Dunmore Sea is cheaper.")
        #expect(found.place("Dunmore Sea") != nil)
        #expect(found.place("Norway") != nil)
    }
}

struct SentenceStartTests {
    @Test func aSentencesFirstWordBeforeAFullNameIsNoPartOfIt() {
        let found = extract("The board met on Monday. Outspoken Tomas Halvard walked out.")
        #expect(found.person("Tomas Halvard") != nil)
        #expect(found.person("Outspoken Tomas Halvard") == nil)
    }

    @Test func aSignOffAfterADashNamesTheNewsroom() {
        let found = extract("The talks went well, officials said.\n\n-- Harlow Newsroom +44 20 7542 8062")
        #expect(found.organization("Harlow Newsroom") != nil)
    }

    @Test(arguments: [
        ("Ipswich were 250 for three at the close.", "Ipswich"),
        ("Wingate scored twice in Castlebrook's 3-1 victory.", "Castlebrook"),
        ("They sealed a 2-0 victory over Castlebrook on Saturday.", "Castlebrook"),
    ])
    func aTownThatPlaysIsATeam(body: String, team: String) {
        #expect(extract(body).organization(team) != nil, "\(team) in: \(body)")
    }

    @Test func theTownsListedAfterATeamAreTeams() {
        let found = extract("Their rivals Ipswich, Luton and Norwich all won on Saturday.")
        for team in ["Ipswich", "Luton", "Norwich"] {
            #expect(found.organization(team) != nil, "\(team)")
        }
        #expect(found.places.isEmpty)
    }

    @Test func oneJoinsAClubNotATown() {
        let found = extract("Defender Edwin Marrow has joined Luton on a free transfer.")
        #expect(found.organization("Luton") != nil)
        #expect(found.place("Luton") == nil)
    }

    @Test func aTownNamedAsATeamIsTheTeamThroughout() {
        let found = extract("Luton were 180 for four at lunch. Rain then stopped the match against Luton.")
        #expect(found.organization("Luton") != nil)
        #expect(found.place("Luton") == nil)
    }

    @Test(arguments: ["She reached the final of the U.S. Open last year.", "He won gold at the Atlanta Games."])
    func aSportingEventNamedAfterAPlaceIsNoPlace(body: String) {
        let found = extract(body)
        #expect(found.places.isEmpty, "in: \(body)")
        #expect(found.organizations.isEmpty, "in: \(body)")
    }

    @Test func aNationThatPlaysStaysAPlace() {
        let found = extract("England were bowled out for 220 on Friday.")
        #expect(found.place("England") != nil)
        #expect(found.organization("England") == nil)
    }

    @Test func aTownAfterAPrepositionIsNoSubject() {
        let found = extract("Seven men who forced the jet to fly to Luton were charged on Friday.")
        #expect(found.organization("Luton") == nil)
        #expect(found.place("Luton") != nil)
    }
}
