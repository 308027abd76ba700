/// What a word tells about the noun phrase it heads or sits in, for finding and typing sources.
public enum WordRole: UInt8, Sendable {
    /// A title or office (مدير، المتحدث، الوزير): a person follows or is meant.
    case title
    /// A description of an unnamed person (مراسل، امرأة، قيادي).
    case unnamedPerson
    /// An anonymous source (مصادر، مصدر، مسؤولون).
    case anonymous
    /// An organization (قوات، وزارة، المرصد، الحكومة).
    case organization
    /// A news medium (وكالة، صحيفة، قناة) or a known outlet (رويترز).
    case media
    /// A group of people (أشخاص، سكان، ناشطون).
    case group
    /// A time expression or an adverbial word (اليوم، أمس، السبت، مساء، بالقول، الانتباه،
    /// بوضوح، بلهجة).
    case time
    /// A channel of a statement (بيان، تصريحات، تويتر); the type is in ``SourceLexicon/mediumType(_:_:)``.
    case medium
    /// A first name often opening a compound name (أبو، عبد، بن).
    case namePart
    /// A quantity of people or bodies, heading a partitive (عدد من المسؤولين، بعض الخبراء).
    case quantifier
    /// A common given name (محمد، مصطفى، سارة): the start of a personal name.
    case givenName
}

/// Head words for sources, addressees, media of statements and time adverbials, as a table.
public enum SourceTable {
    /// `role<TAB>words`; for `medium` rows, `medium:type<TAB>words`. Words are matched folded,
    /// with or without the article ال and a leading و/ف/ب/ل. The `kin` row (``kinNouns``) is
    /// read with a possessive only: such a noun stands for an unnamed person (وقال شقيقها،
    /// والدته، نجلها). The `abdName` row (``abdNameEnds``) gives given names, each word read
    /// after ``abdPrefix``.
    public static let rows = """
    title	وكيل الوكيل معالي سعادة سمو فضيلة صاحب السيد السيدة مدير مديرة رئيس رئيسة وزير وزيرة المتحدث المتحدثة متحدث متحدثة الناطق ناطق الناطقة مسؤول مسؤولة مسئول مسئولة قائد قائدة نائب نائبة عميد العميد لواء اللواء عقيد العقيد عميد مقدم رائد ناشط ناشطة محلل محللة خبير خبيرة كاتب كاتبة صحفي صحفية صحافي صحافية سفير سفيرة أمين أمينة عضو عضوة مستشار مستشارة مرشح مرشحة داعية شيخ الشيخ دكتور الدكتور دكتورة د. أ.د. م. أ. مهندس المهندس مهندسة النائب الملك الأمير الأميرة ولي الرئيس المدير المستشار الأستاذ أستاذ أستاذة الباحث باحث باحثة القيادي المسؤول مساعد مساعدة منسق منسقة محافظ محافظة المحافظ زعيم زعيمة القاضي قاضية قاض المحامي محام محامي محامية الفريق الجنرال جنرال المشير البابا الإمام المفتي رئيس الوزراء السيناتور سناتور النجم الفنان الفنانة اللاعب المدرب مدرب المطرب المخرج الدبلوماسي الأمين المنسق المفوض مفوض مفوضة المبعوث مبعوث مبعوثة المندوب مندوب مندوبة الممثل ممثل ممثلة المراقب الضابط مشرف مشرفة حاكم عمدة قنصل نقيب مؤسس مذيع مذيعة مدعي مطران بطريرك كاردينال حاخام مرشد محقق مفتش مدرس بروفيسور بروفسور قس شاعر شاعرة روائي ناقد مؤرخ مؤلف مؤلفة سكرتير رقيب عريف ملازم فقيه حارس مهاجم العاهل مفكر طيار محاسب مخرج مخرجة الأنبا
    unnamed	مراسل مراسلة امرأة رجل شاب شابة فتاة طفل مواطن مواطنة شاهد متهم متهمة ضحية سائق صاحب قيادي عنصر ضابط جندي مقاتل طبيب طبيبة موظف موظفة أحد إحدى ساكن مصاب لاجئ نازح عامل والد والدة شقيق شقيقة زوجة استشاري الأم
    kin	\(kinNouns)
    anonymous	مصدر مصادر مسؤولون مسؤولين مسئولون مسئولين مصادر مطلعة مراقبون مراقبين محللون محللين خبراء دبلوماسيون دبلوماسيين
    organization	قوات وزارة الوزارة الحكومة حكومة الجيش جيش المرصد مرصد التحالف تحالف هيئة الهيئة حركة حزب جماعة الإدارة إدارة منظمة المنظمة الأمم مجلس المجلس لجنة اللجنة جبهة البيت الخارجية الداخلية الرئاسة النيابة الشرطة المحكمة محكمة السفارة سفارة الشركة شركة البنك بنك الاتحاد اتحاد مؤسسة المؤسسة جمعية الجمعية مركز المركز المكتب مكتب الأمانة السلطات السلطة سلطات الحرس البرلمان برلمان الكونغرس الكرملين البنتاغون الرئاسة مديرية المديرية القيادة قيادة الائتلاف ائتلاف تنظيم التنظيم الدولة الجامعة جامعة النقابة نقابة البعثة بعثة الصليب اليونيسف الكنيسة الأزهر الوحدات وحدات المجلس فصائل فصيل كتائب لواء ميليشيا مليشيا مليشيات ميليشيات الحشد المعارضة الحكومية الإدارة نادي صندوق جهاز مستشفى معهد منتخب بلدية أكاديمية مجمع كلية مصرف غرفة رابطة منتدى تيار قنصلية
    media	وكالة صحيفة جريدة قناة شبكة شبكات موقع مجلة إذاعة راديو تلفزيون التلفزيون تليفزيون التليفزيون تلفاز فضائية وسائل إعلام الإعلام محطة وكالات صحف جرائد قنوات مواقع مجلات إذاعات فضائيات محطات
    medianame	رويترز فرانس برس أسوشيتد أسوشيتدبرس الأناضول سانا واس إفي الجزيرة سبوتنيك تاس شينخوا نوفوستي
    group	متهمون متهمين أشخاص سكان أهالي ناشطون ناشطين شهود صحفيون صحفيين صحافيون صحافيين إعلاميون إعلاميين مواطنون مواطنين مقاتلون مقاتلين معارضون لاجئون نازحون مدنيون عناصر أطباء عمال طلاب متظاهرون محتجون بعضهم بعضها كثيرون آخرون كلاهما نشطاء باحثون باحثين معتصمون سائقون موقعون نسوة نساء
    time	اليوم أمس امس غدا الليلة ليلة صباح مساء ظهر فجر ظهيرة السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة يوم مؤخرا سابقا لاحقا أيضا كذلك الماضي الماضية الجاري الحالي الحالية الأسبوع الشهر قبل أمس الأول صباحا مساء مساءا ليلا نهارا حاليا بدوره بدورها أخيرا كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر بالقول القول الانتباه انتباه انتباهه انتباهها انتباههم انتباهي انتباهنا النظر مجددا مجدداً قليل أوائل أواخر منتصف مستهل عشية بوضوح بصراحة بشدة بقوة بحزم بدقة بجدية بثقة بأسف بحسرة بمرارة بغضب بفخر بصدق باختصار بإيجاز باستمرار بإسهاب بتفصيل بحماس بهدوء بجلاء بصرامة بلهجة بنبرة بصوت بكل بدون بإمكان بإمكانه بإمكانها بإمكانهم بإمكانك بإمكانكم بإمكاننا مثلا تحديدا شخصيا علنا صراحة حينها حينذاك وقتها وقتئذ آنذاك مرارا تكرارا ضمنا ضمنيا نصا حرفيا ردا تعليقا تعقيبا جميعا
    quantifier	عدد بعض جميع معظم غالبية أغلب عشرات مئات آلاف مجموعة
    namePart	أبو أبي أبا عبد عبدال بن بنت ابن آل أم
    abdName	\(abdNameEnds)
    givenName	محمد أحمد محمود مصطفى علي حسن حسين إبراهيم خالد عمر عمرو يوسف يحيى زكريا سعيد سعد سامي سمير صلاح طارق عادل عماد فؤاد كمال مجدي ناصر نبيل هشام وليد ياسر أسامة أيمن أشرف إيهاب جمال حمدي حازم حاتم حسام رامي رضا شريف صبري عاطف عصام فتحي فاروق كريم ماجد مدحت مراد منير نادر هاني وائل وليام ويليام والتر وارن وحيد وفاء وسام وجيه وديع يسري أنس بلال جابر حمزة زياد سلمان سلطان فهد فيصل ماهر مازن نايف نواف تركي بندر خليل سعود مشعل بدر متعب مشاري عباس عبدالإله عبدالمحسن عبدالملك عبدالهادي عبدالغني عبدالحكيم جاسم كاظم حيدر جميل رشيد سليم سليمان داود موسى عيسى إسماعيل إسحاق يعقوب أنور أمين أمير باسم بسام توفيق ثامر جعفر حامد حمد راشد رائد زكي سالم سامح سامر شادي شوقي صالح صابر ضياء طلال عاصم عبدالله عبدالرحمن عبدالعزيز عبدالكريم عبدالفتاح عبدالمجيد عبدالحميد عبدالحليم عبدالناصر عبدالقادر عبدالسلام عبداللطيف عبدالرحيم عبدالمنعم عبدالوهاب عزت علاء عوض غسان فادي فريد فهمي قاسم لطفي مالك متولي مجدى مختار مسعود معاذ منصور مهدي ممدوح نجيب نصر هيثم وجدي ياسين يونس جون جورج ديفيد مايكل باراك هيلاري بشار حسني جيمس بوريس سيرغي فلاديمير دونالد أنطونيو سارة فاطمة مريم هدى منى نادية سعاد ليلى رانيا ريم دينا إيمان أمل هبة نور نورا سلمى ياسمين هالة عزة غادة نجلاء سهير عائشة خديجة زينب سوزان ميرفت نهى شيماء أسماء آمنة رشا عثمان زايد حمود حمدان محفوظ غازي مفرج يزيد مسفر فواز راكان جديع مفرح عايض عائض نزار لافي حيان فالح عدنان زهير أيوب همام مروان عمار عقيل إياد قيس فوزي هاشم رمزي معيض سطام تميم عزام خميس بنيامين محسن خيرت باكينام رفعت رأفت حبيب عدلي ناجي تامر صفوت منصف حلمي ثروت عفت نهاد معمر نجوى ماجدة
    medium:statement	بيان بيانا البيان بلاغ إعلان
    medium:report	تقرير تقريرا تقارير دراسة استطلاع مسح تحريات تحقيقات
    medium:article	مقال مقالة افتتاحية
    medium:remarks	تصريح تصريحات تصريحه تصريحاته
    medium:interview	حديث مقابلة لقاء حوار مداخلة
    medium:press_conference	مؤتمر
    medium:audio_recording	تسجيل
    medium:video	فيديو شريط
    medium:twitter	تويتر تغريدة تغريدات
    medium:facebook	فيسبوك فيس صفحة
    medium:telegram	تلغرام تليغرام تلجرام تيليغرام
    medium:youtube	يوتيوب
    medium:website	موقع
    medium:social_media	حساب
    medium:letter	رسالة خطاب برقية
    medium:speech	كلمة خطبة
    medium:meeting	اجتماع ندوة
    medium:phone_call	اتصال مكالمة
    medium:television	برنامج
    """

