import ClipperModel
import Testing

struct OrganizationTests {
    @Test func acronymInParenthesesLinksToTheFullName() throws {
        let found = extract(
            "Agents joined the Albuquerque Police Department (APD) in 2019. APD’s chief agreed, and APD officers helped."
        )
        let apd = try #require(found.organization("Albuquerque Police Department"))
        #expect(apd.aliases.contains("APD"))
        #expect(apd.count == 3)
        #expect(found.place("Albuquerque") == nil, "a place inside an organization's name is not a place mention")
    }

    @Test func wellKnownAcronymsCarryTheirFullNames() throws {
        let found = extract("ICE agents and F.B.I. analysts met. ICE's budget grew, the DEA said.")
        #expect(try #require(found.organization("Immigration and Customs Enforcement")).count == 2)
        #expect(found.organization("Federal Bureau of Investigation")?.aliases.contains("F.B.I.") == true)
        #expect(found.organization("Drug Enforcement Administration") != nil)
    }

    @Test func generalWordsEndingInAnOrganizationHeadAfterTheNameAnInstitution() throws {
        // Given institutions whose every word is generic, each after "the"
        let found = extract(
            "The vote went to the National Assembly on Monday. The Security Council met on Friday, and the "
                + "Harbour Board said the Public Health Commission would be told.")
        // Then each is an organization
        for name in ["National Assembly", "Security Council", "Public Health Commission"] {
            #expect(found.organization(name) != nil, "\(name)")
        }
        // And after "the", generic words without an organization's head are none
        #expect(extract("Officials said the National Security talks went on.").organizations.isEmpty)
    }

    @Test func theSameAgencyUnderTwoNamesIsOne() throws {
        let found = extract(
            "The U.S. Justice Department announced it. Officials from the Department of Justice agreed.")
        let justice = try #require(found.organization("Department of Justice"))
        #expect(justice.count == 2)
        #expect(found.organizations.count == 1)
    }

    @Test(arguments: [
        ("Monitors from the League for Reform and Democracy in Asia (LRDA) arrived.", "League for Reform and Democracy in Asia"),
        ("Leaders of the Popular Liberal Alliance (APL) met on Monday.", "Popular Liberal Alliance"),
    ])
    func theAcronymsLettersSpellTheFullName(body: String, name: String) throws {
        let found = extract(body)
        let organization = try #require(found.organization(name), "\(name) in: \(body)")
        #expect(organization.aliases.count == 1)
        #expect(found.places.isEmpty)
    }

    @Test func aListInsideTheNameStaysOneOrganization() throws {
        let found = extract(
            "Agents from the Bureau of Alcohol, Tobacco, Firearms, and Explosives (ATF) joined. ATF led.")
        #expect(found.organizations.count == 1)
        #expect(try #require(found.organizations.first).aliases.contains("ATF"))
    }

    @Test(arguments: [
        ("He spoke at the Georgetown University Law Center on Friday.", "Georgetown University Law Center"),
        ("The Greeneville Police Department postponed a meeting.", "Greeneville Police Department"),
        ("He is president of the National Sheriffs' Association.", "National Sheriffs' Association"),
        ("The Brennan Center for Justice, a nonprofit, said so.", "Brennan Center for Justice"),
        ("Commenters on Facebook discouraged people.", "Facebook"),
        ("In a call with NPR, he said it went well.", "NPR"),
    ])
    func organizationsByShapeOrTable(body: String, name: String) {
        #expect(extract(body).organization(name) != nil, "\(name) in: \(body)")
    }

    @Test func genericWordsAloneAreNotOrganizations() {
        #expect(extract("He serves as a Task Force officer with the FBI.").organization("Task Force") == nil)
    }

    @Test func programsAndOperationsHaveTheirOwnList() {
        let found = extract(
            """
            The Justice Department launched Operation Relentless Pursuit (ORP) in December. Relentless Pursuit \
            and Operation Legend followed, as did Operation Legend and Operation Stonegarden. Sheriffs signed \
            287(g) agreements.
            """)
        let names = Set(found.programs.map(\.name))
        #expect(names == ["Operation Relentless Pursuit", "Operation Legend", "Operation Stonegarden", "287(g)"])
        #expect(extract("Expulsions under Title 42 ended.").programs.map(\.name) == ["Title 42"])
        #expect(found.programs.first { $0.name == "Operation Relentless Pursuit" }?.count == 2)
        #expect(found.organizations.allSatisfy { !$0.name.hasPrefix("Operation") })
    }
}

struct OrganizationListTests {
    @Test func twoOrganizationsJoinedByAndAreTwo() {
        let found = extract("The Southern Poverty Law Center and Human Rights Watch issued statements.")
        #expect(Set(found.organizations.map(\.name)) == ["Southern Poverty Law Center", "Human Rights Watch"])
    }

    @Test func anAmpersandInsideANameKeepsItWhole() {
        let found = extract("The Department of Homeland Security & Emergency Management signed it.")
        #expect(found.organizations.map(\.name) == ["Department of Homeland Security & Emergency Management"])
    }
}

