// Words of Arabic written in Latin letters (Arabizi: Levantine, Gulf, Egyptian, Iraqi, Maghrebi) that are
// common in questions and are not English words: question words, "say", prepositions, connectives.
// Data for interfaceLanguage(); add spellings here, not branches in code.
export const ARABIZI_WORDS: readonly string[] = [
  // who / what / how much / why / where / how
  "meen", "min", "mnu", "minu", "mano", "menu", "chkoun", "shkoun", "chkon", "shu", "shou", "sho", "shoo",
  "shnu", "shno", "chnou", "chno", "eh", "eih", "eeh", "ayh", "wesh", "wech", "wach", "ach", "kam", "qadeh", "qaddesh",
  "leh", "lesh", "lish", "laysh", "3lash", "alash", "fein", "fen", "wein", "wen", "win", "feen", "keef", "kif", "kaif",
  "izzay", "ezzay", "ezay", "kifach",
  // said / told / spoke
  "2al", "2alo", "2alet", "2alu", "gal", "galaw", "galo", "galat", "qal", "qalu", "qalo", "qalet", "7aka", "7ki",
  "hadded", "sarra7", "salla7",
  // who (relative), that, of, on, about, with
  "elli", "illi", "yalli", "lli", "enno", "inno", "anno", "belli", "3an", "3ala", "3la", "3al", "ma3", "m3a", "mta3",
  "dyal", "diyal", "bta3", "wel", "wil", "fel", "fil", "bel", "bil", "lel", "lil", "mel",
  // everyday words
  "ya3ni", "lazem", "lazim", "lazm", "7ada", "sar", "lessa", "lissa", "ba2a", "kaman", "kaman", "kamen", "mesh",
  "mish", "msh", "mazal", "ba3d", "kollo", "kulluh", "hal2", "halla2", "daba", "bs", "bas",
];

/** English words that make a Latin question English even when a few Arabizi-looking words occur. */
export const ENGLISH_WORDS: readonly string[] = [
  "who", "what", "whom", "did", "does", "do", "said", "say", "says", "saying", "the", "of", "about", "is", "are", "was",
  "were", "how", "when", "where", "which", "why", "and", "to", "that", "according", "tell", "told", "quoted", "speakers",
  "threatened", "warned", "claimed", "a", "an", "in", "on", "for", "with", "it", "they", "he", "she",
];
