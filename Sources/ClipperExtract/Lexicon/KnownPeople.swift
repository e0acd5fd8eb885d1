/// People news writing names by surname alone ("the Trump administration", "Obama-era"):
/// a curated table from surname to full name, used only when the article names nobody else so.
struct KnownPeople: Sendable {
    private(set) var fullNames: KeyTable<String> = KeyTable()

    init() {
        for name in Self.table {
            if let surname = name.spaceSeparatedWords.last {
                fullNames[WordHash.phrase(String(surname))] = name
            }
        }
    }

    func fullName(_ surnameKey: UInt64) -> String? { fullNames[surnameKey] }

    static let table = [
        "Donald Trump", "Joe Biden", "Barack Obama", "Kamala Harris", "JD Vance", "Nancy Pelosi",
        "Vladimir Putin", "Volodymyr Zelensky", "Benjamin Netanyahu", "Elon Musk", "Gavin Newsom",
        "Ron DeSantis", "Kristi Noem", "Pam Bondi", "Marco Rubio", "Pete Hegseth", "Chuck Schumer",
        "Mitch McConnell", "Xi Jinping", "Emmanuel Macron", "Keir Starmer", "Tom Homan",
        "Hakeem Jeffries",
    ]
}