    /// Medium types whose nouns also speak as the subject of a cue: a statement, a report, a
    /// letter, an article, a post or a recording "says" (وأكد البيان أن، وقال بيان للجيش إن،
    /// وكشفت دراسة أن، وذكرت الرسالة أن، وتقول الافتتاحية إن، وكشف تسجيل صوتي عن أن). Such a
    /// subject is the source (an organization) and its head the medium. Events (interview,
    /// meeting, speech) are not here: right after a cue their nouns are its object or an
    /// adverbial (قال كلمة، أكد خلال لقاء).
    public static let speakingMediumTypes = "statement report letter article remarks twitter audio_recording video facebook"

    /// Speaking medium types whose nouns speak even alone and without the article (وأفادت
    /// تقارير أن، وقال تقرير إن). The others then read rather as a name (وقال خطاب: Khattab said).
    public static let bareSpeakingMediumTypes = "report"

    /// Prepositions that introduce the medium of a statement (في بيان، عبر تويتر، على موقعها).
    public static let mediumPrepositions = "في عبر على خلال ضمن"

    /// Prepositions of time and place that open an adverbial and never a part of a source's
    /// title or name: a source phrase ends before them (وزير الآثار خلال تفقده المتحف، اعترف
    /// العيدان أمام القاضي). في، من، ل and لدى are left out: they may belong to a title (مسؤول في
    /// الوزارة، المتحدث باسم الجيش، مندوب ليبيا لدى الجامعة).
    public static let adverbialPrepositions = "أمام خلال أثناء عقب إثر بعد قبل منذ عند بحضور"

    /// Nouns that make على an adverbial of circumstance (على هامش المؤتمر، على خلفية الأحداث، على
    /// صعيد آخر): like ``adverbialPrepositions``, such an على ends a source phrase (وقال الوزير على
    /// هامش المؤتمر → الوزير). على alone is left in: it is also the name علي (السفير على العشيري)
    /// and follows nouns that govern it (الحائز على جائزة).
    public static let alaAdverbialNouns = "هامش خلفية صعيد ضوء وقع إثر مدى مدار رغم غرار"

    /// Prepositions whose object in the phrase of a medium or an event takes part in it without
    /// speaking (في مؤتمر صحفي مشترك مع ممثلي برنامج الأمم المتحدة، في مداخلة هاتفية مع الإعلامية
    /// ريم ماجد، خلال لقاء بين الوفدين): no subject of the cue follows them in that phrase.
    public static let partnerPrepositions = "مع بين"

