import ClipperModel
import GRDB

/// The SQL that selects the articles of an ``ArticleFilter`` in SQLite, for the browse queries to wrap.
///
/// Every filter but the full-text query is a set of article numbers read from an index
/// (`person_name`, `organization_name`, `place_name`, `article_outlet`, `article_published`):
/// `number IN (SELECT …)`, which SQLite builds once per statement, so no filter runs a subquery
/// per row and none needs the article's row. The full-text query is matched against the FTS5
/// table by the caller, whose `rowid` is the article number.
struct SQLiteFilter {
    /// The validated full-text query, if any.
    let query: String?
    /// The filters other than the query, as `IN (…)` sets over the article number; `column` is replaced.
    private let sets: [String]
    /// The values of ``sets``, in order.
    let arguments: StatementArguments

    /// The largest date `to` covers, for the index: any publication time on that day sorts before it.
    private static let endOfDay = "\u{10FFFF}"

    init(_ filter: ArticleFilter) throws {
        query = try filter.query.map(SearchQuery.validated)
        var sets: [String] = []
        var arguments = StatementArguments()
        for kind in [EntityKind.person, .organization, .place] {
            for name in filter.names(of: kind) {
                sets.append("IN (SELECT articleNumber FROM \(kind.tableName) WHERE name = ? COLLATE NOCASE)")
                arguments += [name]
            }
        }
        if let outlet = filter.outlet {
            sets.append("IN (SELECT number FROM article WHERE outlet = ? COLLATE NOCASE)")
            arguments += [outlet]
        }
        var dates: [String] = []
        if let from = filter.from {
            dates.append("published >= ?")
            arguments += [from]
        }
        if let to = filter.to {
            // The range bounds the index scan; substr() keeps the exact meaning (the day `to` included).
            dates.append("published <= ? AND substr(published, 1, 10) <= ?")
            arguments += [to + Self.endOfDay, to]
        }
        if !dates.isEmpty {
            sets.append("IN (SELECT number FROM article WHERE \(dates.joined(separator: " AND ")))")
        }
        self.sets = sets
        self.arguments = arguments
    }

    /// Whether any filter besides the query is set.
    var hasSets: Bool { !sets.isEmpty }

    /// The filters as conditions on the article number `column` (`rowid`, `a.number`), joined by `AND`,
    /// or `1` when there are none. Bind ``arguments`` for them.
    func conditions(on column: String) -> String {
        sets.isEmpty ? "1" : sets.map { "\(column) \($0)" }.joined(separator: " AND ")
    }

    /// The article numbers the whole filter selects, query included, in ascending order, as a
    /// `SELECT` of one column; bind ``allArguments`` for it.
    var numbers: String {
        query == nil
            ? "SELECT number FROM article WHERE \(conditions(on: "number"))"
            : "SELECT rowid FROM articleSearch WHERE articleSearch MATCH ? AND \(conditions(on: "rowid"))"
    }

    /// The whole filter, query included, as conditions on `article.number` for a walk down the
    /// `article_published` index (by date, per day); bind ``allArguments`` for them.
    ///
    /// The unary `+` keeps SQLite from driving the loop by the sets (a row lookup per match, then a
    /// sort): the index holds `published` and the number, so the walk reads no article row and a
    /// page in date order stops as soon as it is full.
    var articleConditions: String {
        query == nil
            ? conditions(on: "+number")
            : "+number IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?) AND \(conditions(on: "+number"))"
    }

    /// The arguments of ``numbers`` and ``articleConditions``: the query first, when there is one.
    var allArguments: StatementArguments {
        var all: StatementArguments = query.map { [$0] } ?? []
        all += arguments
        return all
    }
}
