/// The output of the extract stage: who and what an article names.
public struct Extraction: Sendable, Hashable, Codable {
    public var people: [Person]
    public var organizations: [Organization]
    public var places: [Place]
    public var programs: [Program]
    public var quotes: [Quotation]
    public var figures: [Figure]
    public var dates: [DateMention]

    public init(
        people: [Person] = [],
        organizations: [Organization] = [],
        places: [Place] = [],
        programs: [Program] = [],
        quotes: [Quotation] = [],
        figures: [Figure] = [],
        dates: [DateMention] = []
    ) {
        self.people = people
        self.organizations = organizations
        self.places = places
        self.programs = programs
        self.quotes = quotes
        self.figures = figures
        self.dates = dates
    }
}
