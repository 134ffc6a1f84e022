// The feedback log: what people said of an answer ("helpful", "not helpful", "wrong attribution"),
// one JSON line per verdict, appended by every surface (Discord, Slack, the REPL) and read by curators
// through `quotebot feedback`. Each line is written with one append (O_APPEND), so that lines from
// several processes never interleave; it holds no token and no user id (only a keyed hash of it), and
// every text in it passes through the log's secret masking.
import { createHmac, randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { redactSecrets } from "./log.js";
import { MAX_QUESTION_LENGTH } from "./engine/limits.js";

export const VERDICTS = ["helpful", "unhelpful", "wrong_attribution"] as const;
export type Verdict = (typeof VERDICTS)[number];
export type FeedbackSurface = "discord" | "slack" | "repl";

export interface FeedbackEntry {
  /** ISO time of the verdict. */
  time: string;
  surface: FeedbackSurface;
  /** A keyed hash of the platform's user id (16 hex digits): tells one person's verdicts apart, names nobody. */
  user: string | null;
  /** The question answered, when the surface still knows it. */
  question: string | null;
  /** The answer's record ids (AnswerItem.id) the verdict is about. */
  records: string[];
  verdict: Verdict;
  comment: string | null;
}

export interface FeedbackInput {
  surface: FeedbackSurface;
  /** The platform's user id, hashed before it is written; null when there is none (the REPL). */
  userId: string | null;
  question?: string | null;
  records: string[];
  verdict: Verdict;
  comment?: string | null;
}

const MAX_COMMENT = 1000;
const MAX_RECORDS = 10;
const MAX_RECORD_ID = 200;
/** A line is never longer than this (the caps above keep it far below). */
const MAX_LINE = 16 * 1024;

/** FEEDBACK_LOG, else $XDG_STATE_HOME/quotebot/feedback.jsonl (~/.local/state/quotebot/feedback.jsonl). */
export function feedbackLogPath(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.FEEDBACK_LOG?.trim();
  if (set) return set;
  const base = env.XDG_STATE_HOME?.trim() || join(env.HOME?.trim() || homedir(), ".local", "state");
  return join(base, "quotebot", "feedback.jsonl");
}

/** Token shapes someone might paste into a comment: Slack tokens and Discord bot tokens. Linear. */
const TOKEN_SHAPES = /\b(?:xox[abepr]|xapp)-[A-Za-z0-9-]{8,}|[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/g;

/** Text as it may be written: secrets and token shapes masked, control characters gone, capped. */
function clean(text: string | null | undefined, max: number): string | null {
  if (typeof text !== "string") return null;
  const out = redactSecrets(text.slice(0, max * 2))
    .replace(TOKEN_SHAPES, "[redacted]")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .trim()
    .slice(0, max);
  return out || null;
}

export interface FeedbackLogOptions {
  /** The key of the user-id hash; default FEEDBACK_SALT, else a random key kept beside the log. */
  salt?: string;
  now?: () => Date;
}

export class FeedbackLog {
  private salt: string | undefined;
  private readonly now: () => Date;
  constructor(
    readonly path: string,
    options: FeedbackLogOptions = {},
  ) {
    this.salt = options.salt ?? (process.env.FEEDBACK_SALT?.trim() || undefined);
    this.now = options.now ?? (() => new Date());
  }

  /** Appends one verdict; returns the line's entry. Throws when the log cannot be written. */
  append(input: FeedbackInput): FeedbackEntry {
    if (!VERDICTS.includes(input.verdict)) throw new Error(`unknown verdict: ${String(input.verdict)}`);
    const entry: FeedbackEntry = {
      time: this.now().toISOString(),
      surface: input.surface,
      user: input.userId ? this.hashUser(input.surface, input.userId) : null,
      question: clean(input.question, MAX_QUESTION_LENGTH),
      records: input.records
        .filter((r) => typeof r === "string" && r.length > 0 && r.length <= MAX_RECORD_ID)
        .slice(0, MAX_RECORDS),
      verdict: input.verdict,
      comment: clean(input.comment, MAX_COMMENT),
    };
    const line = Buffer.from(`${JSON.stringify(entry)}\n`, "utf8");
    if (line.length > MAX_LINE) throw new Error("feedback line too long");
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    const fd = openSync(this.path, "a", 0o600);
    try {
      // One write of the whole line: with O_APPEND, lines of concurrent writers never interleave.
      if (writeSync(fd, line) !== line.length) throw new Error("feedback line written partly");
    } finally {
      closeSync(fd);
    }
    return entry;
  }

  private hashUser(surface: FeedbackSurface, userId: string): string {
    return createHmac("sha256", this.key()).update(`${surface}:${userId}`).digest("hex").slice(0, 16);
  }

  /** The hash key: given, or read from (else created in) `<log>.key`, readable by its owner only. */
  private key(): string {
    if (this.salt) return this.salt;
    const file = `${this.path}.key`;
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      try {
        writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
      } catch (e) {
        // Another process created it first: use theirs.
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
    }
    this.salt = readFileSync(file, "utf8").trim();
    return this.salt;
  }
}

function isEntry(v: unknown): v is FeedbackEntry {
  const e = v as FeedbackEntry;
  return (
    typeof e === "object" && e !== null && typeof e.time === "string" && !Number.isNaN(Date.parse(e.time)) &&
    VERDICTS.includes(e.verdict) && Array.isArray(e.records) && e.records.every((r) => typeof r === "string")
  );
}

export interface ReadFeedback {
  entries: FeedbackEntry[];
  /** Lines that are not feedback entries (cut by a full disk, edited by hand): skipped, counted. */
  skipped: number;
}

/** Every entry of the log at `path` since `since` (all when absent); a missing log is empty. */
export async function readFeedback(path: string, since?: Date): Promise<ReadFeedback> {
  const out: ReadFeedback = { entries: [], skipped: 0 };
  if (!existsSync(path)) return out;
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = line.length <= MAX_LINE ? JSON.parse(line) : null;
    } catch {
      parsed = null;
    }
    if (!isEntry(parsed)) {
      out.skipped++;
      continue;
    }
    if (since && Date.parse(parsed.time) < since.getTime()) continue;
    out.entries.push(parsed);
  }
  return out;
}

