import ClipperConfig
import ClipperSpool
import Foundation

extension Configuration {
    /// The spool under the state directory, for reading and retrying `failed/` while the
    /// daemon is stopped; `nil` when there is no `failed/` yet (the daemon never ran), since
    /// opening a spool creates its folders and `clipperctl` must not.
    func existingSpool() throws -> Spool? {
        guard FileManager.default.fileExists(atPath: stateDir + "/failed") else { return nil }
        return try Spool(root: stateDir, inbox: inbox)
    }
}
