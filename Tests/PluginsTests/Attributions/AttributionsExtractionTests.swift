import Plugins
import Testing
import Toolkit

@Suite("Attributions: phenomena")
struct AttributionsExtractionTests {
    let runner: ChainRunner

    init() throws { runner = try ChainRunner() }

    /// Cue, source and content texts of an attribution, sliced from the original by scalars.
    struct Parts: Equatable, CustomStringConvertible {
        var cue: String?, source: String?, content: String?
        var description: String { "cue=\(cue ?? "-") source=\(source ?? "-") content=\(content ?? "-")" }
    }

    func parts(_ doc: Document, _ a: Attribution?) -> Parts {
        Parts(cue: doc.text(of: a?.cue.span), source: doc.text(of: a?.source?.span), content: doc.text(of: a?.content))
    }

    /// The text of an attribution's source when it is resolved to an earlier speaker (pro-drop), else nil.
    func proDropSource(_ doc: Document, _ a: Attribution) -> String? {
        a.source?.realization == .proDrop ? doc.text(of: a.source?.span) : nil
    }

    /// The document of `text` and its attribution whose cue is `cue`.
    func attribution(_ text: String, cue: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (Document, Attribution) {
        let doc = runner.run(text)
        return (doc, try #require(doc.attribution(cue: cue), sourceLocation: sourceLocation))
    }

    /// The attribution of `cue` in `text` and the text of its source.
    func source(of cue: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (text: String?, attribution: Attribution) {
        let (doc, a) = try attribution(text, cue: cue, sourceLocation: sourceLocation)
        return (doc.text(of: a.source?.span), a)
    }

    /// ``expectOnlyAttribution(_:_:sourceLocation:)`` for each case of a table.
    func expectOnlyAttributions(_ cases: [(text: String, parts: Parts)], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for c in cases { try expectOnlyAttribution(c.text, c.parts, sourceLocation: sourceLocation) }
    }

    /// Checks that in each case the attribution of `cue` in `text` has `source` as its source's
    /// text, of type `type` when one is given.
    func expectSources(_ cases: [(text: String, cue: String, source: String)], type: SourceType?,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        for c in cases {
            let s = try source(of: c.cue, in: c.text, sourceLocation: sourceLocation)
            #expect(s.text == c.source && (type == nil || s.attribution.source?.type == type),
                    "\(c.text): \(String(describing: s.text))", sourceLocation: sourceLocation)
        }
    }

    /// Checks that `text` has one attribution only, with the parts `expected`; returns it.
    @discardableResult
    func expectOnlyAttribution(_ text: String, _ expected: Parts, sourceLocation: SourceLocation = #_sourceLocation) throws -> (Document, Attribution) {
        let (doc, a) = try attribution(text, cue: expected.cue ?? "", sourceLocation: sourceLocation)
        #expect(doc.attributions.count == 1, sourceLocation: sourceLocation)
        #expect(parts(doc, a) == expected, sourceLocation: sourceLocation)
        return (doc, a)
    }

    /// Checks the attribution of `expected.cue` in `text`: its parts, how its source is realized,
    /// and that `rule` found the source.
    func expectAttribution(_ text: String, _ expected: Parts, _ realization: Realization, rule: String,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (doc, a) = try attribution(text, cue: expected.cue ?? "", sourceLocation: sourceLocation)
        #expect(parts(doc, a) == expected, sourceLocation: sourceLocation)
        #expect(a.source?.realization == realization && a.evidence.contains(rule), "\(a.evidence)", sourceLocation: sourceLocation)
    }

    @Test("VSO: title and name in apposition, weekday, complementizer إن")
    func vsoWithApposition() throws {
        let (doc, a) = try attribution("من جهته، أوضح مدير المكتب الإعلامي، مصطفى بالي، السبت، إن المعارك مستمرة في الباغوز.", cue: "أوضح")
        #expect(parts(doc, a) == Parts(cue: "أوضح", source: "مصطفى بالي", content: "المعارك مستمرة في الباغوز"))
        #expect(doc.text(of: a.source?.title) == "مدير المكتب الإعلامي")
        #expect(doc.text(of: a.introducer) == "إن")
        #expect(a.source?.type == .person && a.source?.realization == .explicit)
        #expect(a.kind == .indirect && a.cue.cueClass == .speech && a.cue.lemma == "أوضح")
    }

    @Test("a description, then a name with a title of its own: the name is the source, the description its title")
    func titledNameInApposition() throws {
        let text = "وكشف مستشار الجيش، الدكتور صلاح الدين عبد الكريم، أن نحو 20 في المائة من هؤلاء يواصلون الهجرة."
        let (doc, a) = try expectOnlyAttribution(text, Parts(cue: "وكشف", source: "صلاح الدين عبد الكريم",
                                                            content: "نحو 20 في المائة من هؤلاء يواصلون الهجرة"))
        #expect(doc.text(of: a.source?.title) == "مستشار الجيش" && a.source?.type == .person)
    }

    @Test("SVO set off by a comma: a clear name before the verb, after it a title in apposition; nothing else")
    func subjectSetOff() throws {
        try expectSources([
            ("الدكتور جمال جبريل، قال إن اللجنة سوف تأخذ الملاحظات.", "قال", "جمال جبريل"),
            ("الفريق مهاب مميش، رئيس هيئة قناة السويس، قال إن العمل منتظم.", "قال", "مهاب مميش"),
            ("وكان محسن بهنسى، عضو لجنة تقصى الحقائق، كشف أن الوزير اعترف.", "كشف", "محسن بهنسى"),
        ], type: .person)
        // An object or a fronted phrase before the comma is no subject.
        for text in ["احتجز المتظاهرون ضابطا، قالوا إنه برتبة لواء.", "وبالنسبة للمشوار، أعتقد أنه سهل."] {
            let doc = runner.run(text)
            #expect(doc.attributions.allSatisfy { $0.source?.realization != .explicit }, "\(text)")
        }
    }

    @Test("a preposition after a title and a name opens the verb's complement, not more of the subject")
    func titledNameBeforePreposition() throws {
        try expectSources([
            ("وأكد اللواء مصطفى باز على ضرورة أن يتم التعامل مع الشائعة بحزم.", "وأكد", "مصطفى باز"),
            ("وقال البابا فرنسيس خلال لقائه مع الصحافيين: \"أريد كنيسة فقيرة للفقراء\".", "وقال", "فرنسيس"),
            ("وقال الجنرال ماتيس أمام لجنة القوات المسلحة إن الحلف مستعد.", "وقال", "ماتيس"),
            // A rank grade between the title and the name; على inside the name.
            ("أعلن اللواء أركان حرب محمد على فليفل محافظ دمياط عن تسليمها.", "أعلن", "محمد على فليفل"),
            ("وقال الدكتور محمد على بشر إن الحكومة مستمرة.", "وقال", "محمد على بشر"),
            // على before a comma or a title closes the name; before its object it is the preposition.
            ("وقال الدكتور ياسر على المتحدث الرسمي باسم الرئاسة إن الرئيس سيلقي كلمة.", "وقال", "ياسر على"),
            ("وقال كريم على، الطالب بالصف الثاني الثانوي، إن المدرسة أغلقت.", "وقال", "كريم على"),
            ("وشدد الدكتور هشام قنديل على ضرورة أن تتحمل الحكومة مسؤوليتها.", "وشدد", "هشام قنديل"),
        ], type: .person)
        // An accusative after the title describes the speaker; it is no name.
        try expectSources([
            ("قال الرئيس تعليقاً على الحادث إن الحكومة ستحاسب المسؤولين.", "قال", "الرئيس"),
            ("وقال البابا متوجها الى الشباب في الساحة \"أيها الأصدقاء سأشارك معكم\".", "وقال", "البابا"),
        ], type: nil)
    }

    @Test("a description with the article right before a name describes that named person")
    func describedName() throws {
        try expectSources([
            ("وأكد المتهم محمد جمال أنه لم يكن موجودا في مكان الحادث.", "وأكد", "محمد جمال"),
            ("وقال الطالب عبد الرحمن الهواري، المتحدث باسم الطلاب، إن الانتخابات ستجري غدا.", "وقال", "عبد الرحمن الهواري"),
            ("وأوضح المواطن جمال البلوي أن المياه انقطعت منذ أسبوع.", "وأوضح", "جمال البلوي"),
        ], type: .person)
        // Without a name the description is the unnamed person; a kinship noun's name is another's.
        try expectSources([
            ("وقال المواطن إن المياه انقطعت منذ أسبوع.", "وقال", "المواطن"),
            ("وقالت والدة الشهيد محمد سعيد إن ابنها كان يحب وطنه.", "وقالت", "والدة الشهيد محمد سعيد"),
        ], type: .unnamedPerson)
    }

    @Test("a compound name with عبد written as one word is a given name, and right after a cue a word before a given name opens the name")
    func compoundAndPatronymicNames() throws {
        try expectSources([
            // The father's name, a compound, shows that the word before it is a name: the
            // participle shares this subject, not the speaker before.
            ("وذكرت مصادر مطلعة برئاسة الجمهورية أنه لا توجد نية إطلاقاً لتغيير الحكومة. من جانبه، طالب شعبان عبدالعليم، عضو الهيئة العليا لحزب النور، جماعة الإخوان المسلمين وحزبها السياسى ورئاسة الجمهورية بالاستماع لصوت العقل، مشيراً إلى أن كل الأحزاب الإسلامية قدمت مبادرات.",
             "مشيراً", "شعبان عبدالعليم"),
            ("ووصفت شيرين فاروق، أمين الحقوق والحريات فى الحزب المصرى الديمقراطى الاجتماعى، اعتداء أعضاء الإخوان على المتظاهرين والصحفيين بـ«بلطجة سياسية»، على حد قولها.",
             "على حد قولها", "شيرين فاروق"),
            ("تقدم عبدالمنعم عبدالمقصود، محامي الإخوان، اليوم، ببلاغ للنائب العام ووزير الداخلية، مشيرًا إلى أنهم يسعون لتأجيج العنف ونشر الفوضى.",
             "مشيرًا", "عبدالمنعم عبدالمقصود"),
        ], type: .person)
    }

    @Test("وصف X بأن: the object after the subject is no part of the source, nor is ما and what follows it")
    func describedObjectAfterSubject() throws {
        try expectSources([
            ("ووصفت النيابة المتهم بأنه تجرد من كل المشاعر الإنسانية.", "ووصفت", "النيابة"),
            ("ووصفت العسال خطاب مرسي بأنه \"استفزازي وهاوي، وكشف عن الوجه الآخر له\".", "ووصفت", "العسال"),
            ("ووصف «العشري» أحداث بورسعيد والمنصورة بأنها «فتنة تستهدف عرقلة الانتخابات البرلمانية المقبلة»، مؤكداً أن الأحداث مقدمة سيناريو متوقع.",
             "ووصف", "العشري"),
        ], type: nil)
        // ما after the subject opens the object of any verb.
        try expectSources([
            ("ونفى «البلتاجى» ما نشر عن تكليفه بالملف، متسائلا: «من الذى كلفنى بهذه المسؤولية؟»", "متسائلا", "البلتاجى"),
            ("نفى الفنان فضل شاكر ما تردد عن خبر استشهاده في سوريا، والذي تناولته بعض وسائل الإعلام ومواقع التواصل الاجتماعي.\nوظهر شاكر من خلال مقطع فيديو مسجل للتأكيد على عدم صحة الخبر، معربًا عن تمنيه الاستشهاد دفاعًا عن الحق في سوريا.",
             "معربًا", "فضل شاكر"),
        ], type: .person)
        // Set off by commas, the subject and its title stay whole.
        try expectSources([
            ("ووصف الدكتور محمد البلتاجي، القيادي بالجماعة، الحكم بأنه مسيس.", "ووصف", "محمد البلتاجي"),
        ], type: .person)
    }

    @Test("the source ends before من جهته and بدوره, before the object of كشف النقاب, and before إلى set off from أن by a comma")
    func sourceEndsBeforeSideAdverbialsAndIdioms() throws {
        try expectSources([
            ("وذكرت صحيفة «السوداني» من جهتها، أن القوات المسلحة السودانية وجهت السلطات بدارفور بالتعامل الحاسم والفوري مع عناصر متمردة.",
             "وذكرت", "صحيفة «السوداني»"),
            ("واكد البيان الروسي من جهته ان الرئيسين \"اعربا عن الرغبة نفسها في تجنب كل الاعمال التي يمكن ان تؤثر سلبا على العلاقات الثنائية\".",
             "واكد", "البيان الروسي"),
            ("وحذر الرئيس الفرنسي فرنسوا هولاند من جهته من أن الاتفاق لن يمر.", "وحذر", "فرنسوا هولاند"),
            ("وأكد المصدر بدوره أن قوات الجيش تحاصر المنطقة.", "وأكد", "المصدر"),
            ("وكشفت مصادر دبلوماسية مطلعة النقاب عن أن القمة الثلاثية ستعقد الشهر المقبل.", "وكشفت", "مصادر دبلوماسية مطلعة"),
            ("وكانت الحكومة اليمنية، قد كشفت النقاب أن خسائرها جراء مثل هذه الأعمال بلغت نحو 500 مليون دولار.", "كشفت", "الحكومة اليمنية"),
            ("ونوه الأحمد إلى، أن السجل الانتخابي لن يكون جاهزا في قطاع غزة قبل نهاية مارس المقبل.", "ونوه", "الأحمد"),
            ("وأشار المصدر إلى، أنه تم الدفع بتعزيزات عسكرية، للتصدي لعناصر الإرهاب في مناطق شقرة وزنجبار.", "وأشار", "المصدر"),
        ], type: nil)
        // الستار after عبد is a name, not the idiom's object.
        try expectSources([
            ("وأكد عبد الستار أن أهم مطالب القوى الثورية لم تتحقق.", "وأكد", "عبد الستار"),
        ], type: .person)
    }

    @Test("a name set off by commas after a title is the source: after the cue, and as the object of وفقاً لـ")
    func nameSetOffAfterTitle() throws {
        try expectSources([
            ("وقال الأمين العام لمجلس الوزراء العراقي، علي العلاق، إن جلسة المجلس ستتخصص لمناقشة مطالب المتظاهرين.", "وقال", "علي العلاق"),
            ("ووفقًا للأمين العام لمجلس الوزراء العراقي، علي العلاق، فإن جلسة مجلس الوزراء التي ستعقد غدًا الثلاثاء ستتخصص لمناقشة المطالب.",
             "ووفقًا", "علي العلاق"),
            ("فقد عبر الحزب، على لسان أمينه العام، حسين إبراهيم، عن ثقته الكاملة في دور جهاز الشرطة.", "على لسان", "حسين إبراهيم"),
        ], type: .person)
        // What the commas set off is the clause's start, not a name: the title alone is the source.
        try expectSources([
            ("وحسب أحد أعضاء مجلس الجبلاية، رفض ذكر اسمه، أن الأقرب تأجيل الجولة السابعة من الدورى.", "وحسب", "أحد أعضاء مجلس الجبلاية"),
        ], type: nil)
        let text = "ووفقًا للأمين العام لمجلس الوزراء العراقي، علي العلاق، فإن جلسة مجلس الوزراء ستتخصص لمناقشة المطالب."
        let (doc, a) = try attribution(text, cue: "ووفقًا")
        #expect(parts(doc, a).content == "جلسة مجلس الوزراء ستتخصص لمناقشة المطالب")
    }

    @Test("a subject set off by a comma before قد, an addressee after a title or a quoted name, a group in a body's name")
    func subjectBeforeQadAndAddressees() throws {
        try expectSources([
            // The subject between كان and قد is the cue's, not the speaker before it.
            ("وقال مصدر أمني، في بيان: إن عناصر مسلحة قامت باعتداء تخريبي. وكانت الحكومة اليمنية، قد كشفت أن خسائرها جراء مثل هذه الأعمال بلغت نحو 500 مليون دولار.",
             "كشفت", "الحكومة اليمنية"),
            ("وأوضح الحزب أن اللقاءات مستمرة. كان حزب النور، قد أكد في بيان له أن الحزب متماسك.", "أكد", "حزب النور"),
            // للصحافيين after a title is whom it spoke to, as after a name.
            ("وقال رئيس الحكومة للصحافيين إن الحوار الوطني هو الحل.", "وقال", "رئيس الحكومة"),
            ("وصرحت السناتور الديموقراطية «باربرة بوكسر» للصحافيين أن السناتور حصل على كل أصوات زملائه.",
             "وصرحت", "السناتور الديموقراطية «باربرة بوكسر»"),
            // A name with ل before an addressee with ل is the subject.
            ("وقال لودربان للصحافيين ان \"المعارك في مرحلتها الاخيرة وهي الاصعب\".", "وقال", "لودربان"),
            // The workers of a body's name are no addressee.
            ("وأكد رئيس الاتحاد العام لعمال الكويت فايز المطيري، أن الحوار الوطني هو الحل الحقيقي للأزمة.",
             "وأكد", "رئيس الاتحاد العام لعمال الكويت"),
            ("قال الاتحاد الوطني للصحفيين بالمملكة المتحدة إن الصحفيين يواجهون مخاطر متزايدة.", "قال", "الاتحاد الوطني للصحفيين بالمملكة المتحدة"),
        ], type: nil)
    }

    @Test("على هامش and other adverbials with على end the source; a name after a title in construct keeps a preposition after it out")
    func adverbialAlaAndConstructTitles() throws {
        try expectSources([
            // على before an adverbial noun ends the phrase, as خلال does.
            ("وقالت التلاوى على هامش مشاركتها فى المؤتمر الذى بدأ أمس بالعاصمة إن المجلس بصدد إعداد قانون جديد.", "وقالت", "التلاوى"),
            ("وقال الإعلاميون المتهمون على خلفية إهدار المال العام، إنهم كانوا يطالبون بحقوق مشروعة.", "وقال", "الإعلاميون المتهمون"),
            // على alone stays the name علي.
            ("وقال السفير على العشيرى إن الاجتماع كان مثمرا.", "وقال", "السفير على العشيرى"),
            // A title in construct, a name, then a preposition or an adverbial: the name.
            ("قال وزير الخارجية الأمريكي جون كيري في لندن إن استمرار العنف في سوريا أمر مرفوض.", "قال", "جون كيري"),
            ("وقال وزير الخارجية الروسي سيرغي لافروف في افتتاح الاجتماع الوزاري إن النزاع طريق مدمر للطرفين.", "وقال", "سيرغي لافروف"),
            ("وقال وزير الخارجية سامح شكري على هامش الاجتماع إن الموقف المصري ثابت.", "وقال", "سامح شكري"),
            // Not a name run that takes in the verb after it.
            ("الا ان رئيس الاركان في الجيش السوري الحر سليم ادريس سارع الى الرد على دعوة المعلم الى الحوار، مؤكدا ان المعارضة المسلحة ترفض الجلوس الى طاولة الحوار.",
             "مؤكدا", "رئيس الاركان في الجيش السوري الحر"),
        ], type: nil)
    }

    @Test("على حد قول and على حد تعبير take whoever a short phrase after them names, as حسب قول does")
    func accordingToSayingOfAName() throws {
        try expectSources([
            ("كانت استجابة جبهة الإنقاذ الوطنى تقريبا أكثر سوءا، على حد قول داراجاى.", "على حد قول", "داراجاى"),
            ("القطاع الفاخر في لندن يقع تحت كثير من الضغوط، على حد تعبير مارك بولاك.", "على حد تعبير", "مارك بولاك"),
        ], type: .person)
    }

    @Test("whom a directive cue addresses (a group or a body with the article) is not its source; a genitive is")
    func directiveAddressee() throws {
        try expectSources([
            ("و ناشد موسى الحكومة أن تطور من سياساتها على أن توجد نوع من التقارب.", "ناشد", "موسى"),
            ("وطالب وزير الداخلية محمد إبراهيم المواطنين بأن يلتزموا بالهدوء.", "وطالب", "محمد إبراهيم"),
            ("وطالبت الحركة الحكومة بأن تتراجع عن القرار.", "وطالبت", "الحركة"),
            ("ودعا رئيس الحكومة إلى أن يلتزم الجميع بالهدوء.", "ودعا", "رئيس الحكومة"),
        ], type: nil)
    }

    @Test("a verb of describing whose ب opens بقوله leaves the quotation to بقوله and its subject")
    func describingVerbBeforeBiQawlihi() throws {
        let text = "وأضاف كولو أن المرأة وصلت في سيارة ذات ثلاث عجلات. "
            + "ووصف أحد السكان المحليين حالة الرعب التي عمت مكان الانفجار بقوله: «كنت في منزلي عندما سمعت انفجارا قويا»."
        let doc = runner.run(text)
        #expect(doc.attribution(cue: "ووصف") == nil)
        let (_, a) = try attribution(text, cue: "بقوله")
        #expect(parts(doc, a) == Parts(cue: "بقوله", source: "أحد السكان المحليين", content: "«كنت في منزلي عندما سمعت انفجارا قويا»"))
    }

    @Test("a relative clause on a person's name or title is no part of the source; on another phrase it is")
    func relativeClauseAfterPerson() throws {
        try expectSources([
            ("وقال كيري الذي يزور ألمانيا في أول جولة خارجية له إن الحوار ضروري.", "وقال", "كيري"),
            ("ونقلت شبكة \"إن بى سى\" الإخبارية عن كيرى الذى قام مؤخرا بجولة فى منطقة الشرق الأوسط قوله إن تأجيل المساعدات خطير.",
             "قوله", "كيرى"),
            ("وقالت الإدارة التي يقودها الأكراد إن الهجوم فشل.", "وقالت", "الإدارة التي يقودها الأكراد"),
        ], type: nil)
    }

    @Test("after a relative pronoun that agrees with the cue, a verbal noun right after it is its object, not a subject's head")
    func objectNounAfterRelative() throws {
        let text = "كانت المحكمة، قد استمعت لشهادة الدكتور محمد إبراهيم خبير التزوير والتزييف، الذى أكد صحة الاتهام "
            + "الموجه إلى المتهم صبرى نخنوخ، بتزويره رخصة السلاح الذى ضبط بحوزته."
        let (doc, a) = try attribution(text, cue: "أكد")
        #expect(parts(doc, a) == Parts(cue: "أكد", source: "محمد إبراهيم", content: "صحة الاتهام الموجه إلى المتهم صبرى نخنوخ، بتزويره رخصة السلاح الذى ضبط بحوزته"))
        #expect(a.source?.realization == .proDrop)
    }

    @Test("a participle joins a verb cue only when the two agree: a feminine one after a masculine verb is its object")
    func participleAgreesWithVerb() throws {
        let doc = runner.run("قال محمد إن الوضع جيد. وأكد متابعة سفارة مصر في لندن للحادث، وملابساته.")
        #expect(doc.attribution(cue: "وأكد متابعة") == nil)
        #expect(!doc.attributions.contains { doc.text(of: $0.source?.span)?.contains("سفارة") == true })
        let (kept, a) = try attribution("قالت منى إن الوضع جيد. وأضافت قائلة: إن الوضع خطير.", cue: "وأضافت قائلة")
        #expect(proDropSource(kept, a) == "منى")
    }

    @Test("a verb that carries its plural subject takes no subject after it")
    func pluralVerbHasNoSubjectAfterIt() throws {
        let text = "وأكد المحامون أن موكليهم أبرياء. وأضافوا أمام النيابة أن الشرطة اعتدت عليهم."
        let (doc, a) = try attribution(text, cue: "وأضافوا")
        #expect(proDropSource(doc, a) == "المحامون")
        // A subject before it is the source (not the adverbial after it).
        try expectSources([("المحامون أكدوا أمام النيابة أن الشرطة اعتدت عليهم.", "أكدوا", "المحامون")], type: nil)
        let banner = runner.run("حيث قام الاهالي بنصب صوان وعلقوا لافتة تحمل «دولة بورسعيد.. وزارة الداخلية.. قسم شارع محمد علي» أمام القسم.")
        #expect(banner.attribution(cue: "وعلقوا") == nil)
        // ين is part of the imperfect يبين, not a plural ending.
        try expectSources([("ويبين الدكتور إيهاب سرحان الباحث في قسم بحوث أمراض البقوليات أن أهم عوامل انخفاض الإنتاجية ترجع إلى الأمراض.",
                            "ويبين", "إيهاب سرحان")], type: .person)
    }

    @Test("a cue of describing needs an object before بأن: the only phrase there is the object, not the source")
    func describedObjectIsNoSource() throws {
        let text = "ونفى خالد سعد وجود أي نية للحرب. ووصف تعزيز الوجود العسكري على الحدود بأنه \"إجراء روتيني\" متصل بأمن الحدود."
        let (doc, a) = try attribution(text, cue: "ووصف")
        #expect(proDropSource(doc, a) == "خالد سعد")
        #expect(doc.text(of: a.content) == "\"إجراء روتيني\" متصل بأمن الحدود")
        // A subject and its object: the subject alone; a demonstrative phrase is the object.
        try expectSources([
            ("ووصف العشري قرار المحكمة بأنه يصطدم بسوابق قضائية.", "ووصف", "العشري"),
            ("ووصفت الشرطة سينغ بأنه زعيم مجموعة مسلحة.", "ووصفت", "الشرطة"),
        ], type: nil)
    }

    @Test("وصف without و is no conjoined cue: its subject stands before it or is given, and the phrase after it is its object")
    func describingVerbWithRootWaw() throws {
        try expectSources([
            // A subject before the verb (SVO), the object after it.
            ("وقال الوزير إن الأمر خطير. القزاز وصف ضرب التلاميذ بانه عمل غير انسانى ترفضه كل الاعراف.", "وصف", "القزاز"),
            ("وقال الوزير إن الأمر خطير. الخبير الأمني اللواء سعد منصور وصف وزارة الداخلية بأنها تعمل لصالح النظام.",
             "وصف", "سعد منصور"),
            // A relative pronoun gives the subject; the object and its description with ب follow.
            ("أعرب أبو النصر عن رفضه لتصريحات سامح عاشور نقيب المحامين، الذي وصف النظام الحالي بالاستبدادي.", "وصف", "سامح عاشور"),
            // A pronoun after أن gives it: the current speaker.
            ("وقال الظواهري إن ذلك يخالف الاستسلام، غير أنه وصف الأجواء حاليًا بـ\"الأفضل كثيرًا\" مما سبق.", "وصف", "الظواهري"),
        ], type: nil)
        // A verbal noun (عدم وصف) and an imperfect describing an indefinite noun (بكلمة مسجلة يصف
        // فيها) are no cues.
        #expect(runner.run("وقال الطبيب إن الأمر مهم. 6- عدم وصف الطفل بالعناد على مسمع منه.").attribution(cue: "وصف") == nil)
        #expect(runner.run("البابا تواضروس يشارك بكلمة مسجلة يصف فيها البابا شنودة الثالث بـ\"العملاق الروحى\".")
            .attribution(cue: "يصف") == nil)
    }

    @Test("an أن governed by an impersonal predicate (فمن المؤكد أن) is no introducer of a cue before it")
    func complementOfImpersonalPredicate() throws {
        let text = "قال الوزير محمد العبدالله إن العلاقات جيدة. وأكد وجود رغبة لزيادة الزيارات بين الكويت وأستراليا، "
            + "وإذا كانت هناك دعوة لأمير الكويت، فمن المؤكد أنها ستكون ضمن برنامج الزيارة."
        let (doc, a) = try attribution(text, cue: "وأكد")
        #expect(proDropSource(doc, a) == "محمد العبدالله")
        #expect(doc.text(of: a.content)?.hasPrefix("وجود رغبة") == true, "\(String(describing: doc.text(of: a.content)))")
    }

    @Test("a pro-drop cue the current speaker cannot stand for takes the subject of its own clause")
    func proDropDisagreeingWithSpeaker() throws {
        try expectSources([
            // A woman's verb (or a body's) after a named man's.
            ("وقال المتحدث باسم الوزارة أحمد حافظ إن الاجتماع انتهى. وكذبت الرئاسة التونسية ما تم تداوله من أنباء، وقالت إنه لم يصدر عنها أي بيان.",
             "وقالت", "الرئاسة التونسية"),
            // A plural verb after one named person's.
            ("يقول الدكتور فؤاد زكريا إن دعاة تطبيق الشريعة يرددون عبارات ذات تأثير عاطفي. ولقد اعترف الكثيرون بهذه الحقيقة، وأكدوا أن الحكم العام يقبل تفسيرات كثيرة.",
             "وأكدوا", "الكثيرون"),
            // An agreeing verb stays with the current speaker, whatever subject its clause has.
            ("وقال الوزير محمد إبراهيم إن الشرطة ستحمي المتظاهرين. وتفقد الوزير المواقع، وأضاف أن الأمن مستقر.", "وأضاف", "محمد إبراهيم"),
        ], type: nil)
    }

    @Test("before anyone is quoted, a plural cue does not take one named person or one body as the subject before it")
    func pluralCueAndPreviousSubject() throws {
        for (text, cue, wrong) in [
            ("كتب ـ محمد الصاوي:\nاستمعت نيابة الدرب الأحمر لأقوال الفتاة القبطية وأهلها الذين زعموا تعرضها للاختطاف، "
                + "وأكدوا أنهم لا يريدون إيذاءها ولكنهم يريدون عودتها.", "وأكدوا", "محمد الصاوي"),
            ("كانت النيابة وجهت للمتهمين تهم حيازة أسلحة نارية وترويع المواطنين.\nوأوضحوا أنهم لم يشاركوا في الاشتباكات.",
             "وأوضحوا", "النيابة"),
        ] {
            let doc = runner.run(text)
            let a = doc.attribution(cue: cue)
            #expect(a == nil || doc.text(of: a?.source?.span) != wrong, "\(text): \(String(describing: doc.text(of: a?.source?.span)))")
        }
        // A singular cue still takes it.
        try expectSources([
            ("كانت النيابة وجهت للمتهمين تهم حيازة أسلحة نارية وترويع المواطنين.\nوأوضحت أن المتهمين اعترفوا.", "وأوضحت", "النيابة"),
        ], type: nil)
    }

    @Test("compound names: X الدين and X الله go on, and so does بن in a clause's subject")
    func compoundNames() throws {
        try expectOnlyAttributions([
            ("وقال اللواء عز الدين إن التحويلات ستتم غدا.", Parts(cue: "وقال", source: "عز الدين", content: "التحويلات ستتم غدا")),
            ("وقال صلاح الدين عبد الكريم إن الهجرة مستمرة.", Parts(cue: "وقال", source: "صلاح الدين عبد الكريم", content: "الهجرة مستمرة")),
            ("وقال الشيخ حسن نصر الله إن المقاومة باقية.", Parts(cue: "وقال", source: "حسن نصر الله", content: "المقاومة باقية")),
            // The subject of the clause a participle shares, with بن inside the name.
            ("ومن جهته دعا العميد سعيد بن محمد القحطاني إلى المبادرة، مبينًا أن مراكز التصحيح تعمل.",
             Parts(cue: "مبينًا", source: "سعيد بن محمد القحطاني", content: "مراكز التصحيح تعمل")),
        ])
    }

    @Test("a given name with the article is a family name, and an indefinite title governs the word after it")
    func familyNamesAfterTitles() throws {
        try expectOnlyAttributions([
            ("وكتب وزير الصحة المهندس خالد بن عبدالعزيز الفالح أن الوطن بخير.",
             Parts(cue: "وكتب", source: "خالد بن عبدالعزيز الفالح", content: "الوطن بخير")),
            ("قال الدكتور رفعت السعيد إن الحزب باق.", Parts(cue: "قال", source: "رفعت السعيد", content: "الحزب باق")),
            // A first name the lexicon knows only now (عدنان) opens the name after a title chain.
            ("وأوضح رئيس المجموعة الفوتوغرافي عدنان الخمري أن الرصد سيتم غدا.",
             Parts(cue: "وأوضح", source: "عدنان الخمري", content: "الرصد سيتم غدا")),
        ])
        // رئيس نادي: the club is the title's complement, not the start of a name.
        let (doc, a) = try attribution("وأكد رئيس نادي ملبورن عبدالرحمن عبدالله الموسى أن الموسم بدأ.", cue: "وأكد")
        #expect(doc.text(of: a.source?.span)?.hasPrefix("نادي") == false, "\(parts(doc, a))")
    }

    @Test("a score's dash splits no phrase, and فان opens a name right after the cue")
    func scoresAndVan() throws {
        let quote = "«لا يمكن أن نتركه يرحل بسهولة»"
        try expectOnlyAttributions([
            ("وقال المدرب الهولندي بعد فوز يونايتد 1-صفر على توتنهام: " + quote + ".", Parts(cue: "وقال", source: "المدرب الهولندي", content: quote)),
            ("وقال فان رومبوي إن الاتحاد الأوروبي موحد.", Parts(cue: "وقال", source: "فان رومبوي", content: "الاتحاد الأوروبي موحد")),
        ])
    }

    @Test("a cue word alone after a cue is the speaker's own verb, and the source is the current speaker")
    func cueWordIsNoSubject() throws {
        let text = "وقال المخرج فهد الحارثي إن المسرح يعاني. وأضاف أعتقد أنه من أهم المشكلات غياب الثقافة. وتابع يقول إن الدعم قليل."
        let doc = runner.run(text)
        for cue in ["وأضاف", "وتابع"] {
            let a = try #require(doc.attribution(cue: cue))
            #expect(proDropSource(doc, a) == "فهد الحارثي", "\(cue): \(parts(doc, a))")
        }
    }

    @Test("a family name with ل before a title, a station and a consultant as sources")
    func lamFamilyNameStationConsultant() throws {
        try expectOnlyAttribution("وقال أندريه ليسينكو المتحدث باسم الجيش الأوكراني إن الهجوم جاء على خلفية التصعيد.",
                                  Parts(cue: "وقال", source: "أندريه ليسينكو", content: "الهجوم جاء على خلفية التصعيد"))
        let (station, s) = try expectOnlyAttribution("ونقلت محطة \"ان تي في\" ان شرطيا قتل في الاشتباكات.",
                                                     Parts(cue: "ونقلت", source: "محطة \"ان تي في\"", content: "شرطيا قتل في الاشتباكات"))
        #expect(s.source?.type == .media, "\(station.attributions)")
        let (_, c) = try attribution("أكد استشاري متخصص بطب الأسنان أن العيادات مصدر للعدوى.", cue: "أكد")
        #expect(c.source?.type == .unnamedPerson)
        // Feminine titles are titles too (مفوضة، مبعوثة، مندوبة).
        try expectSources([("وقالت مفوضة التوظيف والشؤون الاجتماعية ماريان تايسن إن سوق العمل تحسن.", "وقالت", "ماريان تايسن")],
                          type: .person)
        // A name and then a ل word that is an outlet: the outlet is the addressee.
        try expectOnlyAttribution("وأوضح صلاح لمحطة تليفزيون روما إن المباراة كانت جيدة.",
                                  Parts(cue: "وأوضح", source: "صلاح", content: "المباراة كانت جيدة"))
        // راديو is a medium noun: an addressee after a name, a source with its outlet's name.
        let (radio, r) = try expectOnlyAttribution("وقال الجنرال ليونارد نجيندكومانا لراديو فرنسا إن القوات تستعد.",
                                                   Parts(cue: "وقال", source: "ليونارد نجيندكومانا", content: "القوات تستعد"))
        #expect(radio.text(of: r.addressee) == "لراديو فرنسا")
        let (_, israel) = try expectOnlyAttribution("وذكر راديو \"صوت إسرائيل\" أن الحكومة اجتمعت.",
                                                    Parts(cue: "وذكر", source: "راديو \"صوت إسرائيل\"", content: "الحكومة اجتمعت"))
        #expect(israel.source?.type == .media)
    }

    @Test("a quoted family name is a person; other quoted names stay organizations")
    func quotedFamilyNames() throws {
        let (_, a) = try expectOnlyAttribution("وقال \"آل مرعي\" في حديثه لـ\"سبق\" إن معالجة الفكر ضرورية.",
                                               Parts(cue: "وقال", source: "آل مرعي", content: "معالجة الفكر ضرورية"))
        #expect(a.source?.type == .person)
        let (_, b) = try expectOnlyAttribution("وأشار «الشرافي» إلى أنه سارع بتقديم بلاغ.",
                                               Parts(cue: "وأشار", source: "الشرافي", content: "سارع بتقديم بلاغ"))
        #expect(b.source?.type == .person)
        // Named in full elsewhere in the text.
        let (doc, _) = try attribution("أكد الرئيس باراك أوباما أن الاتفاق جيد. وقال “أوباما” إن الكونغرس سيوافق.", cue: "وقال")
        #expect(doc.attributions.count == 2)
        #expect(doc.attributions.map { $0.source?.type } == [.person, .person])
        #expect(doc.speakers.count == 1, "\(doc.speakers)")
        // Also a family name that is a given name or a title elsewhere (علي، السيد).
        for (text, cue) in [("قالت منى السيد، مديرة المدرسة، إن الفصول جاهزة. وأضافت «السيد» أن المعلمين حضروا.", "وأضافت"),
                            ("وقال يوسف علي إن الخطة جاهزة. وأضاف «علي» أن التمويل متوفر.", "وأضاف")] {
            let (_, named) = try attribution(text, cue: cue)
            #expect(named.source?.type == .person, "\(text)")
        }
        for text in ["وقال \"داعش\" في بيان إن التفجير نفذه انتحاري.", "وقالت \"الداخلية\" إن التحقيقات مستمرة."] {
            let (_, c) = try attribution(text, cue: text.hasPrefix("وقالت") ? "وقالت" : "وقال")
            #expect(c.source?.type == .organization, "\(text)")
        }
    }

    @Test("a name after a description no lexicon knows, or a name word and family name before a title, is the speaker's")
    func namesInDescriptions() throws {
        let (_, a) = try expectOnlyAttribution("وأوضح مؤلف العرض حسين شاهين، أنه ركز على مراحل نشأته.",
                                               Parts(cue: "وأوضح", source: "حسين شاهين", content: "ركز على مراحل نشأته"))
        #expect(a.source?.type == .person)
        let (_, b) = try expectOnlyAttribution("أكد سياف المعاوي عضو اتحاد كرة القدم أنه تم الاتفاق مع مدرب.",
                                               Parts(cue: "أكد", source: "سياف المعاوي", content: "تم الاتفاق مع مدرب"))
        #expect(b.source?.type == .person)
        // A name after a noun of kinship or representation is another person's.
        for (text, cue, other) in [("وأوضح أكرم سالم نجل الراحل محمود سالم أن والده استمر في العناية.", "وأوضح", "محمود سالم"),
                                   ("وأكد دفاع المتهمين زكريا عزمي رئيس الديوان السابق أن موكليهم سددوا قيمة الهدايا.", "وأكد", "زكريا عزمي")] {
            let (doc, c) = try attribution(text, cue: cue)
            #expect(doc.text(of: c.source?.span) != other, "\(text)")
        }
    }

    @Test("a title word ends a name only where it governs a noun; after a name with nothing to govern it is the family name")
    func titlesAndFamilyNames() throws {
        // Titles of trades and offices (المشرف، نقيب، مؤسس) close the name before them.
        try expectOnlyAttributions([
            ("وذكر المهندس سميحان الشمري المشرف العام على المهرجان أن المهرجان شهد حضوراً كثيفاً.",
             Parts(cue: "وذكر", source: "سميحان الشمري", content: "المهرجان شهد حضوراً كثيفاً")),
            ("وقال ضياء رشوان نقيب الصحفيين إن النقابة ستتخذ كل الوسائل.",
             Parts(cue: "وقال", source: "ضياء رشوان", content: "النقابة ستتخذ كل الوسائل")),
            // A family name with ل before a title without the article is no addressee.
            ("وقال إبرام لويس مؤسس الرابطة إن مشاركتنا كانت سلمية.", Parts(cue: "وقال", source: "إبرام لويس", content: "مشاركتنا كانت سلمية")),
        ])
        // A title word with nothing after it to govern is the family name (مرشد، أمين).
        for text in ["وقال مجدي مرشد إن المعارضة ليست مؤامرة.", "وقال مجدي مرشد، عضو المجلس، إن المعارضة ليست مؤامرة."] {
            try expectOnlyAttribution(text, Parts(cue: "وقال", source: "مجدي مرشد", content: "المعارضة ليست مؤامرة"))
        }
        // With the article too, right after a given name (السيد، الوكيل، القاضي are common family names).
        for text in ["وقال أحمد الوكيل إن المعارضة ليست مؤامرة.", "وقال أحمد الوكيل، عضو المجلس، إن المعارضة ليست مؤامرة."] {
            try expectOnlyAttribution(text, Parts(cue: "وقال", source: "أحمد الوكيل", content: "المعارضة ليست مؤامرة"))
        }
        // Inside a title chain, a place glued to ب is no name; a name that starts like one is.
        let place = try source(of: "وأشار", in: "وأشار وكيل وزارة الأوقاف بأسيوط إلى أن الفساد وصل إلى المسجد.")
        #expect(place.text == "وكيل وزارة الأوقاف بأسيوط" && place.attribution.source?.type == .person)
        try expectOnlyAttributions([
            ("وقال المتحدث باسم الخارجية الأمريكية باتريك فينتريل إن الاتصالات مستمرة.",
             Parts(cue: "وقال", source: "باتريك فينتريل", content: "الاتصالات مستمرة")),
            ("وقالت السفيرة الأمريكية باترسون إن الاتصالات مستمرة.", Parts(cue: "وقالت", source: "باترسون", content: "الاتصالات مستمرة")),
        ])
        #expect(try source(of: "وأكد", in: "وأكد القنصل السعودي بأمريكا سلطان العنقري أن الطلاب بخير.").text == "سلطان العنقري")
        // Not before a quoted name it governs, nor in the accusative (متحدثاً: a circumstantial).
        try expectOnlyAttributions([
            ("قال كمال أبوعيطة عضو «جبهة الإنقاذ» إن الثورة ستنجح.", Parts(cue: "قال", source: "كمال أبوعيطة", content: "الثورة ستنجح")),
            ("وتابع روني متحدثاً عن رونالدو: \"كلنا نحبه\".", Parts(cue: "وتابع", source: "روني", content: "\"كلنا نحبه\"")),
        ])
    }

    @Test("a military rank's grade belongs to the title; a verb's particle ends the subject before it")
    func rankGradesAndVerbParticles() throws {
        // أول، ركن and أركان حرب grade the rank before them and are no part of the name.
        try expectSources([("قال وزير الدفاع المصري الفريق أول عبد الفتاح السيسي إن الصراع قد يؤدي إلى انهيار الدولة.", "قال", "عبد الفتاح السيسي"),
                           ("وقال العقيد أركان حرب أحمد محمد علي إن الانفجار كان بمنطقة نخل.", "وقال", "أحمد محمد علي"),
                           ("وأكد اللواء ركن خالد العبيدي أن القوات تقدمت.", "وأكد", "خالد العبيدي"),
                           ("وقال الفريق أول صدقي صبحي إن الجيش مستعد.", "وقال", "صدقي صبحي")], type: .person)
        // أول is no grade where no rank stands before it.
        #expect(try source(of: "وقال", in: "وقال أول المتحدثين إن الجلسة مفتوحة.").text == "أول المتحدثين")
        // The subject of a clause whose verb is no cue ends at the verb's particle, and the
        // participle after it shares that subject.
        let shared = try source(of: "مهددا", in: "وزير الدفاع الفريق أول عبد الفتاح السيسي لم يدر ظهره للأسئلة مهددا بالانتقام بأن الجيش لن ينسى قتلاه.")
        #expect(shared.text == "عبد الفتاح السيسي" && shared.attribution.source?.realization == .shared)
        #expect(try source(of: "وبحسب", in: "وبحسب المصادر لم تتوصل الأطراف إلى اتفاق.").text == "المصادر")
        // In a relative clause the particle opens the clause's verb, which stays in the phrase.
        #expect(try source(of: "وقالت", in: "وقالت الضحية التي لم يتم الكشف عن هويتها إنها بدأت العلاج.").text == "الضحية التي لم يتم الكشف عن هويتها")
        #expect(try source(of: "وقال", in: "وقال الباحثون الذين قد أعدوا التقرير إن الإدارة تعاملت مع مصر.").text == "الباحثون الذين قد أعدوا التقرير")
        // A line that opens with أن is the content of the cue before it, not a clause whose
        // subject a participle shares.
        let content = try source(of: "موضحا", in: "أكد المستشار مصطفى دويدار المتحدث الرسمي للنيابة العامة،\nأن النيابة العامة لم تصدر أية قرارات، موضحا أن البيان تضمن حث المواطنين.")
        #expect(content.text == "مصطفى دويدار")
    }

    @Test("kin speak with a possessive and in construct, and the subject a participle shares may be one")
    func kinAsSources() throws {
        try expectSources([("وقال شقيقها إن الشرطة لم تتصل بالعائلة.", "وقال", "شقيقها"),
                           ("وقالت والدته لـ«الحياة» إنه كان مريضا.", "وقالت", "والدته"),
                           ("وأكد والدها أن الشرطة لم تتصل بالعائلة.", "وأكد", "والدها")], type: .unnamedPerson)
        // A noun of a person in construct opens the subject of a clause, name and all.
        let mother = try source(of: "مؤكدة", in: "وبكت والدة الشهيد محمد عبد الفتاح، مؤكدة أنها حضرت الجنازة للمطالبة بالقصاص.")
        #expect(mother.text == "والدة الشهيد محمد عبد الفتاح" && mother.attribution.source?.realization == .shared)
        // A verb of form VIII from a root in ل (التقى) is the clause's verb, not a definite noun.
        let minister = try source(of: "وقال", in: "والتقى الوزير بالسفير وقال إن العلاقات جيدة.")
        #expect(minister.text == "الوزير" && minister.attribution.source?.realization == .proDrop)
    }

    @Test("nouns of bodies (صندوق، نادي، جهاز، تيار) head organizations, not names of persons")
    func organizationHeads() throws {
        try expectSources([("وقال صندوق النقد الدولي إن النمو سيتباطأ.", "وقال", "صندوق النقد الدولي"),
                           ("أعلن نادي برشلونة الإسباني أن لاعبه سيغيب 15 يوما.", "أعلن", "نادي برشلونة الإسباني"),
                           ("وأكد جهاز المخابرات أن المتهمين اعتقلوا.", "وأكد", "جهاز المخابرات"),
                           ("وأعلن التيار الشعبي مشاركته في المظاهرات.", "وأعلن", "التيار الشعبي")], type: .organization)
    }

    @Test("a titled name ends before an adjunct or a description; a title after the noun of a body names the body")
    func titledNames() throws {
        try expectSources([("وقال الدكتور عمرو حمزاوى من خلال برنامج تلفزيوني إن الوضع خطير.", "وقال", "عمرو حمزاوى"),
                           ("أكد الدكتور علاء العساس طبيب تشريح الجثمان أن هناك بعض الإصابات.", "أكد", "علاء العساس"),
                           ("وقالت الدكتورة هدى في مقدمة الكتاب إن الأوراق لم تكتب للنشر.", "وقالت", "هدى"),
                           ("وقال الدكتور طارق فهمى بمركز دراسات الشرق الأوسط إن السياسة تتغير.", "وقال", "طارق فهمى"),
                           // على right after a given name is the name علي; later it is the verb's.
                           ("قال الدكتور محمد على بشر وزير التنمية المحلية إن القانون سيصدر.", "قال", "محمد على بشر"),
                           ("وأكد اللواء مصطفى باز على أن الشرطة مستعدة.", "وأكد", "مصطفى باز"),
                           // The name after الملك is the college's; the speaker's comes after his rank.
                           ("وأكد مدير عام كلية الملك فهد الأمنية اللواء سعد بن عبدالله الخليوي أن الطلاب وصلوا.", "وأكد",
                            "سعد بن عبدالله الخليوي"),
                           ("وقال المتحدث الرسمي لمركز الملك سلمان للإغاثة إن المساعدات وصلت.", "وقال",
                            "المتحدث الرسمي لمركز الملك سلمان للإغاثة"),
                           ("وقالت الدكتورة باكينام الشرقاوي مساعد الرئيس للشئون السياسية إن الحوار مستمر.", "وقالت",
                            "باكينام الشرقاوي"),
                           // مسئول is spelled so as often as مسؤول.
                           ("وقال محمد محمود مسئول ائتلاف أمناء الشرطة إن الأمناء غاضبون.", "وقال", "محمد محمود")], type: .person)
        // برئاسة is "headed by": the party speaks, and the phrase keeps its head's name.
        try expectSources([("وأعلن الحزب برئاسة الدكتور عبدالمنعم أبوالفتوح أنه يرفض القرار.", "وأعلن",
                            "الحزب برئاسة الدكتور عبدالمنعم أبوالفتوح")], type: .organization)
    }

    @Test("a family name alone is a clear person when the text gives it in full elsewhere")
    func familyNameGivenInFull() throws {
        let text = "زار الرئيس محمد مرسى مدينة بورسعيد أمس. وأكد مرسى خلال اللقاء تقديره الكبير لأهالى بورسعيد."
        let s = try source(of: "وأكد", in: text)
        #expect(s.text == "مرسى" && s.attribution.source?.type == .person && s.attribution.source?.realization == .explicit)
        // Unknown, the same word is no clear source for a verbal noun content.
        #expect(runner.run("وأكد مرسى خلال اللقاء تقديره الكبير لأهالى بورسعيد.").attributions.isEmpty)
    }

    @Test("a question word after a cue of asking ends its source and opens the content, the question; تسائل is تساءل")
    func questions() throws {
        let named = try source(of: "وتسائل", in: "وتسائل بكار هل يمكن أن نرى نماذج راقية في الحوار؟")
        #expect(named.text == "بكار" && named.attribution.source?.realization == .explicit)
        let text = "وتسائل بكار هل يمكن أن نرى نماذج راقية في الحوار؟"
        #expect(slice(text, named.attribution.content) == "هل يمكن أن نرى نماذج راقية في الحوار")
        #expect(named.attribution.introducer == nil && named.attribution.evidence.contains("content:question"))
        let dropped = try source(of: "وتساءل", in: "وقال الوزير إن الخطة جاهزة. وتساءل كيف يمكن أن نرفضها؟")
        #expect(dropped.text == "الوزير" && dropped.attribution.source?.realization == .proDrop)
        // The question opens a clause of its own: the content before it ends there.
        let doc = runner.run("وقال الوزير إن الخطة جاهزة وتساءل لماذا يرفضها البعض؟")
        #expect(doc.attribution(cue: "وقال").map { doc.text(of: $0.content) } == "الخطة جاهزة")
        #expect(doc.attribution(cue: "وتساءل").map { doc.text(of: $0.content) } == "لماذا يرفضها البعض")
    }

    @Test("a pro-drop cue after a sentence about another person is that person's, when the verb agrees")
    func interveningSubjects() throws {
        let denial = " ونفى المسؤول الإعلامي في الجيش الكولونيل سليمان مايغا هذه الاتهامات."
        let moved = try source(of: "وقال", in: "وأكد الوزير خالد حسن أن الحكومة ستدعم المشروع." + denial + " وقال إن الجيش لا يقوم بأي عمل انتقامي.")
        #expect(moved.text == "المسؤول الإعلامي" && moved.attribution.source?.realization == .proDrop)
        let woman = try source(of: "وقالت", in: "وأكد الوزير خالد حسن أن الخطة جاهزة. واختصرت رئيسة البرازيل ديلما روسيف زيارتها إلى تشيلي. وقالت إن المأساة كبيرة.")
        #expect(woman.text == "رئيسة البرازيل")
        // A verb of another gender, or a background clause after كان, leaves the speaker as it was.
        let agreeing = try source(of: "وقالت", in: "وأكدت الوزيرة سامية حسن أن الخطة جاهزة." + denial + " وقالت إن الخطة ستنفذ.")
        #expect(agreeing.text == "سامية حسن")
        let background = try source(of: "وقال", in: "وأكد المحافظ أحمد عبدالله أن الحظر سيرفع قريبا. كان الرئيس مرسي قد فوض المحافظين في القرار. وقال إن المدينة تجارية.")
        #expect(background.text == "أحمد عبدالله")
        // A cue with و in mid-sentence is the clause's it is conjoined to, when that names a person.
        let conjoined = try source(of: "وقال", in: "وكشف محمد عبد المولى أن القضية تضمنت تسعة متهمين. "
            + "وتحدث المحامي فريد الديب، دفاع المتهمين، إلى المحكمة، وقال إن النيابة وضعت نفسها في موقف صعب.")
        #expect(conjoined.text == "فريد الديب" && conjoined.attribution.source?.realization == .proDrop)
        let rejected = try source(of: "وأكد", in: "وقال الوزير خالد حسن إن الحكومة ستدعم المشروع. "
            + "ونفى صلاح البردويل، الناطق باسم حركة حماس، وجود مثل هذه الوثيقة، وأكد أنها وثيقة لا أساس لها.")
        #expect(rejected.text == "صلاح البردويل")
    }

    @Test("a demonstrative before a source's noun is part of an explicit subject, not of a verb's object")
    func demonstrativeSubjects() throws {
        let text = "وقال مسؤول في الشرطة إن التحقيق مستمر. وأضاف هذا المسؤول أن الدعوى قائمة. وأكدت هذه المصادر أن الوفد سيصل غدا."
        let official = try source(of: "وأضاف", in: text)
        #expect(official.text == "هذا المسؤول" && official.attribution.source?.realization == .explicit)
        #expect(official.attribution.source?.type == .person)
        let sources = try source(of: "وأكدت", in: text)
        #expect(sources.text == "هذه المصادر" && sources.attribution.source?.type == .anonymous)
        // After a cue ذلك is as often its object (وأكد ذلك المقدم علي …: Lt. Col. Ali confirmed that).
        #expect(try source(of: "وأكد", in: text + " وأكد ذلك المسؤول أن الوفد وصل.").text != "ذلك المسؤول")
        // A verb that takes an object and بأن: the demonstrative phrase is that object.
        let object = try source(of: "ووصف", in: "وقال الوزير محمد علي إن الوضع صعب. ووصف هذه القوات بأنها قوات احتلال.")
        #expect(object.text == "محمد علي" && object.attribution.source?.realization == .proDrop)
        // A demonstrative before a word that heads no source opens no subject.
        #expect(try source(of: "وأكد", in: "وقال الوزير محمد علي إن الوضع صعب. وأكد هذا الأمر أن الخطة ناجحة.").attribution.source?.realization != .explicit)
    }

    @Test("a subject word before nothing but an addressee; adverbs and look-alike nouns stay out of the source")
    func subjectEdges() throws {
        let (doc, a) = try expectOnlyAttribution("وقال بنكيران لصحف مغربية إنه لا يعرف طريقة أخرى.",
                                                 Parts(cue: "وقال", source: "بنكيران", content: "لا يعرف طريقة أخرى"))
        #expect(doc.text(of: a.addressee) == "لصحف مغربية")
        try expectOnlyAttributions([
            ("وأوضحت هيئة حقوق الإنسان مثلاً أن العنف هو الأكثر انتشاراً.",
             Parts(cue: "وأوضحت", source: "هيئة حقوق الإنسان", content: "العنف هو الأكثر انتشاراً")),
            // لي after a cue is "to me" unless a name follows (Li Keqiang).
            ("أكد لي وزير المالية بأن ميزانية التعليم سترتفع.", Parts(cue: "أكد", source: "وزير المالية", content: "ميزانية التعليم سترتفع")),
            ("وقال لي كه تشيانغ إن الاقتصاد بخير.", Parts(cue: "وقال", source: "لي كه تشيانغ", content: "الاقتصاد بخير")),
        ])
        // Plural nouns of people are groups; investigations speak as a report does.
        let (_, researchers) = try expectOnlyAttribution("وقال الباحثون إن الدواء فعال.",
                                                         Parts(cue: "وقال", source: "الباحثون", content: "الدواء فعال"))
        #expect(researchers.source?.type == .group)
        let inquiry = try source(of: "وكشفت", in: "وكشفت تحريات فريق البحث أن المتهم هرب.")
        #expect(inquiry.text == "تحريات فريق البحث" && inquiry.attribution.medium?.type == "report")
        // A participle describing the speaker is no subject; a name that starts like one is.
        let doubt = try source(of: "وتابعت", in: "وقالت لجنة التقييم إن الثلوج قليلة. وتابعت مشككة في نوعية الهواء: «الثلج الاصطناعي مكلف».")
        #expect(doubt.text == "لجنة التقييم" && doubt.attribution.source?.realization == .proDrop)
        // Also a title in the accusative (متحدثا "speaking"), where a title in ة is the subject.
        let speaking = try source(of: "وأضاف", in: "وقال أردوغان إن الحزب سيطرح تعديلاته. وأضاف متحدثا إلى نواب حزبه في البرلمان: «نأمل الانتهاء».")
        #expect(speaking.text == "أردوغان" && speaking.attribution.source?.realization == .proDrop)
        try expectOnlyAttribution("وقالت مراسلة في القناة إن القصف مستمر.", Parts(cue: "وقالت", source: "مراسلة في القناة", content: "القصف مستمر"))
        try expectOnlyAttribution("وقال مارادونا في المؤتمر: «سنفوز».", Parts(cue: "وقال", source: "مارادونا", content: "«سنفوز»"))
        // A word written with tanwin fath is an accusative of manner whatever its letters (ضاحكاً،
        // نصاً); a name in ا without it (غوارديولا) stays the subject.
        let (laughDoc, laughing) = try attribution("وقال الوزير إن الأمر انتهى. وأضاف ضاحكاً: «لن نتراجع».", cue: "وأضاف")
        #expect(proDropSource(laughDoc, laughing) == "الوزير")
        #expect(try source(of: "وأضاف", in: "وقال الوزير إن الأمر انتهى. وأضاف غوارديولا: «لن نتراجع».").text == "غوارديولا")
        // After the subject, such a participle ends it; a name that ends in ا before a title does
        // not.
        try expectSources([
            ("وأضاف داود أوغلو متساءلا: \"ماذا يجب على المعارضة أن تفعل؟\".", "وأضاف", "داود أوغلو"),
            ("وقال قراقوش مكملا: \"هنا وجدت الناس\".", "وقال", "قراقوش"),
            ("وقال الوزير مستنكرا: \"لماذا لم يتدخل أحد؟\".", "وقال", "الوزير"),
            ("وقال دوغلاس مونزورا الناطق باسم الحركة لوكالة فرانس برس \"علمنا أن أمين الحركة خطف\".", "وقال", "دوغلاس مونزورا"),
        ], type: .person)
        // Before حيث, only a phrase that opens its clause is the subject (not the end of another).
        let topic = try source(of: "قالت", in: "أشادت الصحيفة باللاعب في المباراة التي أقيمت بين الفريقين مؤخراً حيث قالت إن اللاعب قدم لمحات رائعة.")
        #expect(topic.text == "الصحيفة" && topic.attribution.source?.realization == .proDrop)
        // A verbal noun cue with its preposition (بقوله) ends the subject.
        try expectOnlyAttributions([
            ("وعلق الدلامي بقوله: «نحن سنتسلم المعمل».", Parts(cue: "وعلق", source: "الدلامي", content: "«نحن سنتسلم المعمل»")),
            // A name with ه before its last letter is no word with the suffix ها or هم.
            ("وقال ماهر شيحة إن الشوارع هادئة.", Parts(cue: "وقال", source: "ماهر شيحة", content: "الشوارع هادئة")),
            ("وأكد نتنياهو أن المنظومة ستحمي المواطنين.", Parts(cue: "وأكد", source: "نتنياهو", content: "المنظومة ستحمي المواطنين")),
            // آلية folds like إليه, which after a cue is no source: the text's letters tell them apart.
            ("وقالت آلية الاستقرار الأوروبية إن القرار يمهد الطريق.",
             Parts(cue: "وقالت", source: "آلية الاستقرار الأوروبية", content: "القرار يمهد الطريق")),
        ])
    }

    @Test("a participle shares the subject of a clause that opens with a phrase set off by a comma, when it is a name alone")
    func clauseSubjectAfterFrontedPhrase() throws {
        let shared = try source(of: "مؤكدة", in: "وفي برازيليا، عبرت الرئيسة البرازيلية ديلما روسيف عن حزنها لوفاة تشافيز، مؤكدة أنها خسارة كبيرة.")
        #expect(shared.text == "ديلما روسيف" && shared.attribution.source?.realization == .shared)
        // A name that the verb's object runs into is no clear subject there.
        let doc = runner.run("من ناحية أخرى، طالب الفريق أحمد شفيق وسائل الإعلام تحري الدقة، مشيرًا إلى أنه لم يدل بأي تصريحات.")
        #expect(doc.attributions.allSatisfy { doc.text(of: $0.source?.span).map { !$0.contains("وسائل") } ?? true })
    }

    @Test("a cue form ends a clause subject after كان, unless it is the name after a title")
    func clauseSubjectBeforeItsVerb() throws {
        let afghan = try source(of: "مؤكدا", in: "وكان الرئيس الافغاني حميد كرزاي اعلن عن الاتفاق مع واشنطن، مؤكدا انه يمثل تتويجا ناجحا.")
        #expect(afghan.text == "حميد كرزاي" && afghan.attribution.source?.realization == .shared)
        let doctor = try source(of: "مؤكدة", in: "وكانت الدكتورة راوية عبد الرحمن أعلنت عن العلاج، مؤكدة أنه متوفر.")
        #expect(doctor.text?.contains("راوية عبد الرحمن") == true, "\(String(describing: doctor.text))")
    }

    @Test("a program or an outlet behind a glued ب or ل is no clause subject: the participle takes the current speaker")
    func gluedMediaNounIsNoSubject() throws {
        try expectSources([
            ("وقال طارق المرسى إن الوضع صعب. وانتقد خلال اتصال هاتفي ببرنامج «بين السطور» الذي يعرض على قناة «التحرير» "
                + "اليوم الخميس تصريحات بعض السياسيين، مشيرًا إلى أن القواعد الديمقراطية تتطلب المشاركة.", "مشيرًا", "طارق المرسى"),
            ("وقال أحمد فوزي إن القوى المدنية تتعرض للظلم. وأضاف في حواره لبرنامج \"صباح أون\" اليوم الثلاثاء أن الاتهامات باطلة، "
                + "ومشددا على ضرورة الحوار.", "ومشددا", "أحمد فوزي"),
        ], type: .person)
        // With no current speaker the participle has no source rather than the program's name.
        let doc = runner.run("وأضافت خلال اتصال هاتفي ببرنامج «بلدنا بالمصري» الذي يعرض على قناة «أون تي في»، "
            + "أن الحصار فشل، مشيرة إلى عدم تقبلها خطاب الرئيس.")
        #expect(!doc.attributions.contains { doc.text(of: $0.source?.span)?.contains("بلدنا") == true })
    }

    @Test("an accusative of manner or an adverb after the cue is no subject, with or without tanwin: the cue takes the current speaker")
    func mannerWithoutTanwin() throws {
        let speaker = "وأكد الوزير أحمد كمال أن الخطة جاهزة. "
        try expectSources([
            (speaker + "وقال ساخرا: المكتب مغلق.", "وقال", "أحمد كمال"),
            (speaker + "واضاف مازحا ان الدخان كان واضحا.", "واضاف", "أحمد كمال"),
            (speaker + "وقال نصا إنه يثق بياسين.", "وقال", "أحمد كمال"),
            (speaker + "وقال ردا على سؤال إن الأمر مختلف.", "وقال", "أحمد كمال"),
            (speaker + "وأضاف تعليقا على الحكم أن المحكمة أخطأت.", "وأضاف", "أحمد كمال"),
            (speaker + "وأشار ضمنا إلى أن الحركة قد تنتهي.", "وأشار", "أحمد كمال"),
            (speaker + "وقال لي متحدثا لصحيفة تشوسون ايلبو إن الأمر محتمل.", "وقال", "أحمد كمال"),
            // A time word between the subject and the content stays out of the subject.
            ("ونفى الأمير حينها أن يكون مذنبا.", "ونفى", "الأمير"),
            // A woman's name of the same shape after a feminine cue, and a family name in ا
            // before an outlet behind ل, are names.
            ("وقالت راندا: الأمر محتمل.", "وقالت", "راندا"),
            ("وقال المسؤول عن تنظيم المهرجان ماني براساد ميشرا لوكالة فرانس برس \"هذا أكبر تجمع للبشر في العالم وهو يقام كل عام\".",
             "وقال", "ماني براساد ميشرا"),
        ], type: .person)
    }

    @Test("a clause opened by بعدما has no subject before its opener")
    func afterConjunction() throws {
        let doc = runner.run("وأعلن الطبيب مفاجأة من العيار الثقيل، بعدما كشف أن حادثة المنطاد وقعت بسبب خطأ فني.")
        let a = try #require(doc.attribution(cue: "كشف"))
        #expect(doc.text(of: a.source?.span) == "الطبيب" && a.source?.realization == .proDrop, "\(String(describing: doc.text(of: a.source?.span)))")
    }

    @Test("a place behind ب or ل after a title chain is no name: the quoted name stays the source")
    func placeAfterTitleChain() throws {
        try expectSources([
            ("وصرح المهندس \"عاطف مطر\" وكيل وزارة الزراعة بشمال سيناء، لـ\"اليوم السابع\"، بأنه تم تلقي بلاغات من الأهالي.",
             "وصرح", "المهندس \"عاطف مطر\" وكيل وزارة الزراعة بشمال سيناء"),
            ("وقال أسامة إسماعيل المدير التنفيذي لمنطقة سيناء، إن الأعمال مستمرة.", "وقال", "أسامة إسماعيل"),
        ], type: .person)
    }

    @Test("a participle shares the subject of its clause without the verb's object after it")
    func clauseSubjectWithoutObject() throws {
        for (text, cue, subject) in [
            ("وقررت المحكمة الإدارية العليا قبول الطعون، مؤكدة أن القانون واضح.", "مؤكدة", "المحكمة الإدارية العليا"),
            ("ونقل وزير الخارجية تعازي المملكة لأسرة الرضيع، معرباً عن تمنياته بالشفاء العاجل.", "معرباً", "وزير الخارجية"),
            ("وشن المدرب البرتغالي هجوما شديدا على الحكم، مؤكدا أن الفريق ظلم.", "مؤكدا", "المدرب البرتغالي"),
            ("وأشاد وزير الخارجية الألماني جيدو فسترفيلي بالوفد، مؤكدا أن العلاقات قوية.", "مؤكدا", "جيدو فسترفيلي"),
            // A time word or a quantifier after the name ends the subject.
            ("وزار الرئيس الفرنسي فرنسوا هولاند السبت المدينة، معتبرا أن الخطة واضحة.", "معتبرا", "فرنسوا هولاند"),
            ("وناشد الشيخ محمد حسان كل الأطراف التهدئة، مشددا على أن الحوار هو الحل.", "مشددا", "محمد حسان"),
            // A name without a title: a given name and a family name with the article.
            ("وسجل محمد الكتاتني اعتراضه على لفظ منشق، مؤكدا أن مكتب الإرشاد هو المنشق.", "مؤكدا", "محمد الكتاتني"),
            // على before a comma after a given name closes the name (see SourceLexicon.isNameAli).
            ("ونفى العقيد أحمد على، المتحدث العسكري، ما تردد عن اقتحام المطار، مشيراً إلى أن الوضع مستقر.", "مشيراً", "أحمد على"),
            ("وانتقدت هبة عادل كلمة الرئيس، مؤكدة أن الرئيس لم يتناول مشاكل المرأة.", "مؤكدة", "هبة عادل"),
            // After a given name and a second name word, a definite word in ة or ات is the
            // verb's object, also after a compound name in الله.
            ("أدان الدكتور عمرو حمزاوي الاعتداءات الوحشية على الفتيات، قائلا: \"إن صفعة لناشطة هي صفعة على وجوهنا جميعا\".",
             "قائلا", "عمرو حمزاوي"),
            ("وانتقد الشيخ أحمد عبد الله الخطة، مؤكداً أن الحكومة أخطأت.", "مؤكداً", "أحمد عبد الله"),
            // A verbal noun that opens objects (SourceTable.objectNouns) ends the subject.
            ("وانتقد وزير الخارجية محمد كامل عمرو وجود أزمة في العلاقات، مؤكدا أن الأمور مستقرة.", "مؤكدا", "محمد كامل عمرو"),
            // A definite word that does not agree with a feminine noun in ة is the verb's object;
            // one in لل, a title, an adjective after a construct or after a root ه goes on.
            ("وقبلت المحكمة الطعن المقدم من النيابة، مؤكدة أن الحكم معيب.", "مؤكدة", "المحكمة"),
            ("وأعلنت الحكومة الفنزويلية الحداد العام، مؤكدة أن الرئيس رحل.", "مؤكدة", "الحكومة الفنزويلية"),
            ("وطالبت الجمعية الوطنية للتغيير بالإفراج عن المعتقلين، مؤكدة أن الحبس باطل.", "مؤكدة", "الجمعية الوطنية للتغيير"),
            ("وانتقد رئيس الحكومة السابق قرار الوزير، مؤكدا أنه خطأ.", "مؤكدا", "رئيس الحكومة السابق"),
            ("وانتقد الفقيه المعروف قرار المحكمة، مؤكدا أنه مخالف للدستور.", "مؤكدا", "الفقيه المعروف"),
            // A family name the text gave in full before, not the genitive after the verb's object.
            ("وقال صلاح عبدالمعبود إن الوضع خطير. وتساءل عبدالمعبود عن دور الدولة في وقف المد، مشيراً إلى مطامع إيران.",
             "مشيراً", "عبدالمعبود"),
        ] {
            let shared = try source(of: cue, in: text)
            #expect(shared.text == subject && shared.attribution.source?.realization == .shared, "\(text)")
        }
    }

    @Test("a clause's subject is never the genitive inside a prepositional phrase; a quantifier with من makes a partitive subject")
    func clauseSubjectNotInPrepositionalPhrase() throws {
        // The participle's clause has no subject this rule can name (هشام alone after the
        // verb): the current speaker, not the title and name after من تصريح.
        let mocked = try source(of: "قائلا", in: "قال هشام الشامي إن الشرطة أخطأت. وسخر هشام من تصريح اللواء أشرف عبد الله، قائلا: \"هذا كلام غير صحيح\".")
        #expect(mocked.text == "هشام الشامي" && mocked.attribution.source?.realization == .shared)
        let partitive = try source(of: "مؤكدين", in: "وتظاهر عدد من أعضاء الحزب أمام المحكمة، مؤكدين أن الحكم باطل.")
        #expect(partitive.text == "عدد من أعضاء الحزب" && partitive.attribution.source?.realization == .shared)
        // In the accusative (عددا) the quantifier is the verb's object: no subject at all.
        let doc = runner.run("وتظاهر عددا من أعضاء الحزب أمام المحكمة، مؤكدين أن الحكم باطل.")
        #expect(!doc.attributions.contains { ["الحزب", "عددا من أعضاء الحزب"].contains(doc.text(of: $0.source?.span)) })
    }

    @Test("a relative clause whose cue points back to a statement with فيه/فيها speaks for the statement's owner, the genitive after the medium noun")
    func statementOwnerOfRelativeClause() throws {
        // Before, the first had no source to go to, and the others went to the subject of the
        // clause that mentions the statement.
        try expectSources([
            ("رفض اتحاد شباب الثورة تصريحات الرئيس الإيرانى أحمدى نجاد، والتى أشار فيها إلى أن إيران ستحمى مصر.", "أشار", "أحمدى نجاد"),
            ("وانتقد النشطاء بيان الوزارة التي أكدت فيه أن أربعة بلطجية هاجموا المدرسة.", "أكدت", "الوزارة"),
            ("وأشاد المتحدث بتصريحات عبود الزمر التى قال فيها «لازم نربطهم من إيديهم ورجليهم».", "قال", "عبود الزمر"),
            // Where it was made (عبر «فيسبوك») is not the statement.
            ("جاء ذلك ردا على تصريحات عمر نجل مرسى عبر «فيسبوك» التى قال فيها إن الإعلام كاذب.", "قال", "عمر نجل مرسى"),
        ], type: nil)
        #expect(try source(of: "أكدت", in: "وانتقد النشطاء بيان الوزارة التي أكدت فيه أن أربعة بلطجية هاجموا المدرسة.").attribution.evidence
            .contains("source:medium_issuer"))
        // A noun or an adjective after the medium noun is no owner: the speaker stays the
        // current one.
        for text in ["وقال محمد علي إن القاضي فض خطاب اعتذار اللواء محمود العيسوي والذي أفاد فيه أنه يؤدي مناسك العمرة.",
                     "وقال محمد علي إن ذلك بدا من تصريحات سابقة للمحافظ والتى أكد فيها أنه يستهدف سعر صرف محدد."] {
            let cue = text.contains("أفاد") ? "أفاد" : "أكد"
            #expect(try source(of: cue, in: text).text == "محمد علي", "\(text)")
        }
    }

