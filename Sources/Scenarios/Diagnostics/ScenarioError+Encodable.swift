/// The machine-readable form of a diagnostic (`plancast check --format json`): a flat object
/// with `file`, `line`, `column`, `key_path`, `message`, and `expected`, `found`,
/// `suggestion` when known, `severity` (`error` or `warning`), plus `text`, the line as printed.
extension ScenarioError: Encodable {
    private enum CodingKeys: String, CodingKey {
        case file, line, column, keyPath = "key_path", message, expected, found, suggestion, severity, text
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location.file, forKey: .file)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        try container.encode(keyPath, forKey: .keyPath)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(expected, forKey: .expected)
        try container.encodeIfPresent(found, forKey: .found)
        try container.encodeIfPresent(suggestion, forKey: .suggestion)
        try container.encode(severity, forKey: .severity)
        try container.encode(description, forKey: .text)
    }
}
