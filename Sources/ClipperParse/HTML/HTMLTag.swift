/// The HTML elements the extractor treats differently; every other element is `.other`.
enum HTMLTag: UInt8 {
    case text, other
    case html, head, body, title, meta, script, style, noscript, template, svg, math, iframe, object, embed, canvas
    case form, button, select, input, textarea, label, option, dialog
    case nav, aside, footer, header, menu
    case article, main, section, div, p, span, a, br, hr, img, picture, figure, figcaption, video, audio, source
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption
    case blockquote, pre, address, time, center, font
    case b, i, em, strong, u, small, sup, sub, mark, abbr, cite, q, code

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        for raw in UInt8(2)...UInt8(HTMLTag.code.rawValue) {
            if let tag = HTMLTag(rawValue: raw) { table["\(tag)"] = tag }
        }
        return table
    }()

    /// The tag for an element name as libxml2 reports it (lowercase).
    init(name: String) {
        self = Self.byName[name] ?? .other
    }

    /// Never article text: scripts, styles, embedded objects, form controls.
    var isNeverContent: Bool {
        switch self {
        case .title, .meta, .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed,
            .canvas, .button, .select, .input, .textarea, .option, .dialog, .video, .audio, .source:
            true
        default: false
        }
    }

    /// Page furniture by its element: navigation, sidebars, page headers and footers, menus.
    var isFurniture: Bool {
        switch self {
        case .nav, .aside, .footer, .header, .menu: true
        default: false
        }
    }

    /// Elements that start a new paragraph of output text.
    var isBlock: Bool {
        switch self {
        case .html, .body, .article, .main, .section, .div, .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl,
            .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .blockquote, .pre, .address, .figure,
            .figcaption, .form, .nav, .aside, .footer, .header, .menu, .center, .hr, .br:
            true
        default: false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }
}
