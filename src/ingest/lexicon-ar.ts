// Arabic word lists for the attribution patterns. Every entry is written normalized (see normAr:
// ا for أ/إ/آ, ه for ة, ي for ى, و for ؤ) and without the conjunction و/ف.
import LEXICON_AR from "./data/lexicon-ar.json" with { type: "json" };
import CUES_AR from "./data/cues-ar.json" with { type: "json" };
import type { Gender } from "./types.js";

/** Titles of address that are also common family names (السيد، الشيخ، الحاج): data/lexicon-ar.json. */
export const TITLE_SURNAMES = new Set(LEXICON_AR.titleSurnames.words);
/** Titles of rank under which a person goes by the first name alone (الأمير، الشيخ، الملك): data/lexicon-ar.json. */
export const GIVEN_NAME_HONORIFICS = new Set(LEXICON_AR.givenNameHonorifics.words);
/** Honorifics of office (جلالة، فخامة، سمو، معالي) → the pronoun forms that refer back to the person so addressed. */
export const COURT_HONORIFICS = new Map(Object.entries(LEXICON_AR.courtHonorifics.entries).filter(([k]) => !k.startsWith("_")));
/** Honorific pronoun (سموه، جلالته) → the honorifics it refers back to (سمو، السمو). */
export const HONORIFIC_PRONOUNS = new Map<string, string[]>();
for (const [honorific, pronouns] of COURT_HONORIFICS) for (const p of pronouns) HONORIFIC_PRONOUNS.set(p, [...(HONORIFIC_PRONOUNS.get(p) ?? []), honorific]);
/** Nouns of events a body announces (مقتل، مصرع): the content even after an adjunct set off by commas. */
export const REPORTED_EVENTS = new Set(LEXICON_AR.reportedEvents.words);
/** "الأنباء"، "التصريحات": what was said or reported, a denial's object (data/lexicon-ar.json reportNouns). */
export const REPORT_NOUNS = new Set(LEXICON_AR.reportNouns.words);
/** "ما تم تداوله"، "ما نشرته الصحيفة": ما + one of these verbs names what was reported, like a report noun. */
export const REPORTED_AFTER_MA = new Set(LEXICON_AR.reportNouns.afterMa.words);
/** "مقولة"، "توجيهات": someone's words, whose genitive speaks the أن-clause after it (data/lexicon-ar.json speechNouns). */
export const SPEECH_NOUNS = new Set(LEXICON_AR.speechNouns.words);
/** "حين"، "عندما": words opening a clause of when (data/lexicon-ar.json temporalOpeners). */
export const TEMPORAL_OPENERS = new Set(LEXICON_AR.temporalOpeners.words);
/** First-person verbs that open a speaker's own words with no mark before them ("مشيرا نسعى …"). */
export const FIRST_PERSON_OPENERS = new Set(LEXICON_AR.firstPersonOpeners.words);

export type ComplementKind = "clause" | "prep";

export interface ReportingVerb {
  gender: Gender;
  /** Prepositions that may open the reported content instead of أن/إن (حذر من، هدد بـ، دعا إلى). */
  preps: string[];
  /** Takes what it reports as a noun object (a verbal noun), data/cues-ar.json nounObject. */
  nounObject?: boolean;
  /** Reports only a quotation after it, opening its sentence (وجّه، حيّا), data/cues-ar.json quoteOnly. */
  quoteOnly?: boolean;
}

function feminine(past: string): string {
  if (past.endsWith("ي")) return past.slice(0, -1) + "ت"; // نفى → نفت، رأى → رأت
  if (past.endsWith("ا")) return past.slice(0, -1) + "ت"; // دعا → دعت
  return past + "ت";
}
function plural(past: string): string {
  if (/[يا]$/.test(past)) return past.slice(0, -1) + "وا";
  return past + "وا";
}

/** "أعطت الإدارة رسائل طمأنة بأن …": verbs of sending or giving (every listed form → gender) that report speech with a
 *  message noun as their object (data/lexicon-ar.json conveyedMessages). */
export const CONVEYING_VERBS = new Map<string, Gender>();
for (const v of LEXICON_AR.conveyedMessages.verbs) {
  CONVEYING_VERBS.set(v, "m");
  CONVEYING_VERBS.set(feminine(v), "f");
  CONVEYING_VERBS.set(plural(v), "pl");
}
export const MESSAGE_NOUNS = new Set(LEXICON_AR.conveyedMessages.messages);

/** Every form of a verb asking something of someone (data/lexicon-ar.json addresseeVerbs): دعا، دعت، يدعو، طالبت … */
export const ADDRESSEE_VERBS = new Set([
  ...LEXICON_AR.addresseeVerbs.past.flatMap((v) => [v, feminine(v), plural(v)]),
  ...LEXICON_AR.addresseeVerbs.present.flatMap((s) => ["ي" + s, "ت" + s]),
]);

