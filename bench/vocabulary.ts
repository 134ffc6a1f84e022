// Word lists for the synthetic corpora: news words and names in both scripts (parallel lists, so an
// Arabic quote has an English translation made of the same words), plus pseudo-words that give the
// corpus a realistic long tail of rare terms.

/** Common news words, [Arabic, English]. A few also occur in the seed article, on purpose. */
export const NEWS_WORDS: [string, string][] = [
  ["الحكومة", "government"], ["الوزير", "minister"], ["الأمن", "security"], ["الاقتصاد", "economy"],
  ["المواطنين", "citizens"], ["البرلمان", "parliament"], ["الانتخابات", "elections"], ["الميزانية", "budget"],
  ["الأسعار", "prices"], ["التضخم", "inflation"], ["الصحة", "health"], ["المستشفيات", "hospitals"],
  ["التعليم", "education"], ["المدارس", "schools"], ["الجامعات", "universities"], ["الطلاب", "students"],
  ["المياه", "water"], ["الكهرباء", "electricity"], ["الطاقة", "energy"], ["النفط", "oil"],
  ["الغاز", "gas"], ["الاستثمار", "investment"], ["الشركات", "companies"], ["البنوك", "banks"],
  ["الضرائب", "taxes"], ["الديون", "debt"], ["الرواتب", "salaries"], ["العمال", "workers"],
  ["البطالة", "unemployment"], ["الشباب", "youth"], ["النساء", "women"], ["الأطفال", "children"],
  ["اللاجئين", "refugees"], ["الحدود", "border"], ["الجيش", "army"], ["الشرطة", "police"],
  ["المحكمة", "court"], ["القضاء", "judiciary"], ["الدستور", "constitution"], ["القانون", "law"],
  ["الإصلاحات", "reforms"], ["المفاوضات", "negotiations"], ["الاتفاق", "agreement"], ["المعاهدة", "treaty"],
  ["السلام", "peace"], ["الحرب", "war"], ["الهدنة", "ceasefire"], ["المساعدات", "aid"],
  ["الغذاء", "food"], ["القمح", "wheat"], ["الزراعة", "agriculture"], ["المزارعين", "farmers"],
  ["الجفاف", "drought"], ["الفيضانات", "floods"], ["المناخ", "climate"], ["البيئة", "environment"],
  ["التلوث", "pollution"], ["السياحة", "tourism"], ["الفنادق", "hotels"], ["المطار", "airport"],
  ["الطرق", "roads"], ["الجسور", "bridges"], ["الإسكان", "housing"], ["الإيجارات", "rents"],
  ["الصادرات", "exports"], ["الواردات", "imports"], ["التجارة", "trade"], ["الأسواق", "markets"],
  ["العملة", "currency"], ["الدولار", "dollar"], ["البورصة", "stocks"], ["النمو", "growth"],
  ["الأزمة", "crisis"], ["الاحتجاجات", "protests"], ["المتظاهرين", "protesters"], ["المعارضة", "opposition"],
  ["الأحزاب", "parties"], ["الرئاسة", "presidency"], ["الدبلوماسية", "diplomacy"], ["السفارة", "embassy"],
  ["العقوبات", "sanctions"], ["الصواريخ", "missiles"], ["الطائرات", "aircraft"], ["السفن", "ships"],
  ["الموانئ", "ports"], ["الإنترنت", "internet"], ["التكنولوجيا", "technology"], ["الفساد", "corruption"],
  ["التحقيق", "investigation"], ["الصحفيين", "journalists"], ["الإعلام", "media"], ["الثقافة", "culture"],
  ["المتاحف", "museums"], ["الرياضة", "sports"], ["الملاعب", "stadiums"], ["اللقاح", "vaccine"],
  ["الوباء", "pandemic"], ["الأطباء", "doctors"], ["الأدوية", "medicines"], ["المرضى", "patients"],
  ["المستقبل", "future"], ["الخطة", "plan"], ["المشروع", "project"], ["البرنامج", "program"],
  ["المرحلة", "phase"], ["الأسبوع", "week"], ["الشهر", "month"], ["العاصمة", "capital"],
  ["المدينة", "city"], ["القرى", "villages"], ["المنطقة", "region"], ["الشمال", "north"],
  ["الجنوب", "south"], ["الشرق", "east"], ["الغرب", "west"], ["سوريا", "Syria"],
  ["العراق", "Iraq"], ["تركيا", "Turkey"], ["القوات", "forces"], ["المسؤولين", "officials"],
  ["العملية", "operation"], ["العسكرية", "military"], ["التهديد", "threat"], ["الهجوم", "attack"],
  ["جديدة", "new"], ["كبيرة", "major"], ["ضرورية", "necessary"], ["صعبة", "difficult"],
  ["عاجلة", "urgent"], ["مهمة", "important"], ["كافية", "sufficient"], ["واضحة", "clear"],
  ["زيادة", "increase"], ["خفض", "reduce"], ["دعم", "support"], ["تحسين", "improve"],
  ["حماية", "protect"], ["بناء", "build"], ["إطلاق", "launch"], ["إنهاء", "end"],
];

