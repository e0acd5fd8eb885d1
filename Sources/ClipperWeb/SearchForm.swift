import ClipperModel

/// The search page's parameters, read from its URL and written back into the links it shows
/// (filter chips, facets, sort, pages), so that every search is a link that can be shared.
///
/// `/search?q=…&person=…&organization=…&place=…&outlet=…&from=…&to=…&sort=date&page=2`
struct SearchForm: Sendable, Hashable {
    /// Hits on a page.
    static let pageSize = 20
    /// The last page that can be asked for.
    static let maximumPage = 500

    var query: String?
    var people: [String] = []
    var organizations: [String] = []
    var places: [String] = []
    var outlet: String?
    var from: String?
    var to: String?
    var order: SearchRequest.Order = .relevance
    var page = 1

    init() {}

    /// Reads the form from `parameters`; a date, sort or page that cannot be understood throws a sentence.
    init(_ parameters: QueryParameters) throws(WebInputError) {
        query = parameters["q"]
        people = parameters.all("person")
        organizations = parameters.all("organization")
        places = parameters.all("place")
        outlet = parameters["outlet"]
        from = try parameters["from"].map { text throws(WebInputError) in try Self.date(text, field: "from", end: false)
        }
        to = try parameters["to"].map { text throws(WebInputError) in try Self.date(text, field: "to", end: true) }
        switch parameters["sort"] {
        case nil, "relevance": order = .relevance
        case "date", "newest": order = .newest
        case "oldest": order = .oldest
        case let other?:
            throw WebInputError("sort must be relevance, date or oldest, not \(other.debugDescription)")
        }
        if let text = parameters["page"] {
            guard let number = Int(text), (1...Self.maximumPage).contains(number) else {
                throw WebInputError(
                    "page must be a whole number from 1 to \(Self.maximumPage), not \(text.debugDescription)")
            }
            page = number
        }
    }

    var filter: ArticleFilter {
        ArticleFilter(
            query: query, people: people, organizations: organizations, places: places, outlet: outlet, from: from,
            to: to)
    }

    /// The store request for this page, with facets.
    var request: SearchRequest {
        SearchRequest(
            filter: filter, order: order, offset: (page - 1) * Self.pageSize, limit: Self.pageSize, countTotal: true,
            facetLimit: 8)
    }

    /// The URL of this form: parameters in a fixed order, defaults left out.
    var href: String {
        var pairs: [(String, String)] = [("q", query ?? "")]
        pairs += people.map { ("person", $0) }
        pairs += organizations.map { ("organization", $0) }
        pairs += places.map { ("place", $0) }
        pairs += [("outlet", outlet ?? ""), ("from", from ?? ""), ("to", to ?? "")]
        switch order {
        case .relevance: break
        case .newest: pairs.append(("sort", "date"))
        case .oldest: pairs.append(("sort", "oldest"))
        }
        if page > 1 { pairs.append(("page", String(page))) }
        return WebPath.withQuery("/search", pairs)
    }

    /// This form on page `number`.
    func onPage(_ number: Int) -> SearchForm {
        var form = self
        form.page = number
        return form
    }

    /// This form sorted by `order`, from the first page.
    func sorted(_ order: SearchRequest.Order) -> SearchForm {
        var form = self
        form.order = order
        form.page = 1
        return form
    }

    /// This form also filtered on the entity `name` of `kind`, from the first page.
    func adding(_ kind: EntityKind, _ name: String) -> SearchForm {
        var form = self
        form.page = 1
        switch kind {
        case .person: if !form.people.contains(name) { form.people.append(name) }
        case .organization: if !form.organizations.contains(name) { form.organizations.append(name) }
        case .place: if !form.places.contains(name) { form.places.append(name) }
        case .program: break
        }
        return form
    }

    /// The active filters, each with the link that removes it.
    var chips: [(label: String, value: String, removeHref: String)] {
        var chips: [(label: String, value: String, removeHref: String)] = []
        func without(_ change: (inout SearchForm) -> Void) -> String {
            var form = self
            form.page = 1
            change(&form)
            return form.href
        }
        for name in people { chips.append(("Person", name, without { $0.people.removeAll { $0 == name } })) }
        for name in organizations {
            chips.append(("Organization", name, without { $0.organizations.removeAll { $0 == name } }))
        }
        for name in places { chips.append(("Place", name, without { $0.places.removeAll { $0 == name } })) }
        if let outlet { chips.append(("Outlet", outlet, without { $0.outlet = nil })) }
        if let from { chips.append(("From", from, without { $0.from = nil })) }
        if let to { chips.append(("To", to, without { $0.to = nil })) }
        return chips
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as a full date: the first day of the span for `from`,
    /// the last for `to` (`end`).
    static func date(_ text: String, field: String, end: Bool) throws(WebInputError) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let digits = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        let shapeOK = digits && parts.first?.count == 4 && parts.dropFirst().allSatisfy { $0.count == 2 }
        guard shapeOK, (1...3).contains(parts.count) else {
            throw WebInputError(
                "\(field) must be a date such as 2025-03-30, 2025-03 or 2025, not \(text.debugDescription)")
        }
        let month = parts.count > 1 ? Int(parts[1]) ?? 0 : (end ? 12 : 1)
        let day = parts.count > 2 ? Int(parts[2]) ?? 0 : (end ? 31 : 1)
        guard (1...12).contains(month), (1...31).contains(day) else {
            throw WebInputError("\(field) must be a real date, not \(text.debugDescription)")
        }
        return "\(parts[0])-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