/** One reporting verb of data/cues-ar.json: its past (masculine), present stem and participle stem. */
interface CueLemma { past: string; present?: string; participle?: string; preps: string[]; participlePreps?: string[]; dual?: boolean; participleOnly?: boolean; object?: boolean; negatedReports?: boolean; nounObject?: boolean; quoteOnly?: boolean; pleaOnly?: boolean; ambiguous?: boolean; except?: string[] }
const CUE_LEMMAS = (CUES_AR.verbs as CueLemma[]).filter((v) => v.past);

/** A lemma's generated forms without those it lists in except (common words that report nothing: ذاكرة "memory"). */
function kept(v: CueLemma, forms: [string, Gender][]): [string, Gender][] {
  return v.except ? forms.filter(([form]) => !v.except!.includes(form)) : forms;
}

const weakFinal = (stem: string) => /[يوا]$/.test(stem);
const OBJECT_PRONOUNS = ["ه", "ها", "هم", "هما", "نا", "ني"];

/** Every past form of a lemma with its gender: قال، قالت، قالوا (and with dual قالا، قالتا). */
export function pastForms(v: CueLemma): [string, Gender][] {
  const out: [string, Gender][] = [[v.past, "m"], [feminine(v.past), "f"], [plural(v.past), "pl"]];
  if (v.dual && !weakFinal(v.past)) out.push([v.past + "ا", "pl"], [feminine(v.past) + "ا", "pl"]);
  // "الحكومة أبلغته بأنها …": a verb of telling with its object pronoun (وا is written و before it: أبلغوه).
  if (v.object) for (const [form, gender] of out.slice()) for (const o of OBJECT_PRONOUNS) out.push([form.replace(/وا$/, "و") + o, gender]);
  return out;
}

/** Every present form of a stem with its gender: يقول، تقول، يقولون (and, for a sound stem, يقولان، تقولان). */
export function presentForms(stem: string): [string, Gender][] {
  const out: [string, Gender][] = [["ي" + stem, "m"], ["ت" + stem, "f"], ["ي" + stem.replace(/[يو]$/, "") + "ون", "pl"]];
  if (!weakFinal(stem)) out.push(["ي" + stem + "ان", "pl"], ["ت" + stem + "ان", "pl"]);
  return out;
}

/** Every circumstantial form of a participle stem: مؤكدا، مؤكداً، مؤكد (m), مؤكدة (f), مؤكدين (pl). */
export function participleForms(stem: string): [string, Gender][] {
  return [[stem + "ا", "m"], [stem, "m"], [stem + "اً", "m"], [stem + "ه", "f"], [stem + "ين", "pl"]];
}

export const REPORTING_VERBS = new Map<string, ReportingVerb>();
/** Every listed form of a reporting verb → its past masculine form or present stem (the lemma the scoring stage weighs). */
export const REPORTING_LEMMAS = new Map<string, string>();
/** Verbs that report only a plea, a ب-attached verbal noun after their subject (دفع المحامي ببطلان …), data/cues-ar.json
 *  pleaOnly: kept apart from REPORTING_VERBS, since دفع is otherwise another verb and a name word (دفع الله). */
export const PLEA_VERBS = new Map<string, ReportingVerb>();
/** Circumstantial participles: "…, مضيفاً أن …" continues the same speaker; with the prepositions that may open
 *  their content instead of أن ("لافتاً إلى المسؤولية …"، "مشدداً على أهمية …"). */
export const PARTICIPLES = new Map<string, Gender>();
export const PARTICIPLE_PREPS = new Map<string, string[]>();
// Past forms first, so that a present form that is also a past form (تابع) keeps its past lemma.
for (const v of CUE_LEMMAS) {
  if (v.participle) {
    for (const [form, gender] of kept(v, participleForms(v.participle))) {
      PARTICIPLES.set(form, gender);
      PARTICIPLE_PREPS.set(form, v.participlePreps ?? v.preps);
    }
  }
  if (isParticipleOnly(v)) continue;
  for (const [form, gender] of kept(v, pastForms(v))) {
    if (v.pleaOnly) {
      PLEA_VERBS.set(form, { gender, preps: v.preps });
      continue;
    }
    REPORTING_VERBS.set(form, { gender, preps: v.preps, ...(v.nounObject ? { nounObject: true } : {}), ...(v.quoteOnly ? { quoteOnly: true } : {}) });
    REPORTING_LEMMAS.set(form, v.past);
  }
}
for (const v of CUE_LEMMAS) {
  if (!v.present) continue;
  for (const [form, gender] of kept(v, presentForms(v.present))) {
    if (v.pleaOnly) {
      if (!PLEA_VERBS.has(form)) PLEA_VERBS.set(form, { gender, preps: v.preps });
      continue;
    }
    if (!REPORTING_VERBS.has(form)) REPORTING_VERBS.set(form, { gender, preps: v.preps, ...(v.nounObject ? { nounObject: true } : {}) });
    if (!REPORTING_LEMMAS.has(form)) REPORTING_LEMMAS.set(form, "ي" + v.present);
  }
}

