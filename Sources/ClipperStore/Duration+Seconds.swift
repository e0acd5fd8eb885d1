extension Duration {
    /// The duration in seconds, as engines' settings take it.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    /// `5 s`, `0.2 s`: a duration as people read it in messages.
    var formattedSeconds: String {
        inSeconds == inSeconds.rounded() ? "\(Int(inSeconds)) s" : "\(inSeconds) s"
    }
}
