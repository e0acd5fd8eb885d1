import ClipperModel
import ClipperStore
import Crypto
import Foundation
import Hummingbird
import NIOCore

/// An article page's model.
struct ArticleView: Sendable {
    struct FigureRow: Sendable {
        var text: String
        var value: String
        var unit: String
        var of: String?
        var href: String
    }

    struct DateRow: Sendable {
        var text: String
        var iso: String?
    }

    struct RemovedRow: Sendable {
        var kind: String
        var text: String
    }

    var chrome: Chrome
    var title: String
    var id: String
    var facts: [Fact]
    var paragraphs: [ArticleMarkup.Paragraph]
    var groups: [EntityGroup]
    var quotes: [QuoteView]
    var hasQuotes: Bool
    var figures: [FigureRow]
    var hasFigures: Bool
    var dates: [DateRow]
    var hasDates: Bool
    var removed: [RemovedRow]
    var removedCount: Int
    var hasRemoved: Bool
    var related: [String]
    var hasRelated: Bool
    var originalHref: String
    var duplicateOfHref: String?
}

extension WebSite {
    func article(_ key: String) async throws -> Response {
        guard let record = try await store.article(matching: key) else {
            throw WebNotFound("No article has the id or file name \(key).")
        }
        let people = record.people.map { EntityLink(kind: .person, name: $0.name, count: $0.count) }
        let organizations = record.organizations.map { EntityLink(kind: .organization, name: $0.name, count: $0.count) }
        let places = record.places.map { EntityLink(kind: .place, name: $0.name, count: $0.count) }
        let title = record.title ?? record.source.file
        var facts: [Fact] = []
        if !record.authors.isEmpty { facts.append(Fact(label: "By", value: record.authors.joined(separator: ", "))) }
        if let outlet = record.outlet {
            facts.append(Fact(label: "Outlet", value: outlet, href: WebPath.withQuery("/search", [("outlet", outlet)])))
        }
        if let published = record.published { facts.append(Fact(label: "Published", value: published)) }
        if let dateline = record.dateline { facts.append(Fact(label: "Dateline", value: dateline)) }
        facts.append(Fact(label: "Source file", value: record.source.file))
        facts.append(
            Fact(label: "Size", value: "\(record.source.bytes.grouped) bytes, \(record.source.mediaType.rawValue)"))
        if let indexedAt = try await store.indexedAt(articleID: record.id) {
            facts.append(Fact(label: "Indexed", value: Self.timestamp(indexedAt)))
        }
        facts.append(Fact(label: "Id", value: record.id))
        if !record.credits.isEmpty {
            facts.append(Fact(label: "Credits", value: record.credits.joined(separator: "; ")))
        }
        let quotes = record.quotes.map {
            QuoteView(
                QuoteHit(
                    articleID: record.id, title: record.title, published: record.published, speaker: $0.speaker,
                    text: $0.text, cue: $0.cue))
        }
        let figures = record.figures.map { figure in
            ArticleView.FigureRow(
                text: figure.text, value: Self.number(figure.value), unit: figure.unit, of: figure.of,
                href: WebPath.withQuery("/figures", [("unit", figure.unit)]))
        }
        let view = ArticleView(
            chrome: Chrome(title: title, section: .other), title: title, id: record.id, facts: facts,
            paragraphs: ArticleMarkup(record).paragraphs,
            groups: [
                EntityGroup(heading: "People", links: people),
                EntityGroup(heading: "Organizations", links: organizations),
                EntityGroup(heading: "Places", links: places),
            ],
            quotes: quotes, hasQuotes: !quotes.isEmpty, figures: figures, hasFigures: !figures.isEmpty,
            dates: record.dates.map { .init(text: $0.text, iso: $0.iso) }, hasDates: !record.dates.isEmpty,
            removed: record.removed.map { .init(kind: $0.kind.rawValue, text: $0.text) },
            removedCount: record.removed.count, hasRemoved: !record.removed.isEmpty, related: record.related,
            hasRelated: !record.related.isEmpty, originalHref: WebPath.original(record.id),
            duplicateOfHref: record.duplicateOf.map(WebPath.article))
        return renderer.page("article", view)
    }

    /// The original file as a download: `text/plain`, an attachment, sandboxed, and only when the
    /// archived bytes still hash to the article's id.
    func original(_ key: String) async throws -> Response {
        guard let record = try await store.article(matching: key) else {
            throw WebNotFound("No article has the id or file name \(key).")
        }
        let path = archive + "/" + record.source.file
        guard !record.source.file.contains("/"), let data = FileManager.default.contents(atPath: path) else {
            throw WebNotFound("The original of this article is not kept in the archive (keep_originals may be off).")
        }
        let digest = SHA256.hash(data: data).map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
        guard digest == record.id else {
            throw WebNotFound("The archive's file \(record.source.file) is no longer this article's original.")
        }
        let name = record.source.file.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/plain",
                .contentDisposition: "attachment; filename=\"\(name.isEmpty ? "original.txt" : name)\"",
                .contentSecurityPolicy: "sandbox; default-src 'none'", .cacheControl: "no-store",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Seconds since 1970 as `2026-11-23 15:42:15 UTC`.
    static func timestamp(_ seconds: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss 'UTC'"
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    /// A figure's value without a needless `.0`, with thousands grouped.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return Int(value).grouped }
        return String(format: "%.2f", value)
    }
}
