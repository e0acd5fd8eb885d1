/// What every page's header and footer show: its title, the search box's words, which section is current.
struct Chrome: Sendable {
    enum Section: Sendable {
        case home, search, quotes, figures, timeline, status, other
    }

    var title: String
    /// The words in the header's search box.
    var query: String
    var isSearch: Bool
    var isQuotes: Bool
    var isFigures: Bool
    var isTimeline: Bool
    var isStatus: Bool
    /// Seconds between reloads, for pages that follow something live (status).
    var refreshSeconds: Int?
    /// Where a reload goes: the page's own GET address, also when it answered a POST (Pause,
    /// Retry), so that the reload does not ask for the POST's path by GET.
    var refreshPath: String?

    init(title: String, section: Section, query: String = "", refreshSeconds: Int? = nil, refreshPath: String? = nil) {
        self.title = title
        self.query = query
        isSearch = section == .search
        isQuotes = section == .quotes
        isFigures = section == .figures
        isTimeline = section == .timeline
        isStatus = section == .status
        self.refreshSeconds = refreshSeconds
        self.refreshPath = refreshPath
    }
}

/// A page that says what went wrong, in one sentence.
struct ErrorView: Sendable {
    var chrome: Chrome
    var heading: String
    var sentence: String
}
