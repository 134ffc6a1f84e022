// The places a speaker speaks from without saying so: the places an article names most, for speakers
// whose name and role name no place ("وزير المالية" in an article about Egypt is Egypt's), or any place
// when their articles name none. An article's places are found on the first question that needs them;
// whether any article of the corpus is about a place needs every article's (a pass over every sentence:
// 18 s of CPU at 100,000 quotes, in the first question that asked it), so those are kept beside a
// snapshot once found (KeptPlaces) and read back at the next start, checked on a sample of articles.
import { concepts, placeCounts } from "../normalize/index.js";
import type { CorpusView, SearchRecord } from "./records.js";
import type { PlaceContext } from "./speakers.js";

/** A place counts as an article's own when it is named at least half as often as the most named one. */
const DOMINANT_PLACE_SHARE = 0.5;
/** Articles whose places are found again and compared before kept places are used. */
const PLACES_SAMPLE = 4;

/** Every article's places (concept ids of [place] concepts, ascending), in the order of `CorpusView.articles`. */
export type ArticlePlaceLists = number[][];

/**
 * Every article's places, kept between runs: `stored` (read beside the snapshot) is used when a sample of
 * articles agrees with it; `save` hears them once they are found afresh.
 */
export interface KeptPlaces {
  stored?: () => ArticlePlaceLists | null;
  save?: (places: ArticlePlaceLists) => void;
}

/** The places a text (an article's title and sentences) names most. */
function dominantIn(text: string): number[] {
  const counts = placeCounts(text);
  const most = Math.max(0, ...counts.values());
  return [...counts].filter(([, n]) => n >= most * DOMINANT_PLACE_SHARE).map(([c]) => c).sort((a, b) => a - b);
}

/** An article's own places, and the places its speakers speak from without saying so. */
export interface ArticlePlaces {
  /** The places an article names most (concept ids of [place] concepts). */
  dominant: (article: string) => ReadonlySet<number>;
  speaker: PlaceContext;
}

export function speakerPlaces(view: CorpusView, kept: KeptPlaces = {}): PlaceContext {
  return articlePlaces(view, kept).speaker;
}

export function articlePlaces(view: CorpusView, kept: KeptPlaces = {}): ArticlePlaces {
  let recordsOf: Map<string, SearchRecord[]> | undefined;
  const articleAt = new Map(view.articles.map((a, i) => [a.id, i]));
  /** Article i's places, found afresh. */
  const found = (i: number): number[] => {
    if (!recordsOf) {
      recordsOf = new Map();
      for (const r of view.records) {
        const list = recordsOf.get(r.article);
        if (list) list.push(r);
        else recordsOf.set(r.article, [r]);
      }
    }
    const a = view.articles[i];
    const sentences = new Set((recordsOf.get(a.id) ?? []).map((r) => r.context || r.text));
    return dominantIn([`${a.title} ${a.titleEn ?? ""}`, ...sentences].join("\n"));
  };
  /** Every place id a [place] concept: the only ids found lists hold. */
  const isPlace = (c: unknown) => Number.isInteger(c) && (c as number) >= 0 && (c as number) < concepts().concepts.length && concepts().concepts[c as number].tags.includes("place");
  const fitting = (lists: ArticlePlaceLists | null | undefined): lists is ArticlePlaceLists => {
    if (!Array.isArray(lists) || lists.length !== view.articles.length) return false;
    if (!lists.every((l) => Array.isArray(l) && l.every(isPlace))) return false;
    const step = Math.max(1, Math.floor(view.articles.length / PLACES_SAMPLE));
    for (let i = 0; i < view.articles.length; i += step) if (found(i).join(" ") !== lists[i].join(" ")) return false;
    return true;
  };
  // Kept places are read on first use; undefined until then, null when there are none that fit.
  let stored: ArticlePlaceLists | null | undefined;
  const ofArticle = new Map<number, Set<number>>();
  const dominant = (article: string): Set<number> => {
    const i = articleAt.get(article);
    if (i === undefined) return new Set();
    let places = ofArticle.get(i);
    if (!places) {
      if (stored === undefined) {
        const read = kept.stored?.();
        stored = fitting(read) ? read : null;
      }
      places = new Set(stored ? stored[i] : found(i));
      ofArticle.set(i, places);
    }
    return places;
  };
  const unplaced = new Map<number, boolean>();
  const namesNoPlace = (i: number): boolean => {
    let none = unplaced.get(i);
    if (none === undefined) {
      const s = view.speakers[i];
      none = placeCounts([s.name, s.nameAr, s.role, s.roleAr, ...s.aliases].filter(Boolean).join("\n")).size === 0;
      unplaced.set(i, none);
    }
    return none;
  };
  let placed: Set<number> | undefined;
  const placeHasArticle = (place: number): boolean => {
    if (!placed) {
      const lists = view.articles.map((a) => [...dominant(a.id)]);
      if (!stored) kept.save?.(lists);
      placed = new Set(lists.flat());
    }
    return placed.has(place);
  };
  const speaker: PlaceContext = (i, place) => {
    if (!namesNoPlace(i)) return null;
    const articles = view.speakers[i].articles;
    if (articles.some((a) => dominant(a).has(place))) return "article";
    if (!articles.every((a) => dominant(a).size === 0)) return null;
    // Nothing says where the speaker speaks from; but when an article of the corpus is about that place, its
    // people are there to be found: "the Jordanian prime minister" is not a prime minister of an article that names no country.
    return placeHasArticle(place) ? null : "unsaid";
  };
  return { dominant, speaker };
}
