import Plugins
import Testing
import Toolkit

@Suite("Quotes: pairing")
struct QuotesPairingTests {
    let runner: ChainRunner

    init() throws { runner = try ChainRunner(["normalize", "tokenize", "sentences", "quotes"]) }

    @Test("straight marks pair in order and cover both marks")
    func straightPairs() {
        let doc = runner.run(#"تحتدم المعارك بين "قوات سورية الديمقراطية" (قسد) وتنظيم "داعش" في الباغوز."#)
        #expect(doc.quoteTexts == [#""قوات سورية الديمقراطية""#, #""داعش""#])
        #expect(doc.quotes.allSatisfy { $0.malformed == nil })
    }

    @Test("curly marks open with either glyph, and mixed straight/curly marks still pair")
    func mixedAndReversedMarks() {
        let text = "قال إن ”الوضع مستقر“ وأضاف أن “القوات تتقدم” ثم قال ”النصر قريب” وختم بأن \"المعركة انتهت“ فعلا."
        let doc = runner.run(text)
        #expect(doc.quoteTexts == ["”الوضع مستقر“", "“القوات تتقدم”", "”النصر قريب”", "\"المعركة انتهت“"])
        #expect(doc.quotes.last?.malformed == "mismatched_marks")
    }

    @Test("a quotation breaking the document's curly convention is flagged")
    func reversedOpenMark() {
        let text = "أفادت وكالة “رويترز” بأن قادة و”أمراء” أجانب خرجوا، وقال الوزير: “ستبقى القوات”."
        let doc = runner.run(text)
        let flagged = doc.quotes.first { slice(text, $0.span) == "”أمراء”" }
        #expect(flagged?.malformed == "reversed_open_mark")
        #expect(doc.quoteTexts.contains("“ستبقى القوات”"))
    }

    @Test("quotations of another mark type nest")
    func nesting() {
        let text = "وقال المتحدث: «إن ما يسمى \"الخلافة\" انتهى إلى غير رجعة» في بيان."
        let doc = runner.run(text)
        #expect(doc.quoteTexts.contains("«إن ما يسمى \"الخلافة\" انتهى إلى غير رجعة»"))
        #expect(doc.quoteTexts.contains("\"الخلافة\""))
        let outer = doc.quotes.first { slice(text, $0.span).hasPrefix("«") }!
        let inner = doc.quotes.first { slice(text, $0.span) == "\"الخلافة\"" }!
        #expect(outer.span.contains(inner.span))
    }

    @Test("a quotation may hold another of the same mark type")
    func sameFamilyNesting() {
        let text = "وقال: \"يعتمد الأداء على الهرمونات وبالذات \"الكورتيزون\"، أي أن الجسم يتعب\". وأضاف: \"السهر أسوأ ما يحدث\"."
        let doc = runner.run(text)
        #expect(doc.quoteTexts == ["\"يعتمد الأداء على الهرمونات وبالذات \"الكورتيزون\"، أي أن الجسم يتعب\"", "\"الكورتيزون\"",
                                   "\"السهر أسوأ ما يحدث\""])
        #expect(doc.quotes.first { slice(text, $0.span) == "\"الكورتيزون\"" }?.quoteClass == .name)
    }

    @Test("an unclosed mark is reported and does not shift later pairs")
    func unclosedDoesNotDerail() {
        let text = "وقال الناشط \"إن القصف لم يتوقف منذ الصباح.\nوفي سياق آخر، هاجم تنظيم \"داعش\" مواقع \"قسد\" قرب \"حقل العمر\" النفطي."
        let doc = runner.run(text)
        #expect(doc.quoteTexts == ["\"داعش\"", "\"قسد\"", "\"حقل العمر\""])
        let lone = doc.quotes.first { !$0.isPaired }
        #expect(lone?.malformed == "unclosed")
        #expect(lone.map { slice(text, $0.span) } == "\"إن القصف لم يتوقف منذ الصباح")
    }

    @Test("an unopened mark is reported and the rest pairs normally")
    func unopenedDoesNotDerail() {
        let text = "انتهت المعركة\" بحسب المصادر. وأعلنت \"قسد\" سيطرتها على \"الباغوز\" اليوم."
        let doc = runner.run(text)
        #expect(doc.quoteTexts == ["\"قسد\"", "\"الباغوز\""])
        #expect(doc.quotes.contains { $0.malformed == "unopened" && slice(text, $0.span) == "\"" })
    }

    @Test("a quotation runs over a paragraph break")
    func paragraphSpanning() {
        let text = "وقال الوزير: \"سنواصل العمل في المنطقة\nحتى تحرير آخر قرية من التنظيم\" في كلمة أمس."
        let doc = runner.run(text)
        #expect(doc.quoteTexts == ["\"سنواصل العمل في المنطقة\nحتى تحرير آخر قرية من التنظيم\""])
    }

    @Test("paragraphs that re-open a quotation continue it")
    func continuedParagraphs() {
        let text = "وقال في بيانه: «إننا نواصل العمليات العسكرية\n«ونؤكد أن المعركة لن تطول»\nوانتهى البيان."
        let doc = runner.run(text)
        #expect(doc.quoteTexts == ["«إننا نواصل العمليات العسكرية\n«ونؤكد أن المعركة لن تطول»"])
        #expect(doc.quotes.count == 1)
    }

    @Test("doubled apostrophes quote; an apostrophe inside a word does not")
    func apostrophes() {
        let text = "ذكرت صحيفة ''الدستور'' أن الرئيس don't يحضر، ووصف اللاعب 'كريم' بالأفضل."
        let doc = runner.run(text)
        #expect(doc.quoteTexts == ["''الدستور''", "'كريم'"])
    }

    @Test("guillemets used the other way round are still paired")
    func reversedGuillemets() {
        let text = "قال إن »الحوار« هو الحل وإن »المصالحة« قريبة وإن »الاتفاق« وشيك."
        let doc = runner.run(text)
        #expect(doc.quoteTexts == ["»الحوار«", "»المصالحة«", "»الاتفاق«"])
    }

    @Test("offsets are Unicode scalars into the original text, also without normalize")
    func offsetsWithoutNormalize() throws {
        let text = "قَالَ المُتَحَدِّثُ إِنَّ \"القُوَّاتِ\" تَقَدَّمَتْ."
        let doc = try ChainRunner(["tokenize", "quotes"]).run(text)
        #expect(doc.quoteTexts == ["\"القُوَّاتِ\""])
    }
}