/** Lemmas whose negated form still reports a statement ("لم يستبعد الوزير أن …"). */
export const NEGATED_REPORTS = new Set(CUE_LEMMAS.filter((v) => v.negatedReports).flatMap((v) => [v.past, ...(v.present ? ["ي" + v.present] : [])]));

/** A lemma listed for its participle only (its past is no cue: اتهم X Y بـ، وصف، شكر). */
function isParticipleOnly(v: CueLemma): boolean {
  return !!v.participleOnly;
}

/** "ردّ X على … بالقول إن …": verbs of replying report speech only with بالقول. */
export const REPLY_VERBS = new Map<string, Gender>([
  ["رد", "m"], ["ردت", "f"], ["ردوا", "pl"], ["علق", "m"], ["علقت", "f"], ["علقوا", "pl"], ["عقب", "m"], ["عقبت", "f"],
  // "اكتفت الوزيرة بالقول إن …": limited themselves to saying.
  ["اكتفي", "m"], ["اكتفت", "f"], ["اكتفوا", "pl"],
]);
/** Past forms that are also common non-verbs (عبر "via", وعد "a promise"): verbs only where a clause opens
 *  (data/cues-ar.json ambiguous). */
export const AMBIGUOUS_VERBS = new Set(CUE_LEMMAS.filter((v) => v.ambiguous).flatMap((v) => kept(v, pastForms(v)).map(([form]) => form)));

/** "وزاد بالقول"، "وأكمل الوزير: …"، "وختم حديثه قائلاً": verbs of going on or closing that report speech only
 *  before بالقول or a colon. */
export const CONTINUING_VERBS = new Map<string, Gender>([
  ["زاد", "m"], ["زادت", "f"], ["اكمل", "m"], ["اكملت", "f"], ["استكمل", "m"], ["استكملت", "f"], ["ختم", "m"], ["ختمت", "f"], ["اختتم", "m"], ["اختتمت", "f"], ["اتم", "m"], ["اتمت", "f"], ["واصل", "m"], ["واصلت", "f"],
]);

/** "جددت الوزيرة التأكيد على …"، "أعاد المتحدث الدعوة إلى …": verbs of renewing report speech only with a
 *  statement noun as their object; the noun's own preposition then opens the content. */
export const RENEWAL_VERBS = new Map<string, Gender>([
  ["جدد", "m"], ["جددت", "f"], ["جددوا", "pl"], ["اعاد", "m"], ["اعادت", "f"], ["اعادوا", "pl"],
]);
export const RENEWED_STATEMENTS = new Map<string, string[]>([
  ["التاكيد", ["علي"]], ["الدعوه", ["الي"]], ["المطالبه", ["ب"]], ["التحذير", ["من"]], ["الاشاره", ["الي"]],
]);

/** "by saying": opens the reported content of a reply verb. */
export const BY_SAYING = "بالقول";

/** Verbs of writing ("وكتب المدرب في رسالة: «…»"، "غردت الوزيرة: …"): reporting only before a colon and a quote
 *  (كتب is also the plural noun "books"). */
export const WRITING_VERBS = new Map<string, Gender>([
  ["كتب", "m"], ["كتبت", "f"], ["يكتب", "m"], ["تكتب", "f"], ["كتبوا", "pl"], ["غرد", "m"], ["غردت", "f"], ["يغرد", "m"], ["تغرد", "f"],
]);

/** Discourse particles that may open a sentence before a fronted subject ("لكن رئيس الاتحاد، X، هدد …"). */
export const LEAD_PARTICLES = new Set(["لكن", "ولكن", "بينما", "فيما", "ثم", "كما", "بل", "اما", "واما"]);
/** Words that close a fronted "أما X، …" topic: "فقد", "فإن", "فهو" … */
export const TOPIC_CLOSERS = new Set(["فقد", "فان", "فانه", "فانها", "فهو", "فهي", "فلم", "فلا", "فقال", "فقالت"]);
/** Words that join the parts of a compound name: عبد الرحيم، أبو بكر، بن يوسف. */
export const NAME_LINKS = new Set(["عبد", "ابو", "ام", "بن", "بنت", "ابن", "ال", "ولد"]);
/** Nouns for documents whose author is the real source: "تقرير صادر عن X". */
/** Heads of news outlets: "نقلت وكالة … أن"، "مراسل وكالة شفق نيوز". */
export const OUTLET_HEADS = new Set(["وكاله", "صحيفه", "جريده", "قناه", "شبكه", "موقع", "منصه", "اذاعه", "مجله", "تلفزيون", "وسايل"]);

export const DOCUMENT_HEADS = new Set(["تقرير", "التقرير", "بيان", "البيان", "دراسه", "الدراسه", "وثيقه", "الوثيقه", "مذكره", "رساله"]);

