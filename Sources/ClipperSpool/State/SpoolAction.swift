/// What `Spool` must do for one step, as decided by ``SpoolState``.
public enum SpoolAction: Sendable, Hashable {
    /// Move the file with `rename(2)`, never replacing an existing name.
    case move(to: SpoolState)
    /// Delete the file (`keep_originals = false`).
    case unlink
    /// Move the entry itself to `failed/` with a report giving `reason`.
    case quarantine(reason: String)
    /// Not Clipper's business (a sub-directory of the inbox): leave it where it is.
    case leave
    /// The file is gone (taken by someone else, or deleted): nothing to do.
    case forget
    /// The step does not apply in this state: a bug in the caller.
    case refuse(reason: String)
}
