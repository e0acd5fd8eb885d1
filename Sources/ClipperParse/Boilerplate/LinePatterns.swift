import ClipperModel
import Foundation

/// Lines that are page furniture wherever they appear, recognised by their words alone: the widget
/// phrases news sites share ("Sponsor Message", "4-Minute Listen", "Read this story in Spanish.",
/// "(0) comments"), and photo credits ("Photograph by …", "… via Getty Images", "(AP Photo/…)").
enum LinePatterns {
    private static let phrases: [String: RemovedBlock.Kind] = {
        var table: [String: RemovedBlock.Kind] = [:]
        for phrase in [
            "sponsor message", "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content",
            "story continues below advertisement", "continue reading below", "article continues below",
            "article continues below advertisement", "scroll to continue with content", "supported by",
            "paid content", "partner content", "paid post", "advertisement - scroll to continue",
            "skip advertisement", "remove ads", "advert", "adverts", "support our journalism", "donate", "donate now",
        ] { table[phrase] = .sponsor }
        for phrase in [
            "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
            "tweet", "email", "print", "facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest",
            "copy link", "link copied", "copy link to clipboard", "playlist", "transcript", "playlist transcript",
            "listen", "listen to this article", "download", "embed", "toggle more options", "save", "save article",
            "save story", "gift this article", "gift article", "share full article", "share via", "print this page",
            "email this", "font size", "text size", "listen now", "watch", "watch now", "play", "pause",
            "audio", "video", "enlarge this image", "hide caption", "toggle caption", "expand", "close",
            "this slideshow requires javascript", "javascript is disabled", "please enable javascript",
            "your browser does not support the video tag", "image", "photo", "view gallery", "open gallery",
        ] { table[phrase] = .share }
        for phrase in [
            "skip to content", "skip to main content", "skip to navigation", "menu", "main menu", "home", "search",
            "sign in", "log in", "login", "log out", "register", "subscribe", "subscribe now", "back to top",
            "next", "previous", "next article", "previous article", "more", "open menu", "close menu", "sections",
            "top stories", "latest news", "most popular", "most read", "related", "related stories",
            "related articles", "more stories", "recommended", "you may also like", "trending", "trending now",
            "breaking news", "live", "newsletters", "sign up", "advertise", "contact us", "about us",
            "terms of use", "privacy policy", "cookie policy", "all rights reserved", "accessibility",
        ] { table[phrase] = .navigation }
        for phrase in [
            "comments", "comment", "leave a comment", "welcome to the discussion", "join the conversation",
            "view comments", "show comments", "hide comments", "post a comment", "add a comment",
            "log in to comment", "comments are closed", "be the first to comment", "discussion",
            "conversation", "reader comments", "read comments", "load comments", "tell us what you think",
            "what do you think", "have your say", "leave a reply",
        ] { table[phrase] = .comments }
        return table
    }()

