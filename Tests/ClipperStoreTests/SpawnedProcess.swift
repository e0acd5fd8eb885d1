import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A child process started with `posix_spawnp`, with its standard streams on files or pipes.
struct SpawnedProcess {
    let pid: pid_t

    /// Starts `argv` (the program looked up on `PATH`) with stdin read from `stdin` and stdout and
    /// stderr appended to `output`, or with pipes when `pipes` is given.
    init(
        _ argv: [String], stdin: String? = nil, output: String? = nil,
        pipes: (stdin: Int32, stdout: Int32, close: [Int32])? = nil
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
        if let output {
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        if let pipes {
            posix_spawn_file_actions_adddup2(&actions, pipes.stdin, 0)
            posix_spawn_file_actions_adddup2(&actions, pipes.stdout, 1)
            for descriptor in pipes.close { posix_spawn_file_actions_addclose(&actions, descriptor) }
        }
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard result == 0 else { throw TestSetupError("cannot start \(argv[0]): \(String(cString: strerror(result)))") }
        self.pid = pid
    }

    /// Waits for the process to end and returns its exit status (128 + signal when killed).
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
