internal import Glibc

/// `renameat2(2)` with `RENAME_NOREPLACE`: an atomic move that fails with `EEXIST` instead of
/// replacing the target.
///
/// glibc has had `renameat2` since 2.28, but Swift's Glibc module does not declare it (it is a GNU
/// extension behind `_GNU_SOURCE`), and `syscall(2)` is variadic, which Swift cannot call. So the
/// function is looked up once with `dlsym` and called through a C function pointer of its exact
/// C signature: `int renameat2(int, const char *, int, const char *, unsigned int)`.
enum RenameAt2 {
    typealias Function = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32

    /// `RENAME_NOREPLACE` from `<linux/fs.h>`.
    static let noReplace: UInt32 = 1

    /// glibc's `renameat2`, or a stand-in that fails with `ENOSYS` on a C library without it.
    static let call: Function = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else {
            return { _, _, _, _, _ in
                errno = ENOSYS
                return -1
            }
        }
        return unsafeBitCast(symbol, to: Function.self)
    }()
}
