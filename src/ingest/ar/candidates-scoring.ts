// Arabic scoring stage: the speaker of each attribution as a scored choice among the article's candidate speakers.
// The rule stages (cues → content → source candidates → coreference → name guard) propose one speaker; here every
// speaker the article has is a candidate, described by features (is it the rules' pick and by what kind of cue and
// mention, how near before the content the text names it, how recently it spoke, what kind of source it is), and a
// logistic model with weights learned from annotated real articles (data/weights-ar.json, `npm run train:ingest-ar`)
// gives each a probability. The attribution keeps its speaker only when the rules' pick is also the best-scored
// candidate; its confidence is that probability, and below the learned margin the quote is kept without a speaker.
import { hasArabic } from "../../normalize/arabic.js";
import type { SpeakerRecord } from "../../corpus/schema.js";
import WEIGHTS_AR from "../data/weights-ar.json" with { type: "json" };
import { Occurrences } from "../occurrences.js";
import { normAr } from "../text.js";
import type { Attribution } from "../types.js";
import { arabicCue } from "./cue-features.js";
import { corefFeature, mentionsFeature, nameShape, nestedFeature } from "./shape-features.js";

export interface ArabicWeights {
  /** Below this probability a quote is kept without a speaker. */
  margin: number;
  bias: number;
  weights: Record<string, number>;
}

export const ARABIC_WEIGHTS = WEIGHTS_AR as unknown as ArabicWeights;

/** The words by which the text may name a candidate: its Arabic name, its aliases in Arabic script, its last word. */
function formsOf(s: SpeakerRecord, scene: Scene): string[] {
  const known = scene.forms.get(s);
  if (known) return known;
  const ar = [s.nameAr ?? "", ...s.aliases].filter((x) => hasArabic(x)).map((x) => x.trim()).filter((x) => x.length >= 3);
  const last = (s.nameAr ?? "").trim().split(/\s+/).pop() ?? "";
  if (last.length >= 3 && s.kind === "person") ar.push(last);
  const out = [...new Set(ar.map(normAr))];
  scene.forms.set(s, out);
  return out;
}

export interface Scene {
  /** The article text, normalized (diacritics and tatweel dropped, letters folded). */
  normText: string;
  /** Offset in normText of each line's first character. */
  lineStarts: number[];
  /** Offset in normText of each offset of the original text. */
  toNorm: Int32Array;
  /** Offset in the original text of each line's first character. */
  originalStarts: number[];
  /** Where each form occurs in normText. */
  occurrences: Occurrences;
  /** Each candidate's forms, found once per article. */
  forms: Map<SpeakerRecord, string[]>;
}

const originalLineStart = (scene: Scene, line: number) => scene.originalStarts[line - 1] ?? 0;

export function sceneOf(fullText: string): Scene {
  const toNorm = new Int32Array(fullText.length + 1);
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < fullText.length; i++) {
    toNorm[i] = at;
    const c = normAr(fullText[i]);
    parts.push(c);
    at += c.length;
  }
  toNorm[fullText.length] = at;
  const originalStarts = [0];
  for (let i = 0; i < fullText.length; i++) if (fullText[i] === "\n") originalStarts.push(i + 1);
  const normText = parts.join("");
  return { normText, lineStarts: originalStarts.map((x) => toNorm[x]), toNorm, originalStarts, occurrences: new Occurrences(normText), forms: new Map() };
}

/** Features of one candidate speaker for attribution `i`. `chosen`: the rule stages' pick. `recent`: speaker ids of the
 *  attributions before, latest first (distinct). */
export function candidateFeatures(a: Attribution, candidate: SpeakerRecord, chosen: boolean, recent: string[], scene: Scene): string[] {
  const f: string[] = [`kind:${candidate.kind}`];
  if (chosen) f.push("chosen", `chosen&cue:${arabicCue(a.verb).cue}`, `chosen&mention:${a.mention.kind}`, `chosen&type:${a.type}`);
  if (chosen && a.sameAs) f.push("chosen&same-as");
  const place = placeOf(a, scene);
  if (chosen) f.push(...chosenShape(a, candidate, place, scene));
  const { before, inLine } = namedNear(candidate, place, scene);
  f.push(NAMED_BEFORE[before]);
  if (inLine) f.push("named-in-line");
  const rank = recent.indexOf(candidate.id);
  f.push(RECENT[rank < 0 ? 3 : Math.min(rank, 2)]);
  return f;
}

