/// The function words of the main languages of the web (articles, pronouns, prepositions,
/// conjunctions, auxiliaries): prose is full of them, menus, footers and link lists are not. This
/// is jusText's measure ("stopword density"); the lists are general knowledge of each language.
///
/// Words are looked up by their lowercased UTF-8 bytes packed into a key, so counting them costs no
/// allocation: `Stopwords.masks.languages(ofWord:)` gives the languages a word is a function word of.
enum Stopwords {
    /// The languages with a list, in the order of their bits in a mask.
    static let languageCount = lists.count

    private static let lists: [String] = [
        // English
        """
        a about above after again against all also am an and any are as at be because been before being
        below between both but by can could did do does doing down during each few for from further had has
        have having he her here hers herself him himself his how i if in into is it its itself just me more
        most my myself no nor not now of off on once only or other our ours out over own same she should so
        some such than that the their theirs them themselves then there these they this those through to too
        under until up very was we were what when where which while who whom why will with would you your
        yours yourself said says may might must shall us one also its
        """,
        // German
        """
        aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch
        auf aus bei bin bis bist da damit dann das dass daß dem den denn der des dessen dich die dies diese
        diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines er es etwas euch
        euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre
        ihrem ihren ihrer im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine keinem keinen
        können könnte machen man manche mehr mein meine mich mir mit muss musste nach nicht nichts noch nun
        nur ob oder ohne sehr sein seine seinem seinen seiner sich sie sind so solche soll sollte sondern um
        und uns unser unter viel vom von vor war waren warum was weil welche welchem welchen welcher wenn wer
        werde werden wie wieder will wir wird wurde wurden zu zum zur zwar zwischen über schon sowie ab
        immer einmal wo beim dabei dazu wenig
        """,
        // Spanish
        """
        a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas
        ellos en entre era eran es esa esas ese eso esos esta estaba estado estas este esto estos fue fueron
        ha han hasta hay la las le les lo los más me mi mucho muy nada ni no nos nosotros o otra otro otros
        para pero poco por porque que quien se sea ser si sido sin sobre son su sus también tan tanto te
        tiene tienen todo todos tu un una uno unos y ya yo él sí cuál así puede ser están
        """,
        // French
        """
        à au aux avec ce ces cette dans de des du elle elles en est et été être il ils je la le les leur
        leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses
        son sont sur ta te tes toi ton tu un une vos votre vous y a ont fait plus comme tout tous aussi bien
        peut sans sous entre était très si c d l n s
        """,
        // Italian
        """
        a ad al alla alle anche che chi ci come con cui da dal dalla dei del della delle di e è ed era gli
        ha hanno i il in io la le lei lo loro lui ma mi ne nel nella negli noi non o per più quella quello
        questa questo se si sia sono su sua sue suo suoi tra un una uno voi anche molto stato essere ogni
        """,
        // Portuguese
        """
        a ao aos as até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta
        este eu foi foram há isso isto já lhe mais mas me mesmo muito na não nas nem no nos o os ou para
        pela pelo por qual quando que se sem ser seu seus sua suas também tem um uma uns você são está
        """,
        // Dutch
        """
        aan al als bij dan dat de der die dit door een en er ge geen had heb hebben heeft het hier hij hoe
        hun ik in is je kan maar me meer men met mij mijn na naar niet nog nu of om omdat ons ook op over
        te tot u uit van veel voor was wat we wel werd wie wij worden wordt zal ze zich zij zijn zo zou
        """,
        // Polish
        """
        a aby ale bardzo bez by być był była było były co czy dla do gdy gdzie go i ich ie im jak jako
        jednak jego jej jest jeszcze jeśli już ma może mu na nad nie nich nim niż o od oraz po pod przez
        przy są się tak także tam te tego tej to tu tylko tym w we wiele więc z za ze że żeby jestem będzie
        """,
        // Scandinavian (Norwegian, Danish, Swedish share most of these)
        """
        og i er det som en på av til med at for har den de ikke om et var fra seg men vi jeg kan du
        han hun så vil eller ble bli blir skal man sig och att är som inte på med av för till den jag
        """,
    ]

