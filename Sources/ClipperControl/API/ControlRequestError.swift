/// An error a ``ControlHandlers`` closure throws to choose the answer's status.
public enum ControlRequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 400: the request cannot be carried out as asked; the text says why.
    case badRequest(String)
    /// 404: what the request names does not exist (`no failed file named x.html`).
    case notFound(String)
    /// 503: the daemon cannot do it now (the store is down); the text says why.
    case unavailable(String)

    public var description: String {
        switch self {
        case .badRequest(let why), .notFound(let why), .unavailable(let why): why
        }
    }
}
