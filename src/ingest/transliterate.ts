// Latin spellings of Arabic-script names, so that an English question finds an Arabic article's
// speakers. Known names come from a lexicon (with their usual variants); others are spelled
// letter by letter.
import { normAr } from "./text.js";

/** Normalized Arabic → usual Latin spellings (first is canonical). */
const NAMES: Record<string, string[]> = {
  محمد: ["Mohammed", "Muhammad", "Mohamed"], احمد: ["Ahmed", "Ahmad"], علي: ["Ali"], حسن: ["Hassan", "Hasan"],
  حسين: ["Hussein", "Hussain"], عمر: ["Omar"], خالد: ["Khaled", "Khalid"], محمود: ["Mahmoud"],
  مصطفي: ["Mustafa", "Moustafa"], ابراهيم: ["Ibrahim"], يوسف: ["Youssef", "Yousef", "Yusuf"],
  عبدالله: ["Abdullah", "Abdallah"], عبد: ["Abdel", "Abd"], الله: ["Allah"], سمير: ["Samir"], كريم: ["Karim"],
  طارق: ["Tarek", "Tariq"], سامي: ["Sami"], رامي: ["Rami"], فادي: ["Fadi"], نبيل: ["Nabil"], وليد: ["Walid"],
  سعيد: ["Said", "Saeed"], ماجد: ["Majed"], هاني: ["Hani"], عادل: ["Adel"], جمال: ["Gamal", "Jamal"],
  منير: ["Mounir", "Munir"], ناصر: ["Nasser"], يحيي: ["Yahya"], زياد: ["Ziad"], عماد: ["Imad", "Emad"],
  فاطمه: ["Fatima", "Fatma"], مريم: ["Maryam", "Mariam"], ليلي: ["Layla", "Leila"], سلمي: ["Salma"],
  نور: ["Nour", "Noor"], هدي: ["Huda", "Hoda"], رنا: ["Rana"], سارا: ["Sara"], ساره: ["Sarah", "Sara"],
  منى: ["Mona"], مني: ["Mona"], ريم: ["Reem", "Rim"], دينا: ["Dina"], هند: ["Hind"], امينه: ["Amina"],
  ياسمين: ["Yasmin", "Yasmine"], نادين: ["Nadine"], رشا: ["Rasha"], سعاد: ["Souad", "Suad"],
  زينب: ["Zeinab", "Zainab"], خديجه: ["Khadija"], عايشه: ["Aisha"], نادیه: ["Nadia"], ناديه: ["Nadia"],
  // First names written with the article (Maghreb, Gulf): المنصف القروي، الحبيب بن عمر.
  // امين is also a title (أمين عام): listed, it reads as a name inside a name run (محمد أمين الشرقاوي).
  امين: ["Amine", "Amin"], المنصف: ["Moncef", "El-Moncef"], الحبيب: ["Habib", "El-Habib"], الهادي: ["Hedi", "El-Hadi"], المهدي: ["Mehdi", "El-Mahdi"],
  الطاهر: ["Taher", "Tahar"], المنجي: ["Mongi"], الباجي: ["Beji"], المولدي: ["Mouldi"], الناصر: ["Nacer", "Nasser"],
  الحسيني: ["El-Husseini", "Al-Husseini"], المصري: ["El-Masry", "Al-Masri"], التميمي: ["Al-Tamimi"],
  الشامي: ["Al-Shami"], حداد: ["Haddad"], الحداد: ["Al-Haddad"], منصور: ["Mansour"], عباس: ["Abbas"],
  راغب: ["Ragheb"], نصر: ["Nasr"], سالم: ["Salem"], العلي: ["Al-Ali"], الخطيب: ["Al-Khatib"],
  رجب: ["Recep", "Rajab"], طيب: ["Tayyip", "Tayeb"], اردوغان: ["Erdogan", "Erdoğan"], دونالد: ["Donald"],
  ترامب: ["Trump"], ترمب: ["Trump"], جو: ["Joe"], بايدن: ["Biden"], باراك: ["Barack"], اوباما: ["Obama"],
  جيمس: ["James"], جيفري: ["Jeffrey", "Jeffery"], ناثان: ["Nathan"], سالز: ["Sales", "Salz"],
  سيلز: ["Sales", "Sells"], مايك: ["Mike"], بومبيو: ["Pompeo"], انتوني: ["Antony", "Anthony"],
  بلينكن: ["Blinken"], فلاديمير: ["Vladimir"], بوتين: ["Putin"], سيرغي: ["Sergei"], لافروف: ["Lavrov"],
  ايمانويل: ["Emmanuel"], ماكرون: ["Macron"], بشار: ["Bashar"], الاسد: ["al-Assad", "Assad"],
  بنيامين: ["Benjamin"], نتنياهو: ["Netanyahu"], انطونيو: ["Antonio"], غوتيريش: ["Guterres"],
  جون: ["John"], ديفيد: ["David"], مارك: ["Mark"], بيتر: ["Peter"], مايكل: ["Michael"], روبرت: ["Robert"],
  ماري: ["Mary", "Marie"], ماريا: ["Maria"], اولاف: ["Olaf"], شولتس: ["Scholz"], ريشي: ["Rishi"],
  سوناك: ["Sunak"], كير: ["Keir"], ستارمر: ["Starmer"], عبدالفتاح: ["Abdel Fattah"], السيسي: ["el-Sisi", "Sisi"],
  الملك: ["King"], الامير: ["Prince"], الشيخ: ["Sheikh"], بن: ["bin"], بنت: ["bint"], ابو: ["Abu"],
};