    @Test("a relative pronoun with و and no relative clause before it to continue stands for the clear source right before it")
    func conjoinedRelativeWithoutEarlierClause() throws {
        // Before, the first went to the subject of the sentence (النيابة) and the others had no source.
        try expectSources([
            ("كانت النيابة قد استمعت إلى أقوال سمير عدلى، المدير الإدارى لمنتخب مصر، والذى نفى أن تكون الكأس المضبوطة هى إحدى كئوس المنتخب.",
             "نفى", "المدير الإدارى لمنتخب مصر"),
            ("وتجددت الاشتباكات بين أهالي الفتاة المختفية والذين يعتقدون أنها داخل الكنيسة، وبين قوات الأمن.", "يعتقدون", "أهالي الفتاة المختفية"),
            ("واستمعت المحكمة إلى شهادة اللواء محمود وجدي وزير الداخلية الأسبق والذي أكد أن جهاز أمن الدولة مستقل.", "أكد", "وزير الداخلية الأسبق"),
        ], type: nil)
        // Nothing before it at all (the document's first token): no phrase and no speaker, so no
        // attribution, and nothing read before the first token.
        #expect(runner.run("والذي قال إن الوضع مستقر.").attributions.isEmpty)
        // A phrase that names no clear source (المريض بخير) is not one: the current speaker stays.
        let (doc, a) = try attribution("قال الطبيب إن المريض بخير، والذي أكد أن حالته مستقرة.", cue: "أكد")
        #expect(proDropSource(doc, a) == "الطبيب" && !a.evidence.contains("source:relative_antecedent"))
    }