    /// Adverbials of "for one's part" after a subject (وذكرت صحيفة «السوداني» من جهتها، وقال
    /// الوزير سامح شكري من جانبه، وأكد المصدر بدوره): the nouns read after من with their
    /// pronoun, and the words read alone. They end the subject's phrase.
    public static let sideNouns = "جانبه جانبها جانبهم جانبهما جهته جهتها جهتهم جهتهما ناحيته ناحيتها ناحيتهم ناحيتهما"
    public static let sideWords = "بدوره بدورها بدورهم بدورهما"

    /// The objects of the idioms of unveiling (كشف النقاب عن، أزاح الستار عن، أماط اللثام عن),
    /// which stand right after the verb where its subject would: never a source.
    public static let veilNouns = "النقاب الستار اللثام"

    /// Verbal nouns that, without the article, open a verb's object right after its subject
    /// (نفى وزير الخارجية محمد كامل عمرو وجود أزمة): never a name word. The nouns that take أن
    /// (``CueTable/complementNouns``: أكد الوزير ضرورة …) do so as well.
    public static let objectNouns = "وجود عدم صحة رفض استمرار قيام تورط حدوث وقوع"

    /// Nouns of direction that head a place (جنوب البلاد، شمال سوريا): such a phrase is a place in
    /// apposition (مسؤول يمني بمحافظة عدن، جنوب البلاد، قال), never a source. Matched as written
    /// (with و/ف): the adjectives and الغربي، الشرقي are also family names. Behind a glued
    /// preposition (بشمال سيناء) they are read by ``SourceLexicon/isPlaceNoun(_:_:)``.
    public static let directions = "جنوب شمال شرق غرب وسط ضواحي أطراف ريف"

    /// Nouns of places that a preposition glues to a title chain (بمنطقة عسير، بولاية إنديانا):
    /// such a word and the name after it are a place, not a person's name. Matched without
    /// clitics and ال.
    public static let placeNouns = "منطقة مدينة ولاية محافظة قرية بلدة حي إقليم مقاطعة ناحية قضاء عاصمة جزيرة"

    /// Particles that only stand before a verb: after a word with the article one ends a noun
    /// phrase, whose verb it opens (الوزير لم يعلق، الجيش قد ينسحب). Matched as written.
    public static let verbParticles = "لم لن قد سوف لقد"

    /// Demonstratives that, before a noun heading a source, point back to that source (وأكدت هذه
    /// المصادر، وأضاف هذا المسؤول): they belong to the source's phrase. Matched as written. ذلك
    /// is left out: after a cue it is as often the verb's object or an adverb (وأكد ذلك المقدم
    /// علي …، ما يوضح ذلك التصريحات، وفق ذلك التقرير).
    public static let pointingDemonstratives = "هذا هذه هؤلاء هذان هاتان تلك أولئك"

    /// Words that grade a military rank right after it and belong to the title, not to the name
    /// that follows (الفريق أول، اللواء ركن، العقيد أركان حرب). Each entry is one word or
    /// two words joined by `_`, matched folded (اركان حرب too).
    public static let rankGrades = "أول ركن أركان_حرب"

    /// Nouns of rules, plans and kinds: as the object of an according-to preposition they make
    /// it "in accordance with", not "according to" (وفقاً لتعليمات الرئيس، طبقاً لقرار الوزارة،
    /// حسب نوعية القطعة، وفق برنامج زمني): no source and no attribution. Matched without clitics
    /// and ال. Reports, statistics and indexes are sources and are not here.
    public static let normNouns = """
    تعليمات توجيهات أوامر قرار قرارات قانون قوانين دستور لائحة لوائح قواعد ضوابط شروط معايير معيار \
    اتفاق اتفاقية اتفاقات اتفاقيات خطة خطط برنامج جدول استراتيجية إستراتيجية منظومة آلية مبدأ مبادئ أحكام مرسوم \
    حالة نوعية نوع طبيعة ظروف حاجة رغبة توجه أهواء مزاج طقوس تعاليم عادات تقاليد أصول ترتيب أولوية أولويات \
    توقيت معادلة إقامة مقتضيات متطلبات إرشادات توصيات نصائح مهام تقليد وعود نصيب درجة وصية معمول
    """

    /// Nouns of saying, estimating and telling: as the object of an according-to preposition
    /// one stands before the source, whose words they are (حسب قول مؤسس الائتلاف، بحسب رواية
    /// شهود). Matched without clitics and ال. With a pronoun suffix, the pronoun is the source
    /// (حسب قوله، على حد زعمها: see ``PrepositionMatch/pronoun``).
    public static let sayingNouns = "قول تعبير رواية وصف تقدير شهادة كلام رأي تأكيد زعم"

    /// The plurals of ``sayingNouns``: they too stand before a source (وفق تقديرات الأمم المتحدة،
    /// حسب أقوال أسرته), but a word after one that has no article and ends in ة is its
    /// adjective (بحسب تقديرات رسمية، روايات متطابقة), not a name.
    public static let pluralSayingNouns = "أقوال روايات تقديرات شهادات تأكيدات"

    /// Prepositions with a pronoun suffix. After a cue they are neither its source nor a named
    /// addressee: قال فيه إن (in it), أكدت عليه المحكمة (the court stressed it), دعا إليها الرئيس.
    /// The first-person singular forms are left out: لي، مني and علي are also names.
    public static let pronounPrepositions = """
    فيه فيها فيهم فيهما له لها لهم لهما لك لكم لنا به بها بهم بهما عنه عنها عنهم عليه عليها عليهم عليهما علينا \
    إليه إليها إليهم إلينا منه منها منهم معه معها معهم لديه لديها لديهم عنده عندها عندهم خلاله خلالها
    """

    /// عن with a pronoun suffix: after a relaying verb (ونقلت عنه وكالة رويترز قوله) it names
    /// the source as a pronoun, the speaker named before.
    public static let relayPronouns = "عنه عنها عنهم عنهما"

    /// The ``pronounPrepositions`` of ل with a plural or dual pronoun: after the cue of a
    /// singular relative they name whom it spoke to (والذي أكد لهم أن), never the relative.
    public static let pluralAddresseePronouns = "لهم لهما لكم لنا"

    /// Prepositions that close the words between a cue and its content, belonging to the verb
    /// or to what follows rather than to the source (كشفت التحريات عن أن، مصادر لـ"الدستور" إن).
    /// على and إلى are left out: folded, على is the name علي, and إلى أن introduces content.
    public static let trailingPrepositions = "عن في من حول ل"

    /// Conjunctions that open a clause, and with it the phrase of its subject: a subject before
    /// a cue starts after one (لكن وزير دفاعها قال إن); right before the cue, the subject stands
    /// before the conjunction (الشاعر أحمد شوقي حيث يقول). Matched with و/ف (ولكن).
    public static let clauseOpeners = "لكن بينما فيما حيث إذ ثم عندما حينما بعدما"

