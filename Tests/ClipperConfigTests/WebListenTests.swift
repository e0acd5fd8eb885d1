import Testing

@testable import ClipperConfig

struct WebListenTests {
    @Test func theWebInterfaceListensOnLoopbackByDefaultAndOffTurnsItOff() throws {
        let defaults = try Configuration.resolve(
            configFile: nil, environment: [:], overrides: ConfigurationOverrides(stateDir: "/srv/clips"))
        #expect(defaults.webListen == ListenAddress(host: "127.0.0.1", port: 7700))
        #expect(defaults.webListen?.isLoopback == true)
        let off = try Configuration.resolve(
            configFile: nil, environment: ["CLIPPER_WEB_LISTEN": "off"],
            overrides: ConfigurationOverrides(stateDir: "/srv/clips"))
        #expect(off.webListen == nil)
        let flag = try Configuration.resolve(
            configFile: nil, environment: ["CLIPPER_WEB_LISTEN": "off"],
            overrides: ConfigurationOverrides(stateDir: "/srv/clips", webListen: "[::1]:8080"))
        #expect(flag.webListen == ListenAddress(host: "::1", port: 8080))
        #expect(flag.webListen?.description == "[::1]:8080")
    }

    @Test(arguments: ["7700", "localhost", "host:99999", "[::1]7700", "a:b:c"])
    func aBadAddressNamesItsSource(text: String) {
        #expect {
            try Configuration.resolve(
                configFile: nil, environment: ["CLIPPER_WEB_LISTEN": text],
                overrides: ConfigurationOverrides(stateDir: "/srv/clips"))
        } throws: { error in
            "\(error)".contains("CLIPPER_WEB_LISTEN must be HOST:PORT")
        }
    }

    @Test func onlyLoopbackAddressesCountAsLoopback() {
        #expect(ListenAddress(parsing: "127.0.0.2:1")?.isLoopback == true)
        #expect(ListenAddress(parsing: "localhost:1")?.isLoopback == true)
        #expect(ListenAddress(parsing: "0.0.0.0:7700")?.isLoopback == false)
        #expect(ListenAddress(parsing: "[::]:7700")?.isLoopback == false)
        #expect(ListenAddress(parsing: "192.168.1.4:7700")?.isLoopback == false)
    }
}
