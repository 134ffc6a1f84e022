/** Questions longer than this are refused with a clear message rather than searched. */
export const MAX_QUESTION_LENGTH = 500;
/** At most this many answers per question. */
export const MAX_ANSWERS = 5;