struct OrganizationFormTests {
    @Test func possessivesAcronymsAndPluralsNameTheSameParty() throws {
        let found = extract("The GOP’s bill passed. Republicans cheered, and Democrats objected.")
        #expect(try #require(found.organization("Republican Party")).count == 2)
        #expect(found.organization("Democratic Party")?.count == 1)
    }
}

struct GeneralOrganizationTests {
    @Test(arguments: [
        ("Shares of Hallbrook Mining Corp fell sharply.", "Hallbrook Mining Corp"),
        ("Orvane Plc reported a loss on Tuesday.", "Orvane Plc"),
        ("Fans of Dunmere United sang all night.", "Dunmere United"),
        ("The Kestrel Valley FC squad trained.", "Kestrel Valley FC"),
        ("Trading on the Lisbury Stock Exchange was halted.", "Lisbury Stock Exchange"),
        ("The Green Unity Party won four seats.", "Green Unity Party"),
    ])
    func organizationsByTheirLastWord(body: String, name: String) {
        #expect(extract(body).organization(name) != nil, "\(name) in: \(body)")
    }

    @Test(arguments: [
        ("La Voz Nueva said the mayor would resign.", "La Voz Nueva"),
        ("Die Abendpost reported the vote on Monday.", "Die Abendpost"),
        ("The weekly Le Quotidien wrote that the deal was off.", "Le Quotidien"),
    ])
    func aForeignTitleThatSpeaksIsAPaperNotAPerson(body: String, name: String) {
        let found = extract(body)
        #expect(found.organization(name) != nil, "\(name) in: \(body)")
        #expect(found.people.isEmpty, "people in: \(body)")
    }

    @Test func aSurnameOpenedByAnArticleStaysThePersons() {
        let found = extract("Jean-Claude Le Garrec spoke in Lyon. Le Garrec said he would run.")
        #expect(found.person("Jean-Claude Le Garrec")?.count == 2)
        #expect(found.organizations.isEmpty)
    }

    @Test func theNameAfterItsCountryIsTheSameOrganization() throws {
        let found = extract("The U.N. Security Council met on Monday. Later the Security Council voted.")
        let council = try #require(found.organization("U.N. Security Council"))
        #expect(council.aliases.contains("Security Council"))
        #expect(council.count == 2)
        #expect(found.organizations.count == 1)
    }

    @Test func theLastPartOfAHyphenatedNameIsItsShortName() throws {
        let found = extract("Doctors spoke to the Kavo-Linta news agency on Monday. Linta said the patient was well.")
        let agency = try #require(found.organization("Kavo-Linta"))
        #expect(agency.aliases.contains("Linta"))
        #expect(agency.count == 2)
        #expect(found.people.isEmpty)
    }

    @Test func aPlaceAfterADemonymIsNoOrganizationsShortName() {
        let found = extract("Officials approved Jewish West Bank housing plans. Farmers on the West Bank protested.")
        #expect(found.place("West Bank") != nil)
    }

    @Test func aTeamWhosePluralIsAlsoASmallTownsName() {
        // "Astros" is a small town in the gazetteer; after a city it is a team's name.
        let found = extract("The Tulsa Astros won again on Sunday.")
        #expect(found.organization("Tulsa Astros") != nil)
        #expect(found.people.isEmpty)
        #expect(found.place("Astros") == nil)
    }

    @Test func aTeamsHomeTownNamedAloneIsTheTeam() throws {
        let found = extract(
            "The Tulsa Rovers beat the Denver Comets 4-2. Tulsa has won six straight, and the win in Tulsa was its tenth at home.")
        let team = try #require(found.organization("Tulsa Rovers"))
        #expect(team.aliases.contains("Tulsa"))
        #expect(team.count == 2)
        // "in Tulsa" is the town.
        #expect(found.place("Tulsa")?.count == 1)
    }

    @Test(arguments: [
        ("Rain stopped play after Exeter slipped to 96 for five on Friday.", "Exeter"),
        ("Ipswich lost 3-1 to Swindon in the cup.", "Swindon"),
        ("On Saturday the visitors upstaged Swindon 2-0.", "Swindon"),
        ("The cup draw pits title hopefuls Swindon against a rival.", "Swindon"),
    ])
    func aScoreOrATeamWordMakesATownATeam(body: String, team: String) {
        let found = extract(body)
        #expect(found.organization(team) != nil, "\(found.organizations)")
        #expect(found.place(team) == nil)
    }

    @Test func aTownBeforeOtherNumbersStaysATown() {
        let found = extract("Exeter paid 96 for four new buses, and flights to Swindon cost 3-4 times more.")
        #expect(found.place("Exeter") != nil)
        #expect(found.organizations.isEmpty, "\(found.organizations)")
    }

    @Test func acronymsInRunningTextAreOrganizations() {
        let found = extract("Delegates of the WXTO met in Geneva, and the QRF said it would join.")
        #expect(found.organization("WXTO") != nil)
        #expect(found.organization("QRF") != nil)
    }

