import Toolkit

/// `normalize`: Unicode normalization and Arabic folds, keeping an alignment to the original.
public struct NormalizePlugin: Plugin {
    public static let name = "normalize"
    public static let summary = "Unicode (NFC/NFKC) and Arabic normalization with an alignment to the original text"
    public static let produces = "normalized"
    public static var options: [PluginOption] {
        [
            PluginOption("profile", .choice(NormalizationOptions.Profile.allCases.map(\.rawValue)), default: "search",
                         help: "none | nfc | nfkc | search (NFKC and every Arabic fold except hamza seats)"),
            PluginOption("form", .choice(NormalizationOptions.Form.allCases.map(\.rawValue)), default: nil,
                         help: "Unicode form; default: by profile"),
            PluginOption("emit", .bool, default: "false", help: "write the normalized text into the record as 'normalized'"),
        ] + NormalizationOptions.switchNames.map {
            PluginOption($0, .bool, default: nil, help: "Arabic fold '\($0)'; default: by profile")
        }
    }

    public static func prepare(_ options: PluginOptions) throws -> FoldTable {
        FoldTable(options: normalizationOptions(options))
    }

    /// The normalization options for plugin options: the profile, then each explicit switch.
    public static func normalizationOptions(_ options: PluginOptions) -> NormalizationOptions {
        let profile = NormalizationOptions.Profile(rawValue: options.string("profile") ?? "search") ?? .search
        var o = NormalizationOptions(profile: profile)
        if let f = options.string("form"), let form = NormalizationOptions.Form(rawValue: f) { o.form = form }
        for name in NormalizationOptions.switchNames {
            if let v = options.bool(name) { o.set(name, v) }
        }
        return o
    }

    private let normalizer: Normalizer
    private let emit: Bool

    public init(shared: FoldTable, options: PluginOptions) {
        normalizer = Normalizer(table: shared)
        emit = options.bool("emit") ?? false
    }

    public mutating func process(_ document: inout Document) throws {
        document.normalized = normalizer.normalize(document.source)
        document.emitNormalized = emit
    }
}