    /// Words that, like ``clauseOpeners``, start a clause whose verb is its first word (كما
    /// أضاف المصدر أن "also"، فقد قال يوسف كمال إن): a cue right after them opens its clause.
    /// Kept apart from ``clauseOpeners``: before كما a subject is no topic of the cue (ستعلم
    /// العالم كما قال أوباما).
    public static let verbClauseOpeners = "كما فقد"

    /// Words that never open the subject of a cue standing right after them: pronouns (the
    /// third-person ones are ``clausePronouns``; the first person too: taken as a speaker, أنا would stand for every later pro-drop cue),
    /// particles with a pronoun suffix (لكنه أشار، لكنني أعتقد: the suffix is the subject, so the
    /// cue is pro-drop), question and condition particles (هل ترى، لو قدر) and discourse adverbs
    /// (ربما يعتقد، لذا أعتقد).
    public static let nonSubjects = "أنا نحن أنت أنتم أنتما " + clausePronouns + " " + pronounParticles + """
     هل لو لولا إذا إن كلما عندما حين حينما لما ربما لذا لذلك
    """

    /// Particles with a pronoun suffix: before a verb the suffix is its subject (لكنه وصف، أنها
    /// وصفت), and a phrase after the verb is its object.
    public static let pronounParticles = """
    لكنه لكنها لكنهم لكنهما لكني لكنني لكننا لكنك لكنكم \
    أنه أنها أنهم إنه إنها إنهم إنني إننا أنني أننا
    """

    /// Verbs of anteriority: with أن before a cue (وسبق أن أعلنت الهند أنها …، سبق له أن قال)
    /// they say "had … before", and the cue opens its clause as after كان قد.
    public static let anteriorVerbs = "سبق"

    /// Third-person pronouns. After a source's noun phrase, with or without و, one opens a
    /// circumstantial or a new clause about the source (وقال مايك هاكابي، وهو مرشح في الحزب …
    /// / وقال هاكابي وهو مرشح): the source ends before it.
    public static let clausePronouns = "هو هي هم هما هن"

    /// Question words. After a cue of asking they open the question, which is the content
    /// (وتساءل بكار هل يمكن …، وتساءل كيف يمكن …): a source's phrase ends before one, and none
    /// opens a source.
    public static let questionWords = "هل كيف لماذا ماذا متى أين"

    /// Quantifiers that open a verb's object, never a name (واستعرض الدكتور عمر سالم العديد من
    /// أوجه التعاون): where a subject runs into its verb's object, it ends before one.
    public static let objectQuantifiers = "العديد عددا بعض كل كافة جميع مختلف"

    /// What the words of the `abdName` row are read after: عبد and the article, written as one
    /// word with them.
    public static let abdPrefix = "عبدال"

    /// The second parts of the compound names عبد + ال + a divine attribute (عبدالعليم،
    /// عبدالمقصود), without ال: the `abdName` row of ``rows`` makes each, written as one word, a
    /// given name. The divine names, and those that Egyptian, Levantine and Iraqi names add to
    /// them (العال، الموجود، المسيح، الزهرة). Written apart, عبد is a name part of its own.
    public static let abdNameEnds = """
    رحمن رحيم ملك قدوس سلام مؤمن مهيمن عزيز جبار متكبر خالق باري بارئ مصور غفار قهار وهاب رزاق \
    رازق فتاح عليم قابض باسط خافض رافع معز سميع بصير حكم عدل لطيف خبير حليم عظيم غفور شكور علي \
    كبير حفيظ مقيت حسيب جليل كريم رقيب مجيب واسع حكيم ودود مجيد باعث شهيد حق وكيل قوي متين ولي \
    حميد محصي مبدئ معيد محيي حي قيوم واجد ماجد واحد أحد صمد قادر مقتدر أول آخر ظاهر باطن والي \
    متعال بر تواب عفو رؤوف رءوف مالك جواد غني مغني نافع نور هادي بديع باقي وارث رشيد صبور منعم \
    محسن ناصر نصير معين حافظ لاه إله عال موجود مقصود معبود معطي عاطي شافي دايم دائم نبي رسول \
    مسيح سيد ونيس فضيل منصف مولى ملاك نعيم مطلب ستار أمير حسين حسن رضا زهرة كاظم
    """

    /// Words with the article that end a compound given name (صلاح الدين، نور الدين، نصر الله):
    /// inside a name they continue it, where another word with the article would end it (صلاح
    /// الدين عبد الكريم).
    public static let compoundNameEnds = "الدين الله"

    /// Nouns that a number after them identifies (البلاغ رقم 3611، المادة 230، البند 5): the
    /// number belongs to the noun phrase, where elsewhere a number is read as a date.
    public static let numberedNouns = "رقم مادة بند فقرة"

    /// Nouns of the year that a reference number goes on with behind ل (رقم 622 لسنة 2013).
    public static let yearNouns = "سنة عام"

    /// Medium nouns that are as often family names (Khattab): alone and without the article as
    /// the subject of a cue one of these is a person (وقال خطاب إن), where another medium noun so
    /// placed names no source (قال كلمة).
    public static let mediumFamilyNames = "خطاب"

    /// Given names that as often open a phrase with a noun after them (المتحدث باسم الجيش، أمين
    /// الصندوق، أمير المنطقة، أمل الشعب): before a word with the article they do not show that
    /// the word is a family name.
    public static let givenNameHomographs = "باسم أمين أمير أمل"

    /// Words with the article that end in ي or ى as family names do (nisbas: القرني، العنزي،
    /// البرادعى) but are nouns or particles: alone as the subject of a cue, one of these is no
    /// person (وأكدت الدعوى أن، وقالت الفتوى إن).
    public static let nisbaLikeNouns = """
    الدعوى الدعاوى الفتوى الشكوى الذكرى الفحوى الكبرى الأولى الأخرى القصوى العظمى اللي المركزي \
    المستشفى المنتدى الملتقى المبنى المقهى المستوى الأهلي
    """

    /// Nouns of kinship for one person. With a possessive they are unnamed persons (the `kin`
    /// row of ``rows``); with a name after them, see ``relationNouns``. Not ابن، which is also a
    /// name part, nor عم، خال، أخ: with ه they fold like other words (خاله is خالة "aunt", as in
    /// ابن خالة الشهيد).
    public static let kinNouns = "نجل نجلة ابنة والد والدة زوج زوجة أرملة شقيق شقيقة أخت حفيد حفيدة"

    /// Nouns of kinship and representation: a name after one of them (نجل الراحل محمود سالم،
    /// دفاع المتهم زكريا عزمي، محامي الفنان أحمد عز) is of another person than the speaker.
    public static let relationNouns = kinNouns + " أخ عم خال أسرة عائلة أقارب ذوي دفاع محامي محامية موكل موكلة"

