/// Curated word lists the rules consult, as sets of look-up keys.
enum Vocabulary {
    static func keys(_ words: [String]) -> KeySet { KeySet(words.map(WordHash.phrase)) }

    /// Titles and job names that come before or after a person's name
    /// ("Police Chief Paul Joye", "Medina, police chief in Albuquerque").
    static let titles = keys([
        "Chief", "Sheriff", "President", "Vice", "Mayor", "Governor", "Gov.", "Gov", "Senator", "Sen.", "Sen",
        "Representative", "Rep.", "Rep", "Congressman", "Congresswoman", "Director", "Secretary", "Commissioner",
        "Superintendent", "Judge", "Justice", "Attorney", "Agent", "Officer", "Deputy", "Sergeant", "Sgt.", "Sgt",
        "Lieutenant", "Lt.", "Lt", "Captain", "Capt.", "Capt", "Detective", "Det.", "Trooper", "Dr.", "Dr", "Mr.",
        "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Rev.", "Rev", "Reverend", "Pope", "King", "Queen", "Prince", "Princess",
        "Minister", "Chancellor", "Councilor", "Councilman", "Councilwoman", "Councilmember", "Alderman",
        "Speaker", "Leader", "Chair", "Chairman", "Chairwoman", "Chairperson", "CEO", "Spokesperson", "Spokesman",
        "Spokeswoman", "Professor", "Prof.", "Coach", "General", "Gen.", "Colonel", "Col.", "Major", "Admiral",
        "Adm.", "Commander", "Ambassador", "Czar", "Administrator", "Prosecutor", "Marshal", "Warden",
        "Executive", "Founder", "Co-founder", "Head", "Manager", "Assistant", "Associate", "Acting", "Interim",
        "Col", "Gen", "Adm", "Maj", "Cpl", "Pvt", "Supt", "Insp", "Lawmaker", "Legislator", "Recorder", "Coroner",
        "Assessor", "Registrar", "Mayor-elect", "Governor-elect", "Delegate", "Treasurer", "Comptroller", "Auditor",
        "Clerk", "Inspector",
        "Supervisor", "Analyst", "Researcher", "Economist", "Editor", "Reporter", "Correspondent", "Bishop",
        "Archbishop", "Cardinal", "Rabbi", "Imam", "Pastor", "Father", "Sister", "Brother", "Dean", "Provost",
        "Principal", "Officers", "Agents", "Deputies", "Senators", "Representatives", "Trustee", "Partner",
        "Advocate", "Organizer", "Activist", "Lawyer", "Spokesperson", "Patrolman", "Constable", "Investigator",
        "Sir", "Dame", "Lord", "Lady", "Sheikh", "Ayatollah", "Emir", "Sultan", "Premier", "Doctor", "Monsignor",
        "Patriarch",
    ])

    /// Role words that may follow a title inside a job name ("Chief of Police", "Chief of Staff").
    static let titleComplements = keys([
        "Police", "Staff", "State", "Defense", "Homeland", "Security", "Justice", "Public", "Safety", "Operations",
        "Communications", "Policy", "Affairs", "Enforcement", "Investigations", "Detectives", "Patrol", "Border",
        "Corrections", "Commerce", "Treasury", "Education", "Health", "Labor", "Interior", "Transportation",
        "Energy", "Agriculture", "Housing", "the", "Court", "Appeals", "Board", "Directors",
        "Foreign", "Finance", "Trade", "Industry", "Environment", "Information", "Culture", "Economy",
        "Economic", "Internal", "External", "Development", "Tourism", "Science", "Technology", "Planning",
        "Defence", "Relations", "Welfare", "Social", "Works", "Sports", "Youth", "Women",
    ])

    /// Lower-case words that introduce a role after a name ("Chuck Wexler, executive director of ...").
    static let roleLeads = keys([
        "the", "a", "an", "also", "former", "then", "now", "who", "is", "was", "its", "his", "her", "their",
    ])

