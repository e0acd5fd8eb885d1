import Foundation

/// A child process's output, captured in a temporary file that is unlinked as soon as it is open
/// and read back whole whenever its lines are asked for.
///
/// Not a `Pipe` with a `readabilityHandler`: that handler is a libdispatch read source, and
/// tearing such sources down on Linux races the descriptor's close and can crash the whole test
/// process in `_dispatch_event_loop_drain` (swift-corelibs-libdispatch issue 949). A file needs
/// no reader while the child runs, so nothing here touches libdispatch's event loop.
final class CapturedOutput: Sendable {
    /// The handle to give the child as its standard output or standard error.
    let handle: FileHandle

    init() throws {
        var template = Array(URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("clipper-output-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Every complete line written so far (a last line without its newline is left for later).
    var lines: [String] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes {
                pread(handle.fileDescriptor, $0.baseAddress, $0.count, off_t(bytes.count))
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()
        return lines.map(String.init)
    }
}