/** Words that open the reported clause: إن/أن/بأن with or without a pronoun suffix. */
export const COMPLEMENTIZER = /^(?:ب|ل)?[اإأ]ن(?:ه|ها|هم|هما|هن|نا|ني)?$/;
/** "بحجة أن", "بدعوى أن": the clause's own speaker argues it. */
export const PRETEXT = new Set(["بحجه", "بدعوي", "بذريعه"]);
/** "بحسب X"، "وفقاً لـ X"، "حسب X"، "نقلاً عن X". */
export const ACCORDING_TO = /^(?:ب?حسب|وفق(?:ا|اً)?|طبقا|نقلا)$/;

/** Words that end the speaker phrase after the verb: time, place and audience adjuncts. */
export const ADJUNCT_STARTERS = new Set([
  "يوم", "اليوم", "امس", "الليله", "مساء", "صباح", "خلال", "في", "فى", "للصحفيين", "للصحافيين", "لوسايل",
  "لوكاله", "لقناه", "لصحيفه", "لموقع", "لاذاعه", "عبر", "اثناء", "بعد", "قبل", "عقب", "ضمن", "وسط",
  "لدي", "امام", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "حتي", "لـ",
  "ل", "لل", "تعليقا", "ردا", "بشكل", "مجددا", "ايضا", "كذلك", "بدوره", "بدورها", "من", "الي", "علي",
  // "وذكر المصدر للأناضول"، "وصرح الوزير للصحافة": the press and outlets spoken to (data/lexicon-ar.json audiences).
  ...LEXICON_AR.audiences.words.map((w) => (w.startsWith("ال") ? "ل" + w.slice(1) : "ل" + w)),
]);

/** Occasions of speech ("في مقابلة"، "في مؤتمر صحفي"، "خلال حفل"): a في-phrase holding one is where the
 *  speaker spoke, never part of the speaker's role. */
export const SPEECH_OCCASIONS = new Set([
  "مقابله", "مقابلات", "موتمر", "حديث", "تصريح", "تصريحات", "بيان", "كلمه", "لقاء", "لقا", "حفل", "ندوه", "جلسه",
  "اجتماع", "خطاب", "تغريده", "منشور", "رساله", "اتصال", "تعليق", "حوار", "برنامج", "مداخله", "تدوينه", "اتصالات",
  "بلاغ", "بلاغا", "تدخل", "ندوه", "مراسله",
]);

/** An occasion noun, bare or with the speaker's pronoun ("في مداخلته"، "خلال كلمتها"): ة before a pronoun is written ت. */
export function isOccasion(word: string): boolean {
  if (SPEECH_OCCASIONS.has(word)) return true;
  const stem = word.replace(/(?:هما|هم|ها|ه)$/, "");
  return stem !== word && stem.length >= 3 && (SPEECH_OCCASIONS.has(stem) || SPEECH_OCCASIONS.has(stem.replace(/ت$/, "ه")));
}

/** What a person is in the story, not an office (المتهم، الضحية، الراحل): data/lexicon-ar.json; no family name either. */
export const PERSON_DESCRIPTIONS = new Set<string>(LEXICON_AR.personDescriptions.words);