    @Test func commonAbbreviationsAndHeadlinesInCapitalsAreNot() {
        let found = extract("MARKETS SLIDE AS WXTO TALKS FAIL\n\nThe CEO said GDP fell and the TV ratings rose.")
        #expect(found.organizations.isEmpty, "\(found.organizations)")
    }

    @Test func laterMentionsDropTheCompanyForm() throws {
        let found = extract("Talvane Corp posted a profit. Analysts said Talvane would expand.")
        let talvane = try #require(found.organization("Talvane Corp"))
        #expect(talvane.count == 2)
        #expect(found.people.isEmpty)
    }
}

struct OrganizationContextTests {
    @Test(arguments: [
        ("Members of the right-wing Varnak party voted against it.", "Varnak"),
        ("The Dorvane news agency reported the talks.", "Dorvane"),
        ("Shares in carrier Skyvola fell on Monday.", "Skyvola"),
        ("The daily Kurier Zelny said the plan had failed.", "Kurier Zelny"),
        ("Analysts at the Brannock firm were cautious.", "Brannock"),
    ])
    func aLowerCaseNounBesideANameSaysItIsAnOrganization(body: String, name: String) {
        let found = extract(body)
        #expect(found.organization(name) != nil, "\(name) in: \(body)")
        #expect(found.people.isEmpty, "people in: \(body)")
    }

    @Test func clubsByTheirTownAreOrganizationsButNationsStayPlaces() {
        let found = extract(
            "Saturday's games: Dunmere v Corlow, Eastwick v Brantford. Champions Portlea beat rivals Dunmere, "
                + "and Italy beat Spain.")
        for club in ["Dunmere", "Corlow", "Eastwick", "Brantford"] {
            #expect(found.organization(club) != nil, "\(club) is a club")
        }
        #expect(found.place("Italy") != nil)
    }

    @Test func aFixturesLineInTitleCaseNamesTeams() {
        let found = extract("Fixtures for Saturday.\n\nKelburn Rovers v Tarrow\n\nDunmere v Corlow Athletic")
        for club in ["Kelburn Rovers", "Tarrow", "Dunmere", "Corlow Athletic"] {
            #expect(found.organization(club) != nil, "\(club) is a club")
        }
    }

    @Test func theSidesOfAMatchResultAreTeams() {
        let found = extract("Kelburn beat Tarrow 2-1 on Saturday. Champions Vestrad Orlo lost at home.")
        #expect(found.organization("Kelburn") != nil)
        #expect(found.organization("Tarrow") != nil)
        #expect(found.organization("Vestrad Orlo") != nil, "a capitalized team word opening the sentence")
        #expect(found.people.isEmpty)
    }

    @Test func aTeamWhosePluralIsASurname() {
        #expect(extract("He joined the Kansas City Royals in May.").organization("Kansas City Royals") != nil)
    }

    @Test func aTitledPersonOfAnOrganization() throws {
        let found = extract("Detective Ralph Crane of the Dunmore Police Department said it was closed.")
        #expect(found.person("Ralph Crane") != nil)
        #expect(found.organization("Dunmore Police Department") != nil)
    }

    @Test func unitsAndCurrenciesInCapitalsAreNoOrganizations() {
        #expect(extract("The 220 KV line failed, costing HK$ 100,000 in repairs.").organizations.isEmpty)
    }

    @Test func aCapitalizedPluralAfterTheIsATeam() {
        let found = extract("The Marauders beat the Kestrels 5-3 and the Germans watched.")
        #expect(found.organization("Kestrels") != nil)
        #expect(found.organization("Germans") == nil, "a demonym is no team")
    }

    @Test func laterShortMentionsJoinTheFullName() throws {
        let found = extract(
            "The Halvard Commission met the Tornby Mining Group on Monday. Tornby said the Commission agreed.")
        #expect(try #require(found.organization("Tornby Mining Group")).aliases.contains("Tornby"))
        #expect(try #require(found.organization("Halvard Commission")).aliases.contains("Commission"))
        #expect(found.people.isEmpty)
    }

    @Test func aClubNamedForItsTownIsNotAlsoThePlace() {
        let found = extract("Supporters in Madrid cheered. Later champions Madrid lost again.")
        #expect(found.organization("Madrid") != nil)
        #expect(found.place("Madrid") == nil, "one type per name in a document")
    }

    @Test(arguments: [
        "The Bank of Castavia raised rates.", "She spoke in the House of Commons on Tuesday.",
    ])
    func organizationsNamingTheirKindFirst(body: String) {
        #expect(extract(body).organizations.count == 1, "in: \(body)")
    }

    @Test func treatiesAndCupsAreNeitherOrganizationsNorPeople() {
        let found = extract("They signed the Marwick Agreement before the Danvers Cup final.")
        #expect(found.organizations.isEmpty)
        #expect(found.people.isEmpty)
    }
}
