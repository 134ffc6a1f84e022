// Word lists for both languages: function words that carry no topic, reporting verbs, and
// spelling/synonym folds. All entries are in normalized form (see normalizeArabic/normalizeLatin).

export const ARABIC_STOPWORDS = new Set(
  `من ما ماذا مين شو ايش شنو ايه اللي الي الذي التي الذين اللذين اللتين اللواتي هل كم متي اين وين فين كيف ليش لماذا لما
  ازاي امتي عن علي الي في مع الى حتي منذ خلال بين عند لدي لدى ضد نحو حول دون بعد قبل فوق تحت بسبب رغم
  و او ام ثم بل لكن لكن لاكن ف ب ل ك ان انه انها انهم انهما ان لان كان كانت يكون تكون سيكون ستكون كانوا يكونوا
  هو هي هم هما هن انا نحن انت انتم انتي هذا هذه هذي هاد هادا هاي ذلك تلك هؤلاء اولئك هناك هنا
  قد لقد لا لم لن ليس ليست كل بعض اي ايه غير سوي ذات نفس جدا ايضا فقط الا اذا لو مما بما كما عما فيما
  يا له لها لهم به بها بهم فيه فيها فيهم منه منها منهم عنه عنها عنهم عليه عليها عليهم اليه اليها اليهم
  يزال تزال زال زالت مازال مازالت لازال لازالت يزالون
  شكون واش بلي غادي دير كاين شي خاص راه ديال دابا بزاف هادشي علاش اشنو
  لازم صار صارت كام قديش قداش كم فعل فعلت فعلوا يفعل تفعل يفعلون عمل عملت عملوا يعمل تعمل سوي سوت منذ زمن طويل
  عبر الان حاليا شيء اشياء يعني مثلا حقا فعلا تم يتم وقد وان وهو وهي وفي ومن وما ولا ولم مم ممن فيم عم
  انو انه لسا لسه لساته رح راح ح بدو بدي بده بدها هيك كتير كثير شي مش مو بس كمان هلق هلا هلأ يلي زي متل مثل عشان علشان
  ليه اذن يعني طيب اه ايوه لا نعم
  تقريبا حوالي
  عندما حين حينما بينما طالما اثناء لكنه لكنها لكنهم لانه لانها لانهم يكن تكن هولاء
  بشان بخصوص ازاء تجاه البعض سيتم ستتم وسيتم عدم`.split(/\s+/),
);

export const ENGLISH_STOPWORDS = new Set(
  `a an the and or but nor so yet of in on at to from by for with about against between into through during before
  after above below over under again further then once here there when where why how what which who whom whose this that
  these those i me my we our you your he him his she her it its they them their is are was were be been being am
  have has had having do does did doing will would shall should can could may might must ought not no only own same
  than too very just also any all both each few more most other some such as if because while until up down out off
  there's what's who's whats whos anyone someone somebody anybody something anything thing things exactly really
  please tell me know let hey hi hello thanks thank ok okay yes quote quotes quoted statement article news
  hasn haven isn aren wasn weren doesn don didn couldn wouldn shouldn won t s ll ve re d m anti pro non
  read reading heard hear apparently seems seem somewhere supposedly reportedly basically actually even
  finally eventually ultimately
  again remind recall remember wondering wonder curious guess
  across among amongst amid beside besides beyond upon via within onto toward towards throughout
  abt bout gonna wanna gotta gotten lemme kinda sorta tho
  roughly approximately approx nearly almost`.split(/\s+/),
);

/**
 * Content words too common in any news text to be evidence on their own: a question and a quote that
 * share only these (or one rarer word besides) are not about the same thing. They still count towards
 * coverage; they just never make up the "two words the quote itself says". Normalized forms.
 */
