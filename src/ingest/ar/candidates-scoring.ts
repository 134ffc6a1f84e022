// Arabic scoring stage: the speaker of each attribution as a scored choice among the article's candidate speakers.
// The rule stages (cues → content → source candidates → coreference → name guard) propose one speaker; here every
// speaker the article has is a candidate, described by features (is it the rules' pick and by what kind of cue and
// mention, how near before the content the text names it, how recently it spoke, what kind of source it is), and a
// logistic model with weights learned from annotated real articles (data/weights-ar.json, `npm run train:ingest-ar`)
// gives each a probability. The attribution keeps its speaker only when the rules' pick is also the best-scored
// candidate; its confidence is that probability, and below the learned margin the quote is kept without a speaker.
import type { SpeakerRecord } from "../../corpus/schema.js";
import WEIGHTS_AR from "../data/weights-ar.json" with { type: "json" };
import { Occurrences } from "../occurrences.js";
import { normAr } from "../text.js";
import type { Attribution } from "../types.js";
import { arabicCue } from "./cue-features.js";

export interface ArabicWeights {
  /** Below this probability a quote is kept without a speaker. */
  margin: number;
  bias: number;
  weights: Record<string, number>;
}

export const ARABIC_WEIGHTS = WEIGHTS_AR as unknown as ArabicWeights;

const bucket = (n: number, edges: number[], name: string) => {
  const at = edges.findIndex((e) => n <= e);
  return `${name}:${at < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[at]}`}`;
};

/** The words by which the text may name a candidate: its Arabic name, its aliases in Arabic script, its last word. */
function formsOf(s: SpeakerRecord, scene: Scene): string[] {
  const known = scene.forms.get(s);
  if (known) return known;
  const ar = [s.nameAr ?? "", ...s.aliases].filter((x) => /[\u0600-\u06FF]/.test(x)).map((x) => x.trim()).filter((x) => x.length >= 3);
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
  const lineStart = scene.lineStarts[a.paragraph - 1] ?? 0;
  const contentAt = scene.toNorm[Math.min(scene.toNorm.length - 1, originalLineStart(scene, a.paragraph) + a.start)];
  const lineEnd = scene.lineStarts[a.paragraph] ?? scene.normText.length;
  // How near before the content the text last names the candidate (in the same line, or lines before).
  let nearest = -1;
  let inLine = false;
  for (const form of formsOf(candidate, scene)) {
    const at = scene.occurrences.lastAtOrBefore(form, contentAt);
    if (at > nearest) nearest = at;
    const inThisLine = scene.occurrences.firstAtOrAfter(form, lineStart);
    if (inThisLine >= 0 && inThisLine < lineEnd) inLine = true;
  }
  f.push(nearest < 0 ? "named-before:never" : bucket(contentAt - nearest, [60, 200, 600], "named-before"));
  if (inLine) f.push("named-in-line");
  const rank = recent.indexOf(candidate.id);
  f.push(rank < 0 ? "recent:never" : `recent:${Math.min(rank, 2)}`);
  return f;
}

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

/** The scored choice for each attribution. `margin` overrides the learned one (training passes 0). */
export function chooseSpeakers(found: Attribution[], speakerOf: (string | null)[], speakers: SpeakerRecord[], fullText: string, margin?: number, w: ArabicWeights = ARABIC_WEIGHTS): ScoredChoice[] {
  const learned = Object.keys(w.weights).length > 0;
  return candidatesOf(found, speakerOf, speakers, fullText).map((cands, i) => {
    const pick = speakerOf[i];
    const mine = cands.find((c) => c.id === pick);
    if (!pick || !mine) return { speaker: null, confidence: 0, features: [] };
    if (!learned) return { speaker: pick, confidence: 0.8, features: mine.features };
    const p = probability(mine.features, w);
    const best = Math.max(...cands.filter((c) => c.id !== pick).map((c) => probability(c.features, w)), 0);
    // Another candidate scores higher than the rules' pick: the choice is in doubt, so nobody is named.
    const kept = p >= best && p >= (margin ?? w.margin);
    return { speaker: kept ? pick : null, confidence: p, features: mine.features };
  });
}
