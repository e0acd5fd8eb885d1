import ClipperExtract

/// The probe every input goes through, with one `Extractor` built once (it loads the gazetteer and name lists).
let sharedProbe = PipelineProbe(extractor: Extractor())

/// libFuzzer's entry point: runs one input through parse and extract and stops the process
/// (a finding) when an invariant breaks. Crashes inside parse or extract are findings too.
///
/// Returns 0, as libFuzzer requires. The replay executable calls it for each file it is given.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if case .accepted(_, _, let violations) = sharedProbe.run(FuzzInput(bytes)), !violations.isEmpty {
        fatalError("pipeline invariant broken: " + violations.joined(separator: "; "))
    }
    return 0
}
