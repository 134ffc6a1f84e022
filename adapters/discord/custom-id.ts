// What a button carries in its custom_id, within Discord's 100 characters. Nothing is kept in memory:
// a page or pick button names the records of its list (or the speaker whose quotes it pages), its page,
// and who asked, so a button pressed after a restart works as it did before, and only the asker turns
// the pages of their answer.
import { RECORD_REF_LENGTH, recordRef, type AnswerItem, type Lang, type Verdict } from "../../src/index.js";

export const CUSTOM_ID_LIMIT = 100;

/** An answer holds at most 5 items (Answer.answers): all of them fit in a page button. */
export const MAX_CARRIED_ITEMS = 5;

/** One item of an answer as a button carries it: its record reference and its score. */
export interface CarriedItem {
  ref: string;
  /** The score the engine gave it for the question, to thousandths (the record alone has none). */
  score: number;
}

/** Where the pages of a list come from when a button turns them. */
export type ListSource =
  /** An answer to a question: its items travel in the button. */
  | { kind: "answer"; items: CarriedItem[]; total?: number }
  /** Everything one speaker said: the list is the speaker's quotes (speaker: recordRef of the id). */
  | { kind: "speaker"; speaker: string };

/** A list shown one item per page, as its page buttons describe it. */
export interface PagedList {
  lang: Lang;
  /** The user id of who asked: only they turn the pages or pick a suggestion. */
  asker?: string;
  source: ListSource;
}

export type ButtonAction =
  | { action: "page"; list: PagedList; index: number }
  | { action: "pick"; lang: Lang; asker?: string; item: CarriedItem }
  | { action: "ctx"; ref: string; lang: Lang }
  | { action: "cite"; ref: string }
  | { action: "fb"; verdict: Verdict; ref: string; lang: Lang };

/** Verdicts as one letter. */
const VERDICT_CODES: Record<Verdict, string> = { helpful: "h", unhelpful: "u", wrong_attribution: "w" };
const VERDICT_OF: Record<string, Verdict> = { h: "helpful", u: "unhelpful", w: "wrong_attribution" };

/** A score as two base-36 digits of thousandths, rounded down so that its confidence level never rises. */
const SCORE_LENGTH = 2;
function encodeScore(score: number): string {
  const thousandths = Math.floor(Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0)) * 1000);
  return thousandths.toString(36).padStart(SCORE_LENGTH, "0");
}

export function carried(item: AnswerItem): CarriedItem {
  return { ref: recordRef(item.id), score: Number.parseInt(encodeScore(item.score), 36) / 1000 };
}

/** A Discord user id (a snowflake, up to 20 digits) in base 36: at most 13 characters. */
function encodeUser(id: string | undefined): string {
  return id && /^\d{1,20}$/.test(id) ? BigInt(id).toString(36) : "";
}

function decodeUser(text: string): string | undefined {
  if (!text) return undefined;
  let n = 0n;
  for (const c of text) n = n * 36n + BigInt(Number.parseInt(c, 36));
  return n.toString();
}

function encodeItems(items: CarriedItem[]): string {
  return items.map((i) => `${i.ref}${encodeScore(i.score)}`).join("");
}

const ITEM_LENGTH = RECORD_REF_LENGTH + SCORE_LENGTH;
function decodeItems(text: string): CarriedItem[] {
  const items: CarriedItem[] = [];
  for (let at = 0; at < text.length; at += ITEM_LENGTH) {
    items.push({ ref: text.slice(at, at + RECORD_REF_LENGTH), score: Number.parseInt(text.slice(at + RECORD_REF_LENGTH, at + ITEM_LENGTH), 36) / 1000 });
  }
  return items;
}

export const CUSTOM_ID = {
  page(list: PagedList, index: number): string {
    const head = `${list.lang}:${encodeUser(list.asker)}:${index}`;
    const { source } = list;
    return source.kind === "speaker"
      ? `qb:ps:${head}:${source.speaker}`
      : `qb:pa:${head}:${source.total ? source.total.toString(36) : ""}:${encodeItems(source.items.slice(0, MAX_CARRIED_ITEMS))}`;
  },
  pick: (lang: Lang, asker: string | undefined, item: CarriedItem) => `qb:pk:${lang}:${encodeUser(asker)}:${encodeItems([item])}`,
  context: (ref: string, lang: Lang = "en") => `qb:ctx:${lang}:${ref}`,
  cite: (ref: string) => `qb:cite:${ref}`,
  feedback: (verdict: Verdict, ref: string, lang: Lang = "en") => `qb:fb:${VERDICT_CODES[verdict]}:${lang}:${ref}`,
};

const REF = `[A-Za-z0-9_-]{${RECORD_REF_LENGTH}}`;
const ITEM = `${REF}[0-9a-z]{${SCORE_LENGTH}}`;
const USER = "[0-9a-z]{0,13}";
const CUSTOM_ID_FORMS = {
  answerPage: new RegExp(`^qb:pa:(ar|en):(${USER}):(\\d{1,2}):([0-9a-z]{0,6}):((?:${ITEM}){1,${MAX_CARRIED_ITEMS}})$`),
  speakerPage: new RegExp(`^qb:ps:(ar|en):(${USER}):(\\d{1,4}):(${REF})$`),
  pick: new RegExp(`^qb:pk:(ar|en):(${USER}):(${ITEM})$`),
  ctx: new RegExp(`^qb:ctx:(ar|en):(${REF})$`),
  cite: new RegExp(`^qb:cite:(${REF})$`),
  // Buttons made before their state moved into the custom_id end with a key of a list now forgotten.
  fb: new RegExp(`^qb:fb:([huw]):(ar|en):(${REF})(?::[A-Za-z0-9_-]{0,32})?$`),
};

/** The action a custom_id names; null for one this bot never made (or made by a version now gone). */
export function parseCustomId(id: string): ButtonAction | null {
  if (typeof id !== "string" || id.length > CUSTOM_ID_LIMIT) return null;
  let m = CUSTOM_ID_FORMS.answerPage.exec(id);
  if (m) {
    const items = decodeItems(m[5]);
    const index = Number(m[3]);
    if (index >= items.length) return null;
    const total = m[4] ? Number.parseInt(m[4], 36) : undefined;
    return { action: "page", index, list: { lang: m[1] as Lang, asker: decodeUser(m[2]), source: { kind: "answer", items, ...(total ? { total } : {}) } } };
  }
  if ((m = CUSTOM_ID_FORMS.speakerPage.exec(id))) {
    return { action: "page", index: Number(m[3]), list: { lang: m[1] as Lang, asker: decodeUser(m[2]), source: { kind: "speaker", speaker: m[4] } } };
  }
  if ((m = CUSTOM_ID_FORMS.pick.exec(id))) return { action: "pick", lang: m[1] as Lang, asker: decodeUser(m[2]), item: decodeItems(m[3])[0] };
  if ((m = CUSTOM_ID_FORMS.ctx.exec(id))) return { action: "ctx", lang: m[1] as Lang, ref: m[2] };
  if ((m = CUSTOM_ID_FORMS.cite.exec(id))) return { action: "cite", ref: m[1] };
  if ((m = CUSTOM_ID_FORMS.fb.exec(id))) return { action: "fb", verdict: VERDICT_OF[m[1]], lang: m[2] as Lang, ref: m[3] };
  return null;
}