    /// For each known word, the mask of languages whose list holds it. Take it once per text and ask
    /// it for every word (``MaskTable/languages(ofWord:)``): read through the global on every word,
    /// the lazy initializer's check and the arrays' retains cost more than the look-up.
    static let masks: MaskTable = {
        var table = MaskTable(capacity: lists.map { $0.utf8.count / 4 }.reduce(0, +))
        for (language, list) in lists.enumerated() {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                var copy = String(word)
                copy.withUTF8 { table.add(1 << UInt16(language), toWord: $0) }
            }
        }
        return table
    }()

    /// A word of up to 16 bytes as itself, ASCII letters lowercased, packed into two integers: an
    /// exact key (no two words share one) made with a shift per byte, where a hash multiplied per byte.
    struct WordKey: Equatable {
        static let capacity = 16
        var low: UInt64 = 0
        var high: UInt64 = 0

        init() {}

        /// The key of `bytes`, which hold at most `capacity` bytes.
        init(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) {
            for (offset, byte) in bytes.enumerated() { add(byte, at: offset) }
        }

        /// Adds the byte at `offset` (below `capacity`) of the word.
        @inline(__always)
        mutating func add(_ byte: UInt8, at offset: Int) {
            let lower = UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            if offset < 8 { low |= lower << (8 * offset) } else { high |= lower << (8 * (offset - 8)) }
        }

        var slotHash: UInt64 { (low ^ (high &* 0x9e37_79b9_7f4a_7c15)) &* 0xff51_afd7_ed55_8ccd }
    }

    /// An open-addressing table from word keys to language masks: a probe of one flat array per
    /// word, where a `Dictionary` hashed each key again with SipHash.
    struct MaskTable: Sendable {
        private var lows: [UInt64]
        private var highs: [UInt64]
        private var values: [UInt16]
        private let slotMask: Int
        /// The most bytes of a word in any list.
        private(set) var longestWord = 0

        /// Four slots a word: most words of a page are none of these, and at this load their probe
        /// usually meets a free slot first (the table is a few thousand slots).
        init(capacity: Int) {
            var size = 16
            while size < capacity * 4 { size <<= 1 }
            lows = Array(repeating: 0, count: size)
            highs = Array(repeating: 0, count: size)
            values = Array(repeating: 0, count: size)
            slotMask = size - 1
        }

        /// The slot holding `key`, or the free slot where it would go (a stored word's `low` is never 0).
        private func slot(of key: WordKey) -> Int {
            var slot = Int(truncatingIfNeeded: key.slotHash >> 40) & slotMask
            while lows[slot] != 0 && (lows[slot] != key.low || highs[slot] != key.high) { slot = (slot + 1) & slotMask }
            return slot
        }

        /// Records that `word` (at most ``WordKey/capacity`` bytes) is a function word of `languages`.
        mutating func add(_ languages: UInt16, toWord word: UnsafeBufferPointer<UInt8>) {
            precondition(word.count <= WordKey.capacity, "a function word longer than a key holds")
            let key = WordKey(word[...])
            let slot = slot(of: key)
            lows[slot] = key.low
            highs[slot] = key.high
            values[slot] |= languages
            longestWord = max(longestWord, word.count)
        }

        /// The languages (a bit per list) `word`'s bytes are a function word of; 0 for other words.
        func languages(ofWord word: UnsafeBufferPointer<UInt8>.SubSequence) -> UInt16 {
            // Every word of the page is asked: a word longer than any function word is none.
            guard word.count <= longestWord else { return 0 }
            return languages(of: WordKey(word))
        }

        /// The languages (a bit per list) the word with `key` is a function word of; 0 for other words.
        @inline(__always)
        func languages(of key: WordKey) -> UInt16 {
            let slot = slot(of: key)
            return lows[slot] == key.low && highs[slot] == key.high ? values[slot] : 0
        }
    }
}