/** Heads of role phrases (also used alone as title-only mentions: "وقال الوزير"). */
export const ROLE_HEADS = new Set([
  "رييس", "الرييس", "رييسه", "الرييسه", "وزير", "الوزير", "وزيره", "الوزيره", "سفير", "السفير", "سفيره",
  "منسق", "المنسق", "منسقه", "مبعوث", "المبعوث", "مبعوثه", "متحدث", "المتحدث", "متحدثه", "المتحدثه",
  "الناطق", "ناطق", "الناطقه", "مدير", "المدير", "مديره", "المديره", "امين", "الامين", "نايب", "النايب",
  "قايد", "القايد", "الجنرال", "اللواء", "العميد", "العقيد", "الدكتور", "الدكتوره", "د", "م", "مستشار",
  "المستشار", "مستشاره", "محلل", "المحلل", "محلله", "الخبير", "خبير", "الخبيره", "الباحث", "باحث",
  "الباحثه", "استاذ", "الاستاذ", "استاذه", "عمده", "العمده", "محافظ", "المحافظ", "محافظه", "عضو",
  "العضو", "مندوب", "المندوب", "مندوبه", "الملك", "الامير", "الشيخ", "السيناتور", "المدعي", "القاضي",
  "القاضيه", "المفوض", "مفوض", "مسوول", "المسوول", "مسووله", "المسووله", "الزعيم", "زعيم", "رجل",
  "مراسل", "المراسل", "المهندس", "مهندس", "المهندسه", "المحامي", "محامي", "المحاميه", "الطبيب", "طبيب",
  "الطبيبه", "الصياد", "صياد", "المزارع", "مزارع", "المعلم", "معلم", "المعلمه", "معلمه", "الكاتب",
  "الكاتبه", "الصحفي", "الصحفيه", "الاقتصادي", "الاقتصاديه", "الناشط", "ناشط", "الناشطه", "ناشطه",
  "الامينه", "السيد", "السيده", "الحاج", "الحاجه", "عميد", "عميده", "العميده", "البروفيسور", "البروفيسوره", "بروفيسور", "المواطن", "المواطنه", "رييسه", "الوكيل", "وكيل", "نقيب", "النقيب",
  "نقيبه", "النقيبه", "النايبه", "نايبه", "الممرض", "الممرضه", "ممرض", "ممرضه",
  "مخرج", "المخرج", "مخرجه", "المخرجه", "ناقد", "الناقد", "ناقده", "الناقده", "ممثل", "الممثل", "ممثله", "الممثله",
  "منتج", "المنتج", "منتجه", "المنتجه", "والي", "الوالي", "عامل", "العامل", "مدرب", "المدرب", "مدربه", "المدربه",
  // Feminine definite titles ("وشددت المحافظة على أن …" after "محافظة الإقليم X").
  "المحافظه", "السفيره", "المبعوثه", "المستشاره", "المحلله", "المندوبه", "المفوضه", "الاستاذه", "الوكيله", "الزعيمه", "زعيمه", "المراسله", "مراسله",
  // Indefinite feminine offices before their genitive ("وكيلة «الصحة العامة» X"، "ناطقة باسم …").
  "وكيله", "ناطقه", "المنسقه", "خبيره", "باحثه", "مفوضه", "مهندسه", "محاميه", "طبيبه", "الاميره", "الملكه", "الشيخه",
  // "مساعد وزير الخارجية"، "مساعدة المدير": an assistant's office (also a first name, but never before a construct).
  "مساعد", "المساعد", "مساعده", "المساعده",
  // Sports: "اللاعب محمد …"، "المدافع عبد اللطيف …"، "لاعبو الوداد" (their plural heads a group).
  "لاعب", "اللاعب", "لاعبه", "اللاعبه", "المدافع", "مدافع", "المهاجم", "مهاجم", "الحارس", "حارس",
  // "علاء حسين المتهم بالخيانة"، "وكان المتهم قد نفى": what a person is in the story (data/lexicon-ar.json).
  ...PERSON_DESCRIPTIONS,
]);

/** Words that may continue a role phrase though they carry no ال (مكافحة، شؤون، باسم …). */
export const ROLE_CONTINUATIONS = new Set([
  "مكافحه", "شوون", "باسم", "بوزاره", "وزاره", "لوزاره", "بمجلس", "مجلس", "هييه", "بهييه", "لجنه",
  "بلجنه", "عام", "عامه", "سابق", "سابقه", "وزراء", "وزرا", "ادارة", "اداره", "بجامعه", "جامعه", "لشوون",
  "لمكافحه", "بمنظمه", "منظمه", "حركه", "حزب", "بحزب", "مركز", "بمركز", "لدي", "بلديه", "ببلديه",
  "شركه", "بشركه", "لشركه", "معهد", "بمعهد", "مستشفي", "بمستشفي", "مدرسه", "بمدرسه", "قسم", "بقسم",
  "نقابه", "بنقابه", "جمعيه", "بجمعيه", "رابطه", "برابطه", "دايره", "بدايره", "مديريه", "بمديريه",
  // "مدير مكتب الرئيس اليمني": an office inside a role.
  "مكتب", "بمكتب", "لمكتب",
  // شؤون as Egypt and the Gulf write it (شئون): "وزيرة شئون الإعلام" is an office, not a minister named Shoun.
  "شيون", "لشيون",
  // "رئيس الاتحادية الموريتانية لكرة القدم أحمد …": a sports body is named for its sport.
  "لكره", "لالعاب", "لرياضه", "لرياضات",
]);

/** Plural or collective heads of group sources. */
export const GROUP_HEADS = new Set([
  "مسوولون", "مسوولين", "مسوولو", "مسوولي", "المسوولون", "المسوولين", "دبلوماسيون", "دبلوماسيين",
  "الدبلوماسيون", "الدبلوماسيين", "مصادر", "المصادر", "مصدر", "المصدر", "محللون", "محللين", "المحللون",
  "المحللين", "نقاد", "النقاد", "خبراء", "الخبراء", "خبرا", "الخبرا", "شهود", "الشهود", "سكان", "السكان", "ناشطون",
  "الناشطون", "ناشطين", "مراقبون", "المراقبون", "مسعفون", "المسعفون", "عمال", "العمال", "مزارعون",
  "المزارعون", "صيادون", "الصيادون", "باحثون", "الباحثون", "اطباء", "الاطباء", "اطبا", "الاطبا",
  "سكان", "الاهالي", "اهالي", "اهال", "مواطنون", "المواطنون", "معارضون", "المعارضون", "منتقدون", "المنتقدون",
  "نشطاء", "النشطاء", "نشطا", "النشطا", "مسوولي", "متظاهرون", "المتظاهرون", "تجار", "التجار",
  "اولياء", "اوليا", "مشجعون", "المشجعون", "موظفون", "الموظفون", "ركاب", "الركاب", "طلاب", "الطلاب",
  "نواب", "النواب", "اقارب", "ذوو", "ذوي", "عايلات", "العايلات", "مستثمرون", "المستثمرون",
  // The media as a source: "وذكرت وسائل إعلام محلية أن …"، "وأفادت تقارير إعلامية بأن …"، "ونقلت صحف …".
  "وسايل", "تقارير", "صحف", "الصحف",
]);

