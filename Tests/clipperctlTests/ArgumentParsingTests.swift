import ArgumentParser
import ClipperModel
import Testing

@testable import clipperctl

/// Flags and arguments each command accepts, and the ones it refuses.
struct ArgumentParsingTests {
    @Test func searchTakesAQueryAndALimit() throws {
        let search = try Search.parse(["x", "--limit", "3"])
        #expect(search.query == "x")
        #expect(search.limitOption.limit == 3)
        #expect(try Search.parse(["sanctuary policy"]).limitOption.limit == 20)
    }

    @Test(arguments: [
        ["x", "--limit", "0"], ["x", "--limit", "-2"], ["x", "--limit", "10001"], ["x", "--limit", "many"], [],
    ])
    func searchRefusesBadInput(arguments: [String]) {
        #expect(throws: (any Error).self) { try Search.parse(arguments) }
    }

    @Test func aZeroLimitIsExplainedInOneSentence() {
        do {
            _ = try Search.parse(["x", "--limit", "0"])
            Issue.record("--limit 0 was accepted")
        } catch {
            #expect(Search.message(for: error) == "the limit must be between 1 and 10000, not 0")
            #expect(Search.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func globalOptionsWorkBeforeAndAfterTheCommand() throws {
        let before = try #require(try ClipperCtl.parseAsRoot(["--state-dir", "var", "--json", "status"]) as? Status)
        #expect(before.global.stateDir == "var")
        #expect(before.global.json)
        let after = try #require(
            try ClipperCtl.parseAsRoot(["search", "x", "--socket", "/run/c.sock", "--store", "sqlite:///tmp/c.sqlite"])
                as? Search)
        #expect(after.global.socket == "/run/c.sock")
        #expect(after.global.store == "sqlite:///tmp/c.sqlite")
        #expect(!after.global.json)
        let config = try #require(try ClipperCtl.parseAsRoot(["failed", "--config", "clipper.toml"]) as? Failed)
        #expect(config.global.config == "clipper.toml")
    }

    @Test func showTakesAKeyAndBodyFlags() throws {
        let show = try Show.parse(["9a6ba32a", "--no-body", "--removed"])
        #expect(show.key == "9a6ba32a")
        #expect(!show.body)
        #expect(show.removed)
        #expect(try Show.parse(["x.txt"]).body)
        #expect(throws: (any Error).self) { try Show.parse([]) }
        #expect(throws: (any Error).self) { try Show.parse([""]) }
    }

    @Test func entitiesTakeAKnownType() throws {
        #expect(try Entities.parse(["--type", "place"]).kind == .place)
        #expect(try Entities.parse(["--type", "program", "--limit", "5"]).kind?.entityKind == .program)
        #expect(try Entities.parse([]).kind == nil)
        #expect(throws: (any Error).self) { try Entities.parse(["--type", "city"]) }
    }

    @Test func quotesRefuseAnEmptySpeaker() throws {
        #expect(try Quotes.parse(["--speaker", "Medina"]).speaker == "Medina")
        #expect(throws: (any Error).self) { try Quotes.parse(["--speaker", "  "]) }
    }

    @Test func retryTakesNamesOrAllFailedButNotBoth() throws {
        #expect(try Retry.parse(["a.txt", "b.html"]).names == ["a.txt", "b.html"])
        #expect(try Retry.parse(["--all-failed"]).allFailed)
        #expect(throws: (any Error).self) { try Retry.parse([]) }
        #expect(throws: (any Error).self) { try Retry.parse(["a.txt", "--all-failed"]) }
        #expect(throws: (any Error).self) { try Retry.parse(["../etc/passwd"]) }
    }

    @Test func statusTakesWatchAndCluster() throws {
        let status = try Status.parse(["--watch", "--cluster"])
        #expect(status.watch)
        #expect(status.cluster)
        #expect(try Status.parse(["-w"]).watch)
    }

    @Test func exportNeedsAFileName() throws {
        #expect(try Export.parse(["--output", "out.jsonl"]).output == "out.jsonl")
        #expect(try Export.parse([]).output == nil)
        #expect(throws: (any Error).self) { try Export.parse(["--output", ""]) }
        #expect(throws: (any Error).self) { try Export.parse(["--output", "dir/"]) }
    }

    @Test func pauseTakesAReason() throws {
        #expect(try Pause.parse(["--reason", "maintenance"]).reason == "maintenance")
        #expect(try Pause.parse([]).reason == nil)
    }
}
