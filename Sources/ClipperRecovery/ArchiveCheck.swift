public import ClipperSpool
public import ClipperStore

/// Finds files in `archive/` that the store has no row for and puts them back into the inbox.
///
/// A file is archived only after its batch committed durably, so this finds nothing on a healthy
/// node. It heals damage that happened anyway: a power cut on a store that did not sync its
/// commits (Clipper before `synchronous = FULL`), a restored backup older than the archive, a
/// store replaced by hand.
///
/// Cost, for N archived files: one directory listing, N/500 name lookups in the store, and a
/// read and SHA-256 of only the files whose name the store does not know (a name taken by
/// numbering, `x.1.txt`, or a lost row). On a healthy 100,000-file archive that is about 0.7 s
/// (docs/Reliability.md has the measured figures); `archive_check = false` skips it.
public struct ArchiveCheck: Sendable {
    /// Names looked up in the store per query.
    static let chunkSize = 500

    let spool: Spool
    let store: any ArticleStore
    let maxBytes: Int

    /// - Parameters:
    ///   - maxBytes: the largest file read for hashing (`max_file_size`); larger ones were never indexed.
    public init(spool: Spool, store: any ArticleStore, maxBytes: Int) {
        self.spool = spool
        self.store = store
        self.maxBytes = maxBytes
    }

    /// Checks every archived file; with `repair`, moves those with no row into the inbox.
    public func run(repair: Bool) async throws -> ArchiveCheckReport {
        let clock = ContinuousClock()
        let start = clock.now
        var report = ArchiveCheckReport()
        let names = try spool.archivedNames()
        report.checked = names.count
        var missing: [String] = []
        var offset = 0
        while offset < names.count {
            try Task.checkCancellation()
            let chunk = Array(names[offset..<min(offset + Self.chunkSize, names.count)])
            offset += chunk.count
            let known = try await store.indexedFileNames(among: chunk)
            var idsByName: [(name: String, id: String)] = []
            for name in chunk where !known.contains(name) {
                do {
                    idsByName.append((name, ArticleID.of(try spool.readArchived(name, maxBytes: maxBytes))))
                } catch {
                    report.unreadable.append(ArchiveCheckReport.Unreadable(file: name, reason: error.description))
                }
            }
            report.hashed += idsByName.count
            guard !idsByName.isEmpty else { continue }
            let indexed = try await store.indexedIDs(among: idsByName.map(\.id))
            missing += idsByName.filter { !indexed.contains($0.id) }.map(\.name)
        }
        report.missing = missing
        if repair, !missing.isEmpty {
            report.requeued = try spool.recoverArchived(missing)
        }
        report.duration = clock.now - start
        return report
    }
}
