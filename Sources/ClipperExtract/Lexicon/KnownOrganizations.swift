/// Well-known organizations and programs with their full names and acronyms: a curated table,
/// so that "ICE" or "the Justice Department" resolve even when the article never spells them out.
struct KnownOrganizations: Sendable {
    /// One organization or program.
    struct Entry: Sendable, Hashable {
        var name: String
        var aliases: [String]
        var isProgram: Bool
    }

    /// How a key was written.
    struct Match: Sendable {
        var entry: Entry
        /// The key is an acronym: it matches only upper-case tokens.
        var isAcronym: Bool
    }

    private(set) var byKey: KeyTable<Match> = KeyTable()

    init() {
        for (name, aliases) in Self.table {
            add(Entry(name: name, aliases: aliases, isProgram: false))
        }
        for (name, aliases) in Self.programs {
            add(Entry(name: name, aliases: aliases, isProgram: true))
        }
    }

    private mutating func add(_ entry: Entry) {
        for form in [entry.name] + entry.aliases {
            let letters = form.filter(\.isLetter)
            let isAcronym = !letters.isEmpty && letters.allSatisfy(\.isUppercase) && letters.count <= 6
            byKey[WordHash.phrase(form)] = Match(entry: entry, isAcronym: isAcronym)
        }
    }

    func lookup(_ key: UInt64) -> Match? { byKey[key] }

