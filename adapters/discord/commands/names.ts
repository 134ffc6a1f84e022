// The Arabic name of each slash command. Discord has no Arabic locale for command localizations, so
// each command is also registered under its Arabic name (Arabic letters pass Discord's name rule:
// 1–32 letters, digits, - or _, no capitals), with the same options and handler.
export const ARABIC_NAMES: Readonly<Record<string, string>> = {
  ask: "اسأل",
  whosaid: "من_قال",
  said: "ماذا_قال",
  speakers: "المتحدثون",
  source: "المصادر",
  help: "مساعدة",
};