    /// Relative pronouns, each with the agreement of a verb whose subject it is (الذي قال، التي
    /// قالت، الذين قالوا), as `agreement<TAB>words`. A cue with no subject right after one
    /// takes the phrase before the pronoun as its source when the two agree (والده، الذي أقر أن
    /// …), and not when they disagree (المدينة التي قال إن …: the pronoun is not the subject).
    /// Duals are `unknown`: they agree with any form.
    public static let relativePronouns = """
    masculine	الذي
    feminine	التي
    plural	الذين اللاتي اللواتي
    unknown	اللذان اللذين اللتان اللتين
    """

    /// The words of ``relativePronouns``, space-separated: the one list of relative pronouns
    /// that the rules asking "is this a relative clause?" read.
    static var relativePronounWords: String {
        relativePronouns.split(separator: "\n").compactMap { $0.split(separator: "\t").last }.joined(separator: " ")
    }
}

/// The ``SourceTable`` as look-up tables by folded key (whole word, without ال, and without
/// leading clitics). A class, so look-ups pass a reference rather than copies of the tables.
public final class SourceLexicon: Sendable {
    private let roles: KeyMap<WordRole>
    private let mediumTypes: KeyMap<String>
    /// The keys of ``roles`` (and so of ``mediumTypes``): most words have no role.
    private let roleKeys: KeyFilter
    private let mediumPrepositions: KeySet
    private let pronounPrepositions: KeySet
    private let trailingPrepositions: KeySet
    private let adverbialPrepositions: KeySet
    private let alaAdverbialNouns: KeySet
    private let partnerPrepositions: KeySet
    private let pluralAddresseePronouns: KeySet
    private let objectNouns: KeySet
    private let sideNouns: KeySet
    private let sideWords: KeySet
    private let veilNouns: KeySet
    private let directions: KeySet
    private let placeNouns: KeySet
    /// ``SourceTable/rankGrades``: the key of each first word, with the key of the second (or 0).
    private let rankGrades: KeyMap<UInt64>
    private let normNouns: KeySet
    private let sayingNouns: KeySet
    private let pluralSayingNouns: KeySet
    private let clausePronouns: KeySet
    private let questionWords: KeySet
    private let objectQuantifiers: KeySet
    private let compoundNameEnds: KeySet
    private let nisbaLikeNouns: KeySet
    private let relationNouns: KeySet
    private let givenNameHomographs: KeySet
    /// The compound names of ``SourceTable/abdNameEnds``, written as one word.
    private let abdNames: KeySet
    private let mediumFamilyNames: KeySet
    private let numberedNouns: KeySet
    private let yearNouns: KeySet
    private let speakingMediumTypes: Set<String>
    private let bareSpeakingMediumTypes: Set<String>
    private let relativePronouns: KeyMap<Agreement>
    /// The keys of the media nouns (وكالة، صحيفة، إذاعة), which take the outlet's name after
    /// them, unlike the outlets' own names (رويترز).
    private let mediaNouns: KeySet
    /// The keys of the time words alone: most words, including those with other roles, are
    /// no time word, which this filter proves with two loads.
    private let timeKeys: KeyFilter

    public init() {
        let table = SourceTable.rows
        (roles, mediumTypes, roleKeys, timeKeys, mediaNouns) = [Unicode.Scalar].readsAsScalars(table)
            ? Self.read([Unicode.Scalar](table: table)) : Self.read(table)
        mediumPrepositions = KeySet(words: SourceTable.mediumPrepositions)
        pronounPrepositions = KeySet(words: SourceTable.pronounPrepositions)
        trailingPrepositions = KeySet(words: SourceTable.trailingPrepositions)
        adverbialPrepositions = KeySet(words: SourceTable.adverbialPrepositions)
        alaAdverbialNouns = KeySet(words: SourceTable.alaAdverbialNouns)
        partnerPrepositions = KeySet(words: SourceTable.partnerPrepositions)
        pluralAddresseePronouns = KeySet(words: SourceTable.pluralAddresseePronouns)
        objectNouns = KeySet(words: SourceTable.objectNouns + " " + CueTable.complementNouns)
        sideNouns = KeySet(words: SourceTable.sideNouns)
        sideWords = KeySet(words: SourceTable.sideWords)
        veilNouns = KeySet(words: SourceTable.veilNouns)
        directions = KeySet(words: SourceTable.directions)
        placeNouns = KeySet(words: SourceTable.placeNouns)
        var grades = KeyMap<UInt64>()
        for entry in SourceTable.rankGrades.split(separator: " ") {
            let words = entry.split(separator: "_")
            grades.set(ArabicKey.key(words[0]), words.count > 1 ? ArabicKey.key(words[1]) : 0)
        }
        rankGrades = grades
        normNouns = KeySet(words: SourceTable.normNouns)
        sayingNouns = KeySet(words: SourceTable.sayingNouns)
        pluralSayingNouns = KeySet(words: SourceTable.pluralSayingNouns)
        clausePronouns = KeySet(words: SourceTable.clausePronouns)
        questionWords = KeySet(words: SourceTable.questionWords)
        objectQuantifiers = KeySet(words: SourceTable.objectQuantifiers)
        compoundNameEnds = KeySet(words: SourceTable.compoundNameEnds)
        nisbaLikeNouns = KeySet(words: SourceTable.nisbaLikeNouns)
        relationNouns = KeySet(words: SourceTable.relationNouns)
        givenNameHomographs = KeySet(words: SourceTable.givenNameHomographs)
        abdNames = KeySet(SourceTable.abdNameEnds.split(whereSeparator: \.isWhitespace).map { ArabicKey.key(SourceTable.abdPrefix + $0) })
        mediumFamilyNames = KeySet(words: SourceTable.mediumFamilyNames)
        numberedNouns = KeySet(words: SourceTable.numberedNouns)
        yearNouns = KeySet(words: SourceTable.yearNouns)
        speakingMediumTypes = Self.names(SourceTable.speakingMediumTypes)
        bareSpeakingMediumTypes = Self.names(SourceTable.bareSpeakingMediumTypes)
        var relatives = KeyMap<Agreement>()
        for row in SourceTable.relativePronouns.split(separator: "\n") {
            let columns = row.split(separator: "\t")
            guard columns.count == 2, let agreement = Agreement(name: columns[0]) else { continue }
            for key in ArabicKey.keys(columns[1]) { relatives.set(key, agreement) }
        }
        relativePronouns = relatives
    }

    /// The space-separated names of a table row (medium types), as a set.
    private static func names(_ row: String) -> Set<String> { Set(row.split(separator: " ").map(String.init)) }

