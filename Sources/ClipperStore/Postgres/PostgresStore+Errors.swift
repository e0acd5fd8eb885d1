import Foundation
import PostgresNIO
import _ConnectionPoolModule

extension PostgresStore {
    /// The ``StoreError`` for an error talking to the server at `address`; errors that are bugs pass through.
    static func storeError(for error: any Error, address: StoreLocation.PostgresAddress) -> any Error {
        let server = address.endpoint
        switch error {
        case is StoreError, is PostgresRetryableError, is CancellationError:
            return error
        case let error as ConnectionPoolError:
            if error == .connectionCreationCircuitBreakerTripped {
                return StoreError.unavailable("cannot reach PostgreSQL at \(server): every connection attempt failed")
            }
            return StoreError.unavailable("cannot reach PostgreSQL at \(server): the connection pool is shut down")
        case let error as PSQLError:
            return storeError(for: error, address: address)
        default:
            return error
        }
    }

    private static func storeError(for error: PSQLError, address: StoreLocation.PostgresAddress) -> any Error {
        let server = address.endpoint
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "an error without a message"
            switch state {
            case "40P01", "40001":
                return PostgresRetryableError(reason: message)
            case "3D000":
                return StoreError.misconfigured(
                    "the database \(address.database) does not exist on \(server); create it (createdb \(address.database))"
                )
            case "28P01", "28000":
                return StoreError.misconfigured(
                    "PostgreSQL at \(server) refused the login of \(address.user): \(message)")
            case "42501":
                return StoreError.misconfigured("the user \(address.user) lacks a permission on \(server): \(message)")
            case "25006":
                return StoreError.unavailable("PostgreSQL at \(server) is read-only (a standby?): \(message)")
            case "53100":
                return StoreError.unavailable("PostgreSQL at \(server) is out of disk space: \(message)")
            default:
                if state.hasPrefix("08") || state.hasPrefix("53") || state.hasPrefix("57P") {
                    return StoreError.unavailable("PostgreSQL at \(server) cannot serve now: \(message)")
                }
                return error
            }
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
            return StoreError.unavailable("cannot reach PostgreSQL at \(server): \(reason(error.underlying))")
        case .sslUnsupported:
            return StoreError.misconfigured(
                "PostgreSQL at \(server) does not offer TLS, but sslmode asks for it; use sslmode=prefer or disable")
        case .authMechanismRequiresPassword:
            return StoreError.misconfigured(
                "PostgreSQL at \(server) asks \(address.user) for a password; set CLIPPER_STORE_PASSWORD or password_file"
            )
        case .unsupportedAuthMechanism, .saslError:
            return StoreError.misconfigured("PostgreSQL at \(server) asks for a login Clipper cannot do: \(error)")
        default:
            return error
        }
    }

    /// Why a connection failed, in a few words (`connection refused`).
    private static func reason(_ underlying: (any Error)?) -> String {
        guard let underlying else { return "the connection closed" }
        switch underlying {
        case let error as IOError:
            return String(cString: strerror(error.errnoCode)).lowercased()
        case let error as NIOConnectionError:
            if let first = error.connectionErrors.first { return reason(first.error) }
            if let dnsError = error.dnsAAAAError ?? error.dnsAError {
                return "the host name does not resolve (\(dnsError))"
            }
            return "no address to connect to"
        case let error as PSQLError:
            if let message = error.serverInfo?[.message] { return message }
            return reason(error.underlying)
        case ChannelError.connectTimeout:
            return "no answer to the connection attempt in time"
        case let error as ChannelError:
            return "\(error)"
        default:
            return "\(underlying)"
        }
    }
}
