/// Words around a quotation that tell a name from a term or a quoted speech, as a table.
public enum QuoteContextTable {
    /// Head nouns after which a quotation is a name (besides the organization, media, title and
    /// person heads of ``SourceTable``): places, buildings, clubs, products.
    public static let nameHeads = """
    مدينة بلدة قرية منطقة مخيم حي شارع ميدان مستشفى سجن مطار ملعب استاد ستاد نادي فندق معبر ميناء جزيرة محافظة ولاية \
    إقليم مقاطعة جبل نهر سد حقل قاعدة مسجد كنيسة جامع مدرسة كلية معهد فرع سوق مصنع مشفى تطبيق علامة ماركة طائرة سفينة \
    صاروخ منظومة دبابة فرقة كتيبة سرية مجموعة خلية صفحة حساب منصة فريق منتخب لواء
    """

    /// Head nouns after which a quotation is a term: titles of works, slogans, labels.
    public static let termHeads = """
    فيلم كتاب أغنية برنامج مسلسل رواية قصيدة مسرحية بعنوان عنوان شعار شعارات هاشتاج هاشتاغ وسم مبادرة حملة عملية \
    مشروع مسابقة جائزة مصطلح كلمة عبارة لقب وصف يسمى يسمي المسمى المسماة تسمية سمي سميت يعرف بمسمى مقولة مقال مقالة \
    دراسة تقرير وثيقة خطة قانون اتفاق اتفاقية معاهدة صفقة ألبوم لوحة معرض مهرجان مؤتمر ندوة منتدى قمة هتاف \
    هتافات لافتة لافتات شعارا دورة ورشة محاضرة حلقة لعبة زر نشيد \
    أفلام أغنيات أغاني برامج مسلسلات روايات قصائد مسرحيات مبادرات مسابقات جوائز مصطلحات عبارات ألقاب \
    مقالات دراسات اتفاقات اتفاقيات دورات ورش مؤلفات
    """

    /// Term heads with a possessive pronoun (في كتابه «…»), which never take the article: matched
    /// as written (with و/ف), so that كتابه does not also match الكتابة (writing), which folds the same.
    public static let possessedTermHeads = """
    كتابه كتابها روايته روايتها فيلمه فيلمها ديوانه ديوانها قصيدته قصيدتها أغنيته أغنيتها ألبومه ألبومها مسرحيته \
    مسلسله برنامجه برنامجها مقاله مقالها
    """

    /// Demonstratives: a quotation right after one that opens with a definite noun (the noun a
    /// demonstrative points to) is a word the writer holds at a distance (تلك «النافذة»، هؤلاء
    /// "الإرهابيين"), a term rather than a name.
    public static let demonstratives = """
    هذا هذه ذلك تلك هؤلاء أولئك هذان هاتان
    """

    /// Prepositions and particles after which a short quotation is an entity rather than the end
    /// of a paraphrase.
    public static let prepositions = """
    في من إلى الى على عن ضد مع عبر حول بين لدى نحو تجاه داخل خارج ضمن عند منذ تحت فوق أمام خلف لصالح باسم مثل بقيادة \
    بزعامة لدى وراء سوى غير ولا أو و خلال أثناء عقب إثر وسط بحضور بعد قبل حتى إزاء بشأن حيال
    """

    /// Words that join the items of a list of quotations («سبها» و«أوباري» أو «غات»).
    public static let listConnectors = """
    و أو
    """

    /// First- and second-person words: inside a quotation they mark speech.
    public static let personalWords = """
    نحن أنا انا أنت أنتم انتم أنتن إننا اننا إنني انني لدينا علينا لنا منا عندنا معنا إلينا بنا لي عندي أعتقد أرى أظن نعتقد \
    نرى نريد أريد سوف لقد قلت قلنا
    """
}

/// The ``QuoteContextTable`` and the source heads, keyed for look-up. A class, so look-ups pass
/// a reference rather than copies of the tables.
public final class QuoteContextLexicon: Sendable {
    private let nameHeads: KeySet
    private let termHeads: KeySet
    private let possessedTermHeads: KeySet
    private let prepositions: KeySet
    private let personal: KeySet
    private let demonstratives: KeySet
    private let listConnectors: KeySet
    /// The keys of the sets ``isIn(_:_:)`` reads (name and term heads, possessed term heads,
    /// prepositions, personal words): most words are in none.
    private let words: KeyFilter
    /// The keys of ``personal`` alone: read for every word of a quotation, where the common
    /// prepositions of ``words`` would pass.
    private let personalWords: KeyFilter

