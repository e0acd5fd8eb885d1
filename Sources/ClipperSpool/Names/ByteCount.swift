/// Sizes in words people read: `512 bytes`, `12.3 MB`, `10 MB` (decimal units: 1 MB = 1,000,000 bytes).
enum ByteCount {
    /// `bytes` with one decimal at most and no trailing `.0`.
    static func describe(_ bytes: Int) -> String {
        if bytes < 1_000 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        let (unit, symbol) =
            bytes < 1_000_000 ? (1_000, "kB") : bytes < 1_000_000_000 ? (1_000_000, "MB") : (1_000_000_000, "GB")
        let tenths = (bytes * 10 + unit / 2) / unit
        return tenths % 10 == 0 ? "\(tenths / 10) \(symbol)" : "\(tenths / 10).\(tenths % 10) \(symbol)"
    }
}