export const GENERIC_WORDS = new Set(
  `people person persons thing way time times year years day days week month new old good bad big small
  great large many much lot lots one two three first last next still now today well back like get gets got
  make makes go goes going come comes take takes give gives want wants need needs think know see look
  work part place point case fact number kind sort mean means keep put set show
  call called ask asked around whole every yes
  شيء اشياء امر امور ناس الناس شخص اشخاص يوم ايام اليوم امس غدا عام اعوام سنه سنوات شهر اسبوع وقت مره مرات
  جديد جديده كبير كبيره صغير صغيره كثير كثيره قليل اخر اخري اخرين اول اولي ثاني واحد واحده اثنين اكثر اقل
  جميع كافه عدد يمكن ممكن يجب يريد تريد يريدون يبدو الان دائما مكان طريقه شكل حاله امر قول كلام حديث
  ناس حد حدا واحد حاجه حاجات حالا دلوقتي هسه هلا`.split(/\s+/),
);

/** Reporting verbs (normalized surface forms) → a canonical verb used to reward a matching verb. */
export const ARABIC_SPEECH_VERBS: Record<string, string> = Object.fromEntries(
  (
    [
      ["قال", "قال قالت قالوا يقول تقول يقولون قائلا قالا يقولان تقولان بيقول بتقول بيقولوا بيقولو قالوه قالو قاله قالته قالها حكي حكت حكوا حكيوا حكاه يحكي بيحكي بيحكوا تحدث تحدثت تحدثوا يتحدث تتحدث تكلم تكلمت تكلموا يتكلم يتكلمون ابلغ ابلغت ابلغوا يبلغ تبلغ اخبر اخبرت اخبروا يخبر تخبر"],
      ["صرح", "صرح صرحت صرحوا يصرح تصريح"],
      ["حذر", "حذر حذرت حذروا يحذر تحذر يحذرون تحذير محذرا"],
      ["هدد", "هدد هددت هددوا يهدد تهدد تهديد مهددا توعد توعدت يتوعد انذر انذرت ينذر"],
      ["وعد", "وعد وعدت يعد تعهد تعهدت يتعهد"],
      ["اكد", "اكد اكدت اكدوا يؤكد يوكد تؤكد توكد مؤكدا موكدا"],
      ["اضاف", "اضاف اضافت اضافوا يضيف مضيفا"],
      ["اعلن", "اعلن اعلنت اعلنوا يعلن تعلن"],
      ["زعم", "زعم زعمت زعموا يزعم تزعم يزعمون"],
      ["اوضح", "اوضح اوضحت يوضح"],
      ["اشار", "اشار اشارت يشير"],
      ["دعا", "دعا دعت دعوا يدعو تدعو"],
      ["طالب", "طالب طالبت يطالب"],
      ["راي", "راي رات يري تري يرون اعتبر اعتبرت يعتبر"],
      ["احتج", "احتج احتجت يحتج بحجه محتجا"],
      ["افاد", "افاد افادت يفيد اعرب اعربت يعرب نوه نوهت ينوه ابدي ابدت يبدي"],
      ["توقع", "توقع توقعت يتوقع"],
      ["شدد", "شدد شددت يشدد"],
      ["نفي", "نفي نفت ينفي"],
      ["وصف", "وصف وصفت يصف"],
      ["ذكر", "ذكر ذكرت يذكر"],
      ["ادعي", "ادعي ادعت يدعي"],
      // Posts and tweets are asked about as what someone wrote: "ماذا كتب X على تويتر؟", "منو اللي غرد …".
      ["كتب", "كتب كتبت كتبوا يكتب تكتب غرد غردت غردوا يغرد تغرد"],
    ] as const
  ).flatMap(([canon, forms]) => forms.split(" ").map((f) => [f, canon])),
);

export const ENGLISH_SPEECH_VERBS: Record<string, string> = Object.fromEntries(
  (
    [
      ["say", "say says said saying talked talking speak speaks spoke speaking"],
      ["tell", "tell tells told telling"],
      ["warn", "warn warns warned warning"],
      ["threaten", "threaten threatens threatened threatening"],
      ["claim", "claim claims claimed claiming allege alleges alleged contend contends contended"],
      ["announce", "announce announces announced"],
      ["add", "add adds added"],
      ["state", "state states stated declare declares declared"],
      ["argue", "argue argues argued"],
      ["call", "call calls called urge urges urged"],
      ["stress", "stress stresses stressed insist insists insisted"],
      ["predict", "predict predicts predicted expect expects expected"],
      ["deny", "deny denies denied"],
      ["believe", "believe believes believed think thinks thought"],
      ["mention", "mention mentions mentioned note notes noted comment commented remark remarked"],
      ["describe", "describe describes described liken likens likened"],
      ["report", "report reports reported reporting"],
      ["see", "see sees saw seeing"],
      ["vow", "vow vows vowed pledge pledges pledged promise promises promised"],
      ["write", "write writes wrote tweet tweets tweeted"],
    ] as const
  ).flatMap(([canon, forms]) => forms.split(" ").map((f) => [f, canon])),
);

