import ClipperModel

/// The text of a source file, decoded to Unicode, and what kind of document it is.
struct DecodedSource {
    var text: String
    var mediaType: MediaType
}
