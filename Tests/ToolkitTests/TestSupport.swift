import Foundation
import SharedTestData
import Toolkit

/// Paths used by tests inside the repository (the shared data beside it is ``SharedData``).
enum TestPaths {
    static var repoRoot: String { SharedData.repoRoot }
    static var samples: String { repoRoot + "/Samples" }
}

extension String {
    /// Python-style slice by Unicode scalars: what every output span must equal.
    func scalarSlice(_ span: TextSpan) -> String {
        let scalars = Array(unicodeScalars)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[span.start..<span.end])
        return String(s)
    }
}

/// Tokenizes with the default chain pieces: search normalization and the word tokenizer (on
/// its fast path, or through ICU alone).
func tokens(_ text: String, profile: NormalizationOptions.Profile = .search, fastPath: Bool = true) throws
    -> [(text: String, norm: String, kind: TokenKind)] {
    let n = Normalizer(options: NormalizationOptions(profile: profile)).normalize(text)
    let toks = try WordTokenizer(options: TokenizerOptions(fastPath: fastPath)).tokenize(n)
    return toks.map { (text.scalarSlice($0.span), n.string($0.normRange), $0.kind) }
}