/** Group-source heads that name one person ("مصدر ليبي مطلع"): a later subjectless singular verb may go on with them. */
export const SINGULAR_SOURCE_HEADS = new Set(["مصدر", "المصدر"]);

/** Broken plurals of role nouns (ministers, heads, envoys, members, leaders), heads of group sources too. */
const ROLE_PLURALS = new Set(["وزراء", "وزرا", "رووساء", "رووسا", "روساء", "روسا", "سفراء", "سفرا", "اعضاء", "اعضا", "قاده", "زعماء", "زعما", "مدراء", "مدرا", "خبراء", "نواب"]);

/** A group source's head: a listed one, a role noun's broken plural, or a role noun with a masculine plural ending
 *  ("محافظو المصارف"، "ممثلي النقابات"، "المستشارون"، "محامو المتهمين"). */
export function isGroupHead(word: string): boolean {
  if (GROUP_HEADS.has(word)) return true;
  const bare = word.replace(/^ال(?=...)/, "");
  if (ROLE_PLURALS.has(bare)) return true;
  const m = /^(.{3,})(?:ون|ين|و|ي)$/.exec(bare);
  // "محامو الدفاع"، "المحامون": a role noun ending in ي (محامٍ) drops it before the plural ending.
  const role = (stem: string) => ROLE_HEADS.has(stem) || ROLE_HEADS.has(stem + "ي");
  return !!m && !ROLE_HEADS.has(bare) && !ROLE_HEADS.has("ال" + bare) && role(m[1]) && !m[1].startsWith("ال") && !m[1].endsWith("ه");
}

/** Heads of organizations (the speaker is the body itself). */
export const ORG_HEADS = new Set([
  "وزاره", "الوزاره", "الحكومه", "حكومه", "الجيش", "جيش", "الشرطه", "شرطه", "قوات", "القوات", "التحالف",
  "الامم", "منظمه", "المنظمه", "هييه", "الهييه", "مجلس", "المجلس", "شركه", "الشركه", "البنك", "بنك",
  "الاتحاد", "اتحاد", "حركه", "الحركه", "حزب", "الحزب", "جماعه", "الجماعه", "وكاله", "الوكاله",
  "صحيفه", "الصحيفه", "جريده", "الجريده", "اذاعه", "الاذاعه", "قناه", "القناه", "البيت", "الكرملين", "البنتاغون", "البنتاجون", "الرياسه", "رياسه", "البرلمان",
  "بلديه", "البلديه", "لجنه", "اللجنه", "مكتب", "المكتب", "نقابه", "النقابه", "جمعيه", "الجمعيه",
  "مستشفي", "المستشفي", "جامعه", "الجامعه", "محكمه", "المحكمه", "تقرير", "التقرير", "بيان", "البيان",
  "الخارجيه", "الداخليه", "الدفاع", "مديريه", "المديريه", "ادارة", "الاداره", "اداره", "الصندوق",
  "رابطه", "الرابطه", "موسسه", "الموسسه", "غرفه", "الغرفه", "مرصد", "المرصد", "منتدي", "المنتدي", "شبكه", "الشبكه",
  "مفوضيه", "المفوضيه", "ايتلاف", "الايتلاف", "مصرف", "المصرف", "السلطه", "سلطه", "السلطات",
  "نادي", "النادي", "ديوان", "الديوان", "مركز", "المركز", "معهد", "المعهد", "صندوق",
  // "نفت النيابة العمومية …"، "وكانت القيادة المركزية الأميركية قد أعلنت …": the prosecution, a military command.
  "النيابه", "نيابه", "القياده", "قياده",
  // "فيما أكدت عمليات بغداد أن …": an operations command, named by its area.
  "عمليات",
  // "وأشار الموقع إلى أن …"، "وكان موقع «…» قد ذكر": a news site; "وذكر التلفزيون الرسمي أن …": a broadcaster.
  "موقع", "الموقع", "التلفزيون", "تلفزيون", "التليفزيون", "تليفزيون",
  // A ministry by its domain alone, as headlines write it ("الصحة الفلسطينية تعلن أن …").
  "الصحه", "التربيه", "التعليم", "العدل", "الماليه", "الزراعه", "الاوقاف", "الطاقه", "الاقتصاد", "البييه", "الثقافه", "السياحه",
]);

