// Entries of data/concepts.txt and data/glossary.txt whose Arabic stems collide: two lines that share no
// English word (they mean different things) hold one-word Arabic members written differently (the
// article and a conjunction aside) that the stemmer folds onto one key, so a word of one links to the
// other (عملات "currencies" read as عمل "work"). See tests/core/stem-collisions.test.ts.
import { CONCEPTS_FILE, GLOSSARY_FILE, conceptLines, parseConceptLine } from "../../src/normalize/concepts.js";
import { contentTerms, normalize, wordKeys } from "../../src/normalize/index.js";

/** A word as written, without the article or a conjunction before it. */
const bareForm = (w: string) => w.replace(/^(?:و|ف)?(?:بال|لل|وال|ال|كال|فال)/, "").replace(/^(?:و|ف)(?=...)/, "");

/** Stem key → the Arabic members of unrelated lines that share it. */
export function stemCollisions(): Map<string, string[]> {
  const lines: { english: Set<string> }[] = [];
  const byKey = new Map<string, { line: number; word: string }[]>();
  for (const file of [CONCEPTS_FILE, GLOSSARY_FILE]) {
    for (const text of conceptLines(file)) {
      const parsed = parseConceptLine(text);
      if (!parsed?.ar.length) continue;
      const line = lines.push({ english: new Set(parsed.en.flatMap((m) => contentTerms(m).flatMap((t) => t.keys))) }) - 1;
      for (const member of parsed.ar) {
        if (/\s/.test(member.trim())) continue;
        const word = normalize(member).trim();
        const key = wordKeys(word)[0];
        if (key) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push({ line, word });
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [key, list] of byKey) {
    const words = new Set<string>();
    for (const a of list) {
      for (const b of list) {
        if (a.line >= b.line || bareForm(a.word) === bareForm(b.word)) continue;
        if ([...lines[a.line].english].some((k) => lines[b.line].english.has(k))) continue;
        words.add(a.word).add(b.word);
      }
    }
    if (words.size) out.set(key, [...words].sort());
  }
  return out;
}