/** Function words that give sentences their texture (both engines treat most as stopwords). */
export const ARABIC_FUNCTION_WORDS = ["في", "من", "على", "إلى", "عن", "مع", "أن", "التي", "الذي", "هذا", "هذه", "بعد", "قبل", "خلال", "كل", "بين", "حتى", "لكن", "كما", "قد"];
export const ENGLISH_FUNCTION_WORDS = ["the", "of", "to", "in", "and", "that", "a", "for", "on", "with", "is", "will", "has", "by", "from", "this", "are", "be", "not", "more"];

/** [English, Arabic] */
export const FIRST_NAMES: [string, string][] = [
  ["Ahmed", "أحمد"], ["Mohammed", "محمد"], ["Ali", "علي"], ["Omar", "عمر"], ["Khaled", "خالد"],
  ["Youssef", "يوسف"], ["Ibrahim", "إبراهيم"], ["Hassan", "حسن"], ["Hussein", "حسين"], ["Mahmoud", "محمود"],
  ["Mustafa", "مصطفى"], ["Tariq", "طارق"], ["Samir", "سمير"], ["Nabil", "نبيل"], ["Karim", "كريم"],
  ["Walid", "وليد"], ["Faisal", "فيصل"], ["Saeed", "سعيد"], ["Adel", "عادل"], ["Hani", "هاني"],
  ["Ziad", "زياد"], ["Rami", "رامي"], ["Sami", "سامي"], ["Fatima", "فاطمة"], ["Aisha", "عائشة"],
  ["Mariam", "مريم"], ["Layla", "ليلى"], ["Nour", "نور"], ["Huda", "هدى"], ["Salma", "سلمى"],
  ["Rania", "رانيا"], ["Dina", "دينا"], ["Hala", "هالة"], ["Yasmin", "ياسمين"], ["Amal", "أمل"],
  ["Sarah", "سارة"], ["John", "جون"], ["Michael", "مايكل"], ["David", "ديفيد"], ["Robert", "روبرت"],
  ["William", "وليام"], ["Richard", "ريتشارد"], ["Thomas", "توماس"], ["Mark", "مارك"], ["Peter", "بيتر"],
  ["Paul", "بول"], ["Daniel", "دانيال"], ["Anna", "آنا"], ["Maria", "ماريا"], ["Elena", "إيلينا"],
  ["Laura", "لورا"], ["Emma", "إيما"], ["Claire", "كلير"], ["Olivier", "أوليفييه"], ["Pierre", "بيير"],
  ["Hans", "هانس"], ["Sergei", "سيرغي"], ["Dmitry", "دميتري"], ["Kenji", "كينجي"], ["Ravi", "رافي"],
  ["Jamal", "جمال"], ["Bassam", "بسام"],
];

