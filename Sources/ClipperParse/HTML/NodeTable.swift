import CLibXML2
import Glibc

/// The page's element tree flattened into arrays in document order (a node's subtree is the range
/// `index..<end[index]`), built by one iterative walk over libxml2's nodes. Every later pass is a
/// loop over indices: no recursion, so no nesting depth can exhaust the stack.
struct NodeTable {
    /// Node flags.
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// `hidden`, or an inline style with `display:none` / `visibility:hidden`.
        static let hidden = Flags(rawValue: 1 << 0)
        /// `itemprop="articleBody"` (schema.org) or an equivalent marker of the article text.
        static let articleBody = Flags(rawValue: 1 << 1)
        /// Inside an `<a href>`.
        static let inLink = Flags(rawValue: 1 << 2)
    }

    var tags: [HTMLTag] = []
    var parents: [Int32] = []
    /// One past the last node of each node's subtree.
    var ends: [Int32] = []
    var flags: [Flags] = []
    /// Each node's `class` and `id` (lowercased, joined by a space) as an index into `classNames`;
    /// -1 when neither is set. Interned, so each distinct name is classified once per page.
    var classIndex: [Int32] = []
    var classNames: [ClassName] = []
    private var classLookup: [String: Int32] = [:]
    /// Text nodes' content (UTF-8 owned by the libxml2 document); nil for elements.
    var texts: [UnsafePointer<CChar>?] = []
    var textLengths: [Int32] = []
    /// What the head and the body say about the article: meta tags, JSON-LD, `<title>`, `<time>`.
    var metadata = PageMetadataSource()
    /// Whether `<noscript>` content is walked (a page whose unclosed tag there swallowed the rest).
    private let walksNoscript: Bool

    var count: Int { tags.count }

    /// Flattens `document`; `<noscript>` content only with `walksNoscript`.
    init(_ document: HTMLDocument, walksNoscript: Bool = false) {
        self.walksNoscript = walksNoscript
        guard let root = document.root else { return }
        reserve(1024)
        var openElements: [Int] = []
        var linkDepth = 0
        var node: xmlNodePtr? = root
        walk: while let current = node {
            var opened = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                opened = enterElement(current, parent: openElements.last ?? -1, linkDepth: linkDepth)
                if opened {
                    openElements.append(count - 1)
                    if tags[count - 1] == .a { linkDepth += 1 }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendText(current, parent: openElements.last ?? -1, inLink: linkDepth > 0)
            default:
                break
            }
            if opened, let child = current.pointee.children {
                node = child
                continue
            }
            if opened { close(&openElements, linkDepth: &linkDepth) }
            // Move to the next sibling, climbing (and closing) parents until one has a next sibling.
            var cursor = current
            while true {
                if cursor == root { break walk }
                if let next = cursor.pointee.next {
                    node = next
                    continue walk
                }
                guard let parent = cursor.pointee.parent else { break walk }
                close(&openElements, linkDepth: &linkDepth)
                cursor = parent
            }
        }
        while let open = openElements.popLast() { ends[open] = Int32(count) }
    }

    /// The classification of a node's `class`/`id`, if it has any.
    func className(_ index: Int) -> ClassName? {
        let position = Int(classIndex[index])
        return position >= 0 ? classNames[position] : nil
    }

    private mutating func intern(_ text: String) -> Int32 {
        guard !text.isEmpty else { return -1 }
        if let known = classLookup[text] { return known }
        let position = Int32(classNames.count)
        classNames.append(ClassName(text))
        classLookup[text] = position
        return position
    }

    private mutating func close(_ openElements: inout [Int], linkDepth: inout Int) {
        guard let open = openElements.popLast() else { return }
        ends[open] = Int32(count)
        if tags[open] == .a { linkDepth -= 1 }
    }

    private mutating func reserve(_ capacity: Int) {
        tags.reserveCapacity(capacity)
        parents.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
        flags.reserveCapacity(capacity)
        classIndex.reserveCapacity(capacity)
        texts.reserveCapacity(capacity)
        textLengths.reserveCapacity(capacity)
    }

    /// Records an element (or only its metadata, for `<meta>`, `<title>`, scripts); returns whether
    /// it became a node whose children are walked.
    private mutating func enterElement(_ element: xmlNodePtr, parent: Int, linkDepth: Int) -> Bool {
        let name = element.pointee.name.map { String(cString: $0) } ?? ""
        let tag = HTMLTag(name: name)
        let attributes = ElementAttributes(element)
        switch tag {
        case .meta:
            metadata.addMeta(attributes)
        case .title:
            if metadata.title == nil { metadata.title = Self.textContent(of: element) }
        case .script:
            if attributes.type?.lowercased().contains("ld+json") == true {
                metadata.jsonLD.append(Self.textContent(of: element))
            }
        case .time:
            if let datetime = attributes.datetime { metadata.times.append((datetime, attributes.itemprop)) }
        default:
            break
        }
        if tag.isNeverContent, !(walksNoscript && tag == .noscript) { return false }
        if attributes.itemprop == "datePublished", let content = attributes.content ?? attributes.datetime {
            metadata.itempropDates.append(content)
        }
        var nodeFlags: Flags = linkDepth > 0 || tag == .a ? [.inLink] : []
        if attributes.isHidden { nodeFlags.insert(.hidden) }
        if attributes.itemprop?.lowercased() == "articlebody" { nodeFlags.insert(.articleBody) }
        tags.append(tag)
        parents.append(Int32(parent))
        ends.append(Int32(tags.count))
        flags.append(nodeFlags)
        classIndex.append(intern(attributes.classAndID))
        texts.append(nil)
        textLengths.append(0)
        return true
    }

    private mutating func appendText(_ node: xmlNodePtr, parent: Int, inLink: Bool) {
        guard let content = node.pointee.content else { return }
        let pointer = UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)
        let length = strlen(pointer)
        guard length > 0 else { return }
        tags.append(.text)
        parents.append(Int32(parent))
        ends.append(Int32(tags.count))
        flags.append(inLink ? [.inLink] : [])
        classIndex.append(-1)
        texts.append(pointer)
        textLengths.append(Int32(clamping: length))
    }

    /// All text under `element` (for `<title>` and JSON-LD scripts), without walking deeper than one level:
    /// these elements hold only text.
    private static func textContent(of element: xmlNodePtr) -> String {
        var result = ""
        var child = element.pointee.children
        while let node = child {
            if let content = node.pointee.content {
                result += String(cString: UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
            }
            child = node.pointee.next
        }
        return result
    }
}