    /// Last words of organization names.
    static let organizationHeads = keys([
        "Department", "Dept.", "Agency", "Administration", "Bureau", "Office", "Service", "Services",
        "Association", "Assn.", "Institute", "Network", "Center", "Centre", "Forum", "Foundation", "Council",
        "Commission", "Committee", "Coalition", "Union", "University", "College", "School", "Academy", "Party",
        "Corporation", "Corp.", "Corp", "Inc.", "Inc", "Company", "Co.", "Group", "Guard", "Patrol", "Marshals",
        "Force", "Army", "Navy", "Court", "Congress", "Legislature", "Times", "Post", "News", "Journal",
        "Tribune", "Herald", "Gazette", "Press", "Magazine", "Radio", "Television", "Investigations",
        "Enforcement", "Protection", "Ministry", "Church", "Hospital", "Bank", "Club", "League", "Federation",
        "Society", "Alliance", "Project", "Caucus", "Board", "Authority", "Division", "Unit", "Prison",
        "Laboratory", "Lab", "Trust", "Fund", "Partnership", "Initiative", "Institution", "Organization",
        "Organisation", "Consortium", "Collective", "Cooperative", "Conference", "Secretariat", "Directorate",
        "Agencies", "Ltd", "Ltd.", "LLC", "LLP", "Holdings", "Industries", "Systems", "Technologies", "Labs",
        "Airlines", "Motors", "Bancorp", "Register", "Chronicle", "Observer", "Sentinel", "Inquirer", "Star",
        "Daily", "Weekly", "Review", "Examiner", "Bulletin", "Courier", "Dispatch", "Monitor", "Reporter",
        "Verdict", "Democrats", "Republicans", "Senate", "Assembly", "Police", "Sheriff's", "Patrols", "Analysis",
        "Intelligence", "Management", "Reserve", "Corps", "Command", "Clinic", "Watch", "International",
        // Company forms and trades, clubs, assemblies and movements.
        "Co", "Cos", "Cos.", "Plc", "PLC", "AG", "SA", "NV", "BV", "GmbH", "SpA", "Bhd", "Pty", "LP", "Airways",
        "Exchange", "United", "FC", "Rovers", "Athletic", "Wanderers", "Albion", "Motor", "Electric", "Petroleum",
        "Oil", "Energy", "Pharmaceuticals", "Pharmaceutical", "Securities", "Capital", "Partners", "Investments",
        "Insurance", "Telecom", "Telecommunications", "Resources", "Mining", "Steel", "Chemicals", "Chemical",
        "Foods", "Brothers", "Bros", "Stores", "Entertainment", "Media", "Railways", "Railroad", "Shipping",
        "Financial", "Parliament", "Cabinet", "Tribunal", "Front", "Movement", "Brigade", "Brigades",
        "Ministries", "Electronics", "Software", "Communications", "Aviation", "Aerospace", "Automotive",
        "Pictures", "Studios", "Ventures", "Semiconductor", "Construction", "Enterprises", "Products",
        "Manufacturing", "Power", "Gas", "Airline", "Bancorporation", "Assurance", "Brewery", "Breweries",
        "Chamber", "Synod", "Junta", "Militia", "Council", "Parties", "Navy", "Mission",
        "Newsroom", "Newsdesk", "City", "Community", "Sox",
    ])

    /// Last words of company names that may be dropped in later mentions ("Boeing Co" → "Boeing").
    static let companySuffixes = keys([
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Cos", "Cos.", "Ltd", "Ltd.", "Plc", "PLC",
        "AG", "SA", "NV", "BV", "GmbH", "SpA", "Bhd", "Pty", "LLC", "LP", "Group", "Holdings", "Company",
    ])

