// Every message the bot writes to a person, in Arabic and English, in one place (as fuse.js keeps its
// error messages): the CLI and REPL, Discord and Slack all word things from here, and tests assert on
// these keys. Values are plain text; adapters escape what they insert for their platform.
import type { Lang } from "./language.js";

type Text = string | ((...args: never[]) => string);
type Entry = { en: Text; ar: Text };

/** "1 quote", "2 quotes" / Arabic's one, two, few (3–10) and many (11+) forms. */
function count(n: number, en: [string, string], ar: [string, string, string, string]): { en: string; ar: string } {
  const m = n % 100;
  const arText =
    n === 1 ? ar[0] : n === 2 ? ar[1] : m >= 3 && m <= 10 ? `${n} ${ar[2]}` : `${n} ${ar[3]}`;
  return { en: `${n} ${n === 1 ? en[0] : en[1]}`, ar: arText };
}

const speakers = (n: number) => count(n, ["speaker", "speakers"], ["متحدث واحد", "متحدثان", "متحدثين", "متحدثًا"]);
const quotes = (n: number) => count(n, ["quote", "quotes"], ["اقتباس واحد", "اقتباسان", "اقتباسات", "اقتباسًا"]);

export const CATALOGUE = {
  // Answers
  questionEmpty: { en: "Ask a question, for example: who said …? / من قال …؟", ar: "اطرح سؤالًا، مثلًا: من قال …؟ / who said …?" },
  questionTooLong: {
    en: (max: number) => `That question is too long (over ${max} characters). Ask it in fewer words.`,
    ar: (max: number) => `هذا السؤال طويل جدًا (أكثر من ${max} حرف). اطرحه بكلمات أقل.`,
  },
  questionTooComplex: {
    en: "That question took too long to work out. Ask it more simply, with the speaker's name or a few of the words said.",
    ar: "استغرق هذا السؤال وقتًا أطول مما ينبغي. اطرحه ببساطة أكبر، باسم المتحدث أو ببعض الكلمات التي قالها.",
  },
  noMatch: {
    en: "I don't know: nothing in the articles answers that. Try the speaker list.",
    ar: "لا أعرف: لا شيء في المقالات يجيب عن ذلك. جرّب قائمة المتحدثين.",
  },
  // A follow-up whose "he" or "they" the conversation does not make certain: asked, never guessed.
  unclearReferent: {
    en: "Who do you mean? I can't tell who that refers to: ask again with the person's name.",
    ar: "من تقصد؟ لا أعرف على من يعود ذلك: أعد السؤال باسم الشخص.",
  },
  articleItself: { en: "the article itself (reported fact)", ar: "المقال نفسه (خبر يرويه)" },
  fromArticle: { en: "From the article", ar: "من المقال" },
  // A draft's statement whose speaker the extractor could not tell (its answer item: kind "quote", speaker null).
  speakerUnknown: { en: "speaker not known: the draft does not say who said this", ar: "المتحدث غير معروف: لا تذكر المسودة من قال هذا" },
  speakerUnknownShort: { en: "Speaker not known", ar: "متحدث غير معروف" },
  noEnglish: { en: "(no English rendering yet)", ar: "(لا ترجمة إنجليزية بعد)" },
  english: { en: "English", ar: "بالإنجليزية" },
  role: { en: "Role", ar: "الصفة" },
  source: { en: "Source", ar: "المصدر" },
  confidence: { en: "Confidence", ar: "الثقة" },
  confidenceLevel: {
    en: (level: "high" | "medium" | "low", pct: number) => `${{ high: "High", medium: "Medium", low: "Low" }[level]} (${pct}%)`,
    ar: (level: "high" | "medium" | "low", pct: number) => `${{ high: "عالية", medium: "متوسطة", low: "منخفضة" }[level]} (${pct}%)`,
  },
  confidencePercent: { en: (pct: number) => `confidence ${pct}%`, ar: (pct: number) => `الثقة ${pct}%` },
  draft: { en: "DRAFT (unreviewed, extracted automatically)", ar: "مسودة (لم تُراجَع، استُخرجت آليًا)" },
  draftShort: { en: "unreviewed draft", ar: "مسودة لم تُراجَع" },
  inContext: { en: "In context", ar: "في السياق" },
  answerOf: { en: (i: number, n: number) => `Answer ${i} of ${n}`, ar: (i: number, n: number) => `الإجابة ${i} من ${n}` },
  otherMatches: { en: "Other matches", ar: "نتائج أخرى" },
  questionLabel: { en: "Q", ar: "س" },
  whatSaid: { en: (name: string) => `What ${name} said`, ar: (name: string) => `ما قاله ${name}` },
  // Buttons
  previous: { en: "◀ Previous", ar: "◀ السابق" },
  next: { en: "Next ▶", ar: "التالي ▶" },
  showSentence: { en: "Show the sentence", ar: "اعرض الجملة" },
  copyCitation: { en: "Copy citation", ar: "انسخ الاستشهاد" },
  shareInChannel: { en: "Share in channel", ar: "شارك في القناة" },
  // Lists
  speakerCount: { en: (n: number) => speakers(n).en, ar: (n: number) => speakers(n).ar },
  speakersQuoted: { en: (n: number) => `${speakers(n).en} quoted`, ar: (n: number) => `${speakers(n).ar} في المقالات` },
  quoteCount: { en: (n: number) => quotes(n).en, ar: (n: number) => quotes(n).ar },
  showingAnswers: {
    en: (shown: number, total: number) => `Showing ${shown} of ${total} answers.`,
    ar: (shown: number, total: number) => `تُعرض ${shown} من ${total} إجابة.`,
  },
  inAll: { en: (n: number) => `${n} in all`, ar: (n: number) => `${n} إجمالًا` },
  andMore: { en: (n: number) => `… and ${n} more`, ar: (n: number) => `… و${n} غيرهم` },
  noSpeakers: { en: "No one is quoted in the articles yet.", ar: "لا أحد مقتبَس في المقالات بعد." },
  noArticles: { en: "No articles are loaded.", ar: "لم تُحمَّل أي مقالات." },
  // Articles (/source)
  englishTitle: { en: "English title", ar: "العنوان بالإنجليزية" },
  publisher: { en: "Publisher", ar: "الناشر" },
  date: { en: "Date", ar: "التاريخ" },
  status: { en: "Status", ar: "الحالة" },
  reviewed: { en: "reviewed", ar: "مُراجَع" },
  contentLabel: { en: "Content", ar: "المحتوى" },
  content: {
    en: (paragraphs: number, quotes: number, facts: number) => `${paragraphs} paragraphs, ${quotes} quotes, ${facts} facts`,
    ar: (paragraphs: number, quotes: number, facts: number) => `${paragraphs} فقرة، ${quotes} اقتباس، ${facts} خبر`,
  },
  note: { en: "Note", ar: "ملاحظة" },
  article: { en: (id: string) => `Article ${id}`, ar: (id: string) => `المقال ${id}` },
  showingOf: {
    en: (shown: number, total: number) => `Showing ${shown} of ${total} articles.`,
    ar: (shown: number, total: number) => `يُعرض ${shown} من ${total} مقالًا.`,
  },
  // Notices
  error: {
    en: "Sorry, something went wrong while answering. It has been logged; please try again.",
    ar: "عذرًا، حدث خطأ أثناء الإجابة. سُجّل الخطأ؛ حاول مرة أخرى.",
  },
  rateLimited: {
    en: (seconds: number) => `You're asking faster than I can answer. Try again in ${seconds} s.`,
    ar: (seconds: number) => `أنت تسأل أسرع مما أستطيع الإجابة. حاول مجددًا بعد ${seconds} ث.`,
  },
  expired: {
    en: "Those buttons have expired. Ask again to get fresh answers.",
    ar: "انتهت صلاحية هذه الأزرار. اسأل من جديد لتحصل على إجابات جديدة.",
  },
  notYourAnswer: { en: "Only the person who asked can page this answer.", ar: "وحده صاحب السؤال يستطيع تصفّح هذه الإجابة." },
  unknownCommand: { en: (example: string) => `I don't know that command. Try ${example}.`, ar: (example: string) => `لا أعرف هذا الأمر. جرّب ${example}.` },
  unknownSpeaker: {
    en: (name: string, list: string) => `I don't know a speaker called “${name}”. ${list} lists them.`,
    ar: (name: string, list: string) => `لا أعرف متحدثًا اسمه «${name}». ${list} يعرض قائمتهم.`,
  },
  noQuotes: { en: (name: string) => `The articles quote nothing by ${name}.`, ar: (name: string) => `لا تقتبس المقالات شيئًا عن ${name}.` },
  noText: {
    en: "That message has no text to look up. Pick a message that contains a quote.",
    ar: "لا نص في هذه الرسالة للبحث عنه. اختر رسالة فيها اقتباس.",
  },
  shareGone: { en: "That answer can no longer be shared; ask the question again.", ar: "لم يعد ممكنًا مشاركة هذه الإجابة؛ اطرح السؤال من جديد." },
  sharedBy: { en: (who: string, via: string) => `Shared by ${who} from ${via}`, ar: (who: string, via: string) => `شاركه ${who} من ${via}` },
  seeSpeakers: {
    en: (speakersCmd: string, helpCmd: string) => `See who is quoted: ${speakersCmd} · help: ${helpCmd}`,
    ar: (speakersCmd: string, helpCmd: string) => `من المقتبَسون: ${speakersCmd} · المساعدة: ${helpCmd}`,
  },
  askAbout: { en: (example: string) => `Ask: ${example}`, ar: (example: string) => `اسأل: ${example}` },
  useSaid: { en: (cmd: string) => `Use ${cmd} to see what one of them said.`, ar: (cmd: string) => `استعمل ${cmd} لترى ما قاله أحدهم.` },
  // Help
  helpIntro: {
    en: "quotebot finds who said what in the news articles it knows, word for word, in Arabic and English.",
    ar: "يجد quotebot من قال ماذا في المقالات الإخبارية التي يعرفها، حرفيًا، بالعربية والإنجليزية.",
  },
  helpWhoSaid: { en: "who said a quote (Arabic or English)", ar: "من قال هذا الاقتباس (بالعربية أو الإنجليزية)" },
  helpWhatSaid: { en: "everything one speaker said", ar: "كل ما قاله متحدث واحد" },
  helpSpeakers: { en: "everyone who is quoted", ar: "كل من اقتُبس كلامه" },
  helpSource: { en: "where the articles come from", ar: "من أين جاءت المقالات" },
  helpMentions: {
    en: "Mention me in a channel (I answer in the thread) or write to me directly.",
    ar: "اذكرني في قناة (أجيب في سلسلة الرسالة) أو راسلني مباشرة.",
  },
  helpShortcut: {
    en: "On any message: ⋯ → Who said this? finds the attribution of the quote in it.",
    ar: "على أي رسالة: ⋯ ← Who said this? يجد قائل الاقتباس الذي فيها.",
  },
  helpTitle: { en: "How to use quotebot", ar: "كيف تستعمل quotebot" },
  // Discord slash commands: descriptions are shown before any question, so they carry both languages
  // (Discord has no Arabic locale for command localizations); each pair fits Discord's 100 characters.
  cmdAsk: { en: "Ask about the articles: who said what, what happened", ar: "اسأل عن المقالات: من قال ماذا، ماذا حدث" },
  cmdAskQuestion: { en: "Your question, in Arabic or English", ar: "سؤالك بالعربية أو الإنجليزية" },
  cmdWhoSaid: { en: "Find who said a quote", ar: "اعرف من قال اقتباسًا" },
  cmdWhoSaidQuote: { en: "The words, or part of them", ar: "الكلمات أو بعضها" },
  cmdSaid: { en: "Everything one speaker said", ar: "كل ما قاله متحدث واحد" },
  cmdSaidSpeaker: { en: "Start typing a name or role", ar: "ابدأ بكتابة اسم أو صفة" },
  cmdSpeakers: { en: "The people and groups quoted", ar: "الأشخاص والجهات المقتبَس كلامهم" },
  cmdSource: { en: "Where the articles come from", ar: "من أين جاءت المقالات" },
  helpAbstain: { en: "When the articles do not say, I say I don't know.", ar: "حين لا تقول المقالات شيئًا، أقول إنني لا أعرف." },
  // Terminal
  replBanner: {
    en: (speakerCount: number, articleCount: number) =>
      `quotebot — ${speakers(speakerCount).en} in ${articleCount} article${articleCount === 1 ? "" : "s"}. Type :help for help.`,
    ar: (speakerCount: number, articleCount: number) =>
      `quotebot — ${speakers(speakerCount).ar} في ${articleCount} مقال. اكتب ‎:help للمساعدة.`,
  },
  replCommands: {
    en: "Commands: :help  :speakers  :json (toggle raw JSON)  :wrong [comment] (the last answer is wrong)  :helpful  :quit",
    ar: "الأوامر: ‎:help  ‎:speakers  ‎:json (تبديل JSON الخام)  ‎:wrong [تعليق] (الإجابة الأخيرة خاطئة)  ‎:helpful  ‎:quit",
  },
  rawJson: { en: (on: boolean) => `raw JSON ${on ? "on" : "off"}`, ar: (on: boolean) => `JSON الخام ${on ? "مفعّل" : "معطّل"}` },
  unknownReplCommand: {
    en: (cmd: string) => `unknown command ${cmd}; type :help`,
    ar: (cmd: string) => `أمر غير معروف ${cmd}؛ اكتب ‎:help`,
  },
  ctrlCAgain: { en: "(press Ctrl-C again to quit, or Ctrl-D)", ar: "(اضغط Ctrl-C مرة أخرى للخروج، أو Ctrl-D)" },
  didYouMean: { en: (cmd: string) => `did you mean ${cmd}?`, ar: (cmd: string) => `هل تقصد ${cmd}؟` },
  // "Did you mean …?" answers (status suggested): candidates offered, never stated as fact.
  suggested: { en: "Not sure. Did you mean:", ar: "لست متأكدًا. هل تقصد:" },
  theArticle: { en: "the article", ar: "المقال" },
  yourPick: { en: "your pick", ar: "اختيارك" },
  pickedFromSuggestions: { en: "Picked from the suggestions", ar: "اختير من الاقتراحات" },
  // Feedback on answers
  feedbackHelpful: { en: "Helpful", ar: "مفيدة" },
  feedbackUnhelpful: { en: "Not helpful", ar: "غير مفيدة" },
  feedbackWrong: { en: "Wrong attribution", ar: "نسبة خاطئة" },
  feedbackThanks: {
    en: "Thank you: your feedback is recorded for the curators.",
    ar: "شكرًا: سُجّلت ملاحظتك للمحررين.",
  },
  feedbackNothing: { en: "There is no answer to give feedback on yet: ask a question first.", ar: "لا إجابة بعد لتعلّق عليها: اطرح سؤالًا أولًا." },
  feedbackFailed: { en: "Your feedback could not be recorded; please try again later.", ar: "تعذّر تسجيل ملاحظتك؛ حاول لاحقًا." },
  pageNotYours: {
    en: "Only the person who asked can turn the pages of this answer; ask the question yourself to page it.",
    ar: "وحده من طرح السؤال يقلّب صفحات هذه الإجابة؛ اطرح السؤال بنفسك لتتصفحها.",
  },
  pickGone: { en: "Those suggestions have expired; ask the question again.", ar: "انتهت صلاحية هذه الاقتراحات؛ اطرح السؤال من جديد." },
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof CATALOGUE;
type EnOf<K extends MessageKey> = (typeof CATALOGUE)[K]["en"];
export type MessageArgs<K extends MessageKey> = EnOf<K> extends (...args: infer A) => string ? A : [];

/** The message `key` in `lang`, filled with `args`. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: MessageArgs<K>): string {
  const text = CATALOGUE[key][lang] as Text;
  return typeof text === "function" ? (text as (...a: unknown[]) => string)(...args) : text;
}

/** Both languages, Arabic first, for places read before any question (help, command descriptions). */
export function bilingual<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
  return `${t("ar", key, ...args)} · ${t("en", key, ...args)}`;
}
