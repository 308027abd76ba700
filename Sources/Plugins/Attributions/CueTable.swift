/// The attribution cues as readable tables, parsed once by ``CueLexicon``.
///
/// Extend a table by adding a row, or give your own rows (same columns) with
/// `--set attributions.cues=FILE`. Words are written as in ordinary text; matching folds them
/// (diacritics, أ إ آ to ا, ئ to ي, ؤ to و, ى/ي, ة/ه) and allows a leading و or ف.
public enum CueTable {
    /// Verb cues, one lemma per row, tab-separated:
    ///
    /// 1. lemma; 2. class (speech, report, announcement, belief, transmission, writing, directive);
    /// 3. perfect 3rd person masculine singular forms; 4. imperfect 3rd person masculine singular
    /// forms; 5. active participles, masculine accusative (`مشيرا`); 6. verbal nouns (`قول`);
    /// 7. what may follow the cue as content (see ``ContentPolicy``).
    ///
    /// Agreement forms are generated: perfect +ت +وا +تا, imperfect ت- and -ون -ان,
    /// participle +ة +ين +ون +تين, verbal noun + pronoun suffix (قوله، قولها، قولهم).
    /// A form written `=form` is taken as is, with no generated variants. `-` leaves a column empty.
    /// A column may hold several forms: a hamza on its own (تساءل) and on a seat (تسائل) fold to
    /// different letters, and news writes both.
    /// جاء and ورد ("it was stated in") report only through a medium (`medium`).
    /// أبلغ has no imperfect: يبلغ is nearly always بلغ "to reach" (يبلغ عدد، يبلغ هامش الخطأ);
    /// nor has أظهر "to show": يظهر أن is ظهر "it appears that", a hedge of the writer.
    /// Nor have ادعى and وعد: يدعي folds to يُدعى "is named" (وآخر يدعى أسامة مرجان), and يعد
    /// is nearly always يُعدّ "is considered" (وهو ما يعد انتهاكا).
    /// أقر has no participle: مقرا / مقره is nearly always the noun مقر "seat" (تتخذ من لندن
    /// مقرا لها، ومقره لندن), which folds to the same letters.
    public static let verbs = """
    # lemma	class	perfect	imperfect	participle	masdar	content
    قال	speech	قال	يقول	قائلا	قول	intro colon quote
    أضاف	speech	أضاف	يضيف	مضيفا	-	intro colon quote
    تابع	speech	تابع	يتابع	متابعا	-	intro colon quote
    أردف	speech	أردف	يردف	مردفا	-	intro colon quote
    استطرد	speech	استطرد	يستطرد	مستطردا	-	intro colon quote
    استدرك	speech	استدرك	يستدرك	مستدركا	-	intro colon quote
    أكمل	speech	أكمل	-	-	-	colon quote
    أوضح	speech	أوضح	يوضح	موضحا	توضيح	intro colon quote
    بيّن	speech	بين	=يبين	مبينا	-	intro colon
    شرح	speech	شرح	يشرح	شارحا	-	intro colon
    أكد	speech	أكد	يؤكد	مؤكدا	تأكيد	intro colon quote masdar ala
    شدد	speech	شدد	يشدد	مشددا	تشديد	intro colon ala
    أشار	speech	أشار	يشير	مشيرا	إشارة	intro ila
    لفت	speech	لفت	يلفت	لافتا	-	intro ila
    نوّه	speech	نوه	ينوه	منوها	-	intro ila
    نبّه	speech	نبه	ينبه	منبها	-	intro ila
    لمّح	speech	لمح	يلمح	ملمحا	-	intro ila
    ذكر	speech	ذكر	يذكر	ذاكرا	-	intro colon
    روى	speech	روى	يروي	راويا	-	intro colon
    أفاد	report	أفاد	يفيد	مفيدا	-	intro
    أورد	report	أورد	يورد	-	-	intro
    نقل	transmission	نقل	ينقل	ناقلا	-	intro
    كشف	announcement	كشف	يكشف	كاشفا	-	intro
    أظهر	report	أظهر	-	-	-	intro
    أعلن	announcement	أعلن	يعلن	معلنا	إعلان	intro masdar
    صرّح	speech	صرح	يصرح	مصرحا	تصريح	intro colon quote
    اعتبر	belief	اعتبر	يعتبر	معتبرا	-	intro
    رأى	belief	رأى	=يرى =ترى =يرون	=رائيا	-	intro
    اعتقد	belief	اعتقد	يعتقد	معتقدا	-	intro
    أعرب	belief	أعرب	يعرب	معربا	-	an
    أبدى	belief	أبدى	يبدي	مبديا	-	masdar
    توقع	belief	توقع	يتوقع	متوقعا	-	intro np
    رجّح	belief	رجح	يرجح	مرجحا	-	intro
    قدّر	belief	قدر	يقدر	مقدرا	-	intro
    اعترف	speech	اعترف	يعترف	معترفا	-	intro
    أقر	speech	أقر	يقر	-	-	intro
    نفى	speech	نفى	ينفي	=نافيا =نافية	نفي	intro masdar
    زعم	speech	زعم	يزعم	زاعما	-	intro
    ادعى	speech	ادعى	-	=مدعيا =مدعية	-	intro
    حذّر	speech	حذر	يحذر	محذرا	تحذير	intro
    وصف	speech	وصف	يصف	واصفا	-	intro objbi
    تساءل	speech	تساءل تسائل	يتساءل يتسائل	متسائلا	-	intro colon quote question
    أجاب	speech	أجاب	يجيب	مجيبا	-	intro colon quote
    علّق	speech	علق	يعلق	معلقا	-	colon quote
    أبلغ	speech	أبلغ	-	-	-	intro
    أخبر	speech	أخبر	يخبر	-	-	intro
    وعد	speech	وعد	-	واعدا	-	intro
    تعهد	speech	تعهد	يتعهد	متعهدا	-	intro
    هدد	speech	هدد	يهدد	مهددا	-	intro
    اتهم	speech	اتهم	يتهم	-	-	intro
    أفصح	announcement	أفصح	يفصح	-	-	intro
    دعا	directive	دعا	يدعو	داعيا	-	intro
    طالب	directive	طالب	يطالب	مطالبا	-	intro
    ناشد	directive	ناشد	يناشد	مناشدا	-	intro
    أوصى	directive	أوصى	يوصي	موصيا	-	intro
    اقترح	directive	اقترح	يقترح	مقترحا	-	intro
    غرّد	writing	غرد	يغرد	مغردا	-	intro colon quote
    كتب	writing	كتب	يكتب	كاتبا	-	intro colon quote
    نشر	writing	نشر	ينشر	ناشرا	-	colon
    جاء	report	=جاء =جاءت	-	-	-	intro colon quote medium
    ورد	report	=ورد =وردت	-	-	-	intro colon quote medium
    """

