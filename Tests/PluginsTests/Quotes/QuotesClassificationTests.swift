import Plugins
import Testing
import Toolkit

@Suite("Quotes: classification")
struct QuotesClassificationTests {
    let runner: ChainRunner

    init() throws { runner = try ChainRunner(["normalize", "tokenize", "sentences", "quotes"]) }

    func classes(_ text: String) -> [String: QuoteClass?] {
        let doc = runner.run(text)
        var result: [String: QuoteClass?] = [:]
        for q in doc.quotes where q.isPaired { result[slice(text, q.span)] = q.quoteClass }
        return result
    }

    @Test("names: after a head noun, glued to a proclitic, before an acronym or a cue, recurring")
    func names() {
        let text = """
        أفاد مراسل "الحدث" وقال مظلوم لـ"العربية" إن المعارك مستمرة. وأكدت وكالة "رويترز" الخبر. \
        وتحتدم المعارك بين "قوات سورية الديمقراطية" (قسد) والتنظيم. وذكرت "فرات بوست" أن الوضع هادئ. \
        وكانت "قسد" أعلنت أنها تتقدم، فيما تراجع "داعش" إلى الجيب الأخير.
        """
        let c = classes(text)
        for name in ["\"الحدث\"", "\"العربية\"", "\"رويترز\"", "\"قوات سورية الديمقراطية\"", "\"فرات بوست\"", "\"قسد\"", "\"داعش\""] {
            #expect(c[name] == .name, "\(name)")
        }
    }

    @Test("names: a short quotation with a title after it and a comma is a name in apposition, even after a cue")
    func namesBeforeTitle() {
        // From the corpus: right after the cue or the complementizer these read as speech.
        let text = "أكدت “سيدة قنديل”، محامية الناشطين حمادة المصري وأحمد أبو جبل، أن المحاكمة سياسية. "
            + "وقالت «هوا تشون ينغ»، المتحدثة باسم الخارجية الصينية، إن الصين ترحب بالحوار."
        let c = classes(text)
        #expect(c["“سيدة قنديل”"] == .name)
        #expect(c["«هوا تشون ينغ»"] == .name)
    }

    @Test("speech: a whole quotation after a cue, a complementizer or a colon")
    func speech() {
        let text = """
        وقال بالي إن "المعارك القوية ما زالت مستمرة منذ ليلة أمس في الباغوز". \
        وأضاف: "نستمر في الضغط على الباقين". \
        وقال مدير المركز مصطفى بالي "سيطرت قواتنا بشكل كامل على المخيم". \
        وأكد أن "الوضع مستقر".
        """
        let c = classes(text)
        #expect(c["\"المعارك القوية ما زالت مستمرة منذ ليلة أمس في الباغوز\""] == .speech)
        #expect(c["\"نستمر في الضغط على الباقين\""] == .speech)
        #expect(c["\"سيطرت قواتنا بشكل كامل على المخيم\""] == .speech)
        #expect(c["\"الوضع مستقر\""] == .speech)
    }

    @Test("speech fragments: verbatim words closing a paraphrase")
    func fragments() {
        let text = "وأوضح المتحدث أن المعركة ستنتهي \"قريباً\". وقال بالي إن معظم المقاتلين الذين أسروا \"مواطنون أجانب\"."
        let c = classes(text)
        #expect(c["\"قريباً\""] == .speechFragment)
        #expect(c["\"مواطنون أجانب\""] == .speechFragment)
    }

    @Test("terms: titles, scare quotes, weekdays")
    func terms() {
        let text = "عرض فيلم \"سجل أنا عربي\" في المهرجان. وخرج قادة و”أمراء” أجانب من الجيب. واقتحمت القوات أمس “الجمعة” البلدة."
        let c = classes(text)
        #expect(c["\"سجل أنا عربي\""] == .term)
        #expect(c["”أمراء”"] == .term)
        #expect(c["“الجمعة”"] == .term)
    }

    @Test("terms in news: quoted figures, titles after a possessed or plural head, the noun of a demonstrative, later items of a titled list")
    func termsInNews() {
        let text = """
        وقامت جوازات محافظة الأحساء بإصدار «1785» بطاقة زائر. \
        ويقول القيادي السابق أحمد عادل كمال في كتابه «النقط على الحروف» إن المرشد أمر بذلك. \
        ولم يبق أمامنا إلا تلك «النافذة» الصغيرة لرؤية البحر. \
        وقدمت الفرقة أغاني "الغريب اني أعاني" و"يا سيدهم وينك" و"غلطة" برفقة الشاعر.
        """
        let c = classes(text)
        for term in ["«1785»", "«النقط على الحروف»", "«النافذة»", "\"الغريب اني أعاني\"", "\"يا سيدهم وينك\"", "\"غلطة\""] {
            #expect(c[term] == .term, "\(term)")
        }
    }

    @Test("not terms: a clause after a demonstrative, writing (الكتابة) rather than a book, codes with letters, no list across paragraphs or by a comma alone")
    func notTerms() {
        let text = """
        وأضاف المجلس إن هذا "الشخص يفتقر إلى المعرفة الأساسية بالدين". \
        وأشار إلى أن طريقة الكتابة "تعطي فكرة عن مصدر الطائرة". \
        ويمكن الاستفادة من العرض عبر إرسال الرمز "D99" إلى الرقم. \
        وفي تقرير بعنوان «مصر ترتعد»، «كريستيان ساينس مونيتور» علقت الصحيفة على الأحداث.
        وعرض فيلم "الرسالة" في المهرجان.
        "حقوقيون": الاعتداءات على الصحفيين مستمرة.
        """
        let c = classes(text)
        for quote in ["\"الشخص يفتقر إلى المعرفة الأساسية بالدين\"", "\"تعطي فكرة عن مصدر الطائرة\"", "\"D99\"", "\"حقوقيون\"", "«كريستيان ساينس مونيتور»"] {
            #expect(c[quote] != nil && c[quote] != .term, "\(quote)")
        }
        #expect(c["\"الرسالة\""] == .term)
    }

    @Test("the coarse class separates speech from entities")
    func coarse() {
        #expect(QuoteClass.speech.isSpeech && QuoteClass.speechFragment.isSpeech)
        #expect(!QuoteClass.name.isSpeech && !QuoteClass.term.isSpeech)
    }
}
