// Verbal nouns (masdars) as a class: "وأعلن الوزير الجزائري استعداد بلاده" reads استعداد (readiness) as a name
// unless the extractor knows that derived verbal nouns have fixed shapes. Words are normalized (see normAr).
import { REPORTED_EVENTS } from "./lexicon-ar.js";

/** Derived-form masdar shapes: استفعال (استفالة of a hollow root)، افتعال (with ت assimilated to ط/د)، انفعال، إفعال، تفعيل، تفاعل، مفاعلة، تفعّل. */
const SHAPES = [
  /^است..ا.$/, // استعداد، استقبال، استمرار
  /^است.ا.ه$/, // of a hollow root: استحالة، استقالة، استجابة
  /^ا.[تطد].ا.$/, // اجتماع، انتخاب، اضطراب، ازدياد
  /^ان..ا.$/, // انسحاب، انطلاق
  /^ا..ا.$/, // إعلان، إصدار، اتفاق (and broken plurals أفعال: أخبار، أعمال)
  /^ت..ي.$/, // تحذير، تعيين، تسجيل
  /^ت.ا..$/, // تعاون، تراجع
  /^م.ا..ه$/, // مواجهة، مشاركة، مطالبة
  /^ت..ي.ات$/, // تصريحات، تحذيرات
];

/** Simple (form I) masdars and other action nouns that often follow a reporting verb as its object. */
const SIMPLE = new Set([
  "نشر", "رفض", "دعم", "وقف", "منع", "رفع", "خفض", "بدء", "عقد", "طرح", "فرض", "فتح", "حل", "قبول", "سحب", "ضم",
  "بناء", "بنا", "حرص", "عزم", "نيه", "رغبه", "قدره", "عدم", "ضروره", "اهميه", "موافقه", "جاهزيه", "استعدادها",
  // Pleas in court: "دفع المحامي ببطلان الإجراءات"، "بشيوع الاتهام"، "بسقوط الدعوى".
  "بطلان", "شيوع", "سقوط",
  // Announced events (data/lexicon-ar.json reportedEvents): "أعلنت القيادة مقتل جنديين".
  ...REPORTED_EVENTS,
]);

/** Names that have a masdar's shape (إيمان، انتصار، تغريد …): always names. */
const NAMES_OF_MASDAR_SHAPE = new Set([
  "ايمان", "احسان", "اسلام", "اكرام", "انعام", "امال", "ابتسام", "انتصار", "اعتدال", "امتثال", "ابتهال", "اعتماد", "افنان", "اسراء", "اسرا", "انوار",
  "تغريد", "تمارا", "تهاني", "تسنيم", "اياد", "ايات", "اشراق", "ازهار", "اخلاص", "اسماعيل", "ابراهيم", "ادريس", "انيس",
]);

/** True when `word` (normalized, without و/ف) reads as a verbal noun, never as a person's first name. */
export function isMasdar(word: string): boolean {
  if (NAMES_OF_MASDAR_SHAPE.has(word)) return false;
  if (SIMPLE.has(word)) return true;
  // A definite word is never read as a name's first word anyway, and ال makes الخاص، الدباغ look like إفعال/افتعال.
  if (word.startsWith("ال")) return false;
  return SHAPES.some((re) => re.test(word));
}

/** True when `word` (normalized, without ال) has a derived verbal noun's shape (تأكيد، استعداد), not counting the
 *  simple ones, which are also family names (القدرة، الرفض). */
export function hasDerivedMasdarShape(word: string): boolean {
  return !NAMES_OF_MASDAR_SHAPE.has(word) && SHAPES.some((re) => re.test(word));
}
