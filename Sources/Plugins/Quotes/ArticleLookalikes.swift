/// Words whose opening ال (after a leading و or ف) is part of the word, not the article: the
/// nouns of والد "father" and its forms, and the verbs of form VIII from roots in ل (التقى،
/// التزم). ``TokenView`` reads them as words without the article (a subject's verb, not a
/// definite noun: التقى الوزير …، وقالت والدته …).
enum ArticleLookalikes {
    /// As written, folded like every key. The والد forms are listed whole, their و being a root
    /// letter; the verbs without و/ف, which stay conjunctions before them (والتقى، فالتزم).
    static let words = """
    والد والدة والده والدي والدى والدها والدهم والدهما والدته والدتها والدتهم والدتهما والدتي والدتى \
    والداه والديه والديها والديهم والديهما والدك والدتك \
    التقى التقت التقوا التقيا التقينا التقيت التزم التزمت التزموا التزمنا التحق التحقت التحقوا \
    التمس التمست التفت التفتت التقط التقطت التقطوا التجأ
    """

    /// The keys of ``words``.
    static let keys = KeySet(words: words)

    /// Whether the key, and whether the key without و/ف, of a word read as carrying the
    /// article is in `keys` (``keys``, read once per document by the caller rather than through
    /// the global's initialization check on every call). A function of its own, called only for
    /// such words whose letter after ال is one that ``words`` have there (د or ت).
    @inline(never)
    static func contains(_ keys: KeySet, key: UInt64, stem: UInt64) -> (key: Bool, stem: Bool) {
        (keys.contains(key), stem != key && keys.contains(stem))
    }
}