    /// Prepositional cues (class `according_to`): the source is the object of the preposition,
    /// the content is the host clause. One phrase per row; `ل` as a last word also matches a
    /// glued لـ (وفقا للمرصد).
    public static let prepositions = """
    # phrase
    بحسب
    حسب
    حسبما
    بحسب ما
    وفقا ل
    وفق
    طبقا ل
    على لسان
    نقلا عن
    استنادا إلى
    استنادا ل
    كما جاء في
    كما ورد في
    على حد قول
    على حد تعبير
    """

    /// Words right after a noun of saying with a pronoun suffix that make the pronoun God or the
    /// Prophet (قوله تعالى، قوله عز وجل، قوله صلى الله عليه وسلم): a citation of scripture, not
    /// the words of the current speaker, so حسب قوله there is no prepositional cue.
    public static let sacredEpithets = "تعالى سبحانه عز جل صلى"

    /// Complementizers that introduce indirect content after a cue, with the prepositions that
    /// may precede them (إلى أن، على أن، من أن). Pronoun-suffixed forms (أنه، إنها، بأنهم) are
    /// generated.
    public static let complementizers = "أن بأن"
    /// Prepositions that may stand between a cue and its complementizer.
    public static let complementizerPrepositions = "إلى على من"

    /// Writer formulas: a cue form that starts one of these phrases is the writer's own voice
    /// (`يذكر أن` "it is worth noting"), not an attribution.
    public static let writerFormulas = """
    يذكر أن
    يذكر ان
    يذكر إن
    يذكر أنه
    يذكر أنها
    """

    /// Imperfect cue forms that, with nothing between them and a complementizer, are mostly the
    /// impersonal passive (ويُتوقع أن …، ويُعتقد أن …، يُرجح أن "it is expected, believed, likely
    /// that"): no one's words. With a subject after them (ويتوقع الخبراء أن) they are cues.
    public static let impersonalImperfects = "يتوقع يعتقد يرجح يقدر"

    /// Cue forms that read as often as a noun or a preposition (بين "between", ذكر "mention",
    /// طالب "student", نقل "transport"): such a form, met a few words before a complementizer,
    /// is not taken as the start of a clause of its own.
    public static let nounHomographs = "بين ذكر طالب نقل نشر كشف وصف شرح"
    /// The preposition بين "between", alone and with its pronouns: the cue form بين (بيّن
    /// "showed") is that preposition when it does not open its clause (تنقلوا بين 3 دول أن)
    /// or when, with و, it follows one of these in its sentence (بينه وبين، بين الثوار … وبين).
    public static let betweenForms = "بين بينه بينها بينهم بينهما بيننا بيني بينى بينك بينكم"
    /// Words right before a cue form that keep it inside the clause around it, negated or
    /// relative (القناة التي لم تذكر مصدرا إن، ومن يدعون للتظاهر أن): such a form is not taken
    /// as the start of a clause of its own either.
    public static let embeddingWords = "لم لن لا من"

