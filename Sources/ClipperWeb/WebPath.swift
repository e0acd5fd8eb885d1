public import ClipperModel
import Foundation

/// The URLs of the web interface, built in one place so that links and routes agree (docs/Web.md).
public enum WebPath {
    /// Characters left as they are in a path segment or query value: RFC 3986's unreserved set.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `text` percent-encoded for a path segment or a query value.
    public static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// `/articles/ID`.
    public static func article(_ id: String) -> String { "/articles/" + encode(id) }

    /// `/articles/ID/original`: the file as it arrived, as a download.
    public static func original(_ id: String) -> String { article(id) + "/original" }

    /// The page of the entity `name` of `kind`: `/people/NAME`, `/organizations/NAME`, `/places/NAME`;
    /// programs have no page of their own and link to a search for their name.
    public static func entity(_ kind: EntityKind, _ name: String) -> String {
        guard let folder = folder(of: kind) else { return "/search?q=" + encode("\"\(name)\"") }
        return "/\(folder)/" + encode(name)
    }

    /// The first segment of an entity page's path, or `nil` for kinds without pages.
    public static func folder(of kind: EntityKind) -> String? {
        switch kind {
        case .person: "people"
        case .organization: "organizations"
        case .place: "places"
        case .program: nil
        }
    }

    /// `path?name=value&…` with every value encoded, blank values left out.
    public static func withQuery(_ path: String, _ pairs: [(String, String)]) -> String {
        let query = pairs.filter { !$0.1.isEmpty }.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
        return query.isEmpty ? path : path + "?" + query
    }
}