    @Test("the object of مع in a medium's phrase after the cue takes part without speaking: the cue keeps the current speaker")
    func partnerInMediumPhraseIsNoSubject() throws {
        for (text, cue, speaker) in [
            ("أكد الوزير أن العدد كبير. وقال في مؤتمر صحفي مشترك مع ممثلي برنامج الأمم المتحدة الإنمائي: \"لم نستطع أن نضبط العدد\".",
             "وقال", "الوزير"),
            ("قال محمد أبو الغار إن الجبهة متماسكة. كما أكد في مداخلة هاتفية مع الإعلامية ريم ماجد في برنامج «بلدنا» أن صباحي لن يترك الجبهة.",
             "أكد", "محمد أبو الغار"),
        ] {
            let (doc, a) = try attribution(text, cue: cue)
            #expect(proDropSource(doc, a) == speaker, "\(text): \(String(describing: doc.text(of: a.source?.span)))")
        }
        // A subject right after the cue stays the subject (وأكد كيري في اتصاله الهاتفي مع عباس).
        #expect(try source(of: "وأكد", in: "وأكد كيري في اتصاله الهاتفي مع عباس أن الرئيس أوباما سيزور المنطقة.").text == "كيري")
        // A relative clause set off after the medium describes it and leaves the cue its speaker.
        let (doc, a) = try attribution("""
            قالت راندا حمادة صابر إنها فخورة بوالدها. وأضافت في مداخلة هاتفية مع برنامج "القاهرة اليوم"، الذي يذاع على فضائية "اليوم"، أن خطيبها عاد إليها.
            """, cue: "وأضافت")
        #expect(proDropSource(doc, a) == "راندا حمادة صابر" && doc.text(of: a.content) == "خطيبها عاد إليها")
    }

