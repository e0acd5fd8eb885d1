internal import CInotifyTools

/// The inotify event bits the watcher asks for and reacts to, with Swift names.
struct InotifyMask: OptionSet, Sendable {
    let rawValue: UInt32

    /// A file opened for writing was closed. The corresponding C constant is `IN_CLOSE_WRITE`.
    static let closeWrite = InotifyMask(rawValue: UInt32(IN_CLOSE_WRITE))
    /// A name was moved into the directory. The corresponding C constant is `IN_MOVED_TO`.
    static let movedTo = InotifyMask(rawValue: UInt32(IN_MOVED_TO))
    /// A name was created in the directory. The corresponding C constant is `IN_CREATE`.
    static let create = InotifyMask(rawValue: UInt32(IN_CREATE))
    /// The watched directory itself was deleted. The corresponding C constant is `IN_DELETE_SELF`.
    static let deleteSelf = InotifyMask(rawValue: UInt32(IN_DELETE_SELF))
    /// The watched directory itself was moved. The corresponding C constant is `IN_MOVE_SELF`.
    static let moveSelf = InotifyMask(rawValue: UInt32(IN_MOVE_SELF))
    /// Fail unless the path is a directory (a flag when adding a watch). The C constant is `IN_ONLYDIR`.
    static let onlyDirectory = InotifyMask(rawValue: UInt32(IN_ONLYDIR))
    /// The kernel's event queue overflowed; always delivered. The C constant is `IN_Q_OVERFLOW`.
    static let queueOverflow = InotifyMask(rawValue: UInt32(IN_Q_OVERFLOW))
    /// The watch was removed (directory deleted, file system unmounted); always delivered.
    /// The corresponding C constant is `IN_IGNORED`.
    static let ignored = InotifyMask(rawValue: UInt32(IN_IGNORED))
    /// The file system holding the directory was unmounted; always delivered. The C constant is `IN_UNMOUNT`.
    static let unmount = InotifyMask(rawValue: UInt32(IN_UNMOUNT))
    /// The event is about a sub-directory. The corresponding C constant is `IN_ISDIR`.
    static let isDirectory = InotifyMask(rawValue: UInt32(IN_ISDIR))

    /// What the inbox watch asks for.
    static let inboxWatch: InotifyMask = [.closeWrite, .movedTo, .create, .deleteSelf, .moveSelf, .onlyDirectory]
    /// Events after which the inbox is no longer watched.
    static let watchEnded: InotifyMask = [.deleteSelf, .moveSelf, .ignored, .unmount]
}