/**
 * Verbs of stance that open a who-question like a reporting verb ("who blamed Turkey for …", "who
 * thanked the defence", "من اتهم تركيا"), but say what the statement does: they stay in its topic.
 */
export const STANCE_VERBS = new Set(
  [
    "blame blames blamed accuse accuses accused criticize criticizes criticized criticise criticised condemn condemns condemned",
    "thank thanks thanked praise praises praised hail hails hailed welcome welcomes welcomed commend commended",
    "reject rejects rejected refuse refuses refused decline declines declined oppose opposes opposed dismiss dismissed",
    "want wants wanted hope hopes hoped wish wishes wished plan plans planned intend intends intended seek seeks sought",
    "admit admits admitted acknowledge acknowledges acknowledged confirm confirms confirmed reveal reveals revealed disclose disclosed",
    "explain explains explained defend defends defended justify justified support supports supported back backs backed",
    "demand demands demanded ask asks asked request requested propose proposes proposed suggest suggests suggested recommend recommended",
    "complain complains complained question questioned doubt doubts doubted apologize apologized apologise apologised",
    "اتهم اتهمت يتهم حمل حملت يحمل انتقد انتقدت ينتقد ادان ادانت يدين شكر شكرت يشكر اشاد اشادت يشيد رحب رحبت يرحب",
    "رفض رفضت يرفض يريد تريد اراد ارادت يامل تامل امل اعترف اعترفت يعترف كشف كشفت يكشف دافع دافعت يدافع",
    "ايد ايدت يويد يؤيد دعم دعمت يدعم اقترح اقترحت يقترح طلب طلبت يطلب اشتكي اشتكت يشتكي اعتذر اعتذرت يعتذر",
    "denounce denounces denounced slam slams slammed rebuke rebukes rebuked reprimand reprimanded reassure reassures reassured urge urges urged",
    "ندد نددت يندد استنكر استنكرت يستنكر وبخ وبخت يوبخ طمان طمانت يطمين حث حثت يحث ناشد ناشدت يناشد",
  ].flatMap((line) => line.split(" ")),
);

/** Short English words that a number after them does not join (see the designators below). */
export const NOT_DESIGNATORS = [
  "a", "an", "as", "at", "be", "by", "do", "did", "for", "in", "is", "it", "of", "on", "or", "the", "to", "was", "and", "are", "but", "has",
  "had", "its", "our", "per", "up", "vs", "we", "who", "all", "any", "out", "one", "two", "six", "ten", "top",
];

/** A designator in Latin letters: one to three letters other than a short English word ("in 2016", "the 2025 budget"), then a number. */
export const LATIN_DESIGNATOR = new RegExp(`\\b(?!(?:${NOT_DESIGNATORS.join("|")})\\s)([a-z]{1,3})\\s*-?\\s*(\\d{2,4})\\b`, "g");

/** Multi-word names folded to one token before tokenizing (normalized text, both scripts). */
export const PHRASE_FOLDS: [RegExp, string][] = [
  [/\bu\s*\.\s*s\s*\.?\s*a?\b\.?/g, " us "],
  [/\bunited states\b/g, " us "],
  // Chat shorthand: "w/o its land", "b/c of the sanctions".
  [/\bw\s*\/\s*o\b/g, " without "],
  [/\bb\s*\/\s*c\b/g, " because "],
  [/\bislamic state\b/g, " isis "],
  [/\bunited kingdom\b/g, " uk "],
  [/الدوله الاسلاميه/g, " داعش "],
  [/تنظيم الدوله/g, " داعش "],
  [/الولايات المتحده/g, " امريكا "],
  [/المملكه المتحده/g, " بريطانيا "],
  [/اميرك/g, "امريك"],
  // Weapon and model designators written every way: S-400, S 400, s400, إس-400, اس 400 → s400.
  [/(?:^|\s)(?:ال)?(?:اس|إس)\s*-?\s*(?=\d)/g, " s"],
  [/(?:^|\s)(?:ال)?(?:اف|إف)\s*-?\s*(?=\d)/g, " f"],
  [LATIN_DESIGNATOR, "$1$2"],
  // Groups known by initials.
  [/\bsyrian democratic forces\b/g, " sdf "],
  [/(?:^|\s)[وفبلك]?(?:ال)?قوات (?:ال)?(?:سوريا الديمقراطيه|الديمقراطيه السوريه)/g, " قسد "],
  [/\bkurdistan workers(?: s)? party\b/g, " pkk "],
  [/(?:^|\s)[وفبلك]?(?:ل)?حزب العمال الكردستاني/g, " pkk "],
];

