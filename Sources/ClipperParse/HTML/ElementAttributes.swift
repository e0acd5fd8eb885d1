import CLibXML2
import Glibc

/// The attributes of one element that the extractor reads, gathered in one pass over libxml2's list.
struct ElementAttributes {
    var classAndID = ""
    var itemprop: String?
    var type: String?
    var datetime: String?
    var name: String?
    var property: String?
    var content: String?
    var isHidden = false

    init(_ element: xmlNodePtr) {
        var attribute = element.pointee.properties
        var classes = ""
        var identifier = ""
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            // Compare the name as C bytes first: most attributes (href, src, data-*) are not read,
            // and their values never become Swift strings.
            let name = UnsafeRawPointer(rawName).assumingMemoryBound(to: CChar.self)
            switch Self.key(name) {
            case .class: classes = ASCIICase.lowercased(Self.value(of: current))
            case .id: identifier = ASCIICase.lowercased(Self.value(of: current))
            case .itemprop: itemprop = Self.value(of: current)
            case .type: type = Self.value(of: current)
            case .datetime: datetime = Self.value(of: current)
            case .name: self.name = Self.value(of: current)
            case .property: property = Self.value(of: current)
            case .content: content = Self.value(of: current)
            case .hidden: isHidden = true
            case .style:
                let style = ASCIICase.lowercased(Self.value(of: current)).filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { isHidden = true }
            case nil: break
            }
        }
        classAndID = identifier.isEmpty ? classes : (classes.isEmpty ? identifier : classes + " " + identifier)
    }

    /// The attributes read, by name.
    private enum Key: CaseIterable {
        case `class`, id, itemprop, type, datetime, name, property, content, hidden, style
    }

    private static func key(_ name: UnsafePointer<CChar>) -> Key? {
        // Dispatch on the first byte, then compare the whole name.
        switch UInt8(bitPattern: name[0]) {
        case UInt8(ascii: "c"):
            if strcmp(name, "class") == 0 { return .class }
            if strcmp(name, "content") == 0 { return .content }
        case UInt8(ascii: "i"):
            if strcmp(name, "id") == 0 { return .id }
            if strcmp(name, "itemprop") == 0 { return .itemprop }
        case UInt8(ascii: "t"): if strcmp(name, "type") == 0 { return .type }
        case UInt8(ascii: "d"): if strcmp(name, "datetime") == 0 { return .datetime }
        case UInt8(ascii: "n"): if strcmp(name, "name") == 0 { return .name }
        case UInt8(ascii: "p"): if strcmp(name, "property") == 0 { return .property }
        case UInt8(ascii: "h"): if strcmp(name, "hidden") == 0 { return .hidden }
        case UInt8(ascii: "s"): if strcmp(name, "style") == 0 { return .style }
        default: break
        }
        return nil
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        guard let child = attribute.pointee.children, let content = child.pointee.content else { return "" }
        return String(cString: UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
    }
}