    public init() {
        let nameKeys = Self.keys(QuoteContextTable.nameHeads, heads: true)
        let termKeys = Self.keys(QuoteContextTable.termHeads, heads: true)
        let possessedKeys = Self.keys(QuoteContextTable.possessedTermHeads)
        possessedTermHeads = KeySet(possessedKeys)
        let prepositionKeys = Self.keys(QuoteContextTable.prepositions), personalKeys = Self.keys(QuoteContextTable.personalWords)
        nameHeads = KeySet(nameKeys)
        termHeads = KeySet(termKeys)
        prepositions = KeySet(prepositionKeys)
        personal = KeySet(personalKeys)
        demonstratives = KeySet(Self.keys(QuoteContextTable.demonstratives))
        listConnectors = KeySet(Self.keys(QuoteContextTable.listConnectors))
        self.words = KeyFilter(nameKeys + termKeys + possessedKeys + prepositionKeys + personalKeys)
        personalWords = KeyFilter(personalKeys, log2Bits: 12)
    }

    /// The keys of the words of a table (read as scalars when that reads the same, see
    /// ``TableText``); for `heads`, each also with the article added or removed.
    private static func keys(_ table: String, heads: Bool = false) -> [UInt64] {
        [Unicode.Scalar].readsAsScalars(table) ? readKeys([Unicode.Scalar](table: table), heads: heads) : readKeys(table, heads: heads)
    }

    private static func readKeys<T: TableText>(_ table: T, heads: Bool) -> [UInt64] {
        let article = T(table: "ال")
        return table.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap { w -> [UInt64] in
            let word = T(w)
            guard heads else { return [word.key] }
            // A word with diacritics is read as characters.
            guard word.isPlain else { return readKeys(word.string, heads: true) }
            return [word.key, (word.starts(with: article) ? T(word.dropFirst(2)) : article + word).key]
        }
    }

    @inline(__always)
    private func isIn(_ set: KeySet, _ key: UInt64) -> Bool { words.mayContain(key) && set.contains(key) }

    /// True when token `i` heads a name (places, buildings, …), with or without clitics.
    public func isNameHead(_ view: TokenView, _ i: Int) -> Bool {
        view.firstMatch(i, throughBase: true) { isIn(nameHeads, $0) ? true : nil } ?? false
    }

    /// True when token `i` heads a term (titles of works, slogans, labels).
    public func isTermHead(_ view: TokenView, _ i: Int) -> Bool {
        view.firstMatch(i, throughBase: true) { isIn(termHeads, $0) ? true : nil }
            // Possessed heads as written or after و/ف only: without the article الكتابة (writing)
            // would read as كتابه (his book).
            ?? view.firstMatch(i) { isIn(possessedTermHeads, $0) ? true : nil } ?? false
    }

    /// True when token `i` is a preposition or particle.
    public func isPreposition(_ view: TokenView, _ i: Int) -> Bool { isIn(prepositions, view.key(i)) }

    /// True when token `i`, or the token without a leading و/ف (وفي، فمن), is a preposition or
    /// particle.
    public func isPreposition(keyOrStemOf i: Int, _ view: TokenView) -> Bool {
        view.firstMatch(i) { isIn(prepositions, $0) ? true : nil } ?? false
    }

    /// True when token `i` is a demonstrative, with or without a leading و/ف; with
    /// `conjunction` false, only as written (هذا, not وهذا: a clause of its own).
    public func isDemonstrative(_ view: TokenView, _ i: Int, conjunction: Bool = true) -> Bool {
        conjunction ? view.firstMatch(i) { demonstratives.contains($0) ? true : nil } ?? false : demonstratives.contains(view.key(i))
    }

    /// True when token `i` joins the items of a list.
    public func isListConnector(_ view: TokenView, _ i: Int) -> Bool { listConnectors.contains(view.key(i)) }

    /// True when token `i` is in the first or second person.
    public func isPersonal(_ view: TokenView, _ i: Int) -> Bool {
        view.firstMatch(i) { personalWords.mayContain($0) && personal.contains($0) ? true : nil } ?? false
    }
}
