/// Known binary formats recognised by their first bytes (magic numbers), so a binary file is
/// rejected with a clear reason instead of being decoded into garbage text.
enum BinarySignature: CaseIterable {
    case pdf, png, jpeg, gif, zip, gzip, elf

    /// The bytes every file of this format starts with.
    var magic: [UInt8] {
        switch self {
        case .pdf: [0x25, 0x50, 0x44, 0x46, 0x2D]  // %PDF-
        case .png: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        case .jpeg: [0xFF, 0xD8, 0xFF]
        case .gif: [0x47, 0x49, 0x46, 0x38]  // GIF8
        case .zip: [0x50, 0x4B, 0x03, 0x04]  // PK\3\4
        case .gzip: [0x1F, 0x8B]
        case .elf: [0x7F, 0x45, 0x4C, 0x46]  // \x7FELF
        }
    }

    /// How the format is named in an error message ("a PNG image").
    var description: String {
        switch self {
        case .pdf: "a PDF document"
        case .png: "a PNG image"
        case .jpeg: "a JPEG image"
        case .gif: "a GIF image"
        case .zip: "a ZIP archive"
        case .gzip: "a gzip-compressed file"
        case .elf: "an ELF executable"
        }
    }

    /// The format whose magic number `bytes` starts with, if any.
    static func matching(_ bytes: [UInt8]) -> BinarySignature? {
        allCases.first { signature in
            let magic = signature.magic
            return bytes.count >= magic.count && bytes.starts(with: magic)
        }
    }

    /// Whether bytes holding NULs are still a text: NULs and other control bytes (not tab, line
    /// breaks or form feed) are under 1% of the bytes each. Binary formats are full of both.
    static func isTextWithStrayNULs(_ bytes: [UInt8]) -> Bool {
        var nuls = 0
        var controls = 0
        for byte in bytes where byte < 0x20 {
            if byte == 0 {
                nuls += 1
            } else if byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B {
                controls += 1
            }
        }
        return nuls * 100 < bytes.count && controls * 100 < bytes.count
    }
}
