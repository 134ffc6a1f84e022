// Whether a normalized text names a speaker, by one of its names (a name of two words or more, or one
// long word). Each speaker's names are normalized once, on first use, not at every record tested; and
// "does this text name any person" looks up the text's words among the names' first words instead of
// trying every speaker's names (a question with a name slot tested each of its records against every
// speaker of the corpus: 10,000 speakers × their names at 100,000 quotes, for each record).
import { normalize } from "../normalize/index.js";
import type { SpeakerInfo } from "../types.js";

/** A name shorter than this, as one word, names too many things. */
const MIN_NAME_LENGTH = 5;

export class SpeakerNames {
  private readonly normalized: (string[] | undefined)[] = [];
  private byId: Map<string, number> | undefined;
  /** Person speakers by the first word of their names (a one-word name is its own first word). */
  private personsByWord: Map<string, number[]> | undefined;

  constructor(private readonly speakers: readonly SpeakerInfo[]) {}

  /** Whether `text` (normalized, space-padded) names the speaker with this id. */
  names(text: string, id: string): boolean {
    const i = this.indexOf(id);
    return i >= 0 && this.namesOf(i).some((n) => text.includes(` ${n}`));
  }

  /**
   * Whether `text` (normalized, space-padded) names a person speaker that `other` (likewise) does not
   * name. A name is met at the start of a word of the text: a name of several words has its first
   * word there as written, a name of one word may begin a longer word ("obama" in "obamas").
   */
  namesPersonBeyond(text: string, other: string): boolean {
    const byWord = this.persons();
    const tried = new Set<number>();
    for (const word of text.split(" ")) {
      if (!word) continue;
      for (let length = Math.min(word.length, MIN_NAME_LENGTH); length <= word.length; length++) {
        for (const s of byWord.get(length === word.length ? word : word.slice(0, length)) ?? []) {
          if (tried.has(s)) continue;
          tried.add(s);
          const id = this.speakers[s].id;
          if (this.names(text, id) && !this.names(other, id)) return true;
        }
      }
    }
    return false;
  }

  /** The first speaker with this id (ids are unique in a view), or -1. */
  private indexOf(id: string): number {
    if (!this.byId) {
      this.byId = new Map();
      this.speakers.forEach((s, i) => {
        if (!this.byId!.has(s.id)) this.byId!.set(s.id, i);
      });
    }
    return this.byId.get(id) ?? -1;
  }

  private namesOf(i: number): string[] {
    let names = this.normalized[i];
    if (!names) {
      const s = this.speakers[i];
      names = [s.name, s.nameAr, ...s.aliases]
        .filter((n): n is string => !!n)
        .map((n) => normalize(n).replace(/^(?:the|ال) /, ""))
        .filter((n) => n.length >= MIN_NAME_LENGTH);
      this.normalized[i] = names;
    }
    return names;
  }

  private persons(): Map<string, number[]> {
    if (!this.personsByWord) {
      const byWord = new Map<string, number[]>();
      this.speakers.forEach((s, i) => {
        if (s.kind !== "person") return;
        const named = this.indexOf(s.id);
        for (const n of new Set(this.namesOf(named).map((n) => n.split(" ")[0]))) {
          const list = byWord.get(n);
          if (list) list.push(i);
          else byWord.set(n, [i]);
        }
      });
      this.personsByWord = byWord;
    }
    return this.personsByWord;
  }
}