const LETTERS: Record<string, string> = {
  ا: "a", أ: "a", إ: "i", آ: "a", ٱ: "a", ب: "b", ت: "t", ث: "th", ج: "j", ح: "h", خ: "kh", د: "d", ذ: "dh",
  ر: "r", ز: "z", س: "s", ش: "sh", ص: "s", ض: "d", ط: "t", ظ: "z", ع: "a", غ: "gh", ف: "f", ق: "q", ك: "k",
  ل: "l", م: "m", ن: "n", ه: "h", ة: "a", و: "w", ي: "y", ى: "a", ء: "", ئ: "", ؤ: "", گ: "g", پ: "p",
  ڤ: "v", چ: "ch",
};

function spellWord(word: string): string {
  const w = word.replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const between = i > 0 && i < w.length - 1;
    if (c === "و") out += between || i === w.length - 1 ? (i === 0 ? "w" : "ou") : "w";
    else if (c === "ي") out += i === 0 ? "y" : "i";
    else if (c === "ا" && i > 0) out += "a";
    else if (c === "ل" && i === 1 && w[0] === "ا") out += "l-";
    else out += LETTERS[c] ?? c;
  }
  out = out.replace(/^al-(.)/, (_, c: string) => `Al-${c.toUpperCase()}`).replace(/aa+/g, "a").replace(/ii+/g, "i");
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Latin spellings of one word: lexicon variants or a letter-by-letter spelling. */
export function transliterateWord(word: string): string[] {
  const known = NAMES[normAr(word)];
  return known ?? [spellWord(word)];
}

/** Canonical Latin spelling of an Arabic-script name ("ناثان سالز" → "Nathan Sales"). */
export function transliterate(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words
    .map((w, i) => {
      // عبد الرحيم، أبو الفضل: the article after a name link is written "al-" ("Abd al-Rhim").
      const link = i > 0 && ["عبد", "ابو"].includes(normAr(words[i - 1]));
      if (link && normAr(w).startsWith("ال") && !NAMES[normAr(w)]) return `al-${spellWord(w.slice(2))}`;
      return transliterateWord(w)[0];
    })
    .join(" ")
    .replace(/\b(Abd|Abdel|Abu) al-/g, (_, head: string) => `${head === "Abdel" ? "Abd" : head} al-`)
    .replace(/\bAbdel Allah\b/g, "Abdullah");
}

/** Other Latin spellings worth keeping as aliases: per-word variants of the surname and full name. */
export function transliterationVariants(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  const last = words[words.length - 1];
  if (last) for (const v of [...transliterateWord(last), spellWord(last)]) out.add(v);
  if (words.length > 1) {
    const head = words.slice(0, -1).map((w) => transliterateWord(w)[0]).join(" ");
    for (const v of transliterateWord(last)) out.add(`${head} ${v}`);
  }
  return [...out];
}

/** True for a word the name lexicon knows (so "فاطمة" counts as a name despite its ta marbuta). */
export function isKnownName(normalizedWord: string): boolean {
  return normalizedWord in NAMES && !["الملك", "الامير", "الشيخ"].includes(normalizedWord);
}
