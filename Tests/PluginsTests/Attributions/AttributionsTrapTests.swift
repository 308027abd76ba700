import Plugins
import Testing
import Toolkit

@Suite("Attributions: look-alikes that are not attributions")
struct AttributionsTrapTests {
    let runner: ChainRunner

    init() throws { runner = try ChainRunner() }

    func cues(_ text: String) -> [String] {
        let doc = runner.run(text)
        return doc.attributions.map { slice(text, $0.cue.span) }
    }

    @Test("writer formulas: يذكر أن")
    func writerFormula() {
        #expect(cues("يذكر أن أكثر من 2000 مدني غادروا القرية في قافلة شاحنات.").isEmpty)
        // The attribution embedded in the formula is found, the formula is not.
        #expect(cues("يذكر أن المرصد السوري لحقوق الإنسان كان أعلن أن 400 عنصر رفضوا الخروج.") == ["أعلن"])
    }

    @Test("agentless passives and impersonal verbs")
    func agentless() {
        #expect(cues("فلا يزال التنظيم يعتبر خطرا أمنيا كبيرا.").isEmpty)
        #expect(cues("وكانوا من عناصر التنظيم الذين يقدر عددهم بنحو 300 شخص.").isEmpty)
        #expect(cues("وتبين أن المتهم كان يحمل سلاحا.").isEmpty)
    }

    @Test("a perfect with the passive's damma has no agent: كُتب عليها، اتُهم، نُفي")
    func vowelledPassive() {
        // From the corpus: each was a cue with the next or the last noun as its source.
        #expect(cues("ووضع المتظاهرون صور «مرسى» على الأرض، وحملوا لافتات كُتب عليها: «القاعدة هى الجناح العسكري للإخوان».").isEmpty)
        #expect(cues("كما اتُهم العراق بأن له علاقة بتنظيم القاعدة.").isEmpty)
        #expect(cues("فرج فودة اغتيل في عهده، نصر أبو زيد نُفي في عهده.").isEmpty)
        // Without the vowel, and in the active with its own, the verb is the cue.
        #expect(cues("وكتب الوزير على صفحته: «لا تراجع».") == ["وكتب"])
        #expect(cues("وكَتب الوزير على صفحته: «لا تراجع».") == ["وكَتب"])
    }

    @Test("جاء / ورد without a medium of statement: came, replied, what was stated")
    func cameAndStated() {
        #expect(cues("وجاء قرار المحكمة بعد أن رفض الدفاع الطعن.").isEmpty)
        #expect(cues("جاء ذلك خلال المؤتمر الذي عقده الحزب، وأكد فيه أن الانتخابات ستجري.") == ["وأكد"])
        #expect(!cues("ونفت مصادر أمنية ما جاء في البيان من أن الضابط اعتدى على السيدة.").contains("جاء"))
        #expect(cues("وأكد العريان في تصريحاته التي وردت بحسابه على فيسبوك أن الهيئة قادرة على العمل.") == ["وأكد"])
        // ورد قائلاً is ردّ "replied": the participle is the cue.
        #expect(cues("ورد الوزير قائلا: \"لا تعليق\".") == ["قائلا"])
        // The content before a plain وجاءت runs on.
        let doc = runner.run("وأضافت التحقيقات أن الحاوية كبيرة، وجاءت ضمن مجموعة من الحاويات.")
        #expect(doc.attribution(cue: "وأضافت").map { doc.text(of: $0.content) } == "الحاوية كبيرة، وجاءت ضمن مجموعة من الحاويات")
    }

