// The bot's words: the message catalogue and the choice of interface language.
export { CATALOGUE, bilingual, t, type MessageArgs, type MessageKey } from "./catalogue.js";
export { interfaceLanguage, isArabizi, type Lang } from "./language.js";
export { noMatchMessage } from "./no-match.js";
