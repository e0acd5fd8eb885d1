import Foundation

/// Everything the rules look up: the resources built from public data (gazetteer, names)
/// and the curated tables kept as source (titles, organizations, cue verbs).
///
/// Loaded once by ``Extractor/init()`` and shared, read-only, by every extraction: a reference, so
/// the rules that hold it (``EntityRecognizer`` and its helpers) carry one pointer, not the
/// tables' hundreds of bytes of fields, which were copied at every helper call.
final class Lexicon: Sendable {
    let gazetteer: Gazetteer
    let names: PersonNames
    let organizations: KnownOrganizations
    let people: KnownPeople

    /// Loads the bundled resources.
    ///
    /// A missing resource is a packaging error, not an input error, so it stops the program.
    init() {
        gazetteer = Gazetteer(tsv: Self.resource("gazetteer", "tsv"))
        names = PersonNames(
            firstNamesTSV: Self.resource("first-names", "tsv"), surnamesText: Self.resource("surnames", "txt"))
        organizations = KnownOrganizations()
        people = KnownPeople()
    }

    private static func resource(_ name: String, _ type: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: type, subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            preconditionFailure("ClipperExtract's resource Resources/\(name).\(type) is missing from the bundle")
        }
        return text
    }
}