/** States and capitals (a capital speaking stands for its government). */
export const STATES: Record<string, string> = {
  تركيا: "Turkey", انقره: "Ankara", واشنطن: "Washington", "الولايات المتحده": "United States",
  روسيا: "Russia", موسكو: "Moscow", ايران: "Iran", طهران: "Tehran", سوريا: "Syria", سوريه: "Syria", دمشق: "Damascus",
  العراق: "Iraq", بغداد: "Baghdad", مصر: "Egypt", القاهره: "Cairo", اسراييل: "Israel", الاردن: "Jordan",
  عمان: "Oman", لبنان: "Lebanon", بيروت: "Beirut", السعوديه: "Saudi Arabia", الرياض: "Riyadh",
  قطر: "Qatar", الدوحه: "Doha", الامارات: "UAE", ابوظبي: "Abu Dhabi", فرنسا: "France", باريس: "Paris",
  بريطانيا: "Britain", لندن: "London", المانيا: "Germany", برلين: "Berlin", الصين: "China", بكين: "Beijing",
  المغرب: "Morocco", الرباط: "Rabat", تونس: "Tunisia", الجزاير: "Algeria", ليبيا: "Libya", اليمن: "Yemen",
  الكويت: "Kuwait", البحرين: "Bahrain", السودان: "Sudan", الخرطوم: "Khartoum", فلسطين: "Palestine",
  اوكرانيا: "Ukraine", كييف: "Kyiv", الهند: "India", باكستان: "Pakistan", اليابان: "Japan",
  اسبانيا: "Spain", ايطاليا: "Italy", مدريد: "Madrid", روما: "Rome",
};

/** Word glosses for building an English name for groups, organizations and unnamed roles. */
export const GLOSS: Record<string, string> = {
  مسوول: "official", مسوولون: "officials", مسوولين: "officials", مسوولو: "officials", مسوولي: "officials",
  دبلوماسيون: "diplomats", نقاد: "critics", دبلوماسيين: "diplomats", مصادر: "sources", مصدر: "source", محللون: "analysts",
  محللين: "analysts", خبراء: "experts", خبرا: "experts", شهود: "witnesses", سكان: "residents",
  ناشطون: "activists", ناشطين: "activists", مراقبون: "observers", مسعفون: "paramedics", عمال: "workers",
  مزارعون: "farmers", صيادون: "fishermen", باحثون: "researchers", اطباء: "doctors", اطبا: "doctors",
  اهالي: "residents", مواطنون: "citizens", معارضون: "opponents", منتقدون: "critics", نشطاء: "activists",
  نشطا: "activists", متظاهرون: "protesters", تجار: "traders", اولياء: "parents", اوليا: "parents",
  مشجعون: "fans", موظفون: "employees", ركاب: "passengers", طلاب: "students", نواب: "lawmakers", اقارب: "relatives",
  عايلات: "families", مستثمرون: "investors", مطلع: "informed", مطلعه: "informed", مرصد: "observatory", تربيه: "education", نقيب: "union head", اقتصادي: "economic", وطني: "national", عام: "general",
  امريكي: "US", اميركي: "US", امريكيون: "US", اميركيون: "US", امريكيين: "US", اميركيين: "US",
  امريكيه: "US", اميركيه: "US", تركي: "Turkish", تركيه: "Turkish", اتراك: "Turkish", روسي: "Russian",
  روسيه: "Russian", سوري: "Syrian", سوريه: "Syrian", سوريون: "Syrian", عراقي: "Iraqi", عراقيه: "Iraqi",
  عراقيون: "Iraqi", مصري: "Egyptian", مصريه: "Egyptian", مصريون: "Egyptian", اسراييلي: "Israeli",
  اسراييليه: "Israeli", فلسطيني: "Palestinian", فلسطينيه: "Palestinian", ايراني: "Iranian",
  ايرانيه: "Iranian", اوروبي: "European", اوروبيه: "European", اوروبيون: "European", فرنسي: "French",
  بريطاني: "British", الماني: "German", صيني: "Chinese", اردني: "Jordanian", لبناني: "Lebanese",
  سعودي: "Saudi", مغربي: "Moroccan", تونسي: "Tunisian", جزايري: "Algerian", ليبي: "Libyan", يمني: "Yemeni",
  غربي: "Western", غربيون: "Western", محلي: "local", محليه: "local", محليون: "local", امني: "security",
  امنيه: "security", عسكري: "military", عسكريه: "military", عسكريون: "military", حكومي: "government",
  حكوميه: "government", دولي: "international", دوليه: "international", رسمي: "official", رسميه: "official",
  دفاع: "defense", خارجيه: "foreign ministry", داخليه: "interior ministry", امن: "security", صحه: "health",
  ماليه: "finance", اقتصاد: "economy", تعليم: "education", طاقه: "energy", زراعه: "agriculture",
  نقل: "transport", بيئه: "environment", عدل: "justice", اعلام: "information", مياه: "water",
  وزاره: "ministry", حكومه: "government", جيش: "army", شرطه: "police", قوات: "forces", تحالف: "coalition",
  منظمه: "organization", هييه: "authority", مجلس: "council", شركه: "company", بنك: "bank", اتحاد: "union",
  حركه: "movement", حزب: "party", جماعه: "group", وكاله: "agency", صحيفه: "newspaper", رياسه: "presidency",
  برلمان: "parliament", بلديه: "municipality", لجنه: "committee", مكتب: "office", نقابه: "union",
  جمعيه: "association", مستشفي: "hospital", جامعه: "university", محكمه: "court", تقرير: "report",
  بيان: "statement", بنتاغون: "Pentagon", بنتاجون: "Pentagon", كرملين: "Kremlin", مديريه: "directorate",
  اداره: "administration", صندوق: "fund", رييس: "president", رييسه: "president", وزير: "minister",
  وزيره: "minister", سفير: "ambassador", منسق: "coordinator", مبعوث: "envoy", متحدث: "spokesperson",
  متحدثه: "spokesperson", ناطق: "spokesperson", مدير: "director", مديره: "director", نايب: "deputy",
  قايد: "commander", مستشار: "adviser", محلل: "analyst", خبير: "expert", باحث: "researcher",
  استاذ: "professor", عمده: "mayor", محافظ: "governor", عضو: "member", مندوب: "envoy", ملك: "king",
  امير: "prince", مدعي: "prosecutor", قاضي: "judge", زعيم: "leader", مهندس: "engineer", محامي: "lawyer",
  طبيب: "doctor", صياد: "fisherman", مزارع: "farmer", معلم: "teacher", امين: "secretary",
  رابطه: "association", موسسه: "foundation", غرفه: "chamber", منتدي: "forum", شبكه: "network",
  مفوضيه: "commission", ايتلاف: "coalition", مصرف: "bank", سلطه: "authority", سلطات: "authorities",
  مصارف: "banks", بنوك: "banks", مركزي: "central", عربي: "Arab",
  وسايل: "media", تقارير: "reports", صحف: "newspapers", تلفزيون: "television", تليفزيون: "television", اعلاميه: "media", صحفيه: "press",
  عليا: "high", علي: "high", مستقل: "independent", انتخابات: "elections", ري: "irrigation", ديمقراطيه: "Democratic", دبلوماسي: "diplomatic", "في": "in", و: "and", مكافحه: "counter", ارهاب: "terrorism", عمليات: "operations",
};

