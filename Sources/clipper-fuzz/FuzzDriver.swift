#if FUZZING
    import Foundation

    /// libFuzzer's driver (`FuzzerDriver.cpp`): parses libFuzzer's flags and runs `callback` on each input.
    ///
    /// Declared here with `@_extern(c)` (the fuzz build enables the `Extern` feature) because the
    /// package has no C module for libFuzzer; the fuzzer runtime that `-sanitize=fuzzer` links defines it.
    @_extern(c, "LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    /// With `-DFUZZING`: the program's entry point hands control to libFuzzer.
    ///
    /// SwiftPM links every executable's `main` to its `@main` type, so libFuzzer's own `main` cannot
    /// be used; this one calls the driver the same way, with ``fuzz(_:_:)`` as the target.
    @main
    enum FuzzDriver {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv) { data, size in fuzz(data, size) })
        }
    }
#endif
