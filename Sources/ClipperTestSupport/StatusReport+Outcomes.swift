public import ClipperModel

extension StatusReport {
    /// Files finished since the daemon started: indexed, counted as duplicates, or quarantined.
    public var outcomes: Int { processed + duplicates + failed }
}