    /// The kind of a furniture line, or nil for a line that may be article text.
    static func kind(of line: String) -> RemovedBlock.Kind? {
        // Furniture lines are short; prose is never looked up.
        guard line.utf8.count <= 160 else { return nil }
        // Widget phrases are short; longer lines can only be photo credits.
        guard line.utf8.count <= 110 else { return creditName(of: line) != nil ? .credit : nil }
        // The phrases are written in Latin script: a line opening in another script (Cyrillic, Hangul,
        // CJK, …) cannot be one, and is not lowercased for nothing. (0xC2/0xC3: Latin-1; 0xE2: punctuation.)
        if let first = line.utf8.first, first >= 0xC4, first != 0xE2 { return nil }
        let key = matchKey(line)
        guard !key.isEmpty else { return .other }
        if let kind = phrases[key] { return kind }
        // Counted by bytes: the words themselves are only split out for the two rules that read them.
        let wordCount = ByteScan.wordCount(key)
        if wordCount <= 8 {
            if wordCount <= 4, isListenLine(key.split(separator: " ")) { return .share }
            if key.hasPrefix("read this story in ") || key.hasPrefix("read this article in ")
                || key.hasPrefix("read in ") || key.hasPrefix("leer en ") || key.hasPrefix("lea esta")
                || key.hasPrefix("this story is also available in ") || key.hasPrefix("read the story in ")
            {
                return .share
            }
            if wordCount == 2, isCommentCount(key.split(separator: " ")) { return .comments }
        }
        // "RELATED: Another headline", "Read more: …": a link to another story.
        if wordCount <= 25 {
            for prefix in [
                "related:", "read more:", "see also:", "also read:", "read also:", "more:", "watch:",
                "listen:", "recommended:",
            ]
            where key.hasPrefix(prefix) {
                return .navigation
            }
        }
        if wordCount <= 14 {
            for prefix in [
                "sign up for", "subscribe to", "get our", "get the latest", "follow us", "follow on",
                "click here to", "download the", "get the app", "support local journalism", "become a member",
            ]
            where key.hasPrefix(prefix) {
                return prefix.hasPrefix("follow") ? .share : .sponsor
            }
        }
        if creditName(of: line) != nil { return .credit }
        return nil
    }

    /// Headers that open a comment section ("(0) comments", "Welcome to the discussion."): everything
    /// after one, late in a text, is the thread and its rules. A bare "Comments" or "Discussion" is
    /// not enough (articles have sections called that).
    static func opensCommentSection(_ line: String) -> Bool {
        let key = matchKey(line)
        let words = key.split(separator: " ")
        return commentSectionHeaders.contains(key) || isCommentCount(words)
    }

    private static let commentSectionHeaders: Set<String> = [
        "welcome to the discussion", "join the conversation", "leave a comment", "post a comment", "add a comment",
        "comments are closed", "show comments", "view comments", "load comments", "reader comments",
        "log in to comment", "be the first to comment", "leave a reply", "have your say",
    ]

