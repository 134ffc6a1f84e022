// `quotebot feedback [--since WHEN] [--json] [--log FILE] [--corpus DIR]`: what people said of the
// answers, grouped by record, the most disputed first: for curators deciding which attribution to check.
import { feedbackLogPath, readFeedback, summarizeFeedback, type Engine, type RecordFeedback } from "../../../src/index.js";
import { parseCommandArgs, usageError } from "../args.js";
import type { CliCommand } from "../command.js";
import { engineOrReport } from "../corpus-option.js";

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "7d", "12h", "30m" (that long ago) or an ISO date; null when it is neither. */
export function parseSince(value: string, now = Date.now()): Date | null {
  const ago = /^(\d{1,6})([mhd])$/.exec(value);
  if (ago) return new Date(now - Number(ago[1]) * UNITS[ago[2]]);
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t);
}

const SHOWN_QUESTIONS = 3;
const SHOWN_COMMENTS = 3;
const TEXT = 120;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function describe(r: RecordFeedback, engine: Engine | null): string[] {
  const c = r.counts;
  const lines = [
    `${r.record} — wrong attribution ${c.wrong_attribution} · not helpful ${c.unhelpful} · helpful ${c.helpful}` +
      ` · ${r.people} ${r.people === 1 ? "person" : "people"} · last ${r.last}`,
  ];
  const item = engine?.item(r.record);
  if (item) lines.push(`  ${item.speaker ? item.speaker.name : "(the article)"}: «${cut(item.text, TEXT)}» (¶ ${item.paragraph})`);
  else if (engine && r.record !== "(no record)") lines.push("  (no longer in the corpus)");
  for (const q of r.questions.slice(0, SHOWN_QUESTIONS)) lines.push(`  asked: “${cut(q.question, TEXT)}”${q.count > 1 ? ` ×${q.count}` : ""}`);
  if (r.questions.length > SHOWN_QUESTIONS) lines.push(`  … and ${r.questions.length - SHOWN_QUESTIONS} more questions`);
  for (const comment of r.comments.slice(-SHOWN_COMMENTS)) lines.push(`  comment: “${cut(comment, TEXT)}”`);
  return lines;
}

export const feedback: CliCommand = {
  name: "feedback",
  summary: "what people said of the answers (wrong attribution, not helpful, helpful), grouped by record",
  usage: "quotebot feedback [--since 7d|YYYY-MM-DD] [--json] [--log FILE] [--corpus DIR]",
  async run(args, io) {
    const parsed = parseCommandArgs(this, args, { since: { type: "string" }, json: { type: "boolean" }, log: { type: "string" } }, io, false);
    if (typeof parsed === "number") return parsed;
    const { values } = parsed;
    let since: Date | undefined;
    if (typeof values.since === "string") {
      const d = parseSince(values.since);
      if (!d) return usageError(this, `--since expects a duration (7d, 12h, 30m) or a date (YYYY-MM-DD), not "${values.since}"`, io);
      since = d;
    }
    const path = typeof values.log === "string" ? values.log : feedbackLogPath();
    let read;
    try {
      read = await readFeedback(path, since);
    } catch (e) {
      io.stderr.write(`quotebot feedback: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      return 1;
    }
    const groups = summarizeFeedback(read.entries);
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ log: path, since: since?.toISOString() ?? null, entries: read.entries.length, skipped: read.skipped, records: groups }, null, 2)}\n`);
      return 0;
    }
    if (read.skipped) io.stderr.write(`quotebot feedback: ${read.skipped} unreadable line(s) in ${path} skipped\n`);
    if (!read.entries.length) {
      io.stdout.write(`No feedback${since ? ` since ${since.toISOString()}` : ""} in ${path}.\n`);
      return 0;
    }
    // The records' current text, when the corpus loads; the list stands without it.
    const engine = engineOrReport(values.corpus as string | undefined, { ...io, stderr: { write: () => true } as unknown as NodeJS.WritableStream });
    const header = `${read.entries.length} verdict${read.entries.length === 1 ? "" : "s"} on ${groups.length} record${groups.length === 1 ? "" : "s"}${since ? ` since ${since.toISOString()}` : ""} (${path}):`;
    io.stdout.write(`${[header, "", ...groups.flatMap((g) => [...describe(g, engine), ""])].join("\n")}`);
    return 0;
  },
};
