import TOMLKit

/// Reads `clipper.toml` into raw settings, refusing keys it does not know.
enum ConfigurationFile {
    static func settings(fromTOML text: String, path: String) throws(ConfigurationError) -> [ConfigurationKey:
        RawSetting]
    {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(
                "\(path) is not valid TOML: \(error.description) at line \(error.source.begin.line)")
        } catch {
            throw ConfigurationError("\(path) is not valid TOML: \(error)")
        }
        var result: [ConfigurationKey: RawSetting] = [:]
        for (name, value) in table {
            guard let key = ConfigurationKey(rawValue: name) else {
                let known = ConfigurationKey.allCases.map(\.rawValue).joined(separator: ", ")
                throw ConfigurationError("\(path) has an unknown key \"\(name)\" (known keys: \(known))")
            }
            let source = "\(path): \(name)"
            if let flag = value.bool {
                result[key] = RawSetting(.boolean(flag), from: source)
            } else if let number = value.int {
                result[key] = RawSetting(.integer(number), from: source)
            } else if let number = value.double {
                result[key] = RawSetting(.real(number), from: source)
            } else if let text = value.string {
                result[key] = RawSetting(.text(text), from: source)
            } else {
                throw ConfigurationError("\(source) must be a string, number or boolean")
            }
        }
        return result
    }
}