/** [English, Arabic] */
export const LAST_NAMES: [string, string][] = [
  ["Haddad", "حداد"], ["Khoury", "خوري"], ["Mansour", "منصور"], ["Nasser", "ناصر"], ["Saleh", "صالح"],
  ["Hamdan", "حمدان"], ["Qasim", "قاسم"], ["Rahman", "رحمن"], ["Aziz", "عزيز"], ["Jaber", "جابر"],
  ["Zaki", "زكي"], ["Sharif", "شريف"], ["Farouk", "فاروق"], ["Othman", "عثمان"], ["Bakr", "بكر"],
  ["Darwish", "درويش"], ["Habib", "حبيب"], ["Karam", "كرم"], ["Taha", "طه"], ["Shami", "شامي"],
  ["Masri", "مصري"], ["Tamimi", "تميمي"], ["Amin", "أمين"], ["Fahmy", "فهمي"], ["Sabri", "صبري"],
  ["Ghanem", "غانم"], ["Suleiman", "سليمان"], ["Abbas", "عباس"], ["Yassin", "ياسين"], ["Najjar", "نجار"],
  ["Hakim", "حكيم"], ["Rashid", "راشد"], ["Badawi", "بدوي"], ["Maalouf", "معلوف"], ["Barakat", "بركات"],
  ["Salameh", "سلامة"], ["Kanaan", "كنعان"], ["Obeid", "عبيد"], ["Zayed", "زايد"], ["Hijazi", "حجازي"],
  ["Smith", "سميث"], ["Johnson", "جونسون"], ["Brown", "براون"], ["Miller", "ميلر"], ["Wilson", "ويلسون"],
  ["Anderson", "أندرسون"], ["Clark", "كلارك"], ["Walker", "ووكر"], ["Wright", "رايت"], ["Baker", "بيكر"],
  ["Turner", "تيرنر"], ["Morgan", "مورغان"], ["Cooper", "كوبر"], ["Fischer", "فيشر"], ["Weber", "فيبر"],
  ["Dubois", "دوبوا"], ["Moreau", "مورو"], ["Rossi", "روسي"], ["Ivanov", "إيفانوف"], ["Petrov", "بتروف"],
  ["Tanaka", "تاناكا"], ["Kim", "كيم"], ["Singh", "سينغ"], ["Lopez", "لوبيز"], ["Garcia", "غارسيا"],
  ["Silva", "سيلفا"], ["Novak", "نوفاك"], ["Larsen", "لارسن"], ["Costa", "كوستا"], ["Keller", "كيلر"],
];

/** [English, Arabic] */
export const POSITIONS: [string, string][] = [
  ["Foreign Minister", "وزير الخارجية"], ["Interior Minister", "وزير الداخلية"], ["Health Minister", "وزير الصحة"],
  ["Finance Minister", "وزير المالية"], ["Economy Minister", "وزير الاقتصاد"], ["Prime Minister", "رئيس الوزراء"],
  ["Defense Ministry spokesperson", "المتحدث باسم وزارة الدفاع"], ["Central Bank governor", "محافظ البنك المركزي"],
  ["mayor of the capital", "رئيس بلدية العاصمة"], ["opposition leader", "زعيم المعارضة"],
  ["army spokesperson", "المتحدث باسم الجيش"], ["UN envoy", "مبعوث الأمم المتحدة"], ["economist", "الخبير الاقتصادي"],
  ["professor of political science", "أستاذ العلوم السياسية"], ["union leader", "رئيس النقابة"], ["ambassador", "السفير"],
];

/** [English, Arabic] */
export const COUNTRIES: [string, string][] = [
  ["Egypt", "مصر"], ["Jordan", "الأردن"], ["Lebanon", "لبنان"], ["Morocco", "المغرب"], ["Tunisia", "تونس"],
  ["Algeria", "الجزائر"], ["Libya", "ليبيا"], ["Sudan", "السودان"], ["Yemen", "اليمن"], ["Qatar", "قطر"],
  ["Kuwait", "الكويت"], ["Bahrain", "البحرين"], ["Saudi Arabia", "السعودية"], ["the UAE", "الإمارات"],
  ["France", "فرنسا"], ["Germany", "ألمانيا"], ["Italy", "إيطاليا"], ["Spain", "إسبانيا"], ["Japan", "اليابان"],
  ["India", "الهند"], ["Brazil", "البرازيل"], ["Canada", "كندا"],
];

/** Reporting verbs as articles write them: [Arabic, English]. */
export const VERBS: [string, string][] = [
  ["قال", "said"], ["أضاف", "added"], ["أكد", "stressed"], ["حذر", "warned"], ["أوضح", "noted"], ["أشار", "told reporters"],
];
