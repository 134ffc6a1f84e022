// The speaker directory: resolves how a person writes a speaker ("Salz", "سيلز", "the counterterrorism
// coordinator", "president erdogan") to speaker ids. fuse.js scores misspelled name words against the
// directory's words; a phrase resolves only when every one of its words matches the same speaker.
import Fuse from "fuse.js";
import { contentTerms, normalize } from "../normalize/index.js";
import type { SpeakerInfo } from "../types.js";

interface DirectoryWord {
  word: string;
  speaker: number;
  /** Words of names and aliases identify; words of roles only describe. */
  fromName: boolean;
}

export interface SpeakerMatch {
  speaker: SpeakerInfo;
  /** 0..1: how closely the phrase matched. */
  confidence: number;
  /** Whether a word of the speaker's name (not only the role) matched. */
  byName: boolean;
}

/** Words that only address a person and may be left unmatched ("Mr Sales", "السيد سالز"). */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "mister", "سيد", "سيده", "دكتور"]);

const FUSE_THRESHOLD = 0.3;
// Arabic words are built on three-letter roots: one changed letter in a short word is another word.
const MIN_FUZZY_LENGTH = { latin: 4, arabic: 5 };
const fuzzyLength = (k: string) => (/[\u0600-\u06FF]/.test(k) ? MIN_FUZZY_LENGTH.arabic : MIN_FUZZY_LENGTH.latin);

/** Each content word of a text, as its search keys (stems): "الرئيس" and "رئيس" meet, "Sales" and "sale" too. */
function words(text: string): string[][] {
  return contentTerms(text).map((t) => t.keys);
}

export class SpeakerDirectory {
  private readonly exact = new Map<string, number[]>();
  private readonly byWord = new Map<string, DirectoryWord[]>();
  private readonly fuse: Fuse<DirectoryWord>;
  private readonly searchable: { names: string[]; all: string }[];

  constructor(readonly speakers: SpeakerInfo[]) {
    const entries: DirectoryWord[] = [];
    const seen = new Set<string>();
    speakers.forEach((s, i) => {
      const names = [s.name, s.nameAr, ...s.aliases].filter((x): x is string => !!x);
      const roles = [s.role, s.roleAr].filter((x): x is string => !!x);
      for (const n of names) {
        const key = words(n).map((k) => k[0]).join(" ");
        if (key) this.exact.set(key, [...new Set([...(this.exact.get(key) ?? []), i])]);
      }
      for (const [texts, fromName] of [[names, true], [roles, false]] as const) {
        for (const t of texts) {
          for (const word of words(t).flat()) {
            const id = `${i}|${word}|${fromName}`;
            if (seen.has(id)) continue;
            seen.add(id);
            const e = { word, speaker: i, fromName };
            entries.push(e);
            this.byWord.set(word, [...(this.byWord.get(word) ?? []), e]);
          }
        }
      }
    });
    this.searchable = speakers.map((s) => {
      const names = [s.name, s.nameAr, ...s.aliases].filter((x): x is string => !!x).map(normalize);
      return { names, all: [...names, normalize(s.role ?? ""), normalize(s.roleAr ?? "")].join(" ") };
    });
    this.fuse = new Fuse(entries, { keys: ["word"], includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true });
  }

  /** Directory words that a word (given as its keys) may be a spelling of, with a 0..1 closeness. */
  private matches(keys: string[]): { entry: DirectoryWord; closeness: number }[] {
    const exact = keys.flatMap((k) => this.byWord.get(k) ?? []);
    if (exact.length) return exact.map((entry) => ({ entry, closeness: 1 }));
    return keys
      .filter((k) => k.length >= fuzzyLength(k))
      .flatMap((k) =>
        this.fuse
          .search(k)
          .filter((r) => r.item.word.length >= fuzzyLength(r.item.word) && Math.abs(r.item.word.length - k.length) <= 2)
          .map((r) => ({ entry: r.item, closeness: Math.min(1 - (r.score ?? 1), 0.9) })),
      );
  }

  /** The speakers a phrase names, best first; [] when it names nobody in the corpus. */
  resolve(phrase: string): SpeakerMatch[] {
    const ws = words(phrase);
    if (!ws.length) return [];
    const exact = this.exact.get(ws.map((k) => k[0]).join(" "));
    if (exact) return exact.map((i) => ({ speaker: this.speakers[i], confidence: 1, byName: true }));

    const perSpeaker = new Map<number, { total: number; matched: number; exact: number; byName: boolean }>();
    const needed = ws.filter((keys) => !keys.some((k) => HONORIFICS.has(k)));
    for (const w of needed) {
      const best = new Map<number, { closeness: number; fromName: boolean }>();
      for (const { entry, closeness } of this.matches(w)) {
        const prev = best.get(entry.speaker);
        if (!prev || closeness > prev.closeness || (closeness === prev.closeness && entry.fromName)) {
          best.set(entry.speaker, { closeness, fromName: entry.fromName });
        }
      }
      for (const [speaker, m] of best) {
        const acc = perSpeaker.get(speaker) ?? { total: 0, matched: 0, exact: 0, byName: false };
        acc.total += m.closeness;
        acc.matched += 1;
        if (m.closeness === 1) acc.exact += 1;
        acc.byName ||= m.fromName;
        perSpeaker.set(speaker, acc);
      }
    }
    const out: SpeakerMatch[] = [];
    for (const [i, acc] of perSpeaker) {
      if (acc.matched < needed.length) continue; // a word that fits nobody: "the Russian envoy" is not Jeffrey
      if (needed.length > 1 && acc.exact === 0) continue; // every word only looks like one: "سمير راغب" is not "السفير …"
      out.push({ speaker: this.speakers[i], confidence: acc.total / Math.max(needed.length, 1), byName: acc.byName });
    }
    out.sort((a, b) => Number(b.byName) - Number(a.byName) || b.confidence - a.confidence);
    // A match by name outranks matches by role alone ("Erdogan" never also means "the president").
    return out[0]?.byName ? out.filter((m) => m.byName && m.confidence >= out[0].confidence - 0.15) : out;
  }

  /** Speakers whose names, aliases or roles contain or fuzzily match `prefix`: for autocomplete. */
  suggest(prefix: string, limit = 25): SpeakerInfo[] {
    const q = normalize(prefix);
    const byCount = (a: SpeakerInfo, b: SpeakerInfo) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name);
    if (!q) return [...this.speakers].sort(byCount).slice(0, limit);
    const scored = this.speakers.map((s, i) => {
      const { names, all } = this.searchable[i];
      let score = 0;
      if (names.some((n) => n.startsWith(q))) score = 3;
      else if (names.some((n) => n.split(" ").some((w) => w.startsWith(q)))) score = 2;
      else if (all.includes(q)) score = 1;
      return { s, score };
    });
    const hits = scored.filter((x) => x.score > 0);
    if (!hits.length) return this.resolve(prefix).map((m) => m.speaker).slice(0, limit);
    return hits.sort((a, b) => b.score - a.score || byCount(a.s, b.s)).map((x) => x.s).slice(0, limit);
  }
}