    /// The roles, medium types, role and time key filters and media nouns of the table (read
    /// as characters or as scalars, see ``TableText``).
    private static func read<T: TableText>(_ table: T) -> (KeyMap<WordRole>, KeyMap<String>, KeyFilter, KeyFilter, KeySet) {
        var roles = KeyMap<WordRole>(capacity: 1024)
        var mediumTypes = KeyMap<String>()
        var roleKeys = KeyFilter()
        var timeKeys = KeyFilter(log2Bits: 14)
        var mediaNouns: [UInt64] = []
        // Each word's keys (its own first) and row, in table order.
        var words: [(keys: [UInt64], role: WordRole, mediumType: String?)] = []
        let affixes = Affixes<T>(), stringAffixes = Affixes<String>()
        for row in table.tableRows {
            let cols = row.split(separator: "\t", maxSplits: 1).map(T.init)
            guard cols.count == 2 else { continue }
            var label = cols[0].string
            var mediumType: String?
            if label.hasPrefix("medium:") { mediumType = String(label.dropFirst(7)); label = "medium" }
            let role: WordRole
            switch label {
            case "title": role = .title
            case "unnamed", "kin": role = .unnamedPerson
            case "anonymous": role = .anonymous
            case "organization": role = .organization
            case "media", "medianame": role = .media
            case "group": role = .group
            case "time": role = .time
            case "namePart": role = .namePart
            case "quantifier": role = .quantifier
            case "givenName": role = .givenName
            case "abdName": role = .givenName
            default: role = .medium
            }
            for var word in cols[1].split(separator: " ").map(T.init) {
                if label == "abdName" { word = affixes.abd + word }
                // A word with diacritics is read as characters (see TableText).
                if label == "kin" {
                    words.append((word.isPlain ? possessiveKeys(word, affixes) : possessiveKeys(word.string, stringAffixes), role, nil))
                    continue
                }
                let keys = word.isPlain ? variants(word, possessives: mediumType != nil, time: role == .time, name: role == .givenName, affixes)
                                        : variants(word.string, possessives: mediumType != nil, time: role == .time, name: role == .givenName,
                                                   stringAffixes)
                words.append((keys, role, mediumType))
                if label == "media" { mediaNouns.append(contentsOf: keys) }
            }
        }
        // A word as the table writes it takes its row's role before any other word's variant
        // (الأحد is a day, not أحد with the article).
        for (keys, role, mediumType) in words {
            roles.insertIfAbsent(keys[0], role)
            if let mediumType { mediumTypes.insertIfAbsent(keys[0], mediumType) }
        }
        for (keys, role, mediumType) in words {
            for k in keys {
                roleKeys.insert(k)
                if role == .time { timeKeys.insert(k) }
                roles.insertIfAbsent(k, role)
                if let mediumType { mediumTypes.insertIfAbsent(k, mediumType) }
            }
        }
        return (roles, mediumTypes, roleKeys, timeKeys, KeySet(mediaNouns))
    }

    /// The keys a table word stands for, its own first: with and without ال, the accusative
    /// (أشخاصاً، مصدراً), and with `possessives` (media) the possessives (كلمته، بيانها، حسابه).
    /// A time word written with ال keeps it (الجاري، الماضي: جاري and ماضي are no time words),
    /// and a given name takes neither ال nor the accusative (الفالح، الحمود، الصالح are family
    /// names, مفرجاً "released").
    static func variants<T: TableText>(_ word: T, possessives: Bool, time: Bool = false, name: Bool = false, _ a: Affixes<T>) -> [UInt64] {
        let definite = word.starts(with: a.article)
        var variants = [word]
        if !definite, !name { variants.append(a.article + word) } else if definite, !time { variants.append(T(word.dropFirst(2))) }
        if !definite, !name, word.last != "ا", word.last != "ة" { variants.append(word + a.alef) }
        var keys = variants.map(\.key)
        if possessives, !definite { keys += possessiveKeys(word, a) }
        return keys
    }

    /// The keys of a noun with the possessives ه، ها، هم (ة becoming ت: كلمته، والدتها).
    static func possessiveKeys<T: TableText>(_ word: T, _ a: Affixes<T>) -> [UInt64] {
        let stem = word.last == "ة" ? T(word.dropLast()) + a.teh : word
        return a.possessives.map { (stem + $0).key }
    }

    /// The affixes of ``variants(_:possessives:time:name:_:)``, converted once per reading.
    struct Affixes<T: TableText> {
        let article = T(table: "ال"), alef = T(table: "ا"), teh = T(table: "ت"), abd = T(table: SourceTable.abdPrefix)
        let possessives = [T(table: "ه"), T(table: "ها"), T(table: "هم")]
    }

    /// The role of token `i`: whole word first, then without و/ف, then without clitics and ال.
    /// A given name or name part counts only as a whole word (with و/ف): without clitics, كامل
    /// would be ك + أمل and الأحمد ال + أحمد.
    @inline(__always)
    public func role(_ view: TokenView, _ i: Int) -> WordRole? {
        guard view.kind(i) == .word else { return nil }
        if let r = view.firstMatch(i, { role($0) }) { return r }
        let base = view.base(i)
        guard base != view.key(i), base != view.stem(i), let r = role(base), r != .givenName, r != .namePart else { return nil }
        return r
    }

    /// The role of token `i` without its clitics and ال, given names included: whether the
    /// rest of لجمال or لجميع is a known word.
    public func baseRole(_ view: TokenView, _ i: Int) -> WordRole? {
        view.kind(i) == .word ? role(view.base(i)) : nil
    }

    @inline(__always)
    private func role(_ key: UInt64) -> WordRole? { roleKeys.mayContain(key) ? roles[key] : nil }

    /// The role of token `i` as a whole word only (no clitic stripping).
    @inline(__always)
    public func exactRole(_ view: TokenView, _ i: Int) -> WordRole? {
        guard view.kind(i) == .word else { return nil }
        return view.firstMatch(i) { role($0) }
    }

    /// True when ``exactRole(_:_:)`` of token `i` is `time`.
    @inline(__always)
    public func isTimeWord(_ view: TokenView, _ i: Int) -> Bool {
        // A word whose key and key without و/ف are both no time key has no time role.
        guard view.kind(i) == .word, timeKeys.mayContain(view.key(i)) || timeKeys.mayContain(view.stem(i)) else { return false }
        return exactRole(view, i) == .time
    }

