import ClipperModel
import Testing

@testable import ClipperExtract

struct PlaceTests {
    @Test func countyWithAnAPStateAbbreviationIsResolved() throws {
        let found = extract(
            "In Santa Fe County, N.M., last month, police leaders met. Riverside County, Calif. agreed.")
        #expect(found.place("Santa Fe County, New Mexico") != nil)
        #expect(found.place("New Mexico") != nil)
        #expect(found.place("Riverside County, California") != nil)
        #expect(found.place("California") != nil)
    }

    @Test func listsOfCitiesAreNotReadAsCityStatePairs() {
        let found = extract("The operation covered Detroit, Memphis, Kansas City, and Cleveland.")
        #expect(Set(found.places.map(\.name)) == ["Detroit", "Memphis", "Kansas City", "Cleveland"])
    }

    @Test(arguments: [
        ("Agents taken off the border across America.", "United States"),
        ("Most people in the U.S. without status.", "United States"),
        ("Troops went to Washington DC and Chicago.", "Washington, D.C."),
        ("Helena, Montana’s police chief withdrew.", "Helena"),
        ("It protested Israel's assault on Gaza.", "Gaza"),
        // World regions and the English names of regions whose local name is another ("Bayern").
        ("Peacekeepers returned to the Balkans in May.", "Balkans"),
        ("Exports to the Far East rose.", "Far East"),
        ("Floods hit Bavaria and Sicily overnight.", "Bavaria"),
        // An airport by its own name.
        ("Flights out of Heathrow were cancelled.", "Heathrow"),
    ])
    func placesFromTheGazetteer(body: String, name: String) {
        #expect(extract(body).place(name) != nil, "\(name) in: \(body)")
    }

    @Test func aTownBeforeATitleWonThereNamesTheEvent() {
        let found = extract("The Olympic champion Lindsay Carr met the former Wimbledon junior champion Ann Bell in Paris.")
        #expect(found.place("Olympic") == nil)
        #expect(found.place("Wimbledon") == nil)
        #expect(found.place("Paris") != nil)
    }

    @Test(arguments: [
        ("The best round came from Duffy Waldorf, who shot a 66.", "Duffy Waldorf", "Waldorf"),
        ("Police detained veteran dissident Wang Donghai on Friday.", "Wang Donghai", "Donghai"),
    ])
    func aNameThenASmallTownsNameIsAPerson(body: String, person: String, town: String) {
        let found = extract(body)
        #expect(found.people.map(\.name) == [person])
        #expect(found.place(town) == nil)
    }

    @Test func theWordsAroundANameCallItAPlace() {
        let found = extract(
            "Rebels struck in Oaxaca and Guerrero states, near the village of Tlalixco. Secretary of State Warren Tate spoke.")
        #expect(Set(found.places.map(\.name)) == ["Oaxaca", "Guerrero", "Tlalixco"])
        #expect(found.people.map(\.name) == ["Warren Tate"])
    }

    @Test func aCurrencySignIsNoMentionOfItsCountry() {
        #expect(extract("Parrots sold for A$100 (US$79) a pair in Perth.").places.map(\.name) == ["Perth"])
    }

    @Test func aWarNamedAfterAPlaceIsNoMentionOfIt() {
        let found = extract("Veterans of the Vietnam War met officials of the Department of War in Boston.")
        #expect(found.places.map(\.name) == ["Boston"])
        #expect(found.organization("Department of War") != nil)
    }

    @Test func aDemonymBeforeAStateIsNoPlace() {
        let found = extract("Fighting flared in the Mexican state of Guerrero.")
        #expect(found.places.map(\.name) == ["Guerrero"])
    }

    @Test func countsMentionsOnTheirOwnOnly() throws {
        let found = extract(
            "Albuquerque is a sanctuary city. The Albuquerque Police Department disagrees with Albuquerque’s policy.")
        #expect(try #require(found.place("Albuquerque")).count == 2)
    }

    @Test func datelineIsMetadataNotAPlaceMention() {
        let found = extract("(SACRAMENTO, Calif.) — U.S. Immigration and Customs Enforcement (ICE) has rolled out ads.")
        #expect(found.place("Sacramento") == nil)
        #expect(found.place("California") == nil)
        #expect(found.organization("Immigration and Customs Enforcement") != nil)
    }

    @Test(arguments: [
        ("She was taken to Ridgeway Memorial Hospital on Monday.", "Ridgeway Memorial Hospital"),
        ("He is recovering in Lisbon's Santa Clara Clinic.", "Santa Clara Clinic"),
        ("Play resumed at the Harbour Tennis Centre.", "Harbour Tennis Centre"),
    ])
    func aBuildingWhereSomethingHappensIsAPlace(body: String, name: String) {
        let found = extract(body)
        #expect(found.place(name) != nil, "\(name) in: \(body)")
        #expect(found.organization(name) == nil, "\(name) in: \(body)")
    }

