public import ClipperConfig
public import ClipperWeb
import Foundation

extension Configuration {
    /// The web interface's password from `web_password_file`, or `nil` when none is set.
    ///
    /// - Throws: ``DaemonError`` when the file cannot be read or holds no hash, or when
    ///   `web_listen` is not a loopback address and no password is set: a page open to the
    ///   network without authentication is refused.
    public func webPassword() throws -> PasswordHash? {
        guard let webListen else { return nil }
        guard let file = webPasswordFile else {
            guard webListen.isLoopback else {
                throw DaemonError(
                    "web_listen \(webListen) is reachable from other machines; set web_password_file to a hashed password (docs/Web.md), or listen on 127.0.0.1 behind a reverse proxy"
                )
            }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8)
        else {
            throw DaemonError("cannot read the web password file \(file)")
        }
        do {
            return try PasswordHash(parsing: text, source: "the web password file \(file)")
        } catch {
            throw DaemonError("\(error)")
        }
    }
}
