import Foundation

/// Copyright lines ("© 2025 NPR", "Copyright 2024 The Texas Tribune. All rights reserved.") and the
/// picture credits written the same way ("© Jane Doe", "Foto: © Jane Doe/Agency").
enum Copyright {
    /// What a copyright line credits: the site that publishes the text, or a picture on it.
    enum Notice: Equatable {
        /// A site's notice: a year or "All rights reserved" with it ("© 2025 Valley Courier").
        case site(String)
        /// A picture's credit: no year, or a photo word or agency slash in it ("© Jane Doe").
        case picture(String)
    }

    /// The holder a copyright line names, or nil when `line` is not one or credits a picture.
    static func holder(of line: String) -> String? {
        if case .site(let holder)? = notice(of: line) { return holder }
        return nil
    }

    /// What a copyright line credits, or nil when `line` is not one.
    static func notice(of line: String) -> Notice? {
        guard line.utf8.count <= 200, let rest = afterSign(line) else { return nil }
        let lower = line.lowercased()
        var words = rest.split(separator: " ").map(String.init)
        var hasYear = false
        while let first = words.first, isYears(first) {
            hasYear = hasYear || first.filter(\.isNumber).count >= 4
            words.removeFirst()
        }
        // "© 2019 - Valley Courier": a dash between the years and the holder.
        if let first = words.first, ["-", "–", "—"].contains(first) { words.removeFirst() }
        var holder = words.joined(separator: " ")
        for stop in [" all rights", ". reprinted", ".", "|", " - ", " – ", " — "] {
            if let offset = CString.offset(of: stop, in: ASCIICase.lowercased(holder)) {
                holder = String(decoding: holder.utf8.prefix(offset), as: UTF8.self)
            }
        }
        // "PaiNs Blog 2007 - 2013": the years after the holder.
        var holderWords = holder.split(separator: " ")
        while let last = holderWords.last, isYears(last) {
            hasYear = hasYear || last.filter(\.isNumber).count >= 4
            holderWords.removeLast()
        }
        holder = holderWords.joined(separator: " ").trimmed.trimmingTrailing(",")
        guard !holder.isEmpty, holderWords.count <= 6, holder.first?.isUppercase == true, !Self.readsAsASentence(holderWords)
        else {
            return nil
        }
        let reserved = lower.contains("rights reserved") || lower.contains("rechte vorbehalten")
        let picture = ["photo", "foto", "image", "picture", "bild", "getty", "/"].contains { lower.contains($0) }
        if picture || !(hasYear || reserved) {
            let name = holder.split(separator: "/").first.map { String($0).trimmed } ?? holder
            return .picture(name)
        }
        return .site(holder)
    }

    /// Whether `paragraph` is a site's copyright notice: a short one that ``notice(of:)`` reads, or a
    /// longer one that opens with the sign or the word and a year ("© 2022, Valley Courier. This
    /// article is the property of …", up to 400 bytes).
    static func isSiteNotice(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 400, let rest = afterSign(paragraph) else { return false }
        if case .site? = notice(of: paragraph) { return true }
        guard let first = rest.split(separator: " ", maxSplits: 1).first else { return false }
        return first.filter(\.isNumber).count >= 4 && isYears(first)
    }

    /// What follows the sign or the word that opens a copyright line ("©", "© Copyright", "Copyright",
    /// "Copyright ©", "Copyright (c)"), or nil when `line` opens with neither.
    private static func afterSign(_ line: String) -> Substring? {
        // By bytes first: every paragraph opening with a C is asked, and lower-casing it costs more.
        guard line.utf8.starts(with: "©".utf8) || ASCIICase.hasPrefix(line, lowercased: "copyright") else { return nil }
        var rest = Substring(line.trimmed)
        if rest.hasPrefix("©") {
            rest = rest.dropFirst()
            if rest.trimmed.lowercased().hasPrefix("copyright") { rest = Substring(rest.trimmed.dropFirst("copyright".count)) }
        } else if rest.lowercased().hasPrefix("copyright") {
            rest = rest.dropFirst("copyright".count)
            if rest.trimmed.hasPrefix("©") { rest = Substring(rest.trimmed.dropFirst()) }
            if rest.lowercased().trimmed.hasPrefix("(c)") { rest = Substring(rest.trimmed.dropFirst(3)) }
        } else {
            return nil
        }
        return rest
    }

    /// A year or a span of years, as written in a notice ("2019", "2019-2025", "2022,").
    private static func isYears<S: StringProtocol>(_ word: S) -> Bool {
        word.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," }
    }

    /// A name has short lowercase words at most ("Bundesamt für Naturschutz", "Board of Trustees");
    /// a lowercase word of five letters or more makes it a sentence ("Alle Inhalte sind
    /// urheberrechtlich geschützt").
    private static func readsAsASentence(_ words: [Substring]) -> Bool {
        words.contains { word in
            word.count >= 5 && word.first.map { $0.isLowercase } == true
        }
    }
}