    /// Lowercased, with surrounding punctuation and bullets removed. By bytes: it runs on every
    /// short paragraph, and trimming by `Character` hashed each one into a set.
    static func matchKey(_ line: String) -> String {
        var copy = line
        return copy.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            while end > start, let mark = keyPunctuation.first(where: { mark in
                mark.count <= end - start && bytes[(end - mark.count)..<end].elementsEqual(mark)
            }) {
                end -= mark.count
            }
            while start < end, let mark = keyPunctuation.first(where: { bytes[start..<end].starts(with: $0) }) {
                start += mark.count
            }
            return ASCIICase.lowercased(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// What `matchKey` trims, as UTF-8: a space, ". : ! | - * # > <", and "• · › » « – —".
    private static let keyPunctuation: [[UInt8]] = [
        " ", ".", ":", "!", "|", "-", "*", "#", ">", "<", "•", "·", "›", "»", "«", "–", "—",
    ].map { Array($0.utf8) }

    /// "4-Minute Listen", "5 min read", "Listen · 3:45", "12-minute read".
    private static func isListenLine(_ words: [Substring]) -> Bool {
        guard let last = words.last, ["listen", "read", "watch", "listening"].contains(last), words.count <= 4 else {
            return false
        }
        return words.dropLast().contains { word in
            word.first?.isNumber == true || word == "min" || word == "minute" || word == "minutes"
        }
    }

    /// "(0) comments", "12 Comments", "Comments (3)".
    private static func isCommentCount(_ words: [Substring]) -> Bool {
        guard words.count == 2 else { return false }
        let digits: (Substring) -> Bool = { word in
            word.filter { $0 != "(" && $0 != ")" }.allSatisfy(\.isNumber) && word.contains(where: \.isNumber)
        }
        return (digits(words[0]) && words[1].hasPrefix("comment"))
            || (words[0].hasPrefix("comment") && digits(words[1]))
    }

    /// Picture agencies that close a credit line ("… via Getty Images", "…/AP").
    private static let agencies = [
        "getty images", "getty", "ap", "ap photo", "reuters", "afp", "epa", "epa-efe", "shutterstock", "istock",
        "istockphoto", "bloomberg", "upi", "alamy", "the associated press", "associated press", "nurphoto", "sipa",
        "zuma press", "zuma", "abaca", "anadolu", "pool", "xinhua", "dpa", "imagn", "usa today", "npr",
        "the washington post", "the new york times", "unsplash", "wikimedia commons", "flickr", "courtesy",
    ]

    /// The credited name in a photo-credit line, or nil when the line is not a credit.
    static func creditName(of line: String) -> String? {
        guard line.utf8.count <= 200, mayBeCredit(line) else { return nil }
        let text = line.trimmed
        let lower = ASCIICase.lowercased(text)
        let wordCount = ByteScan.wordCount(text)
        guard wordCount <= 16 else { return nil }
        for prefix in creditPrefixes where lower.hasPrefix(prefix) {
            let name = String(text.dropFirst(prefix.count))
            return personPart(of: name)
        }
        if let open = CString.offset(of: "(ap photo/", in: lower), lower.hasSuffix(")") {
            // Lower-casing keeps the bytes of ASCII text in place, and the cue is ASCII.
            let name = text.utf8.dropFirst(open + "(ap photo/".utf8.count).dropLast()
            return personPart(of: String(decoding: name, as: UTF8.self))
        }
        guard wordCount <= 12, text.last != "." || lower.hasSuffix("images.") else { return nil }
        let key = matchKey(text)
        for agency in agencies where key.hasSuffix(agency) {
            let head = key.dropLast(agency.count)
            if head.hasSuffix(" via ") || head.hasSuffix("/") || head.hasSuffix(" / ") || head.hasSuffix("for ") {
                let name = String(text.prefix(head.count))
                return personPart(of: name)
            }
        }
        return nil
    }

    /// The openings of a credit line ("Photo by Jane Doe").
    private static let creditPrefixes = [
        "photograph by ", "photographs by ", "photo by ", "photos by ", "photo: ", "photos: ",
        "photo credit: ", "image: ", "image by ", "images by ", "illustration by ", "illustration: ",
        "credit: ", "video by ", "graphic by ", "picture: ", "pictured: ", "image credit: ", "photo courtesy of ",
        "courtesy of ", "(photo: ", "(photo by ", "(image: ",
    ]

    /// A cheap byte-level filter for the ways `creditName` reads a credit: an opening of
    /// `creditPrefixes`; a slash or " via " (the AP form and the agency after them); or, on a line
    /// opening with a letter a credit word opens with, "for" or "via" in any case before the agency
    /// ("Pictures for Reuters", "Getty VIA AFP").
    private static func mayBeCredit(_ line: String) -> Bool {
        if ByteScan.contains(line, UInt8(ascii: "/")) || CString.contains(line, " via ") { return true }
        guard let first = line.utf8.first else { return false }
        // The letters `creditPrefixes` open with.
        switch first | 0x20 {
        case UInt8(ascii: "p"), UInt8(ascii: "i"), UInt8(ascii: "c"), UInt8(ascii: "v"), UInt8(ascii: "g"),
            UInt8(ascii: "("):
            if creditPrefixes.contains(where: { ASCIICase.hasPrefix(line, lowercased: $0) }) { return true }
            let lower = ASCIICase.lowercased(line)
            return CString.contains(lower, "for ") || CString.contains(lower, " via ")
        default:
            return false
        }
    }

    /// "Matt McClain/The Washington Post via " to "Matt McClain".
    private static func personPart(of text: String) -> String? {
        // Cutting at each separator in turn is cutting at the first of any of them.
        let cut = ["/", " via ", " for ", " | ", ";", "("].compactMap { CString.offset(of: $0, in: text) }.min()
        let name = cut.map { String(decoding: text.utf8.prefix($0), as: UTF8.self) } ?? text
        let result = name.trimmed.trimmingTrailing(",.)")
        return result.isEmpty ? nil : result
    }
}