    static let table: [(String, [String])] = [
        ("Immigration and Customs Enforcement", ["ICE", "U.S. Immigration and Customs Enforcement"]),
        ("Federal Bureau of Investigation", ["FBI", "F.B.I."]),
        ("Drug Enforcement Administration", ["DEA"]),
        ("Bureau of Alcohol, Tobacco, Firearms and Explosives", ["ATF"]),
        ("U.S. Customs and Border Protection", ["CBP", "Customs and Border Protection"]),
        ("U.S. Border Patrol", ["Border Patrol"]),
        ("Department of Homeland Security", ["DHS", "Homeland Security Department", "Homeland Security"]),
        ("Department of Justice", ["DOJ", "Justice Department"]),
        ("Department of State", ["State Department"]),
        ("Department of Defense", ["DOD", "DoD", "Defense Department", "Pentagon"]),
        ("Department of Labor", ["Labor Department"]),
        ("Department of Education", ["Education Department"]),
        ("Department of Health and Human Services", ["HHS"]),
        ("Department of Veterans Affairs", ["VA", "Veterans Affairs"]),
        ("Department of Housing and Urban Development", ["HUD"]),
        ("Department of Agriculture", ["USDA"]),
        ("Department of Transportation", ["DOT"]),
        ("Department of Energy", ["DOE"]),
        ("Treasury Department", ["Treasury"]),
        ("United States Marshals Service", ["U.S. Marshals", "U.S. Marshals Service", "Marshals Service", "USMS"]),
        ("U.S. Citizenship and Immigration Services", ["USCIS"]),
        ("Homeland Security Investigations", ["HSI"]),
        ("Transportation Security Administration", ["TSA"]),
        ("Federal Emergency Management Agency", ["FEMA"]),
        ("Central Intelligence Agency", ["CIA"]),
        ("National Security Agency", ["NSA"]),
        ("Internal Revenue Service", ["IRS"]),
        ("Environmental Protection Agency", ["EPA"]),
        ("Food and Drug Administration", ["FDA"]),
        ("Centers for Disease Control and Prevention", ["CDC"]),
        ("National Institutes of Health", ["NIH"]),
        ("National Aeronautics and Space Administration", ["NASA"]),
        ("Federal Aviation Administration", ["FAA"]),
        ("National Transportation Safety Board", ["NTSB"]),
        ("Securities and Exchange Commission", ["SEC"]),
        ("Federal Trade Commission", ["FTC"]),
        ("Federal Communications Commission", ["FCC"]),
        ("Federal Reserve", ["Fed"]),
        ("Government Accountability Office", ["GAO"]),
        ("Congressional Budget Office", ["CBO"]),
        ("Office of Management and Budget", ["OMB"]),
        ("United States Postal Service", ["USPS", "Postal Service"]),
        ("Occupational Safety and Health Administration", ["OSHA"]),
        ("Supreme Court", ["U.S. Supreme Court"]),
        ("Congress", ["U.S. Congress"]),
        ("Senate", ["U.S. Senate"]),
        ("House of Representatives", ["U.S. House"]),
        ("White House", []),
        ("National Guard", []),
        ("Republican Party", ["GOP", "Republicans"]),
        ("Democratic Party", ["Democrats"]),
        ("Democratic National Committee", ["DNC"]),
        ("Republican National Committee", ["RNC"]),
        ("American Civil Liberties Union", ["ACLU"]),
        ("National Association for the Advancement of Colored People", ["NAACP"]),
        ("United Nations", ["UN", "U.N."]),
        ("North Atlantic Treaty Organization", ["NATO"]),
        ("European Union", ["EU", "E.U."]),
        ("World Health Organization", ["WHO"]),
        ("International Monetary Fund", ["IMF"]),
        ("Los Angeles Police Department", ["LAPD"]),
        ("New York City Police Department", ["NYPD"]),
        ("Chicago Police Department", ["CPD"]),
        ("California Highway Patrol", ["CHP"]),
        ("NPR", ["National Public Radio"]),
        ("PBS", ["Public Broadcasting Service"]),
        ("CNN", []),
        ("NBC News", ["NBC"]),
        ("CBS News", ["CBS"]),
        ("ABC News", []),
        ("MSNBC", []),
        ("Fox News", []),
        ("BBC", ["British Broadcasting Corporation"]),
        ("Associated Press", ["AP"]),
        ("Reuters", []),
        ("Bloomberg", []),
        ("New York Times", ["The New York Times", "NYT"]),
        ("Washington Post", ["The Washington Post"]),
        ("Wall Street Journal", ["The Wall Street Journal", "WSJ"]),
        ("Los Angeles Times", ["LA Times", "L.A. Times"]),
        ("USA Today", []),
        ("The Guardian", ["Guardian"]),
        ("The Atlantic", []),
        ("The Hill", []),
        ("The Intercept", []),
        ("The Marshall Project", ["Marshall Project"]),
        ("HuffPost", []),
        ("BuzzFeed News", ["BuzzFeed"]),
        ("Newsweek", []),
        ("Forbes", []),
        ("CNBC", []),
        ("Univision", []),
        ("Telemundo", []),
        ("Al Jazeera", []),
        ("KFF Health News", []),
        ("Stateline", []),
        ("CalMatters", []),
        ("Vox", []),
        ("Politico", []),
        ("Axios", []),
        ("ProPublica", []),
        ("Facebook", []),
        ("Instagram", []),
        ("Twitter", []),
        ("YouTube", []),
        ("TikTok", []),
        ("Google", []),
        ("Microsoft", []),
        ("Meta", []),
        ("Amazon", []),
        ("Tesla", []),
        ("OpenAI", []),
        ("Apple", []),
        ("Alphabet", []),
        ("Nvidia", []),
        ("Intel", []),
        ("IBM", []),
        ("Netflix", []),
        ("Disney", ["Walt Disney Co."]),
        ("Walmart", []),
        ("Boeing", []),
        ("Pfizer", []),
        ("Moderna", []),
        ("ExxonMobil", ["Exxon Mobil", "Exxon"]),
        ("Chevron", []),
        ("Uber", []),
        ("SpaceX", []),
        ("Morgan Stanley", []),
        ("Goldman Sachs", []),
        ("JPMorgan Chase", ["JPMorgan"]),
        ("Wells Fargo", []),
        ("Bank of America", []),
        ("Citigroup", ["Citi"]),
        ("BlackRock", []),
        ("Starbucks", []),
        ("McDonald's", []),
        ("National Football League", ["NFL"]),
        ("National Basketball Association", ["NBA"]),
        ("Major League Baseball", ["MLB"]),
        ("National Collegiate Athletic Association", ["NCAA"]),
        ("FIFA", []),
        ("International Olympic Committee", ["IOC"]),
    ]

    static let programs: [(String, [String])] = [
        ("287(g)", []),
        ("Deferred Action for Childhood Arrivals", ["DACA"]),
        ("Temporary Protected Status", ["TPS"]),
        ("Title 42", []),
        ("Medicaid", []),
        ("Medicare", []),
        ("Supplemental Nutrition Assistance Program", ["SNAP"]),
        ("Secure Communities", []),
    ]
}