    /// All-caps words that are not organizations ("CEO", "GDP", "TV").
    static let commonAcronyms = keys([
        "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "CPI", "PPI", "TV", "PC", "PCs", "AIDS", "HIV", "DNA", "RNA", "AM",
        "PM", "GMT", "EST", "EDT", "PST", "PDT", "CST", "CDT", "UTC", "OK", "VAT", "IPO", "ATM", "CD", "CDs", "DVD",
        "SUV", "MP", "MPs", "PhD", "MBA", "FAQ", "UFO", "VIP", "ID", "IQ", "IT", "HR", "PR", "AI", "MVP", "ERA",
        "RBI", "TD", "LCD", "GPS", "USB", "PDF", "SMS", "URL", "WWW", "HTML", "API", "CO2", "PPE", "ICU", "ER",
        "SARS", "COVID", "LGBT", "LGBTQ", "DIY", "BBQ", "RIP", "LOL", "OMG", "ASAP", "TBA", "TBD", "NB", "PS",
        "FYI", "AKA", "VS", "EV", "EVs", "SPF", "MRI", "ADHD", "PTSD", "BMI", "GOP", "OPED", "NEWS", "UPDATE",
    ])

    /// Words too generic to make a name with an organization word alone ("Task Force", "Police Department").
    static let genericOrganizationWords = keys([
        "Task", "National", "Federal", "State", "Local", "Police", "Special", "Joint", "Regional", "City", "County",
        "Public", "General", "Main", "New", "Central", "Fire", "Health", "Security", "Justice", "Sheriff",
    ])

    /// Last words of the names of streets, parks and buildings ("Martin Luther King Jr. Boulevard").
    static let facilityHeads = keys([
        "Boulevard", "Blvd", "Avenue", "Ave", "Street", "Road", "Rd", "Drive", "Lane", "Highway", "Parkway", "Square",
        "Park", "Bridge", "Plaza", "Freeway", "Expressway", "Tunnel", "Airport", "Stadium", "Arena", "Building",
        "Tower", "Mall", "Trail", "River", "Lake", "Mountain", "Mountains", "Beach", "Island", "Valley", "Memorial",
        "Monument", "Ocean", "Sea", "Strait", "Straits", "Heights", "Gulf", "Bay", "Peninsula", "Desert", "Canal",
        "Islands", "Hills", "Falls",
    ])

    /// The facility heads of places one can be at or go to ("Tiananmen Square", "the Hudson River", "Heathrow
    /// Airport"): the whole name is a place. Buildings, monuments and malls are not.
    static let placeHeads = keys([
        "Boulevard", "Avenue", "Street", "Road", "Square", "Bridge", "Highway", "Parkway", "Freeway", "Expressway",
        "Tunnel", "Airport", "Park", "Stadium", "River", "Lake", "Mountain", "Mountains", "Beach", "Island",
        "Valley", "Ocean", "Sea", "Strait", "Straits", "Heights", "Gulf", "Bay", "Peninsula", "Desert", "Canal",
        "Islands", "Hills", "Falls",
    ])

    /// Last words of the names of agreements, cups, prizes and sporting events ("the Lusaka Agreement",
    /// "the Davis Cup", "the U.S. Open", "the Atlanta Games"):
    /// neither people, nor organizations, nor places.
    static let eventHeads = keys([
        "Agreement", "Accord", "Accords", "Treaty", "Cup", "Championship", "Championships", "Stakes", "Prix",
        "Trophy", "Prize", "Award", "Awards", "Festival", "Open", "Games", "Olympics", "Marathon", "Classic",
        "War", "Wars",
    ])

    /// First words of organization names that name their kind first ("Department of Justice").
    static let organizationStarters = keys([
        "Department", "Bureau", "Office", "University", "City", "Ministry", "Institute", "Church", "College",
        "School", "Board", "Council", "Commission", "Committee", "Court", "Coalition", "Federation", "Society",
        "Association", "Center", "Friends", "Town", "County", "State", "Government", "Division", "Academy",
        "Bank", "House", "Party", "Union", "League", "Organisation", "Organization", "Congress", "Assembly",
        "Chamber", "Agency", "Authority", "Museum", "Order", "Movement", "Front",
    ])

