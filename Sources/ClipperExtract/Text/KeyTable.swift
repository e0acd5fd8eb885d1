/// A hash table keyed by ``WordHash`` keys, which are already well mixed: open addressing
/// with linear probing and no rehashing of the key, several times faster than `Dictionary`
/// on the per-token look-ups the rules make.
struct KeyTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var keys: [UInt64]
    /// The value of each slot. A free slot (key 0) holds a copy of a stored value that is never
    /// read: kept non-optional, a table of `Int` or `UInt64` takes 8 bytes a slot here, not the 16
    /// of an `Optional`'s stride (the gazetteer's tables alone hold over a million slots).
    private var values: [Value] = []
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * Self.slotsPerKey(capacity) { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        mask = size - 1
    }

    init(dictionaryLiteral elements: (UInt64, Value)...) {
        self.init(capacity: elements.count)
        for (key, value) in elements { self[key] = value }
    }

    /// Slots a key: four in a small table, so that a word it does not hold (most words asked) usually
    /// meets a free slot at the first probe; two in a large one (the gazetteer's tables hold a million
    /// slots), where memory counts more.
    private static func slotsPerKey(_ count: Int) -> Int { count <= 4_096 ? 4 : 2 }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    /// The value for `key`. The key 0 (no key) is never stored.
    subscript(key: UInt64) -> Value? {
        get { index(of: key).map { values[$0] } }
        set {
            // Setting nil removes nothing: the tables are built once and only read after.
            guard key != 0, let newValue else { return }
            if (count + 1) * Self.slotsPerKey(count + 1) > keys.count { grow() }
            if values.isEmpty { values = Array(repeating: newValue, count: keys.count) }
            var i = slot(key)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            if keys[i] == 0 {
                keys[i] = key
                count += 1
            }
            values[i] = newValue
        }
    }

    /// The value for `key`, or `defaultValue` when there is none (for building tables of lists).
    subscript(key: UInt64, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[key] ?? defaultValue() }
        set { self[key] = newValue }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = []
        mask = keys.count - 1
        count = 0
        for (index, key) in oldKeys.enumerated() where key != 0 {
            self[key] = oldValues[index]
        }
    }

    /// The keys stored, in no particular order.
    var storedKeys: [UInt64] { keys.filter { $0 != 0 } }

    /// Whether `key` is in the table: a probe of the keys alone (a stored key always has a value).
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { index(of: key) != nil }

    /// The slot holding `key`, if it is stored.
    @inline(__always)
    private func index(of key: UInt64) -> Int? {
        guard key != 0 else { return nil }
        var i = slot(key)
        while true {
            let stored = keys[i]
            if stored == key { return i }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

/// A set of ``WordHash`` keys.
typealias KeySet = KeyTable<Bool>

extension KeyTable where Value == Bool {
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        self.init(capacity: 16)
        for key in keys { self[key] = true }
    }

    mutating func insert(_ key: UInt64) { self[key] = true }
}
