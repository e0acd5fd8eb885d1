import ClipperTestSupport
import Foundation
import Testing

/// The shipped unit file, checked by systemd's own verifier where systemd is installed.
struct SystemdUnitTests {
    private static let analyzer = "/usr/bin/systemd-analyze"
    private static let unit = PackagePaths.root + "/systemd/clipperd.service"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: analyzer), "systemd-analyze is not installed"))
    func theUnitVerifies() async throws {
        try await withTemporaryDirectory { directory in
            // systemd-analyze checks that ExecStart exists: point it at the binary just built.
            let text = try String(contentsOfFile: Self.unit, encoding: .utf8)
                .replacingOccurrences(of: "/usr/local/bin/clipperd", with: PackagePaths.binaries + "/clipperd")
            let copy = directory + "/clipperd.service"
            try text.write(toFile: copy, atomically: true, encoding: .utf8)
            let result = try await runProgram(Self.analyzer, ["verify", "--man=no", copy])
            let output = result.stderr + result.stdout
            // Lines about this unit are its problems; other units on the host are not ours.
            let problems = output.split(separator: "\n").filter { $0.contains("clipperd.service") }
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
            #expect(result.status == 0, "\(output)")
        }
    }

    @Test func theUnitIsANotifyServiceWithWatchdogReloadAndHardening() throws {
        let text = try String(contentsOfFile: Self.unit, encoding: .utf8)
        for line in [
            "Type=notify", "ExecReload=/bin/kill -HUP $MAINPID", "Restart=on-failure", "WatchdogSec=",
            "StateDirectory=clipper", "RuntimeDirectory=clipper", "ProtectSystem=strict", "NoNewPrivileges=true",
            "PrivateTmp=true", "ReadWritePaths=/var/lib/clipper /run/clipper", "User=clipper",
        ] {
            #expect(text.contains(line), "the unit lacks \(line)")
        }
    }

    @Test func theShippedConfigMatchesTheUnitsPaths() throws {
        let config = try String(contentsOfFile: PackagePaths.root + "/config/clipper.toml", encoding: .utf8)
        #expect(config.contains("socket = \"/run/clipper/clipperd.sock\""))
        #expect(config.contains("state_dir = \"/var/lib/clipper\""))
    }
}