    @Test("a feminine participle after a noun in ة or ات describes it: heavy guard, confirmed information")
    func adjectivalParticiple() {
        // From the corpus: each participle was a cue sharing the speaker before it.
        #expect(cues("وقال المصدر إنه تم إيداعهم عنبرا منفردا داخل السجن، كما تم وضع حراسة مشددة على السجن من الداخل والخارج.")
                == ["وقال"])
        #expect(cues("وأكد المتحدث أن الحوادث نادرة. ولا توجد لغاية الآن معلومات مؤكدة تشير إلى العثور على قطع من الجسم.")
                == ["وأكد"])
        // The content it cut short runs on.
        let doc = runner.run("وقال شهود عيان إن إجراءات أمنية مشددة بدأها الجيش مدعومة بقوات من الشرطة.")
        #expect(doc.attributions.map { doc.text(of: $0.content) } == ["إجراءات أمنية مشددة بدأها الجيش مدعومة بقوات من الشرطة"])
        // After a comma, or with its complementizer, it is the cue.
        #expect(cues("وأعلنت الجبهة رفضها للخطاب، مؤكدة رفضها لتلك الدعوات.") == ["وأعلنت", "مؤكدة"])
        #expect(cues("وأصدرت الحركة تصريحات صحفية مؤكدة أن المسيرة سلمية.") == ["مؤكدة"])
    }

    @Test("، على أن after a cue of announcing or asking is \"provided that\", not what was said")
    func providedThat() {
        // From the corpus: the condition was the content, and the subject ran on to the comma.
        #expect(cues("أعلن الدكتور أسامة كمال محافظ القاهرة عن شغل 270 وظيفة من حملة الماجستير، على أن تكون مطروحة لأبناء القاهرة فقط.").isEmpty)
        #expect(cues("طالبت جبهة الإنقاذ الوطني بالقصاص العادل لضحايا جريمة بورسعيد، على أن يتم التحقيق في ما حدث.").isEmpty)
        // After a cue of speech it introduces the content (a misspelt إلى أن).
        #expect(cues("وأشار إلهامي الزيات، رئيس الاتحاد المصري للغرف السياحية، علي أن الخسارة في مجال السياحة كبيرة.") == ["وأشار"])
    }

    @Test("باعتبار أن، بدعوى أن، بحجة أن give a reason in a clause of their own, not a cue's content")
    func reasonClauses() {
        // From the corpus: the reason was the content, and the object went into the subject.
        #expect(cues("ودعا العريان شباب الإخوان إلى الاستمتاع بالحياة الجامعية بدعوى أنها لا تعود.").isEmpty)
        #expect(cues("فيما هدد الغاضبون بالامتناع عن دفع الفواتير، بدعوى أنها لا تتناسب مع قيمة الاستهلاك.").isEmpty)
        #expect(cues("وطالبت السفارة بالتحقيق في الإهمال، بحجة أن رحلات السفاري لا يوجد بها تأمين.").isEmpty)
    }

    @Test("ويتوقع أن، ويعتقد أن with nothing between: \"it is expected, believed that\", no one's words")
    func impersonalImperfect() {
        // From the corpus: each went to the speaker before it.
        #expect(cues("وقال الوزير إن الطلب على النفط يرتفع، ويتوقع أن يرتفع طلب الصين أكثر خلال الفترة المقبلة.") == ["وقال"])
        #expect(cues("وقال مصدر أمني إن جسم غريب يرجح أن يكون صاروخا انفجر في المخزن.") == ["وقال"])
        // After its subject, or with a subject after it, the verb is a cue.
        #expect(cues("لكن البعض يتوقع أن يتعرض الجنيه لمزيد من الضغوط.") == ["يتوقع"])
        #expect(cues("ويتوقع الخبراء أن يتعرض الجنيه لمزيد من الضغوط.") == ["ويتوقع"])
    }

    @Test("a negated subject before its verb: nobody said it")
    func negatedSubject() {
        #expect(cues("ولا أحد يقول إن الأزمة انتهت.").isEmpty)
        #expect(cues("لم يكن أحد يتوقع أن الحرب ستطول.").isEmpty)
    }

    @Test("no subject before a cue: a fronted phrase, a pronoun's predicate, a particle, a verbal noun after a preposition")
    func noSubjectBefore() {
        let sources = { (text: String) -> [String?] in
            let doc = self.runner.run(text)
            return doc.attributions.filter { $0.source?.realization == .explicit }.map { doc.text(of: $0.source?.span) }
        }
        #expect(sources("وقال الرئيس إن الوضع خطير. ففي عام 2010 كشف أن الأميرة لن تشارك في المناسبات.") == ["الرئيس"])
        #expect(sources("وهو طريق ملاحة رئيسي يعتقد أنه يضم احتياطيات كبيرة من النفط.").isEmpty)
        #expect(sources("وقال أوباما إن الاتفاق جيد، لكنه أشار إلى أن إسرائيل قلقة.") == ["أوباما"])
        #expect(sources("وقال الوزير إن الموارد كبيرة، وأن ذلك دفع الخبراء إلى توقع أن تنمو البلاد.") == ["الوزير"])
        #expect(sources("وقال المحاور إن الوضع صعب. هل ترى أن الصورة ضبابية؟").allSatisfy { $0 != "هل" })
    }

    @Test("perception and depiction verbs")
    func perception() {
        #expect(cues("وشاهد صحفيون قرب الخط الأمامي عشرات الشاحنات وهي تخرج.").isEmpty)
        #expect(cues("وأظهرت لقطات للمخيم انفجارات كبيرة ودخانا يتصاعد.").isEmpty)
    }

    @Test("performatives and stance verbs with a noun object")
    func performativesAndStance() {
        #expect(cues("جاؤوا للانضمام للتنظيم بعد أن أعلن زعيمه تأسيس دولة \"خلافة\" مزعومة.").isEmpty)
        #expect(cues("ونشر تسجيلا مصورا من داخل المخيم.").isEmpty)
        #expect(cues("في غضون ذلك رحبت الإدارة بقرار الولايات المتحدة بالإبقاء على 200 جندي.").isEmpty)
        #expect(cues("وكانوا يطالبون بتوفير ممر آمن لهم نحو البادية.").isEmpty)
    }

    @Test("أن after a verb or predicate that takes it (يمكن أن، سبق أن، من المتوقع أن) opens no cue's content")
    func complementTakingHeads() {
        #expect(cues("طالب الرئيس الهندي باكستان بالكف عن أي أفعال يمكن أن تسهم في عجز الثقة.").isEmpty)
        #expect(cues("وتعتبر المقاتلة متعددة المهام ويصعب رصدها، وسبق أن أعلنت الهند أنها اختارتها.") == ["أعلنت"])
        #expect(cues("وأوضح تضارب الأقوال حول السرعة، ومن المتوقع أن يصدر التقرير غدا.").isEmpty)
        // The cue's own complementizer before such a head still opens its content.
        let doc = runner.run("وأكد الوزير أنه يجب أن تستمر المفاوضات.")
        #expect(doc.attribution(cue: "وأكد").map { doc.text(of: $0.content) } == "يجب أن تستمر المفاوضات")
    }

    @Test("bylines and prepositions that look like cues")
    func bylinesAndHomographs() {
        #expect(cues("كتب محمد صبري:\nتمكن رجال المباحث من إعادة 10 سيارات لأصحابها.").isEmpty)
        #expect(cues("خلال مباراة رياضية بين فريقي الأهلي والمصري أن أحدا لم يتوقع النتيجة.").isEmpty)
        #expect(cues("وأشارت التقديرات حسب الخطة الموضوعة إلى زيادة الإنتاج.").allSatisfy { $0 != "حسب" })
        // بين after ما is "between"; after كما a cue form still reports.
        #expect(cues("وما بين الصحيفتين لا بد أن يسجل الصحفي نقاطا كبرى.").isEmpty)
        // After من it is "among": ومن بين تلك التغريدات … قال فيها.
        #expect(cues("ومن بين العوامل المؤثرة في الأسعار أن الطلب تراجع هذا العام.").isEmpty)
        #expect(cues("ومن بين الحضور قال الوزير محمد علي إن الوضع صعب.") == ["قال"])
        #expect(cues("كما طالب الحزب بأن يتحمل الرئيس مسؤولياته.") == ["طالب"])
    }

    @Test("يبلغ is بلغ \"to reach\", not أبلغ \"to inform\"")
    func reachIsNoReport() {
        #expect(cues("ويبلغ عدد الناخبين 268 ألفا، وهو ما يعني أن نصيب المقعد كبير.").isEmpty)
        #expect(cues("وقالت الفتاة التي تبلغ من العمر 16 عاما إن العملية نجحت.") == ["وقالت"])
        // The perfect form still reports.
        #expect(cues("وأبلغ الوزير النواب أن الميزانية جاهزة.") == ["وأبلغ"])
    }

    @Test("مقر \"seat\" is not the participle of أقر \"to acknowledge\"")
    func seatIsNoParticiple() {
        #expect(cues("وقال المرصد السوري لحقوق الإنسان ومقره لندن إن 20 جنديا انشقوا عن الجيش.") == ["وقال"])
        #expect(cues("وذكرت اللجنة التي تتخذ من نيويورك مقرا لها أن 70 صحفيا قتلوا العام الماضي.") == ["وذكرت"])
        // The verb still reports.
        #expect(cues("وأقر الوزير بأن الخطة تأخرت.") == ["وأقر"])
    }

    @Test("يدعى \"is named\" and يعد \"is considered\" are not ادعى and وعد")
    func namedAndConsidered() {
        #expect(cues("وألقت الشرطة القبض على أحد المتهمين ويدعى حسين أبو الوفا وبحوزته سلاح آلي، وتبين بالكشف عن هويته أنه مطلوب في قضايا أخرى.").isEmpty)
        #expect(cues("وأكد المصدر، والذي يعد أحد قيادات شورى الجماعة – أن مؤسسة الشورى لم تحسم الأمر.") == ["وأكد"])
        // The perfect forms still report.
        #expect(cues("وادعى المتهم أنه كان خارج البلاد.") == ["وادعى"])
    }

    @Test("a participle after a preposition or a complementizer is a noun")
    func participleAsNoun() {
        #expect(cues("وذكرت الصفحة في متابعة للحدث إن الشرطة رفضت التدخل.") == ["وذكرت"])
        #expect(cues("وأعلنت النقابة أنها ستستمر في متابعة الموقف إلى أن يتم رد الظلم.") == ["وأعلنت"])
        let said = "قال الوزير إن الاقتصاد ينمو. "
        #expect(cues(said + "وقال إن متابعة بعض وسائل الإعلام توحي بمزاعم عن أن هناك انقلابا وشيكا.") == ["قال", "وقال"])
        // بعد standing alone ("yet") leaves the participle after it a cue.
        #expect(cues(said + "وأضاف أن الحادث لم تعرف أسبابه بعد موضحا أن التحقيقات مستمرة.") == ["قال", "وأضاف", "موضحا"])
    }

    @Test("a quotation of speech after a verb is its object, never the subject a later cue falls back on")
    func speechIsNoSubject() {
        let text = "وقال غوارديولا \"من المؤسف عدم قدرتنا على الدفاع بشكل جيد في الدقائق الأخيرة\". وأضاف \"هذه هي كرة القدم\"."
        let doc = runner.run(text)
        #expect(doc.attributions.allSatisfy { doc.text(of: $0.source?.span)?.hasPrefix("\"") != true }, "\(doc.attributions)")
    }

    @Test("an according-to phrase whose object is a rule or a kind: in accordance with, not according to")
    func accordanceWith() {
        #expect(cues("بدأ حظر التجول صباح أمس بعد منتصف الليل وفقا لتعليمات الرئيس، ولكن لم تلتزم به المدينة.").isEmpty)
        #expect(cues("ويباع كيلو اللحم على حسب نوعية «القطعية» بسعر يتراوح من 35 إلى 55 جنيها.").isEmpty)
        #expect(cues("ونصح المرضى باستخدام الأدوية لتجنب الإصابة بالأزمات الربوية وفق إرشادات الطبيب.").isEmpty)
        // A source stays one.
        #expect(cues("قتل ثلاثة أشخاص في القصف بحسب المرصد.") == ["بحسب"])
    }

    @Test("a cue a few words before another cue's complementizer does not take it")
    func complementizerOfTheNextCue() {
        let text = "وفيما تتابع قوات الجيش الضغط شمالا باتجاه العاصمة قالت مصادر عسكرية متطابقة إن هذه القوات سيطرت على المدينة."
        #expect(!cues(text).contains("تتابع"))
        // Words that read as a cue but are a preposition here, or a negated cue inside a
        // relative clause, do not end the search.
        #expect(cues("وقال مصدر بالمعبر على الحدود بين مصر وإسرائيل إن قطع الطريق لم يؤثر على حركة العمل.") == ["وقال"])
        #expect(cues("وقالت القناة التي لم تذكر مصدرا لتقريرها إن الرجل كان معتقلا.") == ["وقالت"])
    }

    @Test("a quoted name before a complementizer is not a direct quotation")
    func quotedNameOpeningContent() throws {
        let text = "ومن جهة أخرى، أكدت شبكات محلية أن تنظيم \"داعش\" أعدم عنصرين من مليشيا \"قسد\"."
        let doc = runner.run(text)
        let a = try #require(doc.attributions.first)
        #expect(a.kind == .indirect)
        #expect(slice(text, a.content) == "تنظيم \"داعش\" أعدم عنصرين من مليشيا \"قسد\"")
    }
}
