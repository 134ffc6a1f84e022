// Text analysis of the corpus: each record's search keys, from its text, its English rendering, its
// topics and the sentence around it. This is most of the cost of building an engine (millions of words
// at 100,000 quotes), so a large corpus is analysed in two halves at once: the second half in a worker
// thread, merged back so that the result is identical to analysing everything here.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, Worker, receiveMessageOnPort } from "node:worker_threads";
import { KeyTable } from "./key-table.js";
import { layOut, textsOf, type ArticleSource, type Placed } from "./layout.js";

/** The strings one article's records are searched by: plain data, so that it can cross to a worker. */
export interface ArticleTexts {
  /** Per record: its text and its English rendering ("" when none). */
  texts: [string, string][];
  /** Per record: its curated topics. */
  topics: string[][];
  /** Per sentence: what it says before and after the text of its first record, and the records taken from it. */
  sentences: { rest: string[]; members: number[] }[];
}

export interface ArticleKeys {
  own: Int32Array[];
  topics: Int32Array[];
  sentences: Int32Array[];
}

/** Keys of several articles in one buffer: the lists in order (own, topics, sentences per article). */
export interface PackedKeys {
  keys: string[];
  ids: Int32Array<ArrayBuffer>;
  /** List i is `ids[ends[i - 1] .. ends[i]]`. */
  ends: Int32Array<ArrayBuffer>;
}

export interface AnalysisOptions {
  /** From how many records on the second half goes to a worker thread (default 20,000). */
  parallelFrom?: number;
  /** Work to do on this thread once its half is analysed, before waiting for the worker's. */
  whileWaiting?: () => void;
  /** Told how many threads did the analysis (2 only when the worker answered). */
  onThreads?: (threads: 1 | 2) => void;
}

const PARALLEL_FROM = 20_000;
/** The share of the records analysed on this thread when a worker takes the rest. */
const MAIN_SHARE = 0.55;
const WORKER_URL = new URL("./analysis-worker.js", import.meta.url);
/** A worker that has not answered by then is given up on, and its half analysed here. */
const WORKER_TIMEOUT_MS = 120_000;

export function analyzeArticle(article: ArticleTexts, table: KeyTable): ArticleKeys {
  const own = article.texts.map((texts) => table.collect(texts));
  // A sentence holds its records' own keys plus those of the rest of it.
  const sentences = article.sentences.map(({ rest, members }) => table.collect(rest, members.map((m) => own[m])));
  const topics = article.topics.map((list) => table.collect(list));
  return { own, topics, sentences };
}

export interface AnalysedArticle {
  placed: Placed[];
  /** Per record: its sentence, an index into `keys.sentences`. */
  sentenceOf: number[];
  keys: ArticleKeys;
}

/** Lays out the records of every article and analyses them; see the top of the file. */
export function analyzeArticles(sources: ArticleSource[], table: KeyTable, options: AnalysisOptions = {}): AnalysedArticle[] {
  const total = sources.reduce((n, a) => n + a.quotes.length + a.facts.length, 0);
  const split = splitPoint(sources, total);
  const parallel = total >= (options.parallelFrom ?? PARALLEL_FROM) && split > 0 && existsSync(fileURLToPath(WORKER_URL));
  // The worker lays out its share itself, so that it starts at once; this thread lays out all of
  // them, as it needs every record's sentence anyway.
  const worker = parallel ? startWorker(sources.slice(split)) : null;
  const laidOut = sources.map((a) => {
    const placed = layOut(a);
    return { placed, ...textsOf(placed) };
  });
  // This thread's share goes into the shared table first, so that its keys get the ids they would
  // have had anyway; the worker's keys are then renumbered into the same table.
  const keys = laidOut.slice(0, parallel ? split : laidOut.length).map((a) => analyzeArticle(a.texts, table));
  if (worker) {
    options.whileWaiting?.();
    const packed = worker.result();
    const rest = laidOut.slice(split).map((a) => a.texts);
    keys.push(...(packed ? unpack(packed, rest, table) : rest.map((a) => analyzeArticle(a, table))));
    options.onThreads?.(packed ? 2 : 1);
  } else options.onThreads?.(1);
  return laidOut.map((a, i) => ({ placed: a.placed, sentenceOf: a.sentenceOf, keys: keys[i] }));
}

/**
 * Where the worker's share starts. The worker also lays out its share and starts cold, so it takes
 * a little less than half of the records.
 */
function splitPoint(sources: ArticleSource[], total: number): number {
  let seen = 0;
  for (let i = 0; i < sources.length; i++) {
    if (seen >= total * MAIN_SHARE) return i;
    seen += sources[i].quotes.length + sources[i].facts.length;
  }
  return sources.length;
}

/** Runs in the worker: lays out and analyses with a fresh table, and packs the result. */
export function analyzePacked(sources: ArticleSource[]): PackedKeys {
  const table = new KeyTable();
  const lists = sources.flatMap((source) => {
    const k = analyzeArticle(textsOf(layOut(source)).texts, table);
    return [...k.own, ...k.topics, ...k.sentences];
  });
  const ends = new Int32Array(lists.length);
  let length = 0;
  lists.forEach((list, i) => (ends[i] = length += list.length));
  const ids = new Int32Array(length);
  lists.forEach((list, i) => ids.set(list, i === 0 ? 0 : ends[i - 1]));
  return { keys: table.keys, ids, ends };
}

function unpack(packed: PackedKeys, articles: ArticleTexts[], table: KeyTable): ArticleKeys[] {
  // Worker key ids → ids in the shared table, new keys numbered in the worker's order of finding.
  const global = Int32Array.from(packed.keys, (k) => table.idOf(k));
  const ids = packed.ids;
  for (let i = 0; i < ids.length; i++) ids[i] = global[ids[i]];
  let list = 0;
  const next = (): Int32Array => {
    const from = list === 0 ? 0 : packed.ends[list - 1];
    return ids.subarray(from, packed.ends[list++]);
  };
  return articles.map((a) => ({
    own: a.texts.map(next),
    topics: a.topics.map(next),
    sentences: a.sentences.map(next),
  }));
}

interface WorkerReply {
  packed?: PackedKeys;
  error?: string;
}

/**
 * A worker analysing some articles. `createEngine` is synchronous, so its answer is awaited by blocking
 * on a shared flag (`Atomics.wait`) and taken off the port without the event loop.
 */
function startWorker(sources: ArticleSource[]): { result(): PackedKeys | null } {
  // Only what layout and analysis read crosses to the worker.
  const articles = sources.map(({ lines, quotes, facts }) => ({ lines, quotes, facts }));
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_URL, { workerData: { articles, done, port: port2 }, transferList: [port2] });
  worker.unref();
  worker.on("error", () => {
    // Reported through `done`; a worker that fails to start is covered by the timeout.
  });
  return {
    result() {
      const signalled = Atomics.wait(done, 0, 0, WORKER_TIMEOUT_MS) !== "timed-out";
      const reply = signalled ? (receiveMessageOnPort(port1)?.message as WorkerReply | undefined) : undefined;
      port1.close();
      void worker.terminate();
      return reply?.packed ?? null;
    },
  };
}