    @Test("according to: a noun of saying stands before the source, a cue verb's subject is one, and a quoted name opening the object or a following قد ends it")
    func accordingToObjects() throws {
        try expectOnlyAttributions([
            ("وسيناقش اللقاء الأمور السياسية، حسب قول مؤسس الائتلاف.",
             Parts(cue: "حسب", source: "مؤسس الائتلاف", content: "وسيناقش اللقاء الأمور السياسية")),
            ("وتشهد الشوارع عمليات كر وفر، حسب قول ساهر شيحة.", Parts(cue: "حسب", source: "ساهر شيحة", content: "وتشهد الشوارع عمليات كر وفر")),
        ])
        #expect(try source(of: "وبحسب", in: "وبحسب «رويترز» ساعد تراجع الدولار على تخفيف الضغط عن الذهب.").text == "«رويترز»")
        #expect(try source(of: "بحسب", in: "وقتل خمسة أشخاص بحسب \"سانا\" الرسمية.").text == "\"سانا\" الرسمية")
        // The relative clause's preposition with a pronoun is no source.
        #expect(try source(of: "بحسب ما", in: "وتبلغ جودة الشاشات 4K، بحسب ما صرحت به «غوغل».").text == "«غوغل»")
        // The subject of a cue verb is a source whatever the tables know of the name.
        #expect(try source(of: "حسبما", in: "وقد نشرت الحكومة قوات الجيش من أجل ضمان السلام، حسبما أعلن مادورو.").text == "مادورو")
        // قد and كان open the host clause after the object.
        #expect(try source(of: "ووفقا", in: "ووفقا لمصادر إعلامية فرنسية فقد تم الاتفاق بين الناديين.").text == "لمصادر إعلامية فرنسية")
    }

    @Test("according to a pronoun (حسب قوله، على حد تعبيره): the clause's own subject, else the speaker the suffix agrees with")
    func accordingToPronoun() throws {
        // The clause names whom the pronoun stands for.
        let (doc, a) = try attribution("وأرجع المحامي نبيه الوحش، خلال لقائه بالبرنامج، سبب الأزمة إلى غياب الأمن، على حد قوله.",
                                       cue: "على حد قوله")
        #expect(proDropSource(doc, a) == "نبيه الوحش" && a.cue.cueClass == .accordingTo)
        #expect(doc.text(of: a.content) == "وأرجع المحامي نبيه الوحش، خلال لقائه بالبرنامج، سبب الأزمة إلى غياب الأمن")
        // No subject: the last speaker whose cue agrees with the suffix (ها: the minister, not سالم).
        let three = "وقالت الوزيرة هند صبري إن الحكومة ستعمل. وقال محمد سالم إن المعارضة تتكالب. والوضع صعب للغاية، حسب قولها."
        let (doc3, her) = try attribution(three, cue: "حسب قولها")
        #expect(proDropSource(doc3, her) == "هند صبري" && doc3.text(of: her.content) == "والوضع صعب للغاية")
        // A cue in the clause has attributed it: no second attribution, and the content ends before the phrase.
        try expectOnlyAttribution("وقال الوزير إن الوضع صعب، على حد قوله.", Parts(cue: "وقال", source: "الوزير", content: "الوضع صعب"))
        // قوله تعالى cites scripture; على حد سواء is "alike".
        for text in ["وانتقد الخطيب المصلين، حسب قوله تعالى في كتابه.", "وقتل عشرة مسلحين والجنود على حد سواء."] {
            #expect(runner.run(text).attributions.isEmpty, "\(text)")
        }
    }

    @Test("an abbreviated title (د.، أ.د.) stands before the name and ends no sentence")
    func abbreviatedTitles() throws {
        try expectOnlyAttributions([
            ("وقال د. عبدالعزيز الغميز إن القبول في برامج التخصصات محدود.",
             Parts(cue: "وقال", source: "عبدالعزيز الغميز", content: "القبول في برامج التخصصات محدود")),
            ("وأكد أ.د. محمد علي رئيس الجامعة أن الوضع صعب.", Parts(cue: "وأكد", source: "محمد علي", content: "الوضع صعب")),
        ])
    }

    @Test("a third-person pronoun after the source opens a clause about it")
    func pronounEndsSource() throws {
        try expectOnlyAttributions([
            ("وقال مايك هاكابي وهو مرشح في الحزب، إن الحزب لا يخوض أي حرب.",
             Parts(cue: "وقال", source: "مايك هاكابي", content: "الحزب لا يخوض أي حرب")),
            ("وقال مايك هاكابي، وهو مرشح في الحزب، إن الحزب لا يخوض أي حرب.",
             Parts(cue: "وقال", source: "مايك هاكابي", content: "الحزب لا يخوض أي حرب")),
        ])
    }

