extension RunCommand.OutputFormat {
    /// The formatter for this format, after checking that the chain writes what it needs
    /// (`tokens` for tsv, the `--layer` for csv). Problems are usage errors (exit code 64).
    func formatter(layer: String?, chainLayers: [String]) throws -> any RecordFormatter {
        switch self {
        case .jsonl:
            return JSONLinesFormatter()
        case .tsv:
            guard chainLayers.contains("tokens") else {
                throw CLIError(.usage, "--format tsv writes one row per token; add tokenize to the chain")
            }
            return TSVFormatter()
        case .csv:
            guard let layer else {
                throw CLIError(.usage, "--format csv writes one row per item of a layer: add --layer (numbers, quotes, attributions, …)")
            }
            guard chainLayers.contains(layer) || layer == "errors" else {
                throw CLIError(.usage, "--layer \(layer): no plugin in the chain writes it (it writes: \(chainLayers.joined(separator: ", ")))")
            }
            return CSVFormatter(layer: layer)
        case .html:
            return HTMLFormatter()
        }
    }
}
