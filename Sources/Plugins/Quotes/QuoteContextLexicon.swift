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
    هتافات لافتة لافتات شعارا
    """

    /// Prepositions and particles after which a short quotation is an entity rather than the end
    /// of a paraphrase.
    public static let prepositions = """
    في من إلى الى على عن ضد مع عبر حول بين لدى نحو تجاه داخل خارج ضمن عند منذ تحت فوق أمام خلف لصالح باسم مثل بقيادة \
    بزعامة لدى وراء سوى غير ولا أو و خلال أثناء عقب إثر وسط بحضور بعد قبل حتى إزاء بشأن حيال
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
    private let prepositions: KeySet
    private let personal: KeySet

    public init() {
        func keys(_ table: String) -> KeySet {
            var set = KeySet()
            for w in table.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                set.insert(ArabicKey.key(w))
                set.insert(ArabicKey.key(w.hasPrefix("ال") ? String(w.dropFirst(2)) : "ال" + w))
            }
            return set
        }
        nameHeads = keys(QuoteContextTable.nameHeads)
        termHeads = keys(QuoteContextTable.termHeads)
        prepositions = KeySet(QuoteContextTable.prepositions.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ArabicKey.key($0) })
        personal = KeySet(QuoteContextTable.personalWords.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ArabicKey.key($0) })
    }

    /// True when token `i` heads a name (places, buildings, …), with or without clitics.
    public func isNameHead(_ view: TokenView, _ i: Int) -> Bool {
        nameHeads.contains(view.key(i)) || nameHeads.contains(view.stem(i)) || nameHeads.contains(view.base(i))
    }

    /// True when token `i` heads a term (titles of works, slogans, labels).
    public func isTermHead(_ view: TokenView, _ i: Int) -> Bool {
        termHeads.contains(view.key(i)) || termHeads.contains(view.stem(i)) || termHeads.contains(view.base(i))
    }

    /// True when token `i` is a preposition or particle.
    public func isPreposition(_ view: TokenView, _ i: Int) -> Bool { prepositions.contains(view.key(i)) }

    /// True when a folded key is a preposition or particle.
    public func isPrepositionKey(_ key: UInt64) -> Bool { prepositions.contains(key) }

    /// True when token `i` is in the first or second person.
    public func isPersonal(_ view: TokenView, _ i: Int) -> Bool {
        if personal.contains(view.key(i)) || personal.contains(view.stem(i)) { return true }
        return false
    }
}
