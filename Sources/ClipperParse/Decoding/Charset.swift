/// A character set Clipper decodes, from the label a page declares.
enum Charset: Equatable {
    case utf8
    case windows1252
    /// Any other label: converted through the C library's iconv.
    case other(String)

    /// The charset for a declared label. UTF-16 labels in a page without a byte-order mark mean
    /// UTF-8 (the page could not have declared itself readably otherwise), as the HTML standard says.
    init(label: String) {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2":
            self = .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
            "us-ascii", "ascii", "ansi_x3.4-1968", "iso-8859-15", "iso8859-15", "latin-1":
            self = .windows1252
        default:
            self = .other(label)
        }
    }
}
