/// Clipper's version, as `clipperd --version` and the node table report it.
public enum ClipperVersion {
    public static let current = "0.1.0"
}