/** Everyday words that are never part of a person's name. */
export const COMMON_WORDS = new Set([
  "ان", "ان", "انه", "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "كل", "بعض", "عدد", "هو", "هي",
  "هم", "قد", "لقد", "كان", "كانت", "ما", "لا", "لم", "لن", "مع", "عن", "الي", "علي", "من", "في", "او",
  "ثم", "حيث", "بين", "منذ", "غير", "لكن", "جميع", "احد", "اخر", "مدينه", "منطقه", "بلده", "قريه",
  "ارقام", "تقديرات", "بيانات", "احصاءات", "احصاييات", "معطيات", "نتايج", "تقارير", "وثايق",
  "اما", "واما", "بينما", "فيما", "كما", "ايضا", "السابق", "الحالي", "الجديد", "الاول", "الثاني", "نفسه", "ذاته",
  // Existential and place adverbs ("وزير النقل هناك"، "ثمة"): never part of a name.
  "هناك", "هنالك", "هنا", "ثمه",
  // Subordinators ("…، إذ اعتبر أن"): a clause opener, never a name.
  "اذ", "اذا", "لان", "لكي",
  // "في ذات السياق"، "لذات السياق"، "بنفس الوقت": "the same", never a name.
  "ذات", "لذات", "بذات", "نفس", "لنفس", "بنفس",
  // Prepositions of topic and direction ("… حول وقوع خلاف"): they open a phrase, never end a name.
  "حول", "بشان", "بخصوص", "تجاه", "ضد", "نحو", "بدون",
]);

/** Words of time phrases (مطلع الشهر، منتصف العام، الشهر الماضي، أواخر يناير): never a name nor a speaker. */
export const TIME_WORDS = new Set([
  "مطلع", "منتصف", "نهايه", "بدايه", "اواخر", "اوايل", "مطلع", "عشيه", "غداه", "فجر", "ظهر", "مساء", "صباح", "ليله",
  "الشهر", "العام", "الاسبوع", "السنه", "اليوم", "الليله", "الصيف", "الشتاء", "الربيع", "الخريف", "الموسم", "الفصل",
  "شهر", "عام", "اسبوع", "سنه", "الماضي", "الماضيه", "المقبل", "المقبله", "الجاري", "الحالي", "المنصرم", "الفايت",
  "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
  "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
  "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
]);
