import ClipperParse
import Foundation

@testable import clipper_fuzz

/// What a pass of random inputs did: how many completed, were accepted or rejected, and each
/// failure with enough to make the input again.
struct ProbeTally {
    private(set) var completed = 0
    private(set) var accepted = 0
    private(set) var rejected = 0
    private(set) var failures: [String] = []

    /// Counts one outcome; a broken invariant or a rejection without a reason is a failure.
    mutating func record(_ outcome: PipelineProbe.Outcome, input: FuzzInput, label: String) {
        completed += 1
        switch outcome {
        case .rejected(let error):
            rejected += 1
            if error.reason.isEmpty {
                fail(label, input, "rejected (\(error.code)) without a reason")
            }
        case .accepted(_, _, let violations):
            accepted += 1
            if !violations.isEmpty {
                fail(label, input, violations.joined(separator: "; "))
            }
        }
    }

    /// Counts a second run of the same input that did not give the same outcome (parse and extract are pure).
    mutating func recordDifferentRerun(input: FuzzInput, label: String) {
        fail(label, input, "a second run of the same input gave another outcome")
    }

    /// The first failures, for the test's message.
    var summary: String {
        "\(failures.count) of \(completed) inputs failed:\n" + failures.prefix(5).joined(separator: "\n")
    }

    private mutating func fail(_ label: String, _ input: FuzzInput, _ problem: String) {
        let shown = input.bytes.count <= 2_048 ? " bytes (base64): " + Data(input.bytes).base64EncodedString() : ""
        failures.append("\(label) as \(input.fileName), \(input.bytes.count) bytes: \(problem)\(shown)")
    }
}