/** The rules' pick's own features: its name's shape, how often the article names it, how far back a title or pronoun
 *  reaches for it, and whether the content reports someone's words itself. */
function chosenShape(a: Attribution, candidate: SpeakerRecord, place: Place, scene: Scene): string[] {
  const forms = formsOf(candidate, scene);
  const f = [...nameShape(candidate), mentionsFeature(Math.max(0, ...forms.map((x) => scene.occurrences.startsOf(x).length)))];
  const last = Math.max(-1, ...forms.map((x) => scene.occurrences.lastAtOrBefore(x, place.contentAt)));
  const coref = corefFeature(a, last < 0 ? -1 : lineAt(scene, last));
  if (coref) f.push(coref);
  const nested = nestedFeature(a);
  if (nested) f.push(nested);
  return f;
}

/** The 1-based line of an offset in normText. */
function lineAt(scene: Scene, at: number): number {
  let lo = 0;
  for (let hi = scene.lineStarts.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (scene.lineStarts[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The named-before features, by bucket (never, then the edges in order, then beyond the last). */
const NAMED_NEAR = 600;
const NAMED_BEFORE = ["named-before:never", ...[60, 200, NAMED_NEAR].map((e) => `named-before:<=${e}`), `named-before:>${NAMED_NEAR}`];
/** The recent features, by rank (0, 1, 2 and above), then never. */
const RECENT = ["recent:0", "recent:1", "recent:2", "recent:never"];

interface Place {
  /** Where the content starts in normText, and its line's bounds. */
  contentAt: number;
  lineStart: number;
  lineEnd: number;
}

function placeOf(a: Attribution, scene: Scene): Place {
  return {
    contentAt: scene.toNorm[Math.min(scene.toNorm.length - 1, originalLineStart(scene, a.paragraph) + a.start)],
    lineStart: scene.lineStarts[a.paragraph - 1] ?? 0,
    lineEnd: scene.lineStarts[a.paragraph] ?? scene.normText.length,
  };
}

/** How near before the content the text last names the candidate (an index into NAMED_BEFORE), and whether its line names it. */
function namedNear(candidate: SpeakerRecord, place: Place, scene: Scene): { before: number; inLine: boolean } {
  let nearest = -1;
  let inLine = false;
  for (const form of formsOf(candidate, scene)) {
    const at = scene.occurrences.lastAtOrBefore(form, place.contentAt);
    if (at > nearest) nearest = at;
    const inThisLine = scene.occurrences.firstAtOrAfter(form, place.lineStart);
    if (inThisLine >= 0 && inThisLine < place.lineEnd) inLine = true;
  }
  if (nearest < 0) return { before: 0, inLine };
  const distance = place.contentAt - nearest;
  return { before: distance <= 60 ? 1 : distance <= 200 ? 2 : distance <= NAMED_NEAR ? 3 : 4, inLine };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(features: string[], w: ArabicWeights = ARABIC_WEIGHTS): number {
  const z = features.reduce((s, f) => s + (w.weights[f] ?? 0), w.bias);
  return 1 / (1 + Math.exp(-z));
}

export interface ScoredChoice {
  /** The speaker kept (null: the rules' pick was not the best-scored candidate, or scored below the margin). */
  speaker: string | null;
  confidence: number;
  /** The chosen speaker's features (for training and inspection). */
  features: string[];
}

/** Every attribution's candidates, with features: what training labels and what `chooseSpeakers` scores. */
export function candidatesOf(found: Attribution[], speakerOf: (string | null)[], speakers: SpeakerRecord[], fullText: string): { id: string; features: string[] }[][] {
  const scene = sceneOf(fullText);
  const recent: string[] = [];
  return found.map((a, i) => {
    const out = speakerOf[i] ? speakers.map((s) => ({ id: s.id, features: candidateFeatures(a, s, s.id === speakerOf[i], recent, scene) })) : [];
    const id = speakerOf[i];
    if (id) {
      const at = recent.indexOf(id);
      if (at >= 0) recent.splice(at, 1);
      recent.unshift(id);
    }
    return out;
  });
}

/** The speakers of the attributions so far, latest first (distinct), with a set of all of them. */
class Recent {
  readonly order: string[] = [];
  private readonly ever = new Set<string>();
  /** 0 and 1 for the latest two, 2 for any earlier, 3 for never (the index of its RECENT feature). */
  rank(id: string): number {
    return id === this.order[0] ? 0 : id === this.order[1] ? 1 : this.ever.has(id) ? 2 : 3;
  }
  spoke(id: string): void {
    const at = this.order.indexOf(id);
    if (at >= 0) this.order.splice(at, 1);
    this.order.unshift(id);
    this.ever.add(id);
  }
}

/**
 * The scored choice for each attribution. `margin` overrides the learned one (training passes 0). Every
 * speaker is a candidate: the others are scored as probability() scores their candidateFeatures, from
 * weights looked up once, without building their features (attributions × speakers feature lists were most
 * of an ingest of many people).
 */
export function chooseSpeakers(found: Attribution[], speakerOf: (string | null)[], speakers: SpeakerRecord[], fullText: string, margin?: number, w: ArabicWeights = ARABIC_WEIGHTS): ScoredChoice[] {
  const learned = Object.keys(w.weights).length > 0;
  const scene = sceneOf(fullText);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const weight = (f: string) => w.weights[f] ?? 0;
  const kindWeight = new Map<string, number>();
  const namedBefore = NAMED_BEFORE.map(weight);
  const recentWeight = RECENT.map(weight);
  const inLineWeight = weight("named-in-line");
  const recent = new Recent();
  // Every candidate's forms found in one pass, and where the text names each candidate, in text order.
  scene.occurrences.prime(speakers.flatMap((s) => formsOf(s, scene)));
  const namings = speakers
    .flatMap((s, k) => formsOf(s, scene).flatMap((form) => scene.occurrences.startsOf(form).map((at) => ({ at, k }))))
    .sort((x, y) => x.at - y.at);
  const namingsFrom = (pos: number) => {
    let lo = 0;
    for (let hi = namings.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (namings[mid].at < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The candidates named within NAMED_NEAR before the content or in its line: the only ones whose nearness
   *  features differ from never or far. */
  const namedAround = (place: Place): SpeakerRecord[] => {
    const from = Math.min(place.contentAt - NAMED_NEAR, place.lineStart);
    const to = Math.max(place.contentAt, place.lineEnd - 1);
    const near = new Set<number>();
    for (let i = namingsFrom(from); i < namings.length && namings[i].at <= to; i++) near.add(namings[i].k);
    return [...near].sort((x, y) => x - y).map((k) => speakers[k]);
  };
  // The highest score a candidate named neither near the content nor in its line can reach.
  const farBound = w.bias + speakers.reduce((m, s) => Math.max(m, weight(`kind:${s.kind}`)), -Infinity) + Math.max(namedBefore[0], namedBefore[NAMED_BEFORE.length - 1]) + Math.max(...recentWeight);
  return found.map((a, i) => {
    const pick = speakerOf[i];
    const chosen = pick ? byId.get(pick) : undefined;
    let choice: ScoredChoice;
    if (!pick || !chosen) choice = { speaker: null, confidence: 0, features: [] };
    else {
      const features = candidateFeatures(a, chosen, true, recent.order, scene);
      if (!learned) choice = { speaker: pick, confidence: 0.8, features };
      else {
        const p = probability(features, w);
        const place = placeOf(a, scene);
        const threshold = margin ?? w.margin;
        // Below the margin nobody is named whatever the others score; above it, only a candidate the text
        // names near the content or in its line can outscore the pick when even the best far one cannot.
        const others = p < threshold ? [] : sigmoid(farBound) <= p ? namedAround(place) : speakers;
        let best = 0;
        for (const s of others) {
          if (s.id === pick) continue;
          const near = namedNear(s, place, scene);
          let kind = kindWeight.get(s.kind);
          if (kind === undefined) kindWeight.set(s.kind, (kind = weight(`kind:${s.kind}`)));
          // Summed in the order of the features, so that the sum is the very number probability() gives.
          let z = w.bias + kind + namedBefore[near.before];
          if (near.inLine) z += inLineWeight;
          z += recentWeight[recent.rank(s.id)];
          best = Math.max(best, sigmoid(z));
        }
        // Another candidate scores higher than the rules' pick: the choice is in doubt, so nobody is named.
        const kept = p >= best && p >= (margin ?? w.margin);
        choice = { speaker: kept ? pick : null, confidence: p, features };
      }
    }
    if (pick) recent.spoke(pick);
    return choice;
  });
}
