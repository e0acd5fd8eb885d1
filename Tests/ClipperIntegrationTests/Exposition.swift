/// A Prometheus text exposition (format 0.0.4) read into samples, for checking `/metrics`.
///
/// It reads what the format allows in a sample line: `name value`, `name{label="value",…} value`
/// with `\\`, `\"` and `\n` escapes in label values, an optional timestamp, and the values
/// `+Inf`, `-Inf` and `NaN`; `#` lines (HELP, TYPE) are kept by type only.
struct Exposition {
    struct Sample: Hashable {
        var name: String
        var labels: [String: String]
        var value: Double
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    var samples: [Sample] = []
    /// `# TYPE name kind` lines: the kind of each metric family.
    var types: [String: String] = [:]

    init(_ text: String) throws {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") {
                let fields = line.split(separator: " ")
                if fields.count == 4, fields[1] == "TYPE" { types[String(fields[2])] = String(fields[3]) }
                continue
            }
            samples.append(try Self.sample(Substring(line)))
        }
    }

    /// The value of the one sample named `name` whose labels include `labels`; nil when there is
    /// none, and a failure when several match.
    func value(_ name: String, _ labels: [String: String] = [:]) throws -> Double? {
        let matches = samples.filter { sample in
            sample.name == name && labels.allSatisfy { sample.labels[$0.key] == $0.value }
        }
        guard matches.count <= 1 else {
            throw Malformed(description: "\(matches.count) samples match \(name) \(labels)")
        }
        return matches.first?.value
    }

    private static func sample(_ line: Substring) throws -> Sample {
        var rest = line[...]
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }
        guard !name.isEmpty else { throw Malformed(description: "no metric name in \(line)") }
        rest = rest.dropFirst(name.count)
        var labels: [String: String] = [:]
        if rest.first == "{" {
            rest = rest.dropFirst()
            while rest.first != "}" {
                let label = rest.prefix { $0 != "=" }
                rest = rest.dropFirst(label.count)
                guard rest.hasPrefix("=\"") else { throw Malformed(description: "a label without a value in \(line)") }
                rest = rest.dropFirst(2)
                var value = ""
                while let character = rest.first, character != "\"" {
                    rest = rest.dropFirst()
                    if character == "\\", let escaped = rest.first {
                        rest = rest.dropFirst()
                        value.append(escaped == "n" ? "\n" : escaped)
                    } else {
                        value.append(character)
                    }
                }
                guard rest.first == "\"" else { throw Malformed(description: "an unterminated label value in \(line)") }
                rest = rest.dropFirst()
                labels[String(label.trimmingPrefix(" "))] = value
                if rest.first == "," { rest = rest.dropFirst() }
                guard !rest.isEmpty else { throw Malformed(description: "unterminated labels in \(line)") }
            }
            rest = rest.dropFirst()
        }
        let fields = rest.split(separator: " ")
        guard (1...2).contains(fields.count), let value = number(fields[0]) else {
            throw Malformed(description: "no value in \(line)")
        }
        return Sample(name: String(name), labels: labels, value: value)
    }

    private static func number(_ text: Substring) -> Double? {
        switch text {
        case "+Inf": .infinity
        case "-Inf": -.infinity
        case "NaN": .nan
        default: Double(text)
        }
    }
}