/** A word that may start one of the phrases above, or a dotted "u.s". */
export const PHRASE_WORD_TRIGGER = /u\s*\.\s*s|\b[wb]\b|united|islamic|الدوله|الولايات|المملكه|اميرك|syrian|قوات|kurdistan|حزب/;
/** Text that may hold one of the phrases above (a cheap test before running them all): a word above, or a number (designators). */
export const PHRASE_TRIGGER = new RegExp(`${PHRASE_WORD_TRIGGER.source}|\\d`);

/** Single-word synonyms and spelling variants → one canonical word (applied before stemming). */
export const WORD_FOLDS: Record<string, string> = {
  isil: "isis", daesh: "isis",
  worldwide: "world", global: "world", globally: "world", globe: "world",
  turkish: "turkey", turks: "turkey", turkiye: "turkey",
  syrian: "syria", syrians: "syria", russian: "russia", russians: "russia",
  iraqi: "iraq", iraqis: "iraq", kurdish: "kurd", kurds: "kurd",
  american: "us", americans: "us", america: "us", usa: "us",
  jet: "aircraft", jets: "aircraft", plane: "aircraft", planes: "aircraft", warplane: "aircraft", warplanes: "aircraft",
  buy: "purchase", bought: "purchase", buying: "purchase", purchased: "purchase", acquire: "purchase", acquired: "purchase",
  endanger: "threat", endangers: "threat", jeopardize: "threat", jeopardizes: "threat", threaten: "threat",
  threatens: "threat", threatened: "threat", threats: "threat", compromise: "threat", compromises: "threat",
  menace: "threat", danger: "threat", dangerous: "threat",
  fighters: "fighter", militants: "fighter", militant: "fighter", jihadists: "fighter", jihadist: "fighter",
  // Irregular English past forms the Porter stemmer leaves apart from their verbs.
  fought: "fight", led: "lead", won: "win", lost: "lose", began: "begin", begun: "begin", took: "take",
  taken: "take", gave: "give", given: "give", made: "make", held: "hold", met: "meet", sent: "send",
  spoke: "speak", spoken: "speak", left: "leave", brought: "bring", kept: "keep", built: "build",
  ran: "run", went: "go", gone: "go", came: "come", knew: "know", known: "know", grew: "grow",
  drove: "drive", driven: "drive", struck: "strike", shot: "shoot", caught: "catch", sought: "seek",
  fled: "flee", chose: "choose", chosen: "choose", rose: "rise", risen: "rise", fell: "fall",
  fallen: "fall", wrote: "write", written: "write", understood: "understand", paid: "pay", sold: "sell",
  withdrew: "withdraw", withdrawn: "withdraw", arrested: "arrest", captured: "capture",
  dept: "department", govt: "government", gov: "government", govts: "government", admin: "administration",
  // Abbreviations people type: "military op", "Oct.", "intl".
  op: "operation", ops: "operation", intl: "international", natl: "national", pres: "president", ppl: "people",
  cuz: "because", coz: "because", bc: "because",
  jan: "january", feb: "february", apr: "april", jun: "june", jul: "july", aug: "august", sep: "september",
  sept: "september", oct: "october", nov: "november", dec: "december",
  british: "britain", brits: "britain", english: "britain",
  منظومه: "نظام", منظومات: "نظام", منظوم: "نظام",
  ايزيس: "داعش", دواعش: "داعش", امريكان: "امريكي", الامريكان: "امريكي", داعشي: "داعش",
  امريكا: "امريكي", امريكيه: "امريكي", امريكيين: "امريكي", امريكيون: "امريكي",
  اردغان: "اردوغان",
  قيادات: "قاده", القيادات: "القاده", وقيادات: "وقاده",
  amb: "ambassador",
};