    /// True when token `i` is a media noun (لوكالة، صحيفة), see ``mediaNouns``.
    public func isMediaNoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && view.firstMatch(i, throughBase: true) { mediaNouns.contains($0) ? true : nil } != nil
    }

    /// True when token `i` is a media noun or a medium word behind a glued ب or ل (ببرنامج،
    /// لوكالة، بقناة), not one as written (برنامج): it opens a prepositional phrase, whose
    /// genitive (a quoted name, a definite phrase) is no clause's subject.
    public func isGluedMediaNoun(_ view: TokenView, _ i: Int) -> Bool {
        let f = view.first(i)
        guard view.kind(i) == .word, f == 0x0628 || f == 0x0644, !view.definite(i) else { return false }
        let base = view.base(i)
        guard base != view.stem(i), mediaNouns.contains(base) || mediumType(base) != nil else { return false }
        return view.firstMatch(i) { mediaNouns.contains($0) || mediumType($0) != nil ? true : nil } == nil
    }

    /// The medium type (`statement`, `twitter`, …) of token `i`, or nil. Without
    /// `throughClitics`, only as written or after و/ف (بيانا, not ببيان).
    public func mediumType(_ view: TokenView, _ i: Int, throughClitics: Bool = true) -> String? {
        view.firstMatch(i, throughBase: throughClitics) { mediumType($0) }
    }

    /// The medium type of token `i` when it is one of ``SourceTable/speakingMediumTypes``
    /// (البيان، رسالة، تغريدة), else nil; never for an indefinite accusative (بيانا، مقالا),
    /// which is an object (وكتب مقالا عنوانه:), not a subject.
    public func speakingMediumType(_ view: TokenView, _ i: Int) -> String? {
        guard view.definite(i) || view.last2(i) & 0xFFFF != 0x0627,
              let type = mediumType(view, i), speakingMediumTypes.contains(type) else { return nil }
        return type
    }

    /// True for a medium type of ``SourceTable/bareSpeakingMediumTypes`` (a report).
    public func speaksBare(_ type: String) -> Bool { bareSpeakingMediumTypes.contains(type) }

    /// True when the word at `i` is one of ``SourceTable/numberedNouns``, with or without the
    /// article.
    public func isNumberedNoun(_ view: TokenView, _ i: Int) -> Bool { numberedNouns.contains(view.base(i)) }

    /// True when the word at `i` is one of ``SourceTable/yearNouns`` behind ل (لسنة، لعام).
    public func isYearOf(_ view: TokenView, _ i: Int) -> Bool {
        view.first(i) == 0x0644 && view.kind(i) == .word && yearNouns.contains(view.base(i))
    }

    /// True when the word at `i` is one of ``SourceTable/mediumFamilyNames`` (خطاب), without
    /// the article or a clitic.
    public func isMediumFamilyName(_ view: TokenView, _ i: Int) -> Bool {
        view.key(i) == view.base(i) && mediumFamilyNames.contains(view.key(i))
    }

    @inline(__always)
    private func mediumType(_ key: UInt64) -> String? { roleKeys.mayContain(key) ? mediumTypes[key] : nil
    }

    /// True when token `i` is a preposition that introduces a medium (في، عبر، على).
    public func isMediumPreposition(_ view: TokenView, _ i: Int) -> Bool { mediumPrepositions.contains(view.key(i)) }

    /// True when token `i` opens the phrase of a medium: a medium preposition and a medium noun
    /// (في البيان، عبر موقعها), a medium noun with a glued ب (بالبيان), or a preposition with a
    /// pronoun suffix (فيه، به). What the cues that report only through a medium (جاء، ورد)
    /// must be followed by.
    public func opensMediumPhrase(_ view: TokenView, _ i: Int) -> Bool {
        guard i < view.count, view.kind(i) == .word else { return false }
        if isMediumPreposition(view, i) { return i + 1 < view.count && view.kind(i + 1) == .word && mediumType(view, i + 1) != nil }
        return isPronounPreposition(view, i) || (view.first(i) == 0x0628 && mediumType(view, i) != nil)
    }

    /// True when token `i` is a preposition with a pronoun suffix (فيه، عليه، وله), see
    /// ``SourceTable/pronounPrepositions``. Folding merges آ with إ and ة with the suffix ه, so
    /// آلية "mechanism" reads as إليه: the text's own letters tell them apart. (علية and فية are
    /// mostly misspellings of عليه and فيه, and stay prepositions.)
    public func isPronounPreposition(_ view: TokenView, _ i: Int) -> Bool {
        guard view.kind(i) == .word, pronounPrepositions.contains(keyOrStemOf: i, view) else { return false }
        guard view.last2(i) & 0xFFFF == 0x0647, view.first(i) == 0x0627 else { return true }
        let letters = view.originalLetters(i)
        return letters.first != 0x0622 || letters.last != 0x0629
    }

    /// True when token `i` is one of ``SourceTable/objectNouns`` or ``CueTable/complementNouns``
    /// as written (or after و/ف), without the article.
    public func isObjectNoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && !view.definite(i) && objectNouns.contains(keyOrStemOf: i, view)
    }

    /// True when token `i` describes a person: a title or a noun of an unnamed person (المتحدث،
    /// مراسل), which a name or a phrase in apposition goes with.
    public func describesPerson(_ view: TokenView, _ i: Int) -> Bool {
        let r = role(view, i)
        return r == .title || r == .unnamedPerson
    }

    /// True when an adverbial of "for one's part" starts at token `i` (من جانبه، من جهتها،
    /// بدوره; ``SourceTable/sideNouns``, ``SourceTable/sideWords``), with or without و.
    public func opensSideAdverbial(_ view: TokenView, _ i: Int) -> Bool {
        guard view.kind(i) == .word else { return false }
        if sideWords.contains(keyOrStemOf: i, view) { return true }
        return view.stem(i) == Self.min && i + 1 < view.count && sideNouns.contains(view.key(i + 1))
    }

    /// True when token `i` is one of ``SourceTable/veilNouns`` (the object of كشف النقاب), not
    /// after a name part (عبد الستار).
    public func isVeilNoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && veilNouns.contains(view.key(i)) && (i == 0 || role(view, i - 1) != .namePart)
    }

    /// ``isObjectNoun(_:_:)`` without و/ف: the noun opens a phrase of its own rather than joining
    /// one before it (تعلن المحكمة التنحي وعدم استكمال المحاكمة: وعدم is the second of two objects).
    public func isBareObjectNoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && !view.definite(i) && objectNouns.contains(view.key(i))
    }

    /// True when token `i` is ل with a plural or dual pronoun (لهم، لنا), one of
    /// ``SourceTable/pluralAddresseePronouns``.
    public func isPluralAddressee(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && pluralAddresseePronouns.contains(keyOrStemOf: i, view)
    }

    /// True when token `i` is one of ``SourceTable/partnerPrepositions``.
    public func isPartnerPreposition(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && partnerPrepositions.contains(view.key(i))
    }

    /// True when token `i` is one of ``SourceTable/adverbialPrepositions`` (with و/ف: وخلال), or
    /// على before one of ``SourceTable/alaAdverbialNouns`` (على هامش).
    public func isAdverbialPreposition(_ view: TokenView, _ i: Int) -> Bool {
        guard view.kind(i) == .word else { return false }
        if adverbialPrepositions.contains(keyOrStemOf: i, view) { return true }
        return view.stem(i) == Self.ali && i + 1 < view.count && view.kind(i + 1) == .word
            && alaAdverbialNouns.contains(view.base(i + 1))
    }

    /// True when token `i` is one of ``SourceTable/clausePronouns`` (with و/ف: وهو).
    public func isClausePronoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && clausePronouns.contains(keyOrStemOf: i, view)
    }

    /// True when token `i` is one of ``SourceTable/objectQuantifiers``.
    public func isObjectQuantifier(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && objectQuantifiers.contains(keyOrStemOf: i, view)
    }

    /// True when token `i` is one of ``SourceTable/questionWords`` (with و/ف: وكيف).
    public func isQuestionWord(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && questionWords.contains(keyOrStemOf: i, view)
    }

    /// True when token `i` is one of ``SourceTable/compoundNameEnds``, as written.
    public func endsCompoundName(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && compoundNameEnds.contains(view.key(i))
    }

    /// True when token `i` reads as a family name standing alone: a word with the article (and
    /// no conjunction: والاستشارى is "and the consultant") that ends in ي (ى folds to it) after
    /// at least three letters, as nisbas do (القرني، العنزي، البرادعى), and is none of
    /// ``SourceTable/nisbaLikeNouns``. Alone as a source such a word is a person named by family
    /// name far more often than anything else.
    public func isNisbaName(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && view.definite(i) && view.key(i) == view.stem(i) && view.length(i) >= 5 && view.last2(i) & 0xFFFF == 0x064A
            && !nisbaLikeNouns.contains(keyOrStemOf: i, view)
    }

    /// True when token `i` is one of ``SourceTable/relationNouns`` (with or without ال and
    /// clitics).
    public func isRelationNoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && view.firstMatch(i, throughBase: true) { relationNouns.contains($0) ? true : nil } ?? false
    }

    /// True when token `i` is the name علي rather than the preposition على, which folds to
    /// the same word and which many writers spell with ي. It must be spelled with ي, and stand
    /// - before a given name or a name part (وقال علي حسن، أكد علي عبد الله صالح), after a word
    ///   with the article only where that word ends a title (وزير المصالحة الوطنية علي حيدر, not
    ///   اعتداء رجال الشرطة علي حسام), or
    /// - after a given name, a name part or a title, where a name ends: before punctuation, a
    ///   quotation, a title, an unnamed person or إن spelled with إ (قال ياسر علي إن، فيما قال
    ///   محمد علي، أحد أقارب …).
    ///
    /// - between commas, before a word with the article that the lexicons do not know
    ///   (المحلل السياسي، علي الشريف، إن).
    ///
    /// Right after a given name and before a comma or a title it may be spelled with ى, as
    /// Egyptian writers spell the name (وقال كريم على، الطالب …؛ الدكتور ياسر على المتحدث): the
    /// preposition takes an object there. Elsewhere the preposition is the likelier reading (وأكد
    /// محمد علي أهمية، وشدد محمد صلاح علي أن، حصل محمد علي الجائزة).
    public func isNameAli(_ view: TokenView, _ i: Int) -> Bool {
        guard view.key(i) == Self.ali else { return false }
        let next = i + 1
        let before = i > 0 ? role(view, i - 1) : nil
        let nameBefore = before == .givenName || before == .namePart || before == .title
        let nameNext = next < view.count && (exactRole(view, next) == .givenName || role(view, next) == .namePart)
            && (i == 0 || !view.definite(i - 1) || nameBefore || (max(0, i - 4)..<i - 1).contains { role(view, $0) == .title })
        // Set off by commas with a family name with the article (المحلل السياسي، علي الشريف، إن).
        let setOff = i > 0 && view.isComma(i - 1) && next + 1 < view.count && view.definite(next) && role(view, next) == nil
            && view.isComma(next + 1)
        if !nameNext, !setOff {
            guard nameBefore else { return false }
            let inna = next < view.count && view.key(next) == Self.inna
            guard next == view.count || !view.isWord(next) || inna || describesPerson(view, next),
                  !inna || view.originalLetters(next).first == 0x0625 else { return false }
            if before == .givenName, next < view.count, view.isComma(next) || role(view, next) == .title {
                return true
            }
        }
        return view.originalLetters(i).last == 0x064A
    }

    /// The folded key of علي, which is also the preposition على.
    static let ali = ArabicKey.key("علي")
    private static let inna = ArabicKey.key("إن")
    private static let min = ArabicKey.key("من")

    /// True when token `i` is one of ``SourceTable/directions`` (with و/ف).
    public func isDirection(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && directions.contains(keyOrStemOf: i, view)
    }

    /// True when token `i`, without clitics and ال, is one of ``SourceTable/placeNouns`` or
    /// ``SourceTable/directions``: it heads a place (بمنطقة عسير، بشمال سيناء).
    public func isPlaceNoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && (placeNouns.contains(view.base(i)) || directions.contains(view.base(i)))
    }

    /// The number of words of a rank grade (``SourceTable/rankGrades``) at token `i`, right
    /// after a title: 0 when there is none.
    public func rankGrade(_ view: TokenView, _ i: Int) -> Int {
        guard i > 0, i < view.count, view.kind(i) == .word, let second = rankGrades[view.key(i)],
              role(view, i - 1) == .title else { return 0 }
        if second == 0 { return 1 }
        return i + 1 < view.count && view.key(i + 1) == second ? 2 : 0
    }

    /// The agreement of token `i` (with و/ف) as one of ``SourceTable/relativePronouns``; nil
    /// for any other word.
    public func relativeAgreement(_ view: TokenView, _ i: Int) -> Agreement? {
        view.kind(i) == .word ? relativePronouns[view.stem(i)] : nil
    }

    /// True when token `i`, without clitics and ال, is one of ``SourceTable/normNouns``.
    public func isNormNoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && normNouns.contains(view.base(i))
    }

    /// True when token `i`, without clitics and ال, is one of ``SourceTable/sayingNouns``.
    public func isSayingNoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && sayingNouns.contains(view.base(i))
    }

    /// True when token `i`, without clitics and ال, is one of ``SourceTable/pluralSayingNouns``.
    public func isPluralSayingNoun(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && pluralSayingNouns.contains(view.base(i))
    }

    /// True when token `i` as written, clitics and all, is a given name or a name part: وليد and
    /// وائل are names, وتطوير and وأحمد are و + a word.
    public func isWrittenName(_ view: TokenView, _ i: Int) -> Bool {
        guard view.kind(i) == .word, let r = role(view.key(i)) else { return false }
        return r == .givenName || r == .namePart
    }

    /// True when token `i` as written (or after و/ف) is a compound name with عبد written as one
    /// word (عبدالعليم, see ``SourceTable/abdNameEnds``): as often a family name as a given one.
    public func isAbdName(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && abdNames.contains(keyOrStemOf: i, view)
    }

    /// True when token `i` as written opens a personal name beyond doubt: a given name or a name
    /// part (``isWrittenName(_:_:)``) that is none of ``SourceTable/givenNameHomographs`` and not
    /// the preposition على (see ``isNameAli(_:_:)``).
    public func opensName(_ view: TokenView, _ i: Int) -> Bool {
        isWrittenName(view, i) && !givenNameHomographs.contains(view.key(i)) && (view.key(i) != Self.ali || isNameAli(view, i))
    }

    /// True when token `i` is one of ``SourceTable/trailingPrepositions``.
    public func isTrailingPreposition(_ view: TokenView, _ i: Int) -> Bool {
        view.kind(i) == .word && trailingPrepositions.contains(view.key(i))
    }
}