    /// Words before a cue that reports through a medium (جاء، ورد: ``ContentPolicy/medium``)
    /// that make it part of a noun phrase, "what was stated" (نفت ما جاء على لسانها، مثلما وردت
    /// في التحقيقات), or of an according-to phrase (كما جاء على موقعها), not a report.
    public static let nominalizers = "ما بما مما لما مثلما كما"

    /// Words after which a noun homograph (``nounHomographs``) is the noun or the preposition:
    /// وما بين الصحيفتين، ومن بين تلك التغريدات، مما ذكر. Not كما: كما طالب الحزب is "as the
    /// party demanded".
    public static let nounReaders = "ما مما من"

    /// Conjunctions that open a fronted subordinate clause (وفيما تتابع القوات الضغط …، وفيما
    /// يتعلق بالانتخابات …، عندما سئل …، في حين): a cue after such a clause, with no
    /// punctuation between, is its sentence's main verb and may take a subject after it.
    public static let subordinators = "فيما بينما عندما حينما حين بعدما لما إذ طالما كلما وقتما"
    /// Words before a participle that make it a predicate or an adjective (كما كان متوقعاً،
    /// غير متوقعة، كانت مؤكدة، تبدو مؤكدة): the participle is then a cue only when a
    /// complementizer or a colon introduces its content (كانت متوقعة أن …).
    public static let predicateHeads = "كان كانت كانوا يكون تكون يكونون ليس ليست أصبح أصبحت بات باتت غير يبدو تبدو بدا بدت"
    /// Words right before a participle that make it a noun, never a cue: a preposition or a
    /// complementizer governs a verbal or agent noun (في متابعة للحدث، إلى ذاكرة مصر، عن مطالبه،
    /// وقال إن متابعة بعض وسائل الإعلام، تم مطالبة الإدارة). على is left out, as it is written
    /// علي, also a name (خالد علي معلقا), and so are بعد / قبل, which stand alone as "yet" /
    /// "before" (لم يعرف بعد، موضحا).
    public static let nominalHeads = "في من إلى عن مع حول ضد عبر نحو تم يتم أن إن بأن لأن"

    /// Words before أن that make it part of a conjunction, not a complementizer (بعد أن "after",
    /// قبل أن "before", يبدو أن "it seems", رغم أن "although"), also with و/ف (ومع أن). The
    /// conjunctions that link a clause of their own are in ``clauseLinkingHeads``.
    public static let nonComplementizerHeads = "بعد قبل منذ دون بدون رغم برغم مع حتى بمجرد لمجرد بدلا عوضا لولا لو بما ذلك يبدو طالما بسبب"
    /// Nouns that take an أن-clause of their own as the object of a cue (وأكد الرئيس أهمية أن
    /// …، شدد الوزير على ضرورة أن …): right before the introducer, such a noun opens what was
    /// said, and is never the end of the cue's subject.
    public static let complementNouns = "ضرورة أهمية إمكانية احتمال استحالة صعوبة"
    /// Verbs and predicates that take an أن-clause of their own (يمكن أن، سبق أن، يجب أن، من
    /// المتوقع أن): that أن opens their complement, never the content of a cue before them
    /// (وتعتبر المقاتلة … وسبق أن أعلنت الهند …، طالب باكستان بالكف عن أفعال يمكن أن …). Also
    /// after من, unlike ``nonComplementizerHeads``. No cue verb is listed (توقع أن is a cue).
    public static let complementTakingHeads = """
    يمكن يمكنه يمكنها يمكنهم يمكننا يمكنك بإمكان بإمكانه بإمكانها بالإمكان يجب يجدر ينبغي يتعين يتوجب يفترض يرتقب \
    بد لابد سبق يسبق استطاع استطاعت يستطيع تستطيع يستطيعون نستطيع أستطيع \
    أراد أرادت أرادوا يريد تريد يريدون نريد أريد حاول حاولت حاولوا يحاول تحاول يحاولون نحاول \
    كاد كادت يكاد تكاد أوشك أوشكت يوشك توشك عسى \
    المتوقع المقرر المنتظر المفترض الممكن المرجح المحتمل المستبعد المستحيل الضروري الصعب الطبيعي المعروف الواضح \
    المؤكد الأكيد
    """
    /// Heads of the conjunctions with أن that link a clause of their own to the sentence (إذ إن
    /// "since", حيث أن, كما أن "moreover", بل إن "indeed", إلا أن "but", خصوصا أن "especially
    /// as", باعتبار أن "given that", بدعوى أن / بحجة أن "on the grounds that"): they too make
    /// أن no complementizer, and after a cue they end the search for its content, where a
    /// temporal conjunction (وقال بعد أن التقى الوزير إن …) does not.
    public static let clauseLinkingHeads = "إذ حيث خصوصا بل بيد إلا كما غير لدرجة أي علما سيما باعتبار اعتبارا بدعوى بحجة بزعم"
    /// Linking heads that count only with و/ف or after punctuation: "، خاصة أن" and "وخاصة
    /// أن" are "especially as", but in "في تصريحات خاصة أن" خاصة is an adjective.
    public static let clauseLinkingHeadsAfterPause = "خاصة"
}