    /// Capitalized words that begin sentences or headlines and are not names.
    static let sentenceWords = keys([
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "When", "While", "Like", "As", "After", "Before",
        "If", "Since", "Although", "Though", "Despite", "Meanwhile", "However", "Indeed", "Still", "Yet", "For",
        "With", "Without", "From", "By", "To", "Under", "Over", "Among", "During", "Elsewhere", "Both", "Many",
        "Some", "Most", "Several", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You",
        "Our", "His", "Her", "Their", "Its", "My", "Your", "Then", "Now", "Today", "Yesterday", "Last", "Next",
        "Earlier", "Later", "Even", "Every", "Each", "All", "Other", "Another",
        "Such", "Only", "Also", "Because", "Where", "What", "Who", "Why", "How", "Which", "Whether", "Until",
        "Unless", "Once", "So", "Thus", "Instead", "Of", "Asked", "According", "Calling", "Noting", "Here",
        "There", "Nearly", "About", "More", "Less", "Few", "Former", "Read", "Watch", "Listen", "Consider",
        "Photograph", "Photo",
        "Courtesy", "Credit", "Updated", "Published", "Posted", "Share", "Sign", "Subscribe", "Dear", "Yes",
        "No", "Not", "Why", "Just", "Again", "Always", "Never", "Perhaps", "Maybe", "Please", "Thank", "Thanks",
    ])

    /// Calendar words that are capitalized but never names.
    static let calendarWords = keys([
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Christmas",
        "Easter", "Thanksgiving", "Halloween",
    ])

    /// Nouns a name modifies when it is not the person acting ("the Trump administration", "George Floyd protests").
    static let attributiveNouns = keys([
        "administration", "administrations", "era", "protests", "protest", "campaign", "case", "family",
        "government", "presidency", "policy", "policies", "supporters", "allies", "team", "officials", "voters",
        "tariffs", "plan", "order", "orders", "agenda", "rally", "trial", "murder", "killing", "verdict", "doctrine",
        "years", "foundation", "library", "estate", "rule", "act", "law", "bill", "budget", "cabinet", "aides",
    ])

    /// Words before a common noun, never before a surname ("the City", "its Board").
    static let determinersAndPossessives = keys([
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "each",
        "every",
    ])

    /// Lower-case words a title-case heading may keep ("APD Coordination with ICE").
    static let headingFunctionWords = keys([
        "with", "from", "into", "onto", "over", "than", "that", "this", "when", "what", "upon", "amid", "about",
        "after", "before", "under", "without", "through", "against", "between",
    ])

    /// Connectors allowed inside a run of capitalized words ("Bureau of Alcohol", "Customs and Border");
    /// the name particles are connectors too.
    static let runConnectors = keys(["of", "and", "for", "the", "on", "y"])

    /// Last words of the names of buildings that are also institutions ("Columbia Presbyterian Hospital"):
    /// places after "in", "at" or "to".
    static let buildingHeads = keys([
        "Hospital", "Clinic", "Church", "Cathedral", "Mosque", "Synagogue", "Temple", "Museum", "Gallery", "Palace",
        "Centre", "Center", "Home",
    ])
    static let centreWords = keys(["Centre", "Center"])

    /// Short English words that end a compound after a name ("New York-style", "Cold War-era").
    static let compoundHeads = keys([
        "style", "era", "born", "wide", "like", "run", "made", "type", "bound", "area", "class", "level", "free",
        "size", "sized", "scale", "zone", "time", "day", "year", "week", "old", "in", "up", "out",
    ])

    /// Lower-case particles inside a person's or a place's name ("Edwin van der Sar", "Cesare dal Maso",
    /// "Hassan al-Turabi", "Rio de Janeiro"); two may stand in a row ("van der", "de la").
    static let nameParticles = keys([
        "de", "del", "della", "di", "dal", "da", "das", "dos", "du", "van", "von", "der", "den", "ter", "ten", "la",
        "le", "bin", "ibn", "al", "el",
    ])
}
