#if !FUZZING
    import Foundation

    /// Without `-DFUZZING`: replays inputs through ``fuzz(_:_:)``, to reproduce a finding in an ordinary build.
    ///
    /// ```
    /// swift run clipper-fuzz fuzz/findings/crash-3f2a… fuzz/corpus
    /// ```
    /// Each argument is a file or a directory (its files, recursively). Each input's path is printed
    /// before it runs, so a crash names its input; the process traps as the fuzzer would.
    @main
    enum CrashReplay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard !arguments.isEmpty else {
                print("usage: clipper-fuzz FILE-OR-DIRECTORY...  (replays each input through parse and extract)")
                exit(2)
            }
            var replayed = 0
            for path in arguments.flatMap(inputFiles) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("\(path): cannot be read")
                    exit(1)
                }
                print("\(path) (\(data.count) bytes)")
                let bytes = [UInt8](data)
                _ = bytes.withUnsafeBufferPointer { fuzz($0.baseAddress, $0.count) }
                replayed += 1
            }
            print("replayed \(replayed) inputs, no invariant broken")
        }

        /// `path` itself when it is a file; every regular file under it, sorted, when it is a directory.
        private static func inputFiles(_ path: String) -> [String] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [path]
            }
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let entries = FileManager.default.enumerator(atPath: resolved)?.compactMap { $0 as? String } ?? []
            return entries.sorted().map { path + "/" + $0 }.filter { entry in
                var entryIsDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: entry, isDirectory: &entryIsDirectory)
                    && !entryIsDirectory.boolValue
            }
        }
    }
#endif
