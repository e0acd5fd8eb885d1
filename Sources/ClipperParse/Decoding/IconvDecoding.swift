import Glibc

/// Any other character set a page declares (windows-1251, koi8-r, shift_jis, euc-kr, …),
/// converted with the C library's iconv. Invalid bytes become U+FFFD.
enum IconvDecoding {
    /// The UTF-8 text of `bytes` in `label`, or nil when iconv does not know the label.
    static func decode(_ bytes: [UInt8], label: String) -> String? {
        let converter = iconv_open("UTF-8", label)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var produced = 0
        var input = bytes
        let total = input.count
        let ok = input.withUnsafeMutableBytes { inputBuffer -> Bool in
            output.withUnsafeMutableBytes { outputBuffer -> Bool in
                guard let inBase = inputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self),
                    let outBase = outputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                else { return total == 0 }
                var inPointer: UnsafeMutablePointer<CChar>? = inBase
                var inLeft = total
                var outPointer: UnsafeMutablePointer<CChar>? = outBase
                var outLeft = outputBuffer.count
                while inLeft > 0 {
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    if result != -1 { break }
                    guard errno == EILSEQ || errno == EINVAL, outLeft >= 3 else { return false }
                    // Skip the bad byte and write U+FFFD in its place.
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
                        outPointer?.pointee = CChar(bitPattern: byte)
                        outPointer = outPointer.map { $0 + 1 }
                        outLeft -= 1
                    }
                }
                produced = outputBuffer.count - outLeft
                return true
            }
        }
        guard ok else { return nil }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }
}