    @Test(arguments: [
        ("Analysts at the Ashford Center for Policy said so.", "Ashford Center for Policy"),
        ("She teaches at the Kesterton University Law Center.", "Kesterton University Law Center"),
        ("Ridgeway Memorial Hospital said it would close.", "Ridgeway Memorial Hospital"),
    ])
    func anInstitutionNamedLikeABuildingStaysAnOrganization(body: String, name: String) {
        #expect(extract(body).organization(name) != nil, "\(name) in: \(body)")
    }

    @Test func gazetteerMarksLargeCities() {
        let gazetteer = Gazetteer(
            tsv: "# test\nBigtown\tcity\tBigtown\tLand\tlarge\nSmalltown\tcity\tSmalltown\tLand\n")
        #expect(gazetteer.lookup(WordHash.phrase("Bigtown")).first?.isLarge == true)
        #expect(gazetteer.lookup(WordHash.phrase("Smalltown")).first?.isLarge == false)
        let shipped = Lexicon().gazetteer
        #expect(shipped.lookup(WordHash.phrase("Moscow")).first?.isLarge == true)
    }

    @Test func gazetteerHoldsEveryKindOfPlace() {
        let lexicon = Lexicon()
        for (name, kind) in [
            ("Albuquerque", Gazetteer.Kind.city), ("New Mexico", .state), ("Canyon County", .county),
            ("Israel", .country), ("N.M.", .stateAbbreviation),
        ] {
            #expect(lexicon.gazetteer.lookup(WordHash.phrase(name)).contains { $0.kind == kind }, "\(name)")
        }
    }
}

struct DatelineTests {
    @Test(arguments: [
        "WASHINGTON (Reuters) - Officials in Ohio met.", "DENVER — Officials in Ohio met.",
        "(SACRAMENTO, Calif.) — Officials in Ohio met.",
    ])
    func datelinesOfEveryAgencyStyleAreSkipped(body: String) {
        #expect(extract(body).places.map(\.name) == ["Ohio"])
    }
}

struct WorldPlaceTests {
    @Test(arguments: [
        ("The ferry left Stavanger at dawn.", "Stavanger"),
        ("Floods hit Guangdong and parts of Fujian.", "Guangdong"),
        ("The match was played in Wales.", "Wales"),
        ("Investors in the Czech Republic waited.", "Czech Republic"),
    ])
    func placesOutsideTheUSAreFound(body: String, name: String) {
        #expect(extract(body).place(name) != nil, "\(name) in: \(body)")
    }

    @Test func demonymsAreNotPlaces() {
        #expect(extract("A Canadian diplomat arrived.").places.isEmpty)
        #expect(extract("Frenchmen and Kurds marched with Iraqis.").places.isEmpty)
    }

    @Test func citiesWrittenWithoutTheirAccents() {
        let found = extract("Fans in Montreal and Bogota cheered.")
        #expect(found.place("Montreal") != nil)
        #expect(found.place("Bogota") != nil)
    }

    @Test func formerCountriesAreCountries() {
        let found = extract("Trade between the Soviet Union and Yugoslavia grew, and Zaire joined in.")
        for name in ["Soviet Union", "Yugoslavia", "Zaire"] {
            #expect(found.place(name) != nil, "\(name)")
        }
    }

    @Test(arguments: [
        ("Talks in Kiev went on.", "Kiev"), ("Prices fell in Bombay.", "Bombay"),
        ("Banks in Frankfurt rallied.", "Frankfurt"),
    ])
    func citiesUnderTheirEnglishNames(body: String, name: String) {
        #expect(extract(body).place(name) != nil, "\(name) in: \(body)")
    }

    @Test(arguments: [
        ("Trade with Swaziland grew.", "Swaziland"), ("Talks with the Republic of Korea resumed.", "Republic of Korea"),
        ("Ships sailed to Cape Verde.", "Cape Verde"), ("Voters in Bosnia-Herzegovina waited.", "Bosnia-Herzegovina"),
    ])
    func countriesKeepTheNameAsWritten(body: String, name: String) {
        #expect(extract(body).place(name) != nil, "\(name) in: \(body)")
    }

    @Test func aTownsNameOpeningAPersonsNameIsNotAPlace() {
        let found = extract("Vladimir Oblonsky said the deal was done.")
        #expect(found.place("Vladimir") == nil)
        #expect(found.person("Vladimir Oblonsky") != nil)
    }
}
