import ClipperSpool
import Testing

/// The file-state machine, without I/O.
struct SpoolStateTests {
    @Test func aRegularFileInTheInboxIsClaimedIntoProcessing() {
        var state = SpoolState.inbox
        #expect(state.claim(.regularFile) == .move(to: .processing))
        #expect(state == .processing)
    }

    @Test func aDirectoryIsLeftAndAVanishedNameForgotten() {
        var directory = SpoolState.inbox
        #expect(directory.claim(.directory) == .leave)
        #expect(directory == .inbox)
        var missing = SpoolState.inbox
        #expect(missing.claim(.missing) == .forget)
    }

    @Test func aSymbolicLinkIsQuarantinedNeverFollowed() {
        var state = SpoolState.inbox
        #expect(
            state.claim(.symbolicLink)
                == .quarantine(reason: "a symbolic link; Clipper does not follow links out of the inbox"))
        #expect(state == .failed)
    }

    @Test(arguments: [
        (EntryKind.fifo, "not a regular file (a FIFO)"), (.socket, "not a regular file (a socket)"),
        (.characterDevice, "not a regular file (a character device)"),
        (.blockDevice, "not a regular file (a block device)"),
    ])
    func specialFilesAreQuarantinedWithoutBeingOpened(_ kind: EntryKind, _ reason: String) {
        var state = SpoolState.inbox
        #expect(state.claim(kind) == .quarantine(reason: reason))
    }

    @Test func finishArchivesOrDeletes() {
        var kept = SpoolState.processing
        #expect(kept.finish(keepOriginal: true) == .move(to: .archive))
        #expect(kept == .archive)
        var deleted = SpoolState.processing
        #expect(deleted.finish(keepOriginal: false) == .unlink)
        #expect(deleted == .deleted)
    }

    @Test func failureRequeueAndRetryFollowTheDiagram() {
        var state = SpoolState.processing
        #expect(state.fail(reason: "binary") == .quarantine(reason: "binary"))
        #expect(state.retry() == .move(to: .inbox))
        #expect(state == .inbox)
        var abandoned = SpoolState.processing
        #expect(abandoned.requeue() == .move(to: .inbox))
    }

    @Test func stepsThatDoNotApplyAreRefused() {
        var archived = SpoolState.archive
        #expect(archived.claim(.regularFile) == .refuse(reason: "cannot claim a file that is in archive/"))
        var inbox = SpoolState.inbox
        #expect(inbox.finish(keepOriginal: true) == .refuse(reason: "cannot finish a file that is in inbox/"))
        #expect(inbox.retry() == .refuse(reason: "cannot retry a file that is in inbox/"))
        var deleted = SpoolState.deleted
        #expect(deleted.requeue() == .refuse(reason: "cannot requeue a file that is in no folder (deleted)"))
        #expect(inbox == .inbox)
    }
}
