/// How both stores merge the other names of an entity seen across articles.
enum EntityAliases {
    /// The distinct names in `candidates` other than `name` itself (case-insensitive), sorted.
    static func merged(name: String, candidates: some Sequence<String>) -> [String] {
        let own = name.lowercased()
        var seen: Set<String> = [own]
        var aliases: [String] = []
        for candidate in candidates where seen.insert(candidate.lowercased()).inserted {
            aliases.append(candidate)
        }
        return aliases.sorted()
    }
}
