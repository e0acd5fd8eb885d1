import Glibc

/// Byte-level substring search through the C library (`strstr`), for hot paths where Foundation's
/// `String.contains(_:)` would cost a Unicode-aware scan.
enum CString {
    /// Whether `text` contains `part` as bytes.
    static func contains(_ text: String, _ part: String) -> Bool {
        text.withCString { haystack in part.withCString { needle in strstr(haystack, needle) != nil } }
    }

    /// The UTF-8 byte offset of the first `part` in `text`, or nil.
    static func offset(of part: String, in text: String) -> Int? {
        text.withCString { haystack in
            part.withCString { needle in strstr(haystack, needle).map { UnsafePointer($0) - haystack } }
        }
    }
}
