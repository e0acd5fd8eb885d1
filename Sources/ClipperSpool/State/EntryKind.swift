/// What `lstat(2)` found at a name: the only facts the spool decides on.
public enum EntryKind: Sendable, Hashable {
    case regularFile
    case directory
    case symbolicLink
    case fifo
    case socket
    case characterDevice
    case blockDevice
    /// Nothing there any more (`ENOENT`).
    case missing

    /// Words for a reason: `a FIFO`, `a socket`, …
    var phrase: String {
        switch self {
        case .regularFile: "a regular file"
        case .directory: "a directory"
        case .symbolicLink: "a symbolic link"
        case .fifo: "a FIFO"
        case .socket: "a socket"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .missing: "nothing"
        }
    }
}
