// Who an English epithet ("the Belgian coach", "The Hearts defender") refers to when the article introduced a person
// with its noun: "National team coach Tom Berger", "defender Kofi Mensah", "Tom Berger, the national coach,".

/** A run of two to four capitalized name words. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
/** What may open the description after a name in apposition: a determiner or an owner. */
const OPENER = String.raw`(?:the|a|an|his|her|their|\p{Lu}\p{L}+['’]s)`;

/** The people the text before `pos` introduces with the noun `head`, one per family name (the last name word), in
 *  the order of their latest introduction. `segments` are the article's lines with their offsets. */
export function introducedWithNoun(segments: { text: string; base: number }[], head: string, pos: number): { surface: string; pos: number }[] {
  if (!/^[a-z][a-z-]{2,}$/.test(head)) return [];
  const noun = `[${head[0]}${head[0].toUpperCase()}]${head.slice(1)}`;
  const before = new RegExp(String.raw`(?<![\p{L}-])${noun}\s+(${NAME})`, "gu");
  const after = new RegExp(String.raw`(?<![\p{L}'’-])(${NAME}),\s+${OPENER}\s+(?:[\p{L}-]+\s+){0,3}?${noun}(?![\p{L}-])`, "gu");
  const byFamily = new Map<string, { surface: string; pos: number }>();
  for (const s of segments) {
    if (s.base >= pos) break;
    const text = s.text.slice(0, pos - s.base);
    for (const re of [before, after]) {
      for (const m of text.matchAll(re)) {
        const at = s.base + m.index! + m[0].indexOf(m[1]);
        const family = m[1].split(/\s+/).pop()!;
        const known = byFamily.get(family);
        if (!known || known.pos < at) byFamily.set(family, { surface: m[1], pos: at });
      }
    }
  }
  return [...byFamily.values()].sort((a, b) => a.pos - b.pos);
}