    @Test("علي spelled with ي is the name where a name stands or ends; على and علي elsewhere are the preposition")
    func nameAli() throws {
        try expectOnlyAttributions([
            ("وقال علي حسن إن الحكم باطل.", Parts(cue: "وقال", source: "علي حسن", content: "الحكم باطل")),
            ("قال المحامي خالد علي إن الحكم باطل.", Parts(cue: "قال", source: "خالد علي", content: "الحكم باطل")),
            ("وقال ياسر علي، المتحدث باسم الرئاسة، إن الرئيس سيسافر.", Parts(cue: "وقال", source: "ياسر علي", content: "الرئيس سيسافر")),
            ("أكد علي عبد الله صالح، الرئيس اليمني السابق، أن الحرب انتهت.", Parts(cue: "أكد", source: "علي عبد الله صالح", content: "الحرب انتهت")),
            // The preposition: spelled على, before a verbal noun, or before أن after a .ala cue.
            ("وقال خالد على إن الحكم باطل.", Parts(cue: "وقال", source: "خالد", content: "الحكم باطل")),
            ("وأكد محمد علي أهمية الحوار.", Parts(cue: "وأكد", source: "محمد", content: "أهمية الحوار")),
            ("وشدد محمد صلاح علي أن الحوار مهم.", Parts(cue: "وشدد", source: "محمد صلاح", content: "الحوار مهم")),
        ])
    }

    @Test("one word between a cue and a speech quotation is its speaker (غوارديولا too), unless it reads as manner, addressee or object")
    func oneWordBeforeSpeech() throws {
        let quote = "\"يبدو أن الكون الذي نعيش فيه غير مستقر بصورة أساسية\"."
        try expectOnlyAttributions([
            ("وقال بروجردي " + quote, Parts(cue: "وقال", source: "بروجردي", content: String(quote.dropLast()))),
            ("وأضافت أشتون " + quote, Parts(cue: "وأضافت", source: "أشتون", content: String(quote.dropLast()))),
            // A name that ends in ا like an accusative (غوارديولا، اوباما).
            ("وقال غوارديولا " + quote, Parts(cue: "وقال", source: "غوارديولا", content: String(quote.dropLast()))),
            ("وقال اوباما " + quote, Parts(cue: "وقال", source: "اوباما", content: String(quote.dropLast()))),
        ])
        // An accusative of manner (a participle, a verbal noun, an adjective in يا, a short word),
        // the preposition ل, a plural verb, a cue that takes a verbal noun.
        for text in ["وقال ساخرا ", "وقال مبتسما ", "وقال تعليقا ", "وقال رسميا ", "وقال ردا ", "وقال لى ", "وقال لصحافيين ", "وكتبوا عبارة ",
                     "وأكد أهمية "] {
            let doc = runner.run(text + quote)
            let sources = doc.attributions.compactMap { doc.text(of: $0.source?.span) }
            #expect(sources.allSatisfy { !text.contains($0) }, "\(text): \(sources)")
        }
    }

    @Test("no apposition across an adverbial: a name after a segment of adverbials is not the subject's")
    func noAppositionAcrossAdverbial() throws {
        let text = "وأوضح الوزير الجبير، خلال مؤتمر صحافي عقد مع نظيره المصري، سامح شكري، في جدة أمس، أن دعم جهود مصر لن يتغير."
        try expectAttribution(text, Parts(cue: "وأوضح", source: "الوزير الجبير", content: "دعم جهود مصر لن يتغير"), .explicit, rule: "source:vso")
        let doc = runner.run(text)
        #expect(doc.attribution(cue: "وأوضح").map { doc.text(of: $0.medium?.span) } == "خلال مؤتمر صحافي عقد مع نظيره المصري")
    }

    @Test("pro-drop after a pronoun subject with only an addressee, a medium or a comma before the content")
    func proDropAfterAdverbials() throws {
        let addressed = runner.run("وقال الناطق إن التحقيق مستمر. ورفض إعطاء التفاصيل، إلا أنه أكد لـ«الشرق الأوسط» أن المتهمين مثلا أمام المحكمة.")
        let stressed = try #require(addressed.attribution(cue: "أكد"))
        #expect(proDropSource(addressed, stressed) == "الناطق" && addressed.text(of: stressed.content) == "المتهمين مثلا أمام المحكمة")
        let comma = runner.run("وقال شريف إن الطرح قريب. ولم يخض في التفاصيل لكنه قال، إن شركة ميدور تحتاج إلى تمويل.")
        let said = try #require(comma.attribution(cue: "قال"))
        #expect(proDropSource(comma, said) == "شريف" && comma.text(of: said.content) == "شركة ميدور تحتاج إلى تمويل")
        // Not after a relative: أول من ذكرت is no clause of its own.
        #expect(runner.run("وكانت رويترز أول من ذكرت اليوم الخميس إن الصفقة تمت.").attribution(cue: "ذكرت") == nil)
    }

    @Test("SVO: a long subject that opens its paragraph, a subject after لكن or a clause-opening conjunction")
    func svoAtClauseStart() throws {
        let text = "وقال الوزير إن الوضع مستقر.\nالدكتور القس رفعت فتحي أمين عام السنودس الإنجيلي قال لـ\"الدستور\"، إن الرئيس لم يوجه الدعوة."
        try expectAttribution(text, Parts(cue: "قال", source: "رفعت فتحي", content: "الرئيس لم يوجه الدعوة"), .explicit, rule: "source:svo")
        try expectAttribution("ويقول القضاة إن الإعلان قوض السلطة لكن مرسي قال إن الإعلان استهدف إنهاء المرحلة الانتقالية.",
                              Parts(cue: "قال", source: "مرسي", content: "الإعلان استهدف إنهاء المرحلة الانتقالية"), .explicit, rule: "source:svo")
        try expectAttribution("وقال الوزير إن الوضع مستقر. ولكن الحزب قال إن النشطاء سبوا الحراسة.",
                              Parts(cue: "قال", source: "الحزب", content: "النشطاء سبوا الحراسة"), .explicit, rule: "source:svo")
        try expectAttribution("والتزمت إسرائيل الصمت بشأن الغارة لكن وزير دفاعها قال إن الحادث يظهر جديتها.",
                              Parts(cue: "قال", source: "وزير دفاعها", content: "الحادث يظهر جديتها"), .explicit, rule: "source:svo")
        // A conjunction right before the cue: the subject stands before it.
        try expectAttribution("وقال الوزير إن الوضع مستقر. والشاعر أحمد شوقي حيث يقول إن النخلة شجرة السماء.",
                              Parts(cue: "يقول", source: "أحمد شوقي", content: "النخلة شجرة السماء"), .explicit, rule: "source:svo")
    }

    @Test("a demonstrative phrase after a definite subject is the verb's object, after an indefinite noun its genitive")
    func demonstrativeObject() throws {
        try expectAttribution("فيما وصف النواب في البرلمان الروسي هذه البطولة بأنها «النهضة الأخيرة لروسيا».",
                              Parts(cue: "وصف", source: "النواب في البرلمان الروسي", content: "«النهضة الأخيرة لروسيا»"), .explicit, rule: "source:vso")
        try expectAttribution("وقال أحد أعضاء تلك المجموعة إن المصريين لا يحتاجون إلى الطائرات.",
                              Parts(cue: "وقال", source: "أحد أعضاء تلك المجموعة", content: "المصريين لا يحتاجون إلى الطائرات"),
                              .explicit, rule: "source:vso")
    }

    @Test("a surname that starts like a preposition phrase (بوتفليقة، كلينتون) is the subject once a source had it")
    func surnameSeenBefore() throws {
        let text = "قال الرئيس الجزائري عبد العزيز بوتفليقة إن البلاد ستواصل دعمها. وأكد بوتفليقة في كلمته أن الجزائر لن تتراجع."
        let doc = runner.run(text)
        let later = try #require(doc.attribution(cue: "وأكد"))
        #expect(parts(doc, later) == Parts(cue: "وأكد", source: "بوتفليقة", content: "الجزائر لن تتراجع"))
        #expect(later.source?.realization == .explicit)
        #expect(doc.text(of: later.medium?.span) == "في كلمته")
        // Before its verb as well.
        let svo = runner.run("قال الرئيس عبد العزيز بوتفليقة إن البلاد بخير. بوتفليقة أكد أيضا أن الجزائر لن تتراجع.")
        #expect(svo.attribution(cue: "أكد").map { svo.text(of: $0.source?.span) } == "بوتفليقة")
        // Unseen, such a word is the subject where nothing but a medium or an addressee follows
        // it; where more words follow, it reads as a preposition phrase: no subject.
        let unseen = runner.run("وأكد بوتفليقة في كلمته أن الجزائر لن تتراجع.")
        #expect(unseen.attribution(cue: "وأكد").map { unseen.text(of: $0.source?.span) } == "بوتفليقة")
        #expect(runner.run("وأكد بتنسيق كامل في كلمته أن الجزائر لن تتراجع.").attributions.isEmpty)
        // A word with the article that a source had keeps its preposition (البيت الأبيض …
        // للبيت الأبيض): the pro-drop speaker stays the source.
        let noun = runner.run("وقال البيت الأبيض إن الزيارة مهمة. وأشار المتحدث جاي كارني إلى أن العملية مستمرة. "
                              + "وأوضح خلال المؤتمر الصحفي للبيت الأبيض أن الموقف واضح.")
        let explained = try #require(noun.attribution(cue: "وأوضح"))
        #expect(proDropSource(noun, explained) == "جاي كارني")
    }

    @Test("a word alone between cue and content is the subject (وقال برينان إن، وقال بعضهم إن) unless it is a manner adverbial (بوضوح، بلهجة حادة)")
    func loneWordSubject() throws {
        try expectAttribution("وقال برينان إنه لم يكن له دور في البرنامج.",
                              Parts(cue: "وقال", source: "برينان", content: "لم يكن له دور في البرنامج"), .explicit, rule: "source:vso")
        try expectAttribution("وأكدت باترسون أن التعاون بين البلدين مستمر.",
                              Parts(cue: "وأكدت", source: "باترسون", content: "التعاون بين البلدين مستمر"), .explicit, rule: "source:vso")
        try expectAttribution("وقال بعضهم إن المظاهرة ستكون مليونية.",
                              Parts(cue: "وقال", source: "بعضهم", content: "المظاهرة ستكون مليونية"), .explicit, rule: "source:vso")
        // A manner adverbial is no subject: the cue's speaker is the current one.
        for adverbial in ["بوضوح", "بلهجة حادة", "بكل صراحة", "باستمرار"] {
            let doc = runner.run("قال الوزير إن الوضع صعب. وأكد \(adverbial) أن الحكومة لن تتراجع.")
            let stressed = try #require(doc.attribution(cue: "وأكد"), "\(adverbial)")
            #expect(proDropSource(doc, stressed) == "الوزير", "\(adverbial)")
            #expect(doc.text(of: stressed.content) == "الحكومة لن تتراجع")
        }
        // Nor is it part of the subject before it.
        try expectAttribution("وقال ساويرس بوضوح إن الشركة باقية في السوق.",
                              Parts(cue: "وقال", source: "ساويرس", content: "الشركة باقية في السوق"), .explicit, rule: "source:vso")
    }

    @Test("a conjunction before أن (، إذ إن، ، خاصة أن) opens a linked clause: the search for the cue's content ends there")
    func linkedClause() throws {
        try expectAttribution("ولفت خبير آخر إلى عدم المبالغة في الاهتمام بهذه النقطة، إذ إن الاتفاقية لم تختلف كثيرا عن سابقتها.",
                              Parts(cue: "ولفت", source: "خبير آخر",
                                    content: "عدم المبالغة في الاهتمام بهذه النقطة، إذ إن الاتفاقية لم تختلف كثيرا عن سابقتها"),
                              .explicit, rule: "source:vso")
        try expectAttribution("وأشار المصدر إلى زيادة سعر السولار بنسبة 80%، خاصة أن السولار يكلف الدولة كثيرا.",
                              Parts(cue: "وأشار", source: "المصدر", content: "زيادة سعر السولار بنسبة 80%، خاصة أن السولار يكلف الدولة كثيرا"),
                              .explicit, rule: "source:vso")
        // خاصة as an adjective (تصريحات خاصة) leaves أن the complementizer.
        try expectAttribution("وأكد عوض القصاص، شقيق المجني عليه، في تصريحات خاصة أنهم لن يتهاونوا في حق شقيقهم.",
                              Parts(cue: "وأكد", source: "عوض القصاص", content: "لن يتهاونوا في حق شقيقهم"), .explicit, rule: "source:vso")
        // Right after the cue the conjunction is part of the content.
        let doc = runner.run("وقال الوزير إن الوضع صعب. وأضاف كما أن «الحكومة لن تتراجع عن قرارها».")
        #expect(doc.attribution(cue: "وأضاف").map { doc.text(of: $0.content) } == "«الحكومة لن تتراجع عن قرارها»")
        // A temporal clause (بعد أن) does not end the search.
        try expectAttribution("وقال الوزير بعد أن التقى نظيره الفرنسي إن العلاقات قوية.",
                              Parts(cue: "وقال", source: "الوزير", content: "العلاقات قوية"), .explicit, rule: "source:vso")
    }

    @Test("a participle after a comma ends the content before it, whatever follows it; a feminine one with و is a listed noun")
    func participleEndsContent() throws {
        // From the corpus: مطالبين takes an object and ب, no content the cue table knows, and the
        // content ran on through it.
        try expectAttribution("وأعلن الطلاب أن التصعيد سيشمل تنظيم مظاهرات، ومسيرات خارج الجامعة، مطالبين وزير التعليم العالي، بإعداد لائحة طلابية أخرى.",
                              Parts(cue: "وأعلن", source: "الطلاب", content: "التصعيد سيشمل تنظيم مظاهرات، ومسيرات خارج الجامعة"),
                              .explicit, rule: "source:vso")
        try expectAttribution("وقال الوزير إن الوزارة ستعمل على حل الأزمة، ومتابعة الأوضاع في المحافظات.",
                              Parts(cue: "وقال", source: "الوزير", content: "الوزارة ستعمل على حل الأزمة، ومتابعة الأوضاع في المحافظات"),
                              .explicit, rule: "source:vso")
    }

    @Test("a participle after a clause whose verb an organization's name follows shares that organization")
    func participleAfterNamedBody() throws {
        // From the corpus: with the head indefinite (حركة، حزب) the clause had no subject, and
        // the participle no source.
        try expectSources([("وأعلنت حركة شباب الثورة عن تنظيم مسيرة، مؤكدة أنها سلمية.", "مؤكدة", "حركة شباب الثورة"),
                           ("أصدر حزب التجمع بالمنوفية بيانا له اليوم، يعلن فيه عن رفضه دعوة الرئيس للحوار، مؤكدا أن الرئيس فقد شرعيته.",
                            "مؤكدا", "حزب التجمع")],
                          type: .organization)
        // So does an anonymous source's head, rather than the speaker before it.
        let text = "وأشار المتحدث أحمد عسيري إلى أن الطرف الآخر لم يلتزم. وانتقدت مصادر دبلوماسية في الحكومة اليمنية الأمم المتحدة، مشيرة إلى أنها لم تقم بإرسال أية باخرة."
        let doc = runner.run(text)
        #expect(doc.attribution(cue: "مشيرة").map { doc.text(of: $0.source?.span) } == "مصادر دبلوماسية")
        // A title before the name is no verb: the fronted subject is the person.
        try expectSources([("رئيس حزب الكرامة محمد سامى، اعتبر حديث الرئيس تحريضا على العنف، مضيفا أن الدم المصري عزيز.",
                            "مضيفا", "محمد سامى")], type: .person)
    }

    @Test("a quotation set off in the subject's apposition before the cue's complementizer is a name, not the content")
    func quotationInApposition() throws {
        // From the corpus: the quoted event name was taken as the direct content.
        try expectOnlyAttributions([
            ("وقالت الفنانة تيسير فهمي، منسقة فعالية «القصاص لضحايا العسكر»، إن الفعالية سلمية.",
             Parts(cue: "وقالت", source: "تيسير فهمي", content: "الفعالية سلمية")),
            ("قال عمرو على، عضو \"جبهة أحمد ماهر\"، إن الحركة تدين أحداث العنف.",
             Parts(cue: "قال", source: "عمرو على", content: "الحركة تدين أحداث العنف")),
        ])
    }

    @Test("a quoted name with a person's title after it is that person, with the title")
    func quotedNameWithTitle() throws {
        // From the corpus: the quoted name was an organization, and its title was lost.
        let doc = runner.run("وقالت «هوا تشون ينغ»، المتحدثة باسم الخارجية الصينية، إن الصين ترحب بالحوار.")
        let a = try #require(doc.attribution(cue: "وقالت"))
        #expect(doc.text(of: a.source?.span) == "«هوا تشون ينغ»")
        #expect(a.source?.type == .person)
        #expect(doc.text(of: a.source?.title) == "المتحدثة باسم الخارجية الصينية")
    }