/** The verdicts on one record, for curators. */
export interface RecordFeedback {
  record: string;
  counts: Record<Verdict, number>;
  /** Distinct questions it was given for, most frequent first. */
  questions: { question: string; count: number }[];
  comments: string[];
  /** Distinct (hashed) people. */
  people: number;
  last: string;
}

/** Entries grouped by record, the most disputed first (wrong attributions, then "not helpful"). */
export function summarizeFeedback(entries: FeedbackEntry[]): RecordFeedback[] {
  const byRecord = new Map<string, { r: RecordFeedback; questions: Map<string, number>; people: Set<string> }>();
  for (const e of entries) {
    for (const record of e.records.length ? e.records : ["(no record)"]) {
      let g = byRecord.get(record);
      if (!g) {
        g = {
          r: { record, counts: { helpful: 0, unhelpful: 0, wrong_attribution: 0 }, questions: [], comments: [], people: 0, last: e.time },
          questions: new Map(),
          people: new Set(),
        };
        byRecord.set(record, g);
      }
      g.r.counts[e.verdict]++;
      if (e.question) g.questions.set(e.question, (g.questions.get(e.question) ?? 0) + 1);
      if (e.comment) g.r.comments.push(e.comment);
      if (e.user) g.people.add(e.user);
      if (e.time > g.r.last) g.r.last = e.time;
    }
  }
  return [...byRecord.values()]
    .map(({ r, questions, people }) => ({
      ...r,
      questions: [...questions].map(([question, count]) => ({ question, count })).sort((a, b) => b.count - a.count),
      people: people.size,
    }))
    .sort(
      (a, b) =>
        b.counts.wrong_attribution - a.counts.wrong_attribution ||
        b.counts.unhelpful - a.counts.unhelpful ||
        b.last.localeCompare(a.last),
    );
}
