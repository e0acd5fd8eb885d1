import CLibXML2

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
            let key = String(cString: UnsafeRawPointer(rawName).assumingMemoryBound(to: CChar.self))
            let value = Self.value(of: current)
            switch key {
            case "class": classes = value.lowercased()
            case "id": identifier = value.lowercased()
            case "itemprop": itemprop = value
            case "type": type = value
            case "datetime": datetime = value
            case "name": name = value
            case "property": property = value
            case "content": content = value
            case "hidden": isHidden = true
            case "style":
                let style = value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { isHidden = true }
            default: break
            }
        }
        classAndID = identifier.isEmpty ? classes : (classes.isEmpty ? identifier : classes + " " + identifier)
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        guard let child = attribute.pointee.children, let content = child.pointee.content else { return "" }
        return String(cString: UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
    }
}