    @Test("a conjoined cue's subject after it and a plain verbal noun between subject and suffixed word")
    func subjectAndGoverningNoun() throws {
        // From the corpus: the subject went into the content, or the verbal noun into the subject.
        let doc = runner.run("وقال جديع القحطاني إن المشاركة واسعة. وتوقع القحطاني زيادة نسبة المشاركة في الانتخابات.")
        #expect(doc.attribution(cue: "وتوقع").map { parts(doc, $0) }
                == Parts(cue: "وتوقع", source: "القحطاني", content: "زيادة نسبة المشاركة في الانتخابات"))
        try expectOnlyAttributions([
            ("وأعلنت الشركة تراجع أرباحها بنسبة 90 في المائة.",
             Parts(cue: "وأعلنت", source: "الشركة", content: "تراجع أرباحها بنسبة 90 في المائة")),
            // After a title the plain word is a name.
            ("وأكد الرئيس مرسي دعمه للقوات المسلحة.", Parts(cue: "وأكد", source: "مرسي", content: "دعمه للقوات المسلحة")),
        ])
    }

    @Test("a relay through a noun of saying: نقلت الوكالة قول مصادر رسمية إن")
    func relayThroughSayingNoun() throws {
        // From the corpus: the outlet was the source and who it quoted was lost.
        for (text, source, via) in [("ونقلت الوكالة قول مصادر رسمية إن الوضع اليوم سلمي.", "مصادر رسمية", "الوكالة"),
                                    ("ونقل موقع إلكتروني، قول القرصان بأنه اخترق حساب العائلة.", "القرصان", "موقع إلكتروني")] {
            let doc = runner.run(text)
            #expect(doc.attributions.count == 1)
            let a = try #require(doc.attributions.first)
            #expect(doc.text(of: a.source?.span) == source)
            #expect(doc.text(of: a.via?.source.span) == via)
        }
    }

    @Test("a preposition right after the subject opens the content when a clause with و stands before a later أن")
    func prepositionBeforeClause() throws {
        // From the corpus: أن belonged to نسأل الله, and the content was a prayer.
        let text = "وقال أبو مرزوق إن الاتهامات باطلة. وأكد أبو مرزوق مجددا على وقوف حركة حماس على مسافة متساوية من جميع الأحزاب ، ونتمنى لمصر الأمن و نسأل الله أن يحفظها من كل سوء."
        let marzouq = runner.run(text)
        #expect(marzouq.attribution(cue: "وأكد").map { parts(marzouq, $0) }
                == Parts(cue: "وأكد", source: "أبو مرزوق", content: "وقوف حركة حماس على مسافة متساوية من جميع الأحزاب"))
        let doc = runner.run("وأكد الوزير على وقوف الحكومة مع الشعب، ونسأل الله أن يحفظ مصر.")
        #expect(doc.attributions.map { parts(doc, $0) } == [Parts(cue: "وأكد", source: "الوزير", content: "وقوف الحكومة مع الشعب")])
        // A comma before a title is no clause of its own.
        try expectAttribution("وأكد الوزير، وزير الخارجية، على أن العلاقات قوية.",
                              Parts(cue: "وأكد", source: "الوزير", content: "العلاقات قوية"), .explicit, rule: "source:vso")
    }

    @Test("a و written apart from its cue: the cue is conjoined and closes the content before it")
    func detachedConjunction() throws {
        let (doc, said) = try attribution("وقال الوزير إن المشروع سيبدأ غدا في موعده و أضاف أن التمويل متوفر.", cue: "وقال")
        #expect(parts(doc, said) == Parts(cue: "وقال", source: "الوزير", content: "المشروع سيبدأ غدا في موعده"))
        let added = try #require(doc.attribution(cue: "أضاف"))
        #expect(doc.text(of: added.content) == "التمويل متوفر")
        #expect(proDropSource(doc, added) == "الوزير")
    }

    @Test("ثم before a cue conjoins it, as و does: pro-drop, and the content before it ends")
    func thummaConjoins() throws {
        let asked = runner.run("قال كيري إن الزيارة مهمة. وألقى عددا من الطرائف ثم تساءل: «هل يستطيع رجل أن يتولى الوزارة؟»")
        let question = try #require(asked.attribution(cue: "تساءل"))
        #expect(proDropSource(asked, question) == "كيري")
        let (doc, first) = try attribution("وتقول الوزيرة إنها تقدمت بالإخطار وفقا للمادة 51 ثم تقول إنها استوفت المستندات المطلوبة.", cue: "وتقول")
        #expect(doc.text(of: first.content) == "تقدمت بالإخطار وفقا للمادة 51")
        let second = try #require(doc.attribution(cue: "تقول"))
        #expect(proDropSource(doc, second) == "الوزيرة" && doc.text(of: second.content) == "استوفت المستندات المطلوبة")
    }

    @Test("a participle after كان or غير is an adjective, and the content around it runs on")
    func adjectivalParticiple() throws {
        try expectOnlyAttribution("وقال المحلل أحمد سامي إن الحكم جاء كما كان متوقعا بعد أسابيع من الجدل.",
                                  Parts(cue: "وقال", source: "أحمد سامي", content: "الحكم جاء كما كان متوقعا بعد أسابيع من الجدل"))
        let other = runner.run("وقال المحلل أحمد سامي إن الأسواق شهدت تقلبات غير متوقعة خلال الأسبوع الماضي.")
        #expect(other.attributions.count == 1)
        #expect(other.text(of: other.attributions.first?.content) == "الأسواق شهدت تقلبات غير متوقعة خلال الأسبوع الماضي")
        // With a complementizer of its own the participle is a belief cue again.
        let belief = runner.run("وأوضح المحلل أحمد سامي أن المستثمرين كانوا متوقعين أن ترتفع الأسعار.")
        #expect(belief.attribution(cue: "متوقعين") != nil)
    }

    @Test("VSO: a name closing a title chain; إلى أن as introducer")
    func titleChainName() throws {
        let (doc, a) = try attribution("وأشار العميد الركن والمحلل السياسي السوري أحمد رحال إلى أن هناك تجمعاً كبيراً في البادية.", cue: "وأشار")
        #expect(parts(doc, a) == Parts(cue: "وأشار", source: "أحمد رحال", content: "هناك تجمعاً كبيراً في البادية"))
        #expect(doc.text(of: a.introducer) == "إلى أن")
    }

    @Test("SVO: a quoted name or a كان-clause subject before the cue")
    func svo() throws {
        let doc = runner.run("\"قسد\" أعلنت في بيان أنها سيطرت على البلدة. وكان البيت الأبيض أعلن أن القوات ستبقى.")
        #expect(parts(doc, doc.attribution(cue: "أعلنت")) == Parts(cue: "أعلنت", source: "\"قسد\"", content: "سيطرت على البلدة"))
        #expect(parts(doc, doc.attribution(cue: "أعلن")) == Parts(cue: "أعلن", source: "البيت الأبيض", content: "القوات ستبقى"))
        #expect(doc.attribution(cue: "أعلنت")?.medium?.type == "statement")
    }

    @Test("pro-drop and participle cues take the current speaker, pointing at its last explicit mention")
    func implicitSources() throws {
        let text = "قال المتحدث العسكري مصطفى بالي إن المعارك مستمرة. وأضاف أن القوات تتقدم ببطء، مشيراً إلى أن المدنيين خرجوا من الجيب."
        let (doc, added) = try attribution(text, cue: "وأضاف")
        #expect(parts(doc, added) == Parts(cue: "وأضاف", source: "مصطفى بالي", content: "القوات تتقدم ببطء"))
        #expect(added.source?.realization == .proDrop)
        let noting = try #require(doc.attribution(cue: "مشيراً"))
        #expect(parts(doc, noting) == Parts(cue: "مشيراً", source: "مصطفى بالي", content: "المدنيين خرجوا من الجيب"))
        #expect(noting.source?.realization == .shared && noting.cue.form == .participle)
    }

    @Test("a participle without a main attribution shares the clause's subject")
    func participleOfStanceClause() throws {
        let (_, a) = try expectOnlyAttribution("في غضون ذلك رحبت الإدارة الذاتية بقرار الولايات المتحدة، قائلة إن ذلك سيحمي المنطقة.",
                                               Parts(cue: "قائلة", source: "الإدارة الذاتية", content: "ذلك سيحمي المنطقة"))
        #expect(a.source?.realization == .shared)
    }

    @Test("relay: نقلت وكالة X عن Y قوله إن … has the verbal noun as cue and X as via")
    func relay() throws {
        let doc = runner.run("نقلت وكالة \"رويترز\" عن قيادي في \"قسد\" قوله، اليوم السبت، إن الهجوم سيبدأ الليلة.")
        let a = try #require(doc.attributions.first)
        #expect(parts(doc, a) == Parts(cue: "قوله", source: "قيادي في \"قسد\"", content: "الهجوم سيبدأ الليلة"))
        #expect(a.cue.form == .masdar)
        #expect(doc.text(of: a.via?.source.span) == "وكالة \"رويترز\"")
        #expect(doc.text(of: a.via?.cue.span) == "نقلت")
        #expect(doc.text(of: a.via?.connector) == "عن")
        // The verbal noun may open a quotation, with or without a colon; a pro-drop cue after it
        // goes to the relayed speaker, not to the outlet.
        for text in ["ونقلت وكالة رويترز عن الوزير قوله: \"إننا نهيمن على الاحتياطيات\".",
                     "ونقلت رويترز عن الوزير قوله \"نحن نهيمن على الاحتياطيات\"."] {
            let doc = runner.run(text)
            let a = try #require(doc.attribution(cue: "قوله"), "\(text)")
            #expect(doc.text(of: a.source?.span) == "الوزير" && a.kind == .direct && a.via != nil, "\(text)")
        }
        // عنه: the outlet relays someone named before, who is the source (pro-drop); not where
        // the pronoun is what was spoken about and no outlet relays (الأمر الذي ذكر عنه X أنه).
        for text in ["وقال الوزير أحمد كمال إن الخطة جاهزة. ونقلت عنه وكالة رويترز قوله إن الحكومة ستدعم المشروع.",
                     "وقال الوزير أحمد كمال إن الخطة جاهزة. ونقلت وكالة رويترز عنه قوله إن الحكومة ستدعم المشروع."] {
            let doc = runner.run(text)
            let a = try #require(doc.attribution(cue: "قوله"), "\(text)")
            #expect(doc.text(of: a.source?.span) == "أحمد كمال" && a.source?.realization == .proDrop, "\(text)")
            #expect(doc.text(of: a.via?.source.span) == "وكالة رويترز" && doc.text(of: a.via?.connector) == "عنه", "\(text)")
        }
        #expect(try source(of: "ذكر", in: "وهو الأمر الذي ذكر عنه ابن عقيل الحنفي أنه لا سياسة إلا ما وافق الشرع.").text
                == "ابن عقيل الحنفي")
        // With no outlet (ونقل عن …), the verbal noun is the cue alone; a name after عن that
        // starts like a preposition (كاسترو) is still a name there.
        for text in ["ونقل عن كاسترو قوله \"إنه أفضل كثيرا ويتعافى\".", "ونقل عن كاسترو قوله إنه أفضل كثيرا."] {
            #expect(try source(of: "قوله", in: text).text == "كاسترو", "\(text)")
        }
        let (relayed, next) = try attribution("""
            ونقلت وكالة أنباء "فارس" الإيرانية، اليوم الجمعة، عن جعفري قوله "إننا نهيمن على الاحتياطيات". كما أوضح أن الهزائم المتكررة لقوى الهيمنة واضحة.
            """, cue: "أوضح")
        #expect(proDropSource(relayed, next) == "جعفري")
    }

    @Test("a verbal noun with ب opens its clause's quotation and shares that clause's subject only")
    func verbalNounWithBiOpensQuotation() throws {
        for (text, cue, subject) in [
            ("وانتقد البعض طلب الضبط والاحضار بقوله \"لم نقم بثورة حتى يكون هناك خيانة\".", "بقوله", "البعض"),
            ("واكتفى الشيخ ياسر متولي، القيادي السلفي، بقوله \"الحمد لله\".", "بقوله", "ياسر متولي"),
        ] {
            let (doc, a) = try attribution(text, cue: cue)
            #expect(doc.text(of: a.source?.span) == subject && a.source?.realization == .shared && a.kind == .direct, "\(text)")
            #expect(a.cue.form == .masdar && a.confidence < 0.9)
        }
        // After a cue verb, the verbal noun is no subject: the verb keeps its speaker and the
        // quotation, and the noun makes no second attribution of it.
        let (said, more) = try attribution("وقال الوزير: «الأمور إلى أحسن». وأكمل بقوله: «الكل يتحرك هناك».", cue: "وأكمل")
        #expect(proDropSource(said, more) == "الوزير" && said.attribution(cue: "بقوله") == nil)
        // No subject it can read, or one its suffix disagrees with (a woman's بقولها after a
        // man): no attribution, rather than the current speaker's.
        for text in ["وقال الوزير إن الأزمة انتهت. فيما اكتفى ناجح إبراهيم بقوله \"حكم الدولة يختلف عن قيادة الجماعة\".",
                     "وقف المتهم محمد فى حالة ذهول ينظر لشريكته شيماء التى فاجأته بقولها: «منك لله»."] {
            let doc = runner.run(text)
            #expect(doc.attribution(cue: "بقوله") == nil && doc.attribution(cue: "بقولها") == nil, "\(text)")
        }
    }

    @Test("a noun that takes أن (أهمية، ضرورة) right before it opens what was said and ends no subject")
    func complementNounBeforeIntroducer() throws {
        try expectSources([
            ("وأكد الرئيس أهمية أن يكون هناك دعم.", "وأكد", "الرئيس"),
            ("وشدد الوزير على ضرورة أن يكون هناك دعم.", "وشدد", "الوزير"),
            ("أكد وزير خارجية تركيا أحمد داوود أوغلو، ضرورة أن يكون هناك دعم من دول الجوار.", "أكد",
             "وزير خارجية تركيا أحمد داوود أوغلو"),
        ], type: .person)
        let (doc, a) = try attribution("وقال الوزير إن الوضع مستقر. وأكد ضرورة أن يكون هناك دعم.", cue: "وأكد")
        #expect(proDropSource(doc, a) == "الوزير")
    }

    @Test("a conjunction that opens a clause (حيث، بينما، كما، فقد) makes the cue after it open its clause, comma or not")
    func cueAfterClauseOpeningConjunction() throws {
        try expectSources([
            ("ودفع الدفاع بحسن النية حيث قال صبري إنه لم يكن يعلم.", "قال", "صبري"),
            ("خسرت الجماعة الدعم السلفي حيث أكد الشيخ ياسر برهامي نائب رئيس الدعوة السلفية أن الجماعة أخطأت.", "أكد", "ياسر برهامي"),
            // كما "also" and فقد open a clause whose verb comes first as well.
            ("يبدو أن نقل الملف فاجأه فقد قال يوسف كمال وزير مالية قطر إن قطر لن تتخلى عن مصر.", "قال", "يوسف كمال"),
        ], type: .person)
        #expect(try source(of: "أضاف", in: "وأكد مصدر أمني أن نجل الرئيس اعتذر للضابط وتم التصالح بينهما كما أضاف المصدر أن الضابط محترم.")
            .text == "المصدر")
    }

    @Test("بين is the preposition, not the cue بيّن, inside a clause, after a comma in mid-sentence, and as وبين after another بين")
    func betweenIsNoCue() throws {
        for text in ["لم يكن هناك اتصال بينى وبين الشيخ عبدالحكيم قبل سفرى ولكن عرفت أنه قائد.",
                     "وقعت مشاجرة بشارع سعد زغلول، بين الطرف الأول والطرف الثاني أن الخلاف قديم.",
                     "لاحظوا أن المتهمين تنقلوا بين 3 دول فى 4 أيام، وأن التأشيرات مزورة."] {
            let doc = runner.run(text)
            #expect(!doc.attributions.contains { ["بين", "وبين"].contains(doc.text(of: $0.cue.span)) }, "\(text)")
        }
        // The verb opens its clause: with و, after a phrase fronted before it, or after كما.
        try expectSources([
            ("وبين التقرير أن سيارات الإسعاف نقلتهم.", "وبين", "التقرير"),
            ("من جانبه، بين عبدالله العتيبي أن الشركة تدرب موظفيها.", "بين", "عبدالله العتيبي"),
        ], type: nil)
    }

    @Test("addressees, media of statement and anonymous sources")
    func addresseeAndMedium() throws {
        let text = """
        وقالت امرأة لوكالة "رويترز" إن "عناصر التنظيم تحصنوا في الباغوز". \
        وذكر المسؤول الإعلامي مصطفى بالي، عبر "تويتر"، أن "المعركة بدأت". \
        وقال أبو محمد المتحدث باسم الجماعة في تسجيل صوتي إن الحرب طويلة. \
        وقال مصدر في "قسد" لـ"العربية" إن الطائرات قصفت المواقع. \
        وأضافت الوزارة في برقيتها أن الحدود مغلقة. \
        وقالت مصادر مطلعة إن الاجتماع تأجل.
        """
        let (doc, woman) = try attribution(text, cue: "وقالت")
        #expect(parts(doc, woman) == Parts(cue: "وقالت", source: "امرأة", content: "\"عناصر التنظيم تحصنوا في الباغوز\""))
        #expect(doc.text(of: woman.addressee) == "لوكالة \"رويترز\"")
        #expect(woman.kind == .direct && woman.source?.type == .unnamedPerson)
        let tweet = try #require(doc.attribution(cue: "وذكر"))
        #expect(tweet.medium?.type == "twitter" && doc.text(of: tweet.medium?.span) == "عبر \"تويتر\"")
        #expect(doc.text(of: tweet.source?.span) == "مصطفى بالي")
        let audio = try #require(doc.attributions.first { doc.text(of: $0.source?.span)?.hasPrefix("أبو محمد") == true })
        #expect(audio.medium?.type == "audio_recording")
        let insider = try #require(doc.attributions.first { doc.text(of: $0.source?.span) == "مصدر في \"قسد\"" })
        #expect(doc.text(of: insider.addressee) == "لـ\"العربية\"" && insider.source?.type == .anonymous)
        let cable = try #require(doc.attribution(cue: "وأضافت"))
        #expect(doc.text(of: cable.source?.span) == "الوزارة" && cable.medium?.type == "letter")
        let sources = try #require(doc.attributions.last)
        #expect(doc.text(of: sources.source?.span) == "مصادر مطلعة" && sources.source?.type == .anonymous)
    }

    @Test("an article is a medium: in an article the paper speaks, and the editorial speaks itself; an article as an object does not")
    func articles() throws {
        let (doc, paper) = try expectOnlyAttribution("ورأت الصحيفة في مقال افتتاحي نشرته اليوم أن الحكومة فشلت.",
                                                     Parts(cue: "ورأت", source: "الصحيفة", content: "الحكومة فشلت"))
        #expect(paper.medium?.type == "article" && doc.text(of: paper.medium?.span) == "في مقال افتتاحي نشرته")
        let editorial = try source(of: "وتقول", in: "وتقول الافتتاحية إن الحكومة فشلت.")
        #expect(editorial.text == "الافتتاحية" && editorial.attribution.medium?.type == "article")
        #expect(runner.run("وكتب مقالا عنوانه: «الحرب قادمة».").attributions.allSatisfy { $0.source?.realization != .explicit })
    }

    @Test("direct speech: colon, a quotation straight after the source, and وأضاف قائلاً")
    func direct() throws {
        let text = """
        وأكدت المتحدثة باسم البيت الأبيض سارة ساندرز في بيان مقتضب: “ستبقى مجموعة صغيرة لحفظ السلام”. \
        وقال مدير المركز الإعلامي مصطفى بالي "سيطرت قواتنا بشكل كامل على المخيم". \
        وأضاف قائلاً: "لن نتراجع عن هدفنا".
        """
        let (doc, statement) = try attribution(text, cue: "وأكدت")
        #expect(parts(doc, statement) == Parts(cue: "وأكدت", source: "سارة ساندرز", content: "“ستبقى مجموعة صغيرة لحفظ السلام”"))
        #expect(statement.kind == .direct && statement.medium?.type == "statement" && doc.text(of: statement.introducer) == ":")
        let bare = try #require(doc.attribution(cue: "وقال"))
        #expect(parts(doc, bare) == Parts(cue: "وقال", source: "مصطفى بالي", content: "\"سيطرت قواتنا بشكل كامل على المخيم\""))
        #expect(bare.introducer == nil)
        let compound = try #require(doc.attribution(cue: "وأضاف قائلاً"))
        #expect(compound.cue.form == .finiteParticiple && compound.kind == .direct)
        #expect(proDropSource(doc, compound) == "مصطفى بالي")
    }

    @Test("mixed: a paraphrase with verbatim words")
    func mixed() throws {
        let doc = runner.run("وقال مصطفى بالي على تويتر إن معظم المتشددين الذين تم أسرهم \"مواطنون أجانب\".")
        let a = try #require(doc.attributions.first)
        #expect(parts(doc, a) == Parts(cue: "وقال", source: "مصطفى بالي", content: "معظم المتشددين الذين تم أسرهم \"مواطنون أجانب\""))
        #expect(a.kind == .mixed && a.medium?.type == "twitter")
    }

    @Test("nested attributions carry their parent")
    func nested() throws {
        let (doc, outer) = try attribution("وقال عبد الكريم عمر إن الخبراء يتوقعون أن تطول المعركة.", cue: "وقال")
        let inner = try #require(doc.attribution(cue: "يتوقعون"))
        #expect(parts(doc, outer) == Parts(cue: "وقال", source: "عبد الكريم عمر", content: "الخبراء يتوقعون أن تطول المعركة"))
        #expect(parts(doc, inner) == Parts(cue: "يتوقعون", source: "الخبراء", content: "تطول المعركة"))
        #expect(inner.parent == doc.attributions.firstIndex(of: outer))
        #expect(outer.parent == nil && inner.cue.cueClass == .belief)
    }

    @Test("nominal contents: إلى + noun phrase, a verbal noun with a pronoun, an SVO headline")
    func nominal() throws {
        let text = """
        قائد "قسد" يتوقع الحسم خلال أسبوع
        وقال مظلوم عبدي إن المعركة طويلة. وأكد مظلوم سعيه العمل على إعادة العائلات، ملمحاً إلى أنقرة. \
        وأشار مظلوم إلى التهديدات التي تواجهها القوات.
        """
        let doc = runner.run(text)
        #expect(parts(doc, doc.attribution(cue: "يتوقع")) == Parts(cue: "يتوقع", source: "قائد \"قسد\"", content: "الحسم خلال أسبوع"))
        #expect(parts(doc, doc.attribution(cue: "وأكد")) == Parts(cue: "وأكد", source: "مظلوم", content: "سعيه العمل على إعادة العائلات"))
        #expect(parts(doc, doc.attribution(cue: "ملمحاً")) == Parts(cue: "ملمحاً", source: "مظلوم", content: "أنقرة"))
        #expect(parts(doc, doc.attribution(cue: "وأشار")) == Parts(cue: "وأشار", source: "مظلوم", content: "التهديدات التي تواجهها القوات"))
        #expect(doc.text(of: doc.attribution(cue: "وأشار")?.introducer) == "إلى")
    }

    @Test("content ends before the next clause cue and excludes the final period")
    func contentBoundaries() throws {
        let doc = runner.run("وأوضح الناشط صهيب جابر أن البلدة تشهد قصفاً عنيفاً وأشار إلى أن أطرافها تعرضت لهجمات.")
        #expect(doc.text(of: doc.attribution(cue: "وأوضح")?.content) == "البلدة تشهد قصفاً عنيفاً")
        #expect(doc.text(of: doc.attribution(cue: "وأشار")?.content) == "أطرافها تعرضت لهجمات")
        #expect(doc.attribution(cue: "وأشار")?.source?.realization == .proDrop)
    }

    @Test("according to: the object is the source, the host clause the content")
    func accordingTo() throws {
        let text = "وبحسب المرصد السوري لحقوق الإنسان، قتل خمسة مدنيين في القصف. وقتل ثلاثة جنود في الهجوم، وفقاً لمصادر محلية."
        let (doc, first) = try attribution(text, cue: "وبحسب")
        #expect(parts(doc, first) == Parts(cue: "وبحسب", source: "المرصد السوري لحقوق الإنسان", content: "قتل خمسة مدنيين في القصف"))
        #expect(first.cue.cueClass == .accordingTo)
        let second = try #require(doc.attribution(cue: "وفقاً"))
        #expect(doc.text(of: second.content) == "وقتل ثلاثة جنود في الهجوم")
        #expect(doc.text(of: second.source?.span)?.contains("مصادر محلية") == true)
    }

    @Test("according to: a short aside between commas inside a clause takes the whole clause as content")
    func accordingToAside() throws {
        try expectOnlyAttribution("وشكر كيري، بحسب البيان، نظيره التركي على التعاون.",
                                  Parts(cue: "بحسب", source: "البيان", content: "وشكر كيري، بحسب البيان، نظيره التركي على التعاون"))
        // After a whole clause the aside closes it; a relative clause after it is the object's.
        let text = "وقتل 64 شخصا في أعمال عنف في مناطق مختلفة من سوريا اليوم، بحسب المرصد، الذي يعتمد على شبكة من المندوبين."
        let (doc, a) = try attribution(text, cue: "بحسب")
        #expect(doc.text(of: a.content) == "وقتل 64 شخصا في أعمال عنف في مناطق مختلفة من سوريا اليوم")
    }

    @Test("according to: the object ends before a time word and the date it closes (أمس الاثنين، في الـ 20 من آب), not before اليوم of an outlet's name")
    func accordingToBeforeTime() throws {
        let text = """
        ولقي 30 شخصا حتفهم في سقوط حافلة، حسبما أعلنت الشرطة الهندية اليوم الثلاثاء. \
        وقتل 141 شخصا في دمشق، بحسب ما أعلن ناشطون حقوقيون أمس. \
        وارتفعت الأسعار بنسبة 5 في المئة، وفقا لتقرير نشرته "الاقتصادية" في الـ 20 من آب. \
        وتعتزم الحكومة زيادة الضرائب، وفق ما نقلت صحيفة المصري اليوم.
        """
        let doc = runner.run(text)
        let sources = doc.attributions.map { doc.text(of: $0.source?.span) }
        #expect(sources == ["الشرطة الهندية", "ناشطون حقوقيون", "لتقرير نشرته \"الاقتصادية\"", "صحيفة المصري اليوم"])
        #expect(doc.attributions.allSatisfy { $0.cue.cueClass == .accordingTo })
    }

    @Test("a parenthetic according-to phrase inside a cue's region becomes its relay")
    func accordingToRelay() throws {
        let (doc, a) = try expectOnlyAttribution("وأضاف رئيس قسم الفلك، بحسب وكالة أنباء الشرق الأوسط، أن الصور واضحة.",
                                                 Parts(cue: "وأضاف", source: "رئيس قسم الفلك", content: "الصور واضحة"))
        #expect(doc.text(of: a.via?.source.span) == "وكالة أنباء الشرق الأوسط")
    }

    @Test("according-to phrases before the cue or after its source relay it")
    func accordingToRelays() throws {
        let text = """
        ووفقاً لشبكة يورو نيوز الإخبارية، قال بابا الفاتيكان: "إن الحوار بين الأديان مهم". \
        وقال المحافظ حسبما ذكرت وكالة أنباء الشرق الأوسط، إن الطرق آمنة. \
        وقال المسؤول لوكالة فرانس برس طالبا عدم كشف اسمه إن العمليات مستمرة.
        """
        let doc = runner.run(text)
        #expect(doc.attributions.count == 3)
        let pope = try #require(doc.attribution(cue: "قال"))
        #expect(doc.text(of: pope.source?.span) == "بابا الفاتيكان" && pope.kind == .direct)
        #expect(doc.text(of: pope.via?.source.span)?.contains("يورو نيوز") == true)
        let governor = try #require(doc.attributions.first { doc.text(of: $0.source?.span) == "المحافظ" })
        #expect(doc.text(of: governor.via?.source.span) == "وكالة أنباء الشرق الأوسط")
        #expect(doc.text(of: governor.content) == "الطرق آمنة")
        let anonymous = try #require(doc.attributions.last)
        #expect(parts(doc, anonymous) == Parts(cue: "وقال", source: "المسؤول", content: "العمليات مستمرة"))
    }

    @Test("a cue in a relative clause takes its own subject")
    func relativeClauseCue() throws {
        let (doc, a) = try attribution("وطالب العمال بصرف الأرباح التي قال صابر إن الشركة تستحوذ عليها.", cue: "قال")
        #expect(parts(doc, a) == Parts(cue: "قال", source: "صابر", content: "الشركة تستحوذ عليها"))
        #expect(doc.attribution(cue: "وطالب") == nil)
    }

    @Test("the topic of أما is the source of the cue with ف that completes it")
    func frontedTopic() throws {
        try expectAttribution("وقال الوزير إن الخطة جاهزة. أما الباحث السياسي عمرو ربيع، فيرى أن الخطة متأخرة.",
                              Parts(cue: "فيرى", source: "عمرو ربيع", content: "الخطة متأخرة"), .explicit, rule: "source:fronted_topic")
        let paper = runner.run("وقالت وكالة رويترز إن الاحتجاجات مستمرة. أما صحيفة واشنطن بوست فقالت إن الشرطة انسحبت.")
        #expect(paper.text(of: paper.attribution(cue: "فقالت")?.source?.span) == "صحيفة واشنطن بوست")
        // A topic after a preposition is what is spoken about, not who speaks; a later cue with ف
        // after the أما clause's own ف continues the text.
        let prices = runner.run("وقال الوزير إن الخطة جاهزة. أما عن الأسعار فقال إنها مستقرة.")
        #expect(prices.attribution(cue: "فقال").map { prices.text(of: $0.source?.span) } == "الوزير")
        let magazine = runner.run("وقال الوزير إن الخطة جاهزة. أما المجلة فقد تطرقت إلى الشأن في تقرير، فقالت إن الخطة متأخرة.")
        #expect(magazine.attribution(cue: "فقالت")?.evidence.contains("source:fronted_topic") == false)
    }

    @Test("a statement, a letter or a page speaks as the cue's subject; a bare one is its issuer's")
    func speakingMedium() throws {
        try expectAttribution("وقال بيان صادر عن الجيش إن القوات تقدمت.",
                              Parts(cue: "وقال", source: "بيان صادر عن الجيش", content: "القوات تقدمت"), .explicit, rule: "source:vso")
        let (page, a) = try attribution("وقالت الصفحة الرسمية لحزب الدستور على فيسبوك إن المسيرة سلمية.", cue: "وقالت")
        #expect(page.text(of: a.source?.span) == "الصفحة الرسمية لحزب الدستور" && a.medium?.type == "facebook")
        // البيان refers back to the statement the party issued: a mention of the party.
        let text = "وقال الحزب في بيان إن الحكومة فشلت. وأضاف البيان أن الانتخابات ستجري في موعدها، مشيرا إلى أن الرقابة دولية."
        let (doc, added) = try attribution(text, cue: "وأضاف")
        #expect(parts(doc, added) == Parts(cue: "وأضاف", source: "البيان", content: "الانتخابات ستجري في موعدها"))
        #expect(added.medium?.type == "statement" && added.evidence.contains("speaker:statement_issuer"))
        let party = try #require(doc.speakers.first { slice(doc.text, $0.canonical) == "الحزب" })
        #expect(party.mentions.map { slice(doc.text, $0) } == ["الحزب", "البيان"] && party.attributions.count == 3)
        #expect(doc.speakers.count == 1)
        // Alone and indefinite, the word is a name (Khattab), not a letter; an event noun after a
        // cue is its object.
        let (nameDoc, name) = try attribution("وقال خطاب إن العمال سيعتصمون.", cue: "وقال")
        #expect(parts(nameDoc, name) == Parts(cue: "وقال", source: "خطاب", content: "العمال سيعتصمون"))
        #expect(name.source?.type == .person)
        // From the corpus: the family name of someone named in full before, with an addressee.
        let text2 = "وقال عبدالفتاح خطاب، رئيس النقابة، أنه تقرر تبنى يوم 14 فبراير. "
            + "وأوضح خطاب لـ\"الوطن\" أن الاعتداء على فندقي سميراميس وشبرد أدى إلى توقف عمل آلاف العمال."
        let (doc2, explained) = try attribution(text2, cue: "وأوضح")
        #expect(parts(doc2, explained) == Parts(cue: "وأوضح", source: "خطاب",
                                               content: "الاعتداء على فندقي سميراميس وشبرد أدى إلى توقف عمل آلاف العمال"))
        #expect(doc2.speakers.count == 1)
        #expect(runner.run("قال كلمة لخصت القضية.").attributions.isEmpty)
    }

    @Test("جاء / ورد report through a medium: وجاء في البيان أن، بيانا جاء فيه، الذي ورد فيه أن")
    func reportThroughMedium() throws {
        // The statement's issuer is the current speaker; the statement is the medium.
        let (doc, a) = try attribution("وأصدرت الحركة بيانا صباح اليوم. وجاء في البيان أن المظاهرات ستكون سلمية.", cue: "وجاء")
        #expect(parts(doc, a) == Parts(cue: "وجاء", source: "الحركة", content: "المظاهرات ستكون سلمية"))
        #expect(a.source?.realization == .proDrop && a.medium?.type == "statement" && doc.text(of: a.medium?.span) == "في البيان")
        try expectAttribution("وأصدرت النقابة بيانا جاء فيه: \"نقف بجوار الطالبة\".",
                              Parts(cue: "جاء", source: "النقابة", content: "\"نقف بجوار الطالبة\""), .proDrop,
                              rule: "source:medium_issuer")
        let relative = runner.run("وقدم المحامي طلب التصالح الذي ورد فيه أن هناك ثلاث قضايا.")
        #expect(relative.attribution(cue: "ورد").map { relative.text(of: $0.content) } == "هناك ثلاث قضايا")
        // The issuer the medium's phrase names is the source, whoever spoke before.
        try expectAttribution("قالت الشرطة إن الوضع هادئ. وجاء في بيان صادر عن وزارة الخارجية أن الزيارة تاريخية.",
                              Parts(cue: "وجاء", source: "وزارة الخارجية", content: "الزيارة تاريخية"), .explicit,
                              rule: "source:medium_issuer")
        // A construct phrase names its issuer (بيان الجبهة، تقرير الأمم المتحدة); an adjective does not.
        try expectAttribution("قالت الشرطة إن الوضع هادئ. وجاء في تقرير الأمم المتحدة أن الوضع الإنساني يتدهور.",
                              Parts(cue: "وجاء", source: "الأمم المتحدة", content: "الوضع الإنساني يتدهور"), .explicit,
                              rule: "source:medium_issuer")
        try expectAttribution("وقالت الشرطة إن الوضع هادئ. وجاء في بيان رسمي أن الزيارة تاريخية.",
                              Parts(cue: "وجاء", source: "الشرطة", content: "الزيارة تاريخية"), .proDrop, rule: "pro_drop:current_speaker")
    }

    @Test("reports, studies and polls speak (وأفادت تقارير، كشفت دراسة، وأظهر استطلاع) and are what according-to names")
    func reportsSpeak() throws {
        let (doc, a) = try attribution("وأفادت تقارير أن مقاتلين يتلقون شحنات كبيرة من الأسلحة.", cue: "وأفادت")
        #expect(parts(doc, a) == Parts(cue: "وأفادت", source: "تقارير", content: "مقاتلين يتلقون شحنات كبيرة من الأسلحة"))
        #expect(a.medium?.type == "report")
        try expectAttribution("وأظهر استطلاع للرأي أن غالبية الناخبين يؤيدون الدستور.",
                              Parts(cue: "وأظهر", source: "استطلاع للرأي", content: "غالبية الناخبين يؤيدون الدستور"), .explicit,
                              rule: "source:vso")
        try expectAttribution("وبحسب التقرير، فإن معدلات الفقر ارتفعت.",
                              Parts(cue: "وبحسب", source: "التقرير", content: "معدلات الفقر ارتفعت"), .explicit, rule: "source:object")
        // Before its verb too, nested in what another source said.
        let nested = runner.run("وذكرت الصحيفة أن التقارير تفيد بأن الزلزال أدى إلى أضرار كبيرة.")
        let reports = try #require(nested.attribution(cue: "تفيد"))
        #expect(parts(nested, reports) == Parts(cue: "تفيد", source: "التقارير", content: "الزلزال أدى إلى أضرار كبيرة"))
        // يظهر أن is "it appears that": the writer's hedge, no attribution.
        #expect(runner.run("ويظهر أن الحكومة لم تحسم موقفها بعد.").attributions.isEmpty)
    }

    @Test("a cue in a statement or event (أكدت فيه، أكد خلاله) takes the subject that issued it")
    func mediumIssuer() throws {
        try expectAttribution("أصدرت جماعة الإخوان المسلمين بيانا أكدت فيه أن الانتخابات ستجري.",
                              Parts(cue: "أكدت", source: "جماعة الإخوان المسلمين", content: "الانتخابات ستجري"), .proDrop,
                              rule: "source:medium_issuer")
        let (doc, conference) = try attribution("وعقد الوزير مؤتمرا صحفيا أكد خلاله أن الحدود مغلقة.", cue: "أكد")
        #expect(doc.text(of: conference.source?.span) == "الوزير" && conference.medium?.type == "press_conference")
        // After كان the subject stands before the verb; after قد, the verb comes first.
        let was = runner.run("وكانت الرئاسة المصرية أصدرت بيانا أكدت فيه أن القرار نهائي.")
        #expect(was.attribution(cue: "أكدت").map { was.text(of: $0.source?.span) } == "الرئاسة المصرية")
        let had = runner.run("وقد أصدرت وزارة الخارجية بيانا أشارت فيه إلى أن الزيارة تاريخية.")
        #expect(had.attribution(cue: "أشارت").map { had.text(of: $0.source?.span) } == "وزارة الخارجية")
        // A complaint filed with the police (ببلاغ) is no object of a verb of issuing.
        let filed = runner.run("تقدمت سيدة ببلاغ قالت فيه إن سيارتها سرقت.")
        #expect(filed.attribution(cue: "قالت")?.evidence.contains("source:medium_issuer") != true)
    }

    @Test("a relative pronoun as the cue's subject stands for the phrase before it")
    func relativePronounSubject() throws {
        // Not the current speaker (الوزير): the witness the relative clause is about.
        try expectAttribution("وقال الوزير إن التحقيق مستمر. واستمعت النيابة لأقوال أحد الموظفين الإداريين الذي أكد أنه رأى المتهمين.",
                              Parts(cue: "أكد", source: "أحد الموظفين الإداريين", content: "رأى المتهمين"), .proDrop,
                              rule: "source:relative_antecedent")
        // An aside: a later وأضاف still belongs to the current speaker.
        let aside = runner.run("وقال الوزير إن التحقيق مستمر، وهو ما أكده المحامي صبري، الذي قال إن موكله بريء. وأضاف أن الجلسة القادمة حاسمة.")
        #expect(aside.text(of: aside.attribution(cue: "قال")?.source?.span) == "صبري")
        #expect(proDropSource(aside, try #require(aside.attribution(cue: "وأضاف"))) == "الوزير")
        // A phrase that names no source takes in the one before its في; an imperfect cue counts
        // right before its introducer; a pronoun written with و continues the earlier clause.
        let witness = runner.run("وقال الوزير إن التحقيق مستمر. واستمعت المحكمة إلى شاهد الإثبات الوحيد في القضية الذي أكد أنه رأى المتهم.")
        #expect(witness.text(of: witness.attribution(cue: "أكد")?.source?.span) == "شاهد الإثبات الوحيد في القضية")
        let protesters = runner.run("وقال الوزير إن الأمن مستتب. وانتشرت القوات أمام المتظاهرين الذين يقولون إن مطالبهم لم تتحقق.")
        #expect(protesters.text(of: protesters.attribution(cue: "يقولون")?.source?.span) == "المتظاهرين")
        let founder = runner.run("وقال الباحث إن التاريخ يعيد نفسه. وذكر الكتاب حسن البنا الذي قتل عام 1948، والذي كتب أن الجماعة دعوية.")
        #expect(founder.text(of: founder.attribution(cue: "كتب")?.source?.span) == "حسن البنا")
        // A plural pronoun after ل names whom a singular relative's cue spoke to (الذي أكد لهم).
        try expectAttribution("وبدأ فريق البحث في مناقشة المارة حتى توصلوا إلى أحد الأشخاص الذى أكد لهم أنه رأى شابا يرتدي قبعة.",
                              Parts(cue: "أكد", source: "أحد الأشخاص", content: "رأى شابا يرتدي قبعة"), .proDrop,
                              rule: "source:relative_antecedent")
    }

    @Test("a relative pronoun that is not the cue's subject gives it no source")
    func relativePronounObject() throws {
        // It disagrees with the cue (التي … قال), or a pronoun preposition after the cue stands
        // for it (الكلام الذي صرح به): the phrase before it is not the source.
        let city = runner.run("وقال الوزير إن الوضع هادئ. ووصلت القوات إلى المدينة التي قال إن الجيش دخلها أمس.")
        #expect(city.attribution(cue: "قال").map { city.text(of: $0.source?.span) } != "المدينة")
        let words = runner.run("وقال الوزير إن الوضع هادئ. وتشاجرت الأم مع ابنها حول الكلام الذي صرح به لوسائل الإعلام بأن المتظاهرين سلميون.")
        #expect(words.attribution(cue: "صرح").map { words.text(of: $0.source?.span) } != "الكلام")
        // An imperfect cue before a noun phrase after a relative stays out (البيانات التي تشير إلى).
        let data = runner.run("وارتفعت الأسعار بفضل البيانات التي تشير إلى ارتفاع الطلب.")
        #expect(data.attribution(cue: "تشير") == nil)
    }

    @Test("a preposition with a pronoun suffix after the cue is neither source nor subject")
    func pronounPreposition() throws {
        // Before the source: it is skipped (قال له X، أكدت عليه المحكمة).
        let told = runner.run("وقال له جمال سالم: طيب يا محمود.")
        #expect(parts(told, told.attributions.first) == Parts(cue: "وقال", source: "جمال سالم", content: "طيب يا محمود"))
        // Alone (قال فيه إن: in it): no explicit source, the current speaker says it.
        let statement = runner.run("قال الوزير إن الخطة جاهزة. وفي بيان لاحق قال فيه إن التنفيذ يبدأ غداً.")
        let later = try #require(statement.attributions.last)
        #expect(statement.attributions.count == 2)
        #expect(statement.text(of: later.content) == "التنفيذ يبدأ غداً")
        #expect(proDropSource(statement, later) == "الوزير")
        // Alone after a noun (لافتات كتب عليها: written on them): the noun is no subject.
        let banners = runner.run("وحملت المتظاهرات لافتات كتب عليها \"لا للظلم\".")
        #expect(banners.attribution(cue: "كتب") == nil)
    }

    @Test("the verb's preposition before the content is no part of the source")
    func trailingPreposition() throws {
        let doc = runner.run("وكشفت مصادر مطلعة عن أن الاجتماع تطرق إلى الاستقالات.")
        #expect(parts(doc, doc.attribution(cue: "وكشفت")) == Parts(cue: "وكشفت", source: "مصادر مطلعة", content: "الاجتماع تطرق إلى الاستقالات"))
    }

    @Test("time words, an addressee or a medium before the subject (VSO)")
    func adverbialsBeforeTheSubject() throws {
        let cases: [(text: String, cue: String, source: String, addressee: String?)] = [
            ("وقال لـ\"العربية\" مصطفى بالي إن المعارك مستمرة.", "وقال", "مصطفى بالي", "لـ\"العربية\""),
            ("وأكد اليوم الأربعاء وزير الخارجية أن المفاوضات مستمرة.", "وأكد", "وزير الخارجية", nil),
            ("وقال لوكالة رويترز مسؤول أمريكي إن المفاوضات مستمرة.", "وقال", "مسؤول أمريكي", "لوكالة رويترز"),
            ("وأبلغت «عكاظ» مصادر مطلعة أن مكاتب الضمان أعادت الحالات.", "وأبلغت", "مصادر مطلعة", "«عكاظ»"),
            ("وأكد في تصريح صحفي مدير الأمن العام أن الطرق آمنة.", "وأكد", "مدير الأمن العام", nil),
        ]
        for c in cases {
            let doc = runner.run(c.text)
            let a = doc.attribution(cue: c.cue)
            #expect(doc.text(of: a?.source?.span) == c.source, "\(c.text)")
            #expect(doc.text(of: a?.addressee) == c.addressee, "\(c.text)")
        }
        // After adverbials only a clear phrase is the subject; else the one before the cue is.
        let svo = runner.run("وكان الجيش المصري قد أعلن، أمس الأحد، أنه ضبط كمية من الأقمشة.")
        #expect(parts(svo, svo.attribution(cue: "أعلن")) == Parts(cue: "أعلن", source: "الجيش المصري", content: "ضبط كمية من الأقمشة"))
        // A name that starts with ل is no addressee (ليبرمان، لمياء فؤاد); a لـ word before a
        // name-less source is (لجميع الأطراف).
        for (text, source) in [("وقال ليبرمان -وهو نفسه مستوطن- إن الكرة في ملعب عباس.", "ليبرمان"),
                               ("أكدت لمياء فؤاد أن الحزب لم ينسحب.", "لمياء فؤاد")] {
            let doc = runner.run(text)
            #expect(doc.text(of: doc.attributions.first?.source?.span) == source, "\(text)")
        }
        let (all, toAll) = try attribution("قال الوزير إن الخطة جاهزة. وأكد لجميع الأطراف أن الاستقرار لن يتحقق إلا بالتوافق.", cue: "وأكد")
        #expect(all.text(of: toAll.addressee) == "لجميع الأطراف")
        #expect(proDropSource(all, toAll) == "الوزير")
    }

    @Test("a partitive (عدد من …) is one source; a preposition after a quoted name ends it")
    func partitivesAndQuotedNames() throws {
        let (many, a) = try attribution("وأكد عدد من ملاك الاستراحات أنه من الطبيعي أن ترتفع الأسعار.", cue: "وأكد")
        #expect(many.text(of: a.source?.span) == "عدد من ملاك الاستراحات")
        #expect(a.source?.type == .group)
        let weather = runner.run("وقالت \"الأرصاد\" عبر الإنذار المبكر: \"تتأثر المنطقة بارتفاع شديد في درجات الحرارة\".")
        #expect(weather.text(of: weather.attribution(cue: "وقالت")?.source?.span) == "\"الأرصاد\"")
        // After an indefinite title an adjective follows, not a name; after a description, a name.
        let official = runner.run("وقال مسؤول أمريكي إن المفاوضات مستمرة.")
        #expect(official.text(of: official.attributions.first?.source?.span) == "مسؤول أمريكي")
        let changer = runner.run("وقال الصراف عبدالله الصيرفي إن الأسعار ارتفعت.")
        #expect(changer.attributions.first?.source?.type == .person)
    }

    @Test("a source ends before an adverbial, a coordinated word or a place in apposition")
    func sourceBoundaries() throws {
        let cases: [(text: String, cue: String, source: String)] = [
            ("واعترف العيدان أمام القاضي بأنه الشخص الذي استقبل الانتحاري.", "واعترف", "العيدان"),
            ("وأكد وزير الآثار خلال تفقده المتحف المصري أن العمل مستمر.", "وأكد", "وزير الآثار"),
            ("ونوه وكيل وزارة العمل للتفتيش وتطوير بيئة العمل أن الخلل يعود إلى منظومة مترابطة.", "ونوه",
             "وكيل وزارة العمل للتفتيش"),
            ("وقال مسؤول يمني بمحافظة عدن، جنوب البلاد، إن القوات تقدمت.", "وقال", "مسؤول يمني بمحافظة عدن"),
            // A name may follow a coordinated place name; الغربي is a family name, not a direction.
            ("من جهته أوضح عضو المجلس البلدي ببلدية الحيانية وبرك مناحي بن محسن المصارير، أن التاريخ لن ينسى.", "أوضح",
             "مناحي بن محسن المصارير"),
            ("وقال الغربي إن أربعة قياديين مرشحون لرئاسة الحكومة.", "وقال", "الغربي"),
        ]
        for c in cases {
            let doc = runner.run(c.text)
            #expect(doc.text(of: doc.attribution(cue: c.cue)?.source?.span) == c.source, "\(c.text)")
        }
    }

    @Test("a title takes one name word and a family name; a demonstrative or a relative clause is no name")
    func namesAfterTitles() throws {
        let cases: [(text: String, source: String)] = [
            ("اعتبر إمام الحرم المكي الشيخ سعود الشريم، تعليقًا منه على التفجير، أن قتل المصلين جريمة.", "سعود الشريم"),
            ("وصرح الدكتور تامر البوهى عضو مجلس نقابة الأطباء أنه فور بلاغنا توجه فريق إلى المستشفى.", "تامر البوهى"),
            ("وقال الصحفي بجريدة الحياة إن أغلب المتحدثين يخافون وسائل الإعلام.", "الصحفي بجريدة الحياة"),
            ("ويؤكد سارتر ذلك في كتابه بقوله إنه ليس في حياتنا عوارض.", "سارتر"),
        ]
        for c in cases {
            let doc = runner.run(c.text)
            #expect(doc.text(of: doc.attributions.first?.source?.span) == c.source, "\(c.text)")
        }
        // The words of a relative clause are no name: the source is the lawyer, not كانا يواجهان.
        let lawyer = runner.run("وقال محامي المتهمين اللذين كانا يواجهان الحكم عليهما بالسجن، أنهما سارعا إلى الاعتذار.")
        #expect(lawyer.text(of: lawyer.attributions.first?.source?.span)?.hasPrefix("محامي المتهمين") == true)
    }

    @Test("a participle shares the subject that opens its clause (SVO), not a place after a preposition")
    func participleAfterFrontedSubject() throws {
        let (doc, a) = try attribution("لكن رئيس الاتحاد الكاريبي ديريك كشف الخميس الماضي رفض مبايعة بلاتيني مؤكدا أنه لم تعقد أي صفقة.", cue: "مؤكدا")
        #expect(doc.text(of: a.source?.span) == "ديريك")
        #expect(a.source?.realization == .shared && a.evidence.contains("shared:clause_subject"))
        let minister = runner.run("الوزير رحب بالقرار قائلا إن الحكومة ستنفذه.")
        #expect(minister.text(of: minister.attribution(cue: "قائلا")?.source?.span) == "الوزير")
    }

    @Test("a place or time phrase may stand before a VSO cue; a cue that is also a preposition may not follow one")
    func frontedPhrases() throws {
        for text in ["وفي الجيزة قال مصدر أمني إن العمل مستمر.", "وفي هذا الصدد قال مصدر أمني إن العمل مستمر.",
                     "وخلال اللقاء أكد مصدر أمني أن العمل مستمر."] {
            let doc = runner.run(text)
            #expect(doc.attributions.count == 1, "\(text)")
            #expect(doc.text(of: doc.attributions.first?.source?.span) == "مصدر أمني", "\(text)")
        }
        // The participle then shares that speaker, not the place after the preposition.
        let giza = runner.run("ففي محافظة الجيزة قال مصدر أمني إن العمل مستمر، مؤكدا أن الأقسام أنهت إضرابها.")
        #expect(giza.text(of: giza.attribution(cue: "مؤكدا")?.source?.span) == "مصدر أمني")
        #expect(runner.run("فعند النقاش بين أيديولوجيين مختلفين، تجد أن النقاش قائم.").attributions.isEmpty)
    }

    @Test("a fronted subordinate clause may stand before a VSO cue with an introducer; a noun homograph after one stays no cue")
    func frontedSubordinateClause() throws {
        let topic = runner.run("وفيما يتعلق بالانتخابات النيابية المقبلة قال رئيس الوزراء إن الحكومة مستعدة.")
        #expect(parts(topic, topic.attributions.first) == Parts(cue: "قال", source: "رئيس الوزراء", content: "الحكومة مستعدة"))
        let pressure = runner.run("وفيما تتابع القوات الضغط على المدينة قالت مصادر عسكرية إن المعارك مستمرة.")
        #expect(parts(pressure, pressure.attributions.first) == Parts(cue: "قالت", source: "مصادر عسكرية", content: "المعارك مستمرة"))
        // بين "between" and a negated cue are not the clause's main verb.
        let border = runner.run("في حين رجح بعض الأهالي في المنطقة الحدودية بين مصر وغزة من أن الإغراق يؤدي إلى انهيار المنازل.")
        #expect(border.attribution(cue: "بين") == nil)
        let papers = runner.run("ولم تتضرر المنازل، إذ لم تفصح أوراق الدعوى عن أن أحدا أصيب.")
        #expect(papers.attributions.isEmpty)
    }

    @Test("speakers group a person's mentions and count the attributions")
    func speakers() throws {
        let text = """
        وقال مصطفى بالي، المسؤول الإعلامي لقوات سوريا الديمقراطية، إن المعارك مستمرة. وأضاف أن القوات تتقدم. \
        وقالت امرأة لوكالة رويترز إن الوضع صعب. وأوضح بالي أن المدنيين خرجوا.
        """
        let doc = runner.run(text)
        let bali = try #require(doc.speakers.first { slice(doc.text, $0.canonical) == "مصطفى بالي" })
        #expect(bali.attributions.count == 3)
        #expect(bali.mentions.map { slice(doc.text, $0) } == ["مصطفى بالي", "بالي"])
        #expect(bali.titles.map { slice(doc.text, $0) } == ["المسؤول الإعلامي لقوات سوريا الديمقراطية"])
        #expect(doc.speakers.count == 2)
        for a in doc.attributions where a.source?.speaker == bali.id {
            #expect(a.source.map { AttributionSource.cleanName(slice(doc.text, $0.canonical)) } == "مصطفى بالي")
        }
    }

    @Test("a family name alone is the person it names, not an organization of its own")
    func familyNames() throws {
        /// The type of each attribution's source and the canonical name of its speaker, in text order.
        func speakers(_ text: String) -> [String] {
            let doc = runner.run(text)
            return doc.attributions.map { a in
                "\(a.source?.type.rawValue ?? "-"):\(a.source.map { AttributionSource.cleanName(slice(doc.text, $0.canonical)) } ?? "-")"
            }
        }
        // A nisba with the article, alone: a person, one speaker with the full name.
        #expect(speakers("رأى عايض القرني أن العلم نور. وقال القرني إن الكتب كثيرة.") == ["person:عايض القرني", "person:عايض القرني"])
        // Any family name of a person named with a given name, in either order.
        #expect(speakers("وقال أحمد الصباغ إن المساعدات وصلت. وأضاف الصباغ أن الجسر مستمر.") == ["person:أحمد الصباغ", "person:أحمد الصباغ"])
        #expect(speakers("وقال الصباغ إن المساعدات وصلت. وأضاف أحمد الصباغ أن الجسر مستمر.") == ["person:أحمد الصباغ", "person:أحمد الصباغ"])
        // Named in the text but never quoted in full: after a title and a first name.
        #expect(speakers("وزار الفريق عثمان المحرج المصابين. وقال المحرج إن الأمن مستتب.") == ["person:المحرج"])
        // Nouns stay what they were: a lawsuit, investigations, an outlet after باسم (in the name of).
        #expect(speakers("وذكرت الدعوى أن الأهالي تضرروا.") == ["organization:الدعوى"])
        #expect(speakers("وأمر محمد بحبس المتهم على ذمة التحقيقات. وكشفت التحقيقات أن المتهم هرب.").last == "organization:التحقيقات")
        #expect(speakers("وقال المتحدث باسم الفاتيكان إن البابا مريض. وأعلن الفاتيكان أن البابا استقال.").last == "organization:الفاتيكان")
    }

    @Test("after a one-word subject, a preposition before a possessed noun and a لل word are no part of it")
    func oneWordSubjectThenAdverbial() throws {
        try expectOnlyAttributions([
            ("وقال الديب في مرافعته إن المتهم بريء.", Parts(cue: "وقال", source: "الديب", content: "المتهم بريء")),
            ("وأكدت المحكمة في أسبابها أن الدعوى مرفوضة.", Parts(cue: "وأكدت", source: "المحكمة", content: "الدعوى مرفوضة")),
            ("وقال الجبالي للصحفيين إن الحكومة باقية.", Parts(cue: "وقال", source: "الجبالي", content: "الحكومة باقية")),
            // A place of work is part of the subject: its noun has no possessive suffix.
            ("وقال الخبراء في شركة كابيتال إن الأسعار سترتفع.", Parts(cue: "وقال", source: "الخبراء في شركة كابيتال", content: "الأسعار سترتفع")),
        ])
    }

    @Test("a number that identifies a noun or names a body is part of the source; a date is not")
    func numbersInNames() throws {
        // From the corpus: a body named by a date, a report by its number and year, an article.
        try expectOnlyAttributions([
            ("وتابع المتحدث باسم حركة 6 أبريل: \"على الرئيس مرسي أن يتحمل مسئوليته\".",
             Parts(cue: "وتابع", source: "المتحدث باسم حركة 6 أبريل", content: "\"على الرئيس مرسي أن يتحمل مسئوليته\"")),
            ("قالت حركة شباب 6 إبريل إن المسيرة سلمية.", Parts(cue: "قالت", source: "حركة شباب 6 إبريل", content: "المسيرة سلمية")),
            ("أفاد البلاغ رقم 854 لسنة 2013 أن المتهم هرب.", Parts(cue: "أفاد", source: "البلاغ رقم 854 لسنة 2013", content: "المتهم هرب")),
            ("وأكدت المادة 178 أن الصحافة حرة.", Parts(cue: "وأكدت", source: "المادة 178", content: "الصحافة حرة")),
            // A medium after the date-named body is no part of it.
            ("وقالت حركة 6 أبريل في بيان إن المسيرة سلمية.", Parts(cue: "وقالت", source: "حركة 6 أبريل", content: "المسيرة سلمية")),
            // A date after the subject stays out of it.
            ("وقالت الحركة يوم 6 أبريل إن المسيرة سلمية.", Parts(cue: "وقالت", source: "الحركة", content: "المسيرة سلمية")),
            ("وقال الوزير أمس 5 فبراير إن الحكومة باقية.", Parts(cue: "وقال", source: "الوزير", content: "الحكومة باقية")),
        ])
        // Nor is the verb's object after it (عدم …).
        try expectSources([("وأكدت حركة 6 أبريل عدم مشاركتها في الحوار، مشيرة إلى أن الحوار شكلي.", "مشيرة", "حركة 6 أبريل")],
                          type: .organization)
    }

    @Test("a verbal noun that governs the content's opens it: عدم is not dropped")
    func governingVerbalNoun() throws {
        // From the corpus: without عدم the content says the opposite.
        try expectOnlyAttributions([
            ("وأكدت المحكمة عدم اختصاصها بالفصل في الدعوى.",
             Parts(cue: "وأكدت", source: "المحكمة", content: "عدم اختصاصها بالفصل في الدعوى")),
            ("أكد صندوق النقد الدولي استمرار استعداده لمساعدة مصر.",
             Parts(cue: "أكد", source: "صندوق النقد الدولي", content: "استمرار استعداده لمساعدة مصر")),
        ])
        let (doc, a) = try attribution("وقال الوزير إن الحكومة باقية، مؤكدا عدم تورطه في الأحداث.", cue: "مؤكدا")
        #expect(parts(doc, a) == Parts(cue: "مؤكدا", source: "الوزير", content: "عدم تورطه في الأحداث"))
    }

    @Test("a governing verbal noun opens the content with all it governs, wherever the suffixed word is")
    func governingVerbalNounAhead() throws {
        // From the corpus: the noun went into the subject and the content started at a later
        // suffixed word, or at a preposition with its pronoun (منها).
        try expectOnlyAttributions([
            ("وأعلن البيان عدم مسؤولية أعضائه عن أى اعتداء حدث ضد المواطنين.",
             Parts(cue: "وأعلن", source: "البيان", content: "عدم مسؤولية أعضائه عن أى اعتداء حدث ضد المواطنين")),
            ("وأكد صلاح معوض ضرورة استيراد كمية منها في حدود 300 ألف طن.",
             Parts(cue: "وأكد", source: "صلاح معوض", content: "ضرورة استيراد كمية منها في حدود 300 ألف طن")),
            ("وأكد عمرو موسى ضرورة الاتفاق على ضمانات محددة لنجاح الحوار.",
             Parts(cue: "وأكد", source: "عمرو موسى", content: "ضرورة الاتفاق على ضمانات محددة لنجاح الحوار")),
            ("وأكدت الوزارة ضرورة التزام المواطنين بتعليماتها.",
             Parts(cue: "وأكدت", source: "الوزارة", content: "ضرورة التزام المواطنين بتعليماتها")),
        ])
        // A verbal noun right after a participle is its object: the content opens there.
        let (doc, a) = try attribution("وظهر عدد من أعضاء مجموعة «البلاك بلوك» أمام قصر الاتحادية، مؤكدين مشاركة عدد كبير منهم في المليونية.",
                                       cue: "مؤكدين")
        #expect(doc.text(of: a.content) == "مشاركة عدد كبير منهم في المليونية")
        // A demonstrative is no object.
        #expect(runner.run("وقال الوزير إن الخطة ناجحة، مؤكدا ذلك في مؤتمر صحفي.").attributions.count == 1)
        // A noun after another cue opens that cue's content, not the first one's.
        let report = runner.run("ونفى الطبيب تقرير الطب الشرعي الأول الذي أشار إلى وجود آثار اصطدام بالجندي.")
        #expect(report.attribution(cue: "ونفى") == nil)
    }

    @Test("an organization and its bracketed acronym are one speaker")
    func aliasSpeakers() throws {
        let text = "أعلنت قوات سورية الديمقراطية (قسد) سيطرتها على المخيم. وقالت قسد إنها أسرت 157 مقاتلا."
        let doc = runner.run(text)
        #expect(doc.attributions.count == 2)
        #expect(Set(doc.attributions.compactMap { $0.source?.speaker }).count == 1)
    }

    @Test("every attribution has a confidence and the rules that fired")
    func evidence() {
        let doc = runner.run("وقال الوزير إن الاتفاق قريب، مضيفاً أن المفاوضات مستمرة.")
        #expect(doc.attributions.count == 2)
        for a in doc.attributions {
            #expect(a.confidence > 0 && a.confidence <= 1)
            #expect(a.evidence.contains { $0.hasPrefix("cue:") })
            #expect(a.evidence.contains { $0.hasPrefix("content:") })
        }
    }

    @Test("matching works on folded forms without the normalize step")
    func withoutNormalize() throws {
        let text = "وأكَّدَ الوزيرُ أنَّ الاتفاقَ قريبٌ."
        let doc = try ChainRunner(["tokenize", "sentences", "quotes", "attributions"]).run(text)
        #expect(parts(doc, doc.attributions.first) == Parts(cue: "وأكَّدَ", source: "الوزيرُ", content: "الاتفاقَ قريبٌ"))
    }

    @Test("the record follows the output contract")
    func serialization() throws {
        let doc = runner.run("وقالت امرأة لوكالة \"رويترز\" إن الوضع صعب.")
        let json = String(decoding: DocumentEncoder().encode(doc), as: UTF8.self)
        for key in ["\"attributions\":[{\"kind\":\"indirect\"", "\"cue\":{\"start\":0,\"end\":5,\"text\":\"وقالت\",\"lemma\":\"قال\",\"class\":\"speech\"",
                    "\"realization\":\"explicit\"", "\"introducer\":{", "\"confidence\":", "\"evidence\":", "\"speakers\":[{\"id\":0"] {
            #expect(json.contains(key), "\(key)")
        }
    }
}
