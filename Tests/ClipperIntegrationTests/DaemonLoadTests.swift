import Testing

/// The suites that load the machine for a minute or more with real daemons (the crash test) or
/// that await daemon reactions to a stopped database: one at a time, so that neither runs its
/// waits on cores the other has taken. The other integration suites still run beside them.
@Suite(.serialized)
enum DaemonLoadTests {}