/** English reporting verbs → the Arabic canonical verb they translate (for cross-language verb match). */
export const VERB_EN_TO_AR: Record<string, string> = {
  say: "قال", tell: "قال", state: "صرح", warn: "حذر", threaten: "هدد", claim: "زعم", announce: "اعلن",
  add: "اضاف", argue: "راي", call: "دعا", stress: "شدد", predict: "توقع", deny: "نفي", believe: "راي",
  mention: "ذكر", describe: "وصف", report: "ذكر", see: "راي", vow: "وعد",
};

/** Canonical reporting verbs close enough in meaning that one asked for finds the other ("warn" / "threaten"). */
export const VERB_FAMILIES: readonly (readonly string[])[] = [
  ["حذر", "هدد", "توعد", "انذر"],
  ["قال", "صرح", "ذكر", "اضاف"],
  ["راي", "اعتقد", "توقع"],
  ["اعلن", "كشف"],
];

/**
 * Stems of place and group names in both scripts → one language-neutral key, so that an Arabic
 * question meets an English rendering and a role written in the other script.
 */
export const ENTITY_KEYS: Record<string, string> = {
  sdf: "=sdf", قسد: "=sdf", pkk: "=pkk",
  turkei: "=turkey", ترك: "=turkey", syria: "=syria", سور: "=syria", russia: "=russia", روس: "=russia",
  iraq: "=iraq", عراق: "=iraq", isi: "=isis", داعش: "=isis", us: "=us", امريك: "=us", امريكي: "=us",
  kurd: "=kurd", كرد: "=kurd", اكراد: "=kurd", pentagon: "=pentagon", بنتاغون: "=pentagon", بنتاجون: "=pentagon",
  // The capitals stand for their governments in news writing ("tensions between Ankara and Washington").
  washington: "=us", واشنطن: "=us", ankara: "=turkey", انقر: "=turkey", انقره: "=turkey",
  moscow: "=russia", موسكو: "=russia",
  iran: "=iran", ايران: "=iran", israel: "=israel", اسراييل: "=israel", egypt: "=egypt", مصر: "=egypt",
  britain: "=uk", uk: "=uk", بريطانيا: "=uk", europ: "=europe", اوروبا: "=europe", nato: "=nato", ناتو: "=nato",
  dalla: "=dallas", دالاس: "=dallas", idlib: "=idlib", ادلب: "=idlib", damascu: "=damascus", دمشق: "=damascus",
};

/** Opposite predicates: a question with one side does not match a statement with the other at full strength. */
export const ANTONYMS: [string[], string[]][] = [
  [["send", "deploy", "dispatch", "add", "reinforc", "ارسال", "يرسل", "نشر"], ["withdraw", "pull", "remov", "انسحاب", "سحب", "ينسحب"]],
  [["increas", "rise", "grow", "زياد", "ارتفاع"], ["decreas", "fall", "declin", "drop", "تراجع", "انخفاض"]],
  [["rais", "hike", "رفع", "يرفع"], ["lower", "cut", "reduc", "خفض", "تخفيض", "يخفض"]],
  [["win", "won", "victori", "فوز"], ["lose", "lost", "defeat", "خسار", "هزيم"]],
  [["accept", "approv", "agre", "قبول", "موافق"], ["reject", "refus", "deni", "رفض"]],
  [["support", "back", "دعم"], ["oppos", "against", "معارض"]],
  [["allow", "permit", "lift", "سماح"], ["ban", "forbid", "prohibit", "impos", "حظر", "منع"]],
  [["start", "begin", "open", "launch", "بدء", "افتتاح"], ["end", "stop", "close", "halt", "انهاء", "اغلاق", "وقف"]],
  [["exist", "remain", "still", "موجود", "مازال"], ["disappear", "vanish", "gone", "defeat", "eliminat", "انتهي", "اختفي", "قضاء"]],
];
