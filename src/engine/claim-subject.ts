// Whom a claim is about. "who said the Kurds will attack Ankara?" claims something of the Kurds; a
// statement that opens with Turkey ("Turkey will launch an operation in an area the Kurds hold") says
// something of Turkey, however many of the question's words it shares. Likewise "who said Turkey will
// withdraw from Syria?" is not answered by "the withdrawal of all American troops from Syria": the
// statement never names Turkey, and the first country it names is one the question does not.
import { concepts, normalize, tokenize, wordKeys } from "../normalize/index.js";

/** Only the start of a text is read: the subject of a claim opens it. */
const MAX_SCANNED = 400;
/** Words before a subject that are not it: an article, "that", إن/أن. */
const LEADS = new Set(["the", "that", "ان", "انه", "بان", "بانه", "انو"]);

/** A place or group a text's words name (its key, =turkey), in order, and whether the text opens with it. */
export interface Actors {
  first: { key: string; opens: boolean } | null;
  keys: Set<string>;
}

export function actorsOf(text: string): Actors {
  const words = tokenize(normalize(text.slice(0, MAX_SCANNED)));
  let start = 0;
  while (start < words.length && LEADS.has(words[start])) start++;
  let first: Actors["first"] = null;
  const keys = new Set<string>();
  for (let i = start; i < words.length; i++) {
    const key = wordKeys(words[i]).find((k) => k.startsWith("="));
    if (!key) continue;
    keys.add(key);
    first ??= { key, opens: i === start };
  }
  return { first, keys };
}

let places: Set<string> | null = null;
/** The keys of the countries and cities of data/concepts.txt ([place]): =turkey, =us. */
function placeKeys(): Set<string> {
  if (places) return places;
  places = new Set();
  for (const c of concepts().concepts) {
    if (!c.tags.includes("place")) continue;
    for (const m of c.members) for (const keys of m.words) for (const k of keys) if (k.startsWith("=")) places.add(k);
  }
  return places;
}

/**
 * The claim `topic` (what a who-said question says was said) opens with a place or group, and the
 * statement says something of another: it opens with another, or never names the claim's and first
 * names another country the question does not. A group's fighters are often named by another word
 * (مقاتلي التنظيم for ISIS fighters) where the countries they are in are named: a group is not read so.
 */
export function claimsOfAnother(topic: string, statement: string): boolean {
  const claim = actorsOf(topic);
  if (!claim.first?.opens) return false;
  const statementActors = actorsOf(statement);
  const said = statementActors.first;
  if (!said || said.key === claim.first.key) return false;
  if (said.opens) return true;
  const bothPlaces = placeKeys().has(said.key) && placeKeys().has(claim.first.key);
  return bothPlaces && !statementActors.keys.has(claim.first.key) && !claim.keys.has(said.key);
}
