import ClipperConfig
import ClipperModel
import ClipperSpool

extension Configuration {
    /// The spool under the state directory, for reading and retrying `failed/` while the daemon is stopped.
    var spool: Spool {
        Spool(root: stateDir, inbox: inbox)
    }
}
