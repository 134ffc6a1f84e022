// The independent re-probe of issue 16 ("How it is checked"): every numbered case and every smaller
// item is rerun against the built code, and each is reported as refused, bounded (with its time),
// fixed, or STILL FAILS. Timing here is a measurement, not a test: each case runs in a child process of
// its own (so a stall is cut at --timeout and one case's memory or warm-up never helps another), and
// reports both wall time and the CPU time its process used (the wall time is what a user waits for on
// a loaded machine; the CPU time is what the input costs).
//
//   npm run build && node dist/scripts/probe-hostile.js [--timeout 300] [--only 5,6] [--real DIR…]
//
// --real DIR adds at-cap ingest probes made of the *.txt articles under DIR repeated to just under the
// cap (real text stays outside the repo: it is only read from the given path).
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import fs, { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import { syncBuiltinESMExports } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const HERE = fileURLToPath(import.meta.url);
const ROOT = join(dirname(HERE), "..", "..");
const BIN = join(ROOT, "bin", "quotebot.js");

/** A user waits at most this long for an answer that another user's input delays (the issue's 1 s). */
const USER_BUDGET_MS = 1000;
/** An ingest finishes within this, or is refused with a clear size error. */
const INGEST_BUDGET_MS = 10_000;

type Verdict = "refused" | "bounded" | "fixed" | "STILL FAILS";
interface Outcome {
  verdict: Verdict;
  note: string;
  /** Wall and process CPU time of the measured part, when the case is about time. */
  ms?: number;
  cpuMs?: number;
}

interface Case {
  id: string;
  item: string;
  what: string;
  run: () => Promise<Outcome> | Outcome;
}

// ---------------------------------------------------------------- measuring

function measure<T>(run: () => T): { out: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const out = run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { out, ms, cpuMs: (used.user + used.system) / 1000 };
}

async function measureAsync<T>(run: () => Promise<T>): Promise<{ out: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const out = await run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { out, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Bounded when its CPU time is within budget (the wall time on a loaded machine is reported too). */
function timed(m: { ms: number; cpuMs: number }, budget: number, note: string, ok = true): Outcome {
  if (!ok) return { verdict: "STILL FAILS", note, ms: m.ms, cpuMs: m.cpuMs };
  return { verdict: m.cpuMs <= budget ? "bounded" : "STILL FAILS", note: m.cpuMs <= budget ? note : `${note}; over ${budget} ms`, ms: m.ms, cpuMs: m.cpuMs };
}

const dist = (path: string) => import(join(ROOT, "dist", path));
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `probe16-${name}-`));

// ---------------------------------------------------------------- hostile texts (invented)

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const AR_FIRST = ["أحمد", "محمد", "خالد", "سامي", "علي", "حسن", "يوسف", "عمر", "كريم", "طارق", "نبيل", "رامي"];
const AR_LAST = ["العلي", "منصور", "الحسيني", "يوسف", "الخطيب", "النجار", "سلامة", "داود", "حداد", "عيسى"];
const AR_ROLE = ["وزير الخارجية", "وزير المالية", "رئيس الوزراء", "المتحدث باسم الجيش", "وزير الصحة"];
const EN_FIRST = ["John", "Mary", "Ahmed", "Laura", "Peter", "Nadia", "Omar", "Susan", "David", "Rita", "Karl", "Lena"];
const EN_LAST = ["Smith", "Hassan", "Miller", "Nguyen", "Brown", "Okafor", "Garcia", "Klein", "Rossi", "Haddad"];
const EN_ROLE = ["Foreign Minister", "Finance Minister", "Prime Minister", "army spokesman", "Health Minister"];

/** Arabic news prose: many people introduced with a role, each then quoted under the role alone. */
function arabicNews(length: number, paragraphs = true): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const name = `${AR_FIRST[i % AR_FIRST.length]} ${AR_LAST[(i * 7) % AR_LAST.length]}`;
    const role = AR_ROLE[i % AR_ROLE.length];
    const p = `وقال ${role} ${name} إن «المفاوضات مستمرة ولن نتراجع عن مطالبنا». وأضاف الوزير: «سنواصل العمل مع الشركاء». وأعلنت الوزارة أن العدد ارتفع إلى ${i} شخصاً.`;
    out.push(p);
    size += p.length + 1;
  }
  return out.join(paragraphs ? "\n" : " ").slice(0, length);
}

function englishNews(length: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const name = `${EN_FIRST[i % EN_FIRST.length]} ${EN_LAST[(i * 7) % EN_LAST.length]}`;
    const role = EN_ROLE[i % EN_ROLE.length];
    const p = `${role} ${name} said on Tuesday that "talks will go on and we will not give up our demands." The minister added: "We will keep working with our partners." The ministry said ${i} people were hurt.`;
    out.push(p);
    size += p.length + 1;
  }
  return out.join("\n").slice(0, length);
}

/** A distinct made-up family name for each `i` (Arabic or Latin letters): an article of many different people. */
function madeUpName(i: number, lang: "ar" | "en"): string {
  const letters = lang === "ar" ? "بتثجحخدذرزسشصضطظعغفقكمنهي" : "bcdfghjklmnprstvz";
  let out = "";
  for (let k = i + letters.length; k > 0; k = Math.floor(k / letters.length)) out += letters[k % letters.length];
  return lang === "ar" ? `ال${out}ي` : `${out[0].toUpperCase()}${out.slice(1)}son`;
}

/** News prose in which every paragraph quotes a different person, then quotes them again by title alone. */
function manyPeople(lang: "ar" | "en", length: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const p =
      lang === "ar"
        ? `وقال وزير الخارجية ${AR_FIRST[i % AR_FIRST.length]} ${madeUpName(i, "ar")} إن «المفاوضات مستمرة». وأضاف الوزير: «سنواصل العمل».`
        : `Foreign Minister ${EN_FIRST[i % EN_FIRST.length]} ${madeUpName(i, "en")} said "talks will go on." The minister added: "We will keep working."`;
    out.push(p);
    size += p.length + 1;
  }
  return out.join("\n").slice(0, length);
}

/** Articles under `dir` repeated to `length` characters (real text, read from its path only). */
function realText(dir: string, length: number): string {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const text = files.map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
  return fill(`${text}\n`, length);
}

// ---------------------------------------------------------------- ingest through the CLI

async function cli(argv: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await dist("adapters/cli/main.js");
  let stdout = "";
  let stderr = "";
  const sink = (add: (s: string) => void) => new Writable({ write: (c, _e, done) => (add(String(c)), done()) });
  const { Readable } = await import("node:stream");
  const io = {
    stdin: Object.assign(Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]), { isTTY: false }),
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
  };
  const code = (await main(argv, io)) as number;
  return { code, stdout, stderr };
}

/** Ingests `text` (written as `name`) into a fresh corpus: refused with a size error, or bounded by the ingest budget. */
async function ingestProbe(name: string, text: string | Buffer): Promise<Outcome> {
  const dir = tmp("ingest");
  const file = join(dir, name);
  writeFileSync(file, text);
  const bytes = statSync(file).size;
  const m = await measureAsync(() => cli(["ingest", file, "--corpus", join(dir, "corpus")]));
  const { code, stderr } = m.out;
  const size = `${(bytes / 1e6).toFixed(2)} MB`;
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0 && /too large/.test(stderr)) return { verdict: "refused", note: `${size}: ${stderr.trim().split("\n")[0].replace(dir, "…")}`, ms: m.ms, cpuMs: m.cpuMs };
  if (code !== 0) return { verdict: "STILL FAILS", note: `${size}: exit ${code}: ${stderr.trim().slice(0, 160)}`, ms: m.ms, cpuMs: m.cpuMs };
  return timed(m, INGEST_BUDGET_MS, `${size} ingested`);
}

// ---------------------------------------------------------------- Discord and Slack helpers

/** What a Discord client makes live: masked links, URLs, mentions; escaped characters and code are plain. */
function liveDiscord(text: string): string | null {
  const plain = text.replace(/\\[\s\S]/g, "\u0000").replace(/`[^`]*`/g, "\u0000");
  const m = /\[[^\]\n]*\]\(/.exec(plain) ?? /\b(?:https?|discord):\/\//i.exec(plain) ?? /<(?:@[!&]?|#|t:)\S/.exec(plain) ?? /@(?:everyone|here)\b/.exec(plain);
  return m ? m[0] : null;
}

function embedTexts(e: any): string[] {
  return [e.title, e.description, e.footer?.text, e.author?.name, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value])].filter((x) => typeof x === "string");
}

/** The embed texts Discord renders as markdown (a footer and an author name are plain text). */
function markdownTexts(e: any): string[] {
  return [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value])].filter((x) => typeof x === "string");
}

/** Discord's documented payload limits. */
function discordOver(payload: any): string[] {
  const out: string[] = [];
  if ((payload.content?.length ?? 0) > 2000) out.push(`content ${payload.content.length}`);
  let total = 0;
  for (const e of payload.embeds ?? []) {
    if ((e.title?.length ?? 0) > 256) out.push(`title ${e.title.length}`);
    if ((e.description?.length ?? 0) > 4096) out.push(`description ${e.description.length}`);
    if ((e.fields?.length ?? 0) > 25) out.push(`fields ${e.fields.length}`);
    for (const f of e.fields ?? []) {
      if (f.name.length > 256) out.push(`field name ${f.name.length}`);
      if (f.value.length > 1024) out.push(`field value ${f.value.length}`);
    }
    if ((e.footer?.text?.length ?? 0) > 2048) out.push(`footer ${e.footer.text.length}`);
    total += embedTexts(e).reduce((n, s) => n + s.length, 0);
  }
  if (total > 6000) out.push(`embed total ${total}`);
  if ((payload.components?.length ?? 0) > 5) out.push(`rows ${payload.components.length}`);
  for (const row of payload.components ?? []) for (const c of row.components ?? []) if ((c.custom_id?.length ?? 0) > 100) out.push(`custom_id ${c.custom_id.length}`);
  return out;
}

/** Slack's documented block limits. */
function slackOver(message: any): string[] {
  const out: string[] = [];
  const blocks = message.blocks ?? [];
  if (blocks.length > 50) out.push(`blocks ${blocks.length}`);
  for (const b of blocks) {
    if (b.type === "section" && (b.text?.text?.length ?? 0) > 3000) out.push(`section ${b.text.text.length}`);
    if (b.type === "context") for (const e of b.elements ?? []) if ((e.text?.length ?? 0) > 3000) out.push(`context ${e.text.length}`);
    if (b.type === "actions") {
      for (const e of b.elements ?? []) {
        if ((e.value?.length ?? 0) > 2000) out.push(`button value ${e.value.length}`);
        if ((e.action_id?.length ?? 0) > 255) out.push(`action_id ${e.action_id.length}`);
        if ((e.text?.text?.length ?? 0) > 75) out.push(`button text ${e.text.text.length}`);
      }
    }
  }
  return out;
}

/** An answer item as the engine gives it, with hostile corpus text where asked. */
function hostileItem(over: Record<string, unknown> = {}): any {
  const long = "ق".repeat(3000);
  const speaker = {
    id: "s", name: `Speaker ${long}`, nameAr: `المتحدث ${long}`, role: `Role ${long}`, roleAr: `دور ${long}`,
    kind: "person", aliases: [], quoteCount: 1, articles: ["a"],
  };
  return {
    id: "a/q-1", kind: "quote", speaker, text: `«${long}»`, textEn: `"${"w ".repeat(3000)}"`, context: `قال ${long}`,
    article: "a", paragraph: 1, score: 0.9, draft: true,
    citation: { text: `${"Title ".repeat(400)} — Publisher ${"p".repeat(2000)}, ¶ 1`, url: null, articleTitle: "t".repeat(3000), publisher: null, date: null, paragraph: 1 },
    ...over,
  };
}

// ---------------------------------------------------------------- a minimal Slack: the real app, signed requests, a fake Web API

async function slackRig(rateLimit?: { max: number; windowMs: number }, logs?: string[]) {
  const calls: { method: string; body: any }[] = [];
  const api = createServer((req: IncomingMessage, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const method = req.url!.startsWith("/api/") ? req.url!.slice(5).split("?")[0] : "response_url";
      let body: any = {};
      try {
        body = raw.startsWith("{") ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
      } catch {
        body = {};
      }
      calls.push({ method, body });
      res.writeHead(200, { "content-type": "application/json" });
      const reply = method === "auth.test" ? { ok: true, user_id: "UBOT0001", bot_id: "B1", team_id: "T0PROBE1", url: "https://x.slack.com/" } : { ok: true, ts: "1.1", channel: "C1" };
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((r) => api.listen(0, "127.0.0.1", r));
  const apiBase = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  const { createSlackApp } = await dist("adapters/slack/app.js");
  const handled: { user?: string; outcome?: string; at?: number }[] = [];
  const secret = "probe-signing-secret-1234";
  const { loadEngine, createLogger } = await dist("src/index.js");
  const engine = loadEngine();
  // A real share button's value: what an ephemeral answer to a question offers.
  const { renderAnswer } = await dist("adapters/slack/render.js");
  const shown = renderAnswer(engine.ask("who said the brand still exists"), { shareable: true });
  const shareValue: string = shown.blocks.flatMap((b: any) => b.elements ?? []).find((e: any) => e.action_id === "share_answer")?.value ?? "{}";
  const bot = createSlackApp(engine, {
    botToken: "xoxb-probe-0000-token",
    signingSecret: secret,
    clientOptions: { slackApiUrl: `${apiBase}/api/` },
    rateLimit,
    logger: (() => {
      const logger = createLogger("probe", new Writable({ write: (c, _e, d) => (logs?.push(String(c)), d()) }));
      if (logs) logger.level = "debug";
      return logger;
    })(),
    onHandled: (h: any) => handled.push({ ...h, at: performance.now() }),
  });
  const server = await bot.start({ port: 0, host: "127.0.0.1" });
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/slack/events`;
  const post = async (body: string, type: string, ts = Math.floor(Date.now() / 1000)) => {
    const sig = `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
    const res = await fetch(url, { method: "POST", body, headers: { "content-type": type, "x-slack-request-timestamp": String(ts), "x-slack-signature": sig } });
    await res.text();
    return res.status;
  };
  const command = (text: string, user: string, tag: string) =>
    new URLSearchParams({ command: "/quote", text, user_id: user, team_id: "T0PROBE1", channel_id: "C0PROBE1", response_url: `${apiBase}/resp/${tag}`, trigger_id: "1.2.3", token: "x" }).toString();
  const mention = (text: string, user: string, ts: string) =>
    JSON.stringify({ type: "event_callback", team_id: "T0PROBE1", api_app_id: "A1", event_id: `Ev${ts.replace(".", "")}`, event_time: 1, event: { type: "app_mention", user, text, ts, channel: "C0PROBE1", event_ts: ts } });
  const share = (user: string, tag: string) =>
    `payload=${encodeURIComponent(JSON.stringify({
      type: "block_actions", user: { id: user, team_id: "T0PROBE1" }, team: { id: "T0PROBE1" }, api_app_id: "A1", token: "x", trigger_id: "1.2",
      channel: { id: "C0PROBE1" }, container: { type: "message" }, response_url: `${apiBase}/resp/${tag}`,
      actions: [{ type: "button", action_id: "share_answer", block_id: "b", value: shareValue, action_ts: "1.1" }],
    }))}`;
  const settle = async (until: () => boolean) => {
    for (let i = 0; i < 200 && !until(); i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 300));
  };
  const close = async () => {
    await bot.stop();
    api.close();
  };
  return { calls, handled, post, command, mention, share, settle, close };
}

// ---------------------------------------------------------------- the cases

const SMALL_AR = "قال وزير الخارجية أحمد العلي إن «المفاوضات مستمرة ولن نتراجع».\nوأضاف العلي: «سنواصل العمل مع الشركاء».\n";

/** A fresh folder with news.txt (SMALL_AR) ingested into its corpus/ through the CLI. */
async function smallCorpus(name: string): Promise<{ dir: string; corpus: string; file: string; ingested: boolean }> {
  const dir = tmp(name);
  const corpus = join(dir, "corpus");
  const file = join(dir, "news.txt");
  writeFileSync(file, SMALL_AR);
  const { code } = await cli(["ingest", file, "--corpus", corpus]);
  return { dir, corpus, file, ingested: code === 0 };
}

function cases(real: string[]): Case[] {
  const list: Case[] = [
    {
      id: "1", item: "1", what: "stripSlackMarkup on 'x' + 39,998 newlines + 'x' (and 400,000)",
      run: async () => {
        const { stripSlackMarkup } = await dist("adapters/slack/mrkdwn.js");
        const m = measure(() => [stripSlackMarkup(`x${"\n".repeat(39_998)}x`), stripSlackMarkup(`x${"\n".repeat(399_998)}x`), stripSlackMarkup(`${" \n&gt; ".repeat(100_000)}x`)]);
        return timed(m, USER_BUDGET_MS, "3 hostile messages");
      },
    },
    {
      id: "2", item: "2", what: "shortcut question on '؟' × 39,999 + 'x' (and 400,000 '?')",
      run: async () => {
        const { whoSaidQuestion } = await dist("adapters/slack/listeners/shortcuts/index.js");
        const m = measure(() => [whoSaidQuestion(`${"؟".repeat(39_999)}x`), whoSaidQuestion("?".repeat(400_000)), whoSaidQuestion(`x${"؟ ".repeat(200_000)}`)]);
        return timed(m, USER_BUDGET_MS, "3 hostile shortcuts");
      },
    },
    {
      id: "3", item: "3", what: "60 × 'هل قال' + 61 × 'للخليفة' on the seed corpus (one user's wait behind them)",
      run: async () => {
        const { loadEngine } = await dist("src/index.js");
        const engine = loadEngine();
        engine.ask("who said the brand still exists");
        const q = `هل قال ${Array(61).fill("للخليفة").join(" ")}`;
        const variants = [q, `هل قال ${Array(61).fill("لل").join(" ")}`, `what did ${Array(80).fill("the").join(" ")} say`, `من قال ${Array(60).fill("لترامب للخليفة").join(" ")}`];
        const m = measure(() => {
          let n = 0;
          for (let i = 0; i < 60; i++) n += engine.ask(variants[i % variants.length]).status === "answered" ? 1 : 0;
          return n;
        });
        return timed(m, USER_BUDGET_MS, `60 questions, ${(m.cpuMs / 60).toFixed(1)} ms each`);
      },
    },
    {
      id: "3s", item: "3", what: "Slack: 10 users × 5 slowest-to-read mentions (each within its rate limit of 5) in flight as a bystander asks; same with 50 plain ones",
      run: async () => {
        const hostile = [
          `هل قال ${Array(61).fill("للخليفة").join(" ")}`,
          `من قال ${Array(60).fill("لترامب للخليفة").join(" ").slice(0, 480)}`,
          `what did ${Array(80).fill("the").join(" ")} say`,
          `x${"\n".repeat(39_998)}x`,
          `${"؟".repeat(39_999)}x`,
        ];
        // The bystander's wait behind 50 mentions in flight: plain ones (the baseline), then hostile ones.
        const wait = async (questions: string[], tag: string): Promise<number> => {
          const rig = await slackRig({ max: 5, windowMs: 60_000 });
          try {
            let n = 0;
            const sends: Promise<number>[] = [];
            for (let u = 0; u < 10; u++) {
              for (const q of questions) sends.push(rig.post(rig.mention(`<@UBOT0001> ${q}`, `U0${tag}${u}`, `1700000100.${String(n++).padStart(6, "0")}`), "application/json"));
            }
            const asked = performance.now();
            sends.push(rig.post(rig.mention("<@UBOT0001> who said the brand still exists", "U0BYSTND", "1700000200.000001"), "application/json"));
            await Promise.all(sends);
            await rig.settle(() => rig.handled.some((h) => h.user === "U0BYSTND"));
            const mine = rig.handled.find((h) => h.user === "U0BYSTND");
            return mine?.at ? mine.at - asked : Infinity;
          } finally {
            await rig.close();
          }
        };
        const plain = await wait(Array(5).fill("who said the brand still exists"), "PLAIN");
        const slow = await wait(hostile, "HOST");
        const note = `bystander waited ${slow.toFixed(0)} ms behind 50 hostile mentions, ${plain.toFixed(0)} ms behind 50 plain ones (same rig)`;
        // What a hostile input adds to another user's wait, over the same number of ordinary requests.
        return { verdict: slow - plain <= USER_BUDGET_MS && Number.isFinite(slow) ? "bounded" : "STILL FAILS", note, ms: slow };
      },
    },
    {
      id: "4a", item: "4", what: "Discord: a 16,000-character '[a](' quote rendered (answer, context, page)",
      run: async () => {
        const r = await dist("adapters/discord/render.js");
        const it = hostileItem({ text: "[a](".repeat(4000), textEn: "[a](".repeat(4000), context: "[a](".repeat(4000) });
        const m = measure(() => [r.itemEmbed(it), r.renderContext(it).embeds[0], r.renderItemsPage([it, it, it], 0, "h", { buttons: {} }).embeds[0]]);
        const live = m.out.flatMap(markdownTexts).map(liveDiscord).filter(Boolean);
        return timed(m, USER_BUDGET_MS, live.length ? `live: ${live[0]}` : "no live link", live.length === 0);
      },
    },
    {
      id: "4b", item: "4", what: "Discord: 8,000 and 80,000 backticks in a context",
      run: async () => {
        const r = await dist("adapters/discord/render.js");
        const m = measure(() => [r.renderContext(hostileItem({ context: "`".repeat(8000) })), r.renderContext(hostileItem({ context: "`".repeat(80_000), text: "`" }))]);
        return timed(m, USER_BUDGET_MS, "2 contexts");
      },
    },
    { id: "5a", item: "5", what: "ingest a 5 MB Arabic article", run: () => ingestProbe("ar5mb.txt", arabicNews(2_600_000)) },
    { id: "5b", item: "5", what: "ingest a 5 MB English article", run: () => ingestProbe("en5mb.txt", englishNews(5_000_000)) },
    { id: "5c", item: "5", what: "ingest one 800,000-character Arabic paragraph", run: () => ingestProbe("ar800k.txt", arabicNews(800_000, false)) },
    { id: "5d", item: "5", what: "ingest 160K of dots followed by a letter ('.a')", run: () => ingestProbe("dots160k.txt", fill(".a", 160_000)) },
    { id: "5e", item: "5", what: "at the cap: one 119,000-character Arabic paragraph", run: () => ingestProbe("ar119k.txt", arabicNews(119_000, false)) },
    { id: "5f", item: "5", what: "at the cap: 119,000 characters of Arabic news, a role mention per line", run: () => ingestProbe("arnews119k.txt", arabicNews(119_000)) },
    { id: "5g", item: "5", what: "at the cap: 119,000 characters of English news", run: () => ingestProbe("en119k.txt", englishNews(119_000)) },
    { id: "5i", item: "5", what: "at the cap: 119,000 characters of Arabic news, a different person in every line", run: () => ingestProbe("arpeople119k.txt", manyPeople("ar", 119_000)) },
    { id: "5j", item: "5", what: "at the cap: 119,000 characters of English news, a different person in every line", run: () => ingestProbe("enpeople119k.txt", manyPeople("en", 119_000)) },
    { id: "5h", item: "5", what: "at the cap: 119,000 of dots followed by a letter ('. a', '...b')", run: () => ingestProbe("dots119k.txt", fill(". a...b", 119_000)) },
    // New variants (session 7): many lines, nested quotes, invisible and direction characters.
    { id: "5k", item: "5", what: "at the cap: 39,000 lines of one word ('قال')", run: () => ingestProbe("lines119k.txt", fill("قال\n", 119_000)) },
    { id: "5l", item: "5", what: "at the cap: 119,000 blank lines but one", run: () => ingestProbe("blank119k.txt", `${"\n".repeat(118_990)}قال «نعم»`) },
    { id: "5m", item: "5", what: "at the cap: quotes nested «“«“…”»”» thousands deep, then unbalanced", run: () => ingestProbe("nested119k.txt", `قال الوزير أحمد العلي: ${"«“".repeat(14_000)}نعم${"”»".repeat(14_000)} ${"«".repeat(30_000)}`) },
    {
      id: "5n", item: "5", what: "at the cap: Arabic news with a zero-width joiner and a right-to-left override after every name letter",
      run: () => ingestProbe("invisible119k.txt", manyPeople("ar", 90_000).replace(/([\u0628-\u064A])(?=[\u0628-\u064A]*ي )/g, "$1\u200d\u202e").slice(0, 119_000)),
    },
    {
      id: "16", item: "new", what: "questions with RTL overrides, ZWJ in mentions, fullwidth @, nested quotes, deep markdown: Slack and Discord answers",
      run: async () => {
        const { loadEngine } = await dist("src/index.js");
        const { stripSlackMarkup } = await dist("adapters/slack/mrkdwn.js");
        const s = await dist("adapters/slack/render.js");
        const d = await dist("adapters/discord/render.js");
        const engine = loadEngine();
        engine.ask("who said the brand still exists");
        const questions = [
          "who said &lt;!channel&gt; <!here> <@U123|bob> ＠everyone @\u200deveryone <@\u200bU1> \u202egnirts <https://evil.example|x> [a](https://e.x)",
          `من قال ${"«“".repeat(60)}العلامة التجارية${"”»".repeat(60)}`,
          `who said ${"> ".repeat(200)}the brand`,
          "*_~`||".repeat(80),
          `who said the brand ${"\u200d".repeat(300)}still exists`,
          `who said the \u202ebrand still\u202c exists https://evil.example <!everyone>`,
        ];
        const problems: string[] = [];
        const m = measure(() => {
          for (const raw of questions) {
            const answer = engine.ask(stripSlackMarkup(raw));
            const slack = s.renderAnswer(answer, { shareable: true });
            const discord = d.renderAnswer(answer);
            problems.push(...slackOver(slack), ...discordOver(discord));
            for (const b of slack.blocks) {
              for (const t of [b.text, ...(b.elements ?? [])]) {
                if (t?.type === "mrkdwn" && (t.verbatim !== true || /<[!@#]|<https?:/.test(t.text.replace(/`[^`]*`/g, "")))) problems.push(`slack live: ${t.text.slice(0, 60)}`);
              }
            }
            for (const t of (discord.embeds ?? []).flatMap(markdownTexts)) {
              const live = liveDiscord(t);
              if (live) problems.push(`discord live: ${live}`);
            }
            if ((discord.allowedMentions?.parse ?? ["x"]).length) problems.push("discord may ping");
          }
        });
        return timed(m, USER_BUDGET_MS, problems.length ? problems.slice(0, 2).join("; ") : `${questions.length} questions × 2 platforms: 0 live, 0 over`, problems.length === 0);
      },
    },
    {
      id: "6", item: "6", what: "a 10 MB question to the engine (ask and speaker suggestions)",
      run: async () => {
        const { loadEngine } = await dist("src/index.js");
        const engine = loadEngine();
        engine.ask("who said the brand still exists");
        const big = `who said ${"ال".repeat(5_000_000)}`;
        const m = measure(() => [engine.ask(big), engine.suggestSpeakers(big)]);
        const reason = (m.out[0] as any).reason;
        return timed(m, USER_BUDGET_MS, `answer ${(m.out[0] as any).status}/${reason}`, reason === "too_long");
      },
    },
    {
      id: "7", item: "7", what: "re-ingest with ENOSPC injected at each write: the previous article still loads",
      run: async () => {
        const { dir, corpus, file, ingested } = await smallCorpus("atomic");
        if (!ingested) return { verdict: "STILL FAILS", note: "first ingest failed" };
        const { loadCorpus } = await dist("src/index.js");
        const failures: string[] = [];
        for (let failAt = 1; failAt <= 8; failAt++) {
          writeFileSync(file, SMALL_AR.replace("العلي", "الخطيب").replace("العلي", "الخطيب"));
          let n = 0;
          const realWrite = fs.writeFileSync;
          const realRename = fs.renameSync;
          const fail = () => {
            if (++n === failAt) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
          };
          fs.writeFileSync = ((...a: Parameters<typeof realWrite>) => (fail(), realWrite(...a))) as typeof realWrite;
          fs.renameSync = ((...a: Parameters<typeof realRename>) => (fail(), realRename(...a))) as typeof realRename;
          syncBuiltinESMExports();
          try {
            await cli(["ingest", file, "--corpus", corpus]);
          } finally {
            fs.writeFileSync = realWrite;
            fs.renameSync = realRename;
            syncBuiltinESMExports();
          }
          try {
            const c = loadCorpus(corpus);
            if (!c.articles.length) failures.push(`fail at write ${failAt}: no article`);
          } catch (e) {
            failures.push(`fail at write ${failAt}: ${(e as Error).message.slice(0, 100)}`);
          }
        }
        rmSync(dir, { recursive: true, force: true });
        return failures.length ? { verdict: "STILL FAILS", note: failures[0] } : { verdict: "fixed", note: "8 failure points, corpus loads after each" };
      },
    },
    {
      id: "8", item: "8", what: "two Arabic-named files ('مقال جديد.txt', 'خبر عاجل.txt') ingested: two drafts",
      run: async () => {
        const dir = tmp("ids");
        const corpus = join(dir, "corpus");
        writeFileSync(join(dir, "مقال جديد.txt"), SMALL_AR);
        writeFileSync(join(dir, "خبر عاجل.txt"), SMALL_AR.replace(/العلي/g, "الخطيب"));
        await cli(["ingest", join(dir, "مقال جديد.txt"), "--corpus", corpus]);
        await cli(["ingest", join(dir, "خبر عاجل.txt"), "--corpus", corpus]);
        const jsons = readdirSync(corpus).filter((f) => f.endsWith(".json"));
        rmSync(dir, { recursive: true, force: true });
        return jsons.length === 2 ? { verdict: "fixed", note: jsons.join(", ") } : { verdict: "STILL FAILS", note: `${jsons.length} drafts: ${jsons.join(", ")}` };
      },
    },
    {
      id: "9", item: "9", what: "cache: an edit keeping size and mtime; a planted and a corrupt snapshot; shared dir",
      run: async () => {
        const { dir, corpus } = await smallCorpus("cache");
        const env = { ...process.env, XDG_CACHE_HOME: join(dir, "cache") };
        const ask = () => runNode(["speakers", "--json", "--corpus", corpus], env);
        const first = await ask();
        const text = readdirSync(corpus).find((f) => f.endsWith(".txt"))!;
        const before = statSync(join(corpus, text));
        const json = readdirSync(corpus).find((f) => f.endsWith(".json"))!;
        const jBefore = statSync(join(corpus, json));
        // Same length, same mtime: another family name of the same length in text and JSON.
        for (const [f, st] of [[text, before], [json, jBefore]] as const) {
          writeFileSync(join(corpus, f), readFileSync(join(corpus, f), "utf8").replace(/العلي/g, "النمر"));
          utimesSync(join(corpus, f), st.atime, st.mtime);
        }
        const second = await ask();
        const problems: string[] = [];
        if (!/النمر/.test(second.stdout) || /العلي/.test(second.stdout)) problems.push(`stale speakers after an edit keeping size and mtime (${first.stdout.includes("العلي")})`);
        // Every snapshot file overwritten with junk that parses, then with garbage: starts still answer right.
        const cacheRoot = join(dir, "cache");
        const files = existsSync(cacheRoot) ? walk(cacheRoot) : [];
        if (!files.length) problems.push("no per-user cache under XDG_CACHE_HOME");
        for (const junk of ['{"keys":[],"recordKeys":[]}', "\u0000garbage"]) {
          for (const f of files) writeFileSync(f, junk);
          const r = await ask();
          if (r.code !== 0 || !/النمر/.test(r.stdout)) problems.push(`after a planted snapshot (${junk.slice(0, 8)}): exit ${r.code} ${r.stderr.slice(0, 80)}`);
        }
        // A world-writable shared cache folder is refused (not used).
        const shared = join(dir, "shared");
        mkdirSync(shared, { mode: 0o777 });
        chmodSync(shared, 0o777);
        const r = await runNode(["speakers", "--json", "--corpus", corpus], { ...process.env, XDG_CACHE_HOME: shared });
        if (r.code !== 0) problems.push(`a shared cache folder broke the start: ${r.stderr.slice(0, 80)}`);
        if (walk(shared).some((f) => statSync(f).size > 0 && !statSync(f).isDirectory() && (statSync(f).mode & 0o002) !== 0)) problems.push("world-writable snapshot written");
        rmSync(dir, { recursive: true, force: true });
        return problems.length ? { verdict: "STILL FAILS", note: problems.join("; ") } : { verdict: "fixed", note: `${files.length} cache files, edits seen, planted snapshots ignored` };
      },
    },
    {
      id: "10", item: "10", what: "a corpus JSON naming '../outside.txt' is refused",
      run: async () => {
        const { dir, corpus } = await smallCorpus("outside");
        const json = readdirSync(corpus).find((f) => f.endsWith(".json"))!;
        const text = readdirSync(corpus).find((f) => f.endsWith(".txt"))!;
        writeFileSync(join(dir, "outside.txt"), readFileSync(join(corpus, text)));
        const data = JSON.parse(readFileSync(join(corpus, json), "utf8"));
        data.article.file = "../outside.txt";
        writeFileSync(join(corpus, json), JSON.stringify(data));
        rmSync(join(corpus, text));
        const r = await cli(["speakers", "--corpus", corpus]);
        rmSync(dir, { recursive: true, force: true });
        return r.code !== 0 ? { verdict: "refused", note: r.stderr.trim().split("\n").slice(0, 2).join(" ").replace(dir, "…").slice(0, 140) } : { verdict: "STILL FAILS", note: "loaded a file outside the corpus folder" };
      },
    },
    {
      id: "11", item: "11", what: "a DiscordAPIError carrying an interaction token, logged; webhook URLs in any field",
      run: async () => {
        const { createLogger } = await dist("src/index.js");
        const { DiscordAPIError } = await import("discord.js");
        const token = `aW50ZXJhY3Rpb246${"Q".repeat(60)}`;
        const lines: string[] = [];
        const logger = createLogger("probe", new Writable({ write: (c, _e, d) => (lines.push(String(c)), d()) }));
        logger.level = "info";
        const err = new DiscordAPIError(
          { message: "Invalid Form Body", code: 50035 }, 50035, 400, "POST",
          `https://discord.com/api/v10/interactions/1200000000000000000/${token}/callback`, { body: { token, content: "x" }, files: undefined } as any,
        );
        logger.error({ err }, "could not reply");
        logger.error({ url: `https://discord.com/api/v10/webhooks/1100000000000000001/${"Z".repeat(68)}/messages/@original` }, "failed");
        logger.error(`retry /webhooks/11/${"Y".repeat(68)} failed`);
        const out = lines.join("");
        const leaks = [token.slice(16, 40), "Z".repeat(20), "Y".repeat(20)].filter((t) => out.includes(t));
        return leaks.length ? { verdict: "STILL FAILS", note: `${leaks.length} tokens in logs` } : { verdict: "fixed", note: `0 tokens in ${lines.length} log lines` };
      },
    },
    {
      id: "11s", item: "11", what: "Slack at debug level: signed, forged and replayed requests, then the bot token and signing secret logged as values",
      run: async () => {
        const logs: string[] = [];
        const rig = await slackRig(undefined, logs);
        try {
          const body = rig.command("who said the brand", "U0LOG", "l");
          await rig.post(body, "application/x-www-form-urlencoded");
          await rig.post(body, "application/x-www-form-urlencoded");
          await rig.post(rig.mention("<@UBOT0001> who said the brand", "U0LOG", "1700000300.000001"), "application/json", Math.floor(Date.now() / 1000) + 3600);
          await rig.settle(() => rig.handled.some((h) => h.user === "U0LOG"));
          const { createLogger } = await dist("src/index.js");
          const logger = createLogger("probe", new Writable({ write: (c, _e, d) => (logs.push(String(c)), d()) }));
          logger.error({ token: "xoxb-probe-0000-token", secret: "probe-signing-secret-1234" }, "config xoxb-probe-0000-token probe-signing-secret-1234");
        } finally {
          await rig.close();
        }
        const out = logs.join("");
        const leaks = ["xoxb-probe-0000-token", "probe-signing-secret-1234"].filter((t) => out.includes(t));
        return leaks.length ? { verdict: "STILL FAILS", note: `${leaks.length} secrets in ${logs.length} log lines` } : { verdict: "fixed", note: `0 secrets in ${logs.length} log lines` };
      },
    },
    {
      id: "12", item: "12", what: "Slack: signed requests +10 min and +1 day; a signed /quote, mention and share replayed 3×",
      run: async () => {
        const rig = await slackRig();
        const problems: string[] = [];
        try {
          const now = Math.floor(Date.now() / 1000);
          for (const ahead of [600, 86_400, -600]) {
            const status = await rig.post(rig.command("who said the brand", "U0FUT", `f${ahead}`), "application/x-www-form-urlencoded", now + ahead);
            if (status !== 401) problems.push(`${ahead > 0 ? "+" : ""}${ahead}s answered ${status}`);
          }
          const bodies: [string, string][] = [
            [rig.command("who said the brand", "U0REP", "c"), "application/x-www-form-urlencoded"],
            [rig.mention("<@UBOT0001> who said the brand", "U0REP", "1700000000.000100"), "application/json"],
            [rig.share("U0REP", "s"), "application/x-www-form-urlencoded"],
          ];
          for (const [b, type] of bodies) for (let i = 0; i < 3; i++) await rig.post(b, type, now);
          await rig.settle(() => rig.handled.filter((h) => h.user === "U0REP").length >= 3);
          const n = rig.handled.filter((h) => h.user === "U0REP").length;
          if (n !== 3) problems.push(`3 requests × 3 sends handled ${n} times`);
        } finally {
          await rig.close();
        }
        return problems.length ? { verdict: "STILL FAILS", note: problems.join("; ") } : { verdict: "fixed", note: "future/past refused (401); each replay handled once" };
      },
    },
    {
      id: "13", item: "13", what: "Slack: 60 mentions from one user → notices; 30 share clicks → channel posts",
      run: async () => {
        const rig = await slackRig({ max: 5, windowMs: 60_000 });
        const problems: string[] = [];
        try {
          for (let i = 0; i < 60; i++) await rig.post(rig.mention("<@UBOT0001> who said the brand", "U0FLD", `1700000001.${String(i).padStart(6, "0")}`), "application/json");
          await rig.settle(() => rig.handled.filter((h) => h.user === "U0FLD").length >= 60);
          const notices = rig.calls.filter((c) => c.method === "chat.postEphemeral").length;
          if (notices > 1) problems.push(`${notices} rate-limit notices`);
          for (let i = 0; i < 30; i++) await rig.post(rig.share("U0CLK", `k${i}`), "application/x-www-form-urlencoded");
          await rig.settle(() => rig.handled.filter((h) => h.user === "U0CLK").length >= 30);
          const posts = rig.calls.filter((c) => c.method === "response_url" && c.body.response_type === "in_channel").length;
          if (posts > 5) problems.push(`${posts} channel posts from 30 clicks`);
          return problems.length ? { verdict: "STILL FAILS", note: problems.join("; ") } : { verdict: "fixed", note: `${notices} notice for 60 mentions; ${posts} posts for 30 clicks (limit 5)` };
        } finally {
          await rig.close();
        }
      },
    },
    {
      id: "14", item: "14", what: "payloads with long corpus text (3,000-char name, role, quote, title) within platform limits",
      run: async () => {
        const d = await dist("adapters/discord/render.js");
        const s = await dist("adapters/slack/render.js");
        const it = hostileItem();
        // The engine gives at most MAX_ANSWERS (5) items.
        const items = Array.from({ length: 5 }, (_, i) => hostileItem({ id: `a/q-${i}`, paragraph: i + 1 }));
        const answer = { question: `who said ${"x".repeat(480)}`, status: "answered", answers: items, total: 40 };
        const suggested = { ...answer, status: "suggested" };
        const payloads = [
          d.renderAnswer(answer), d.renderAnswer(suggested), d.renderContext(it, () => "T".repeat(5000)), d.renderItemsPage(items, 1, "H".repeat(500), { buttons: {} }),
          d.renderSpeakers(Array(40).fill(it.speaker)), d.renderCitation(it),
        ];
        const slack = [s.renderAnswer(answer, { shareable: true, footer: "Shared by <@U0PROBE1>" }), s.renderAnswer(suggested, { pickKey: "k".repeat(300) }), s.renderSpeakers(Array(40).fill(it.speaker))];
        const over = [...payloads.flatMap((p, i) => discordOver(p).map((o) => `discord ${i}: ${o}`)), ...slack.flatMap((p, i) => slackOver(p).map((o) => `slack ${i}: ${o}`))];
        return over.length ? { verdict: "STILL FAILS", note: `${over.length} over: ${over.slice(0, 3).join(", ")}` } : { verdict: "fixed", note: `0 of ${payloads.length + slack.length} payloads over a limit` };
      },
    },
    {
      id: "15", item: "15", what: "Discord: masked links in every position, in quote, context, title, speaker",
      run: async () => {
        const d = await dist("adapters/discord/render.js");
        const evil = "[click](https://evil.example)";
        const texts = [evil, `a ${evil}`, `[x] ${evil}`, `${evil} ${evil} ${evil}`, `[a][b](c) ${evil}`, `[${evil}](${evil})`, `<https://evil.example> <@123> @everyone`];
        const live: string[] = [];
        for (const text of texts) {
          const it = hostileItem({ text, textEn: text, context: `${text} said ${text}`, speaker: { ...hostileItem().speaker, name: text, role: text } });
          const embeds = [d.itemEmbed(it), d.renderContext(it, () => text).embeds[0], d.renderItemsPage([it], 0, text, { buttons: {} }).embeds[0]];
          for (const t of embeds.flatMap(markdownTexts)) {
            const l = liveDiscord(t);
            if (l) live.push(`${l} in ${t.slice(0, 40)}`);
          }
        }
        return live.length ? { verdict: "STILL FAILS", note: `${live.length} live: ${live[0]}` } : { verdict: "fixed", note: `0 live links in ${texts.length} hostile texts × 3 renders` };
      },
    },
    {
      id: "S1", item: "smaller", what: "ingest into a folder that cannot be written (EACCES injected): says which folder and why",
      run: async () => {
        const dir = tmp("eacces");
        const file = join(dir, "news.txt");
        writeFileSync(file, SMALL_AR);
        const realMkdir = fs.mkdirSync;
        fs.mkdirSync = (() => {
          throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
        }) as unknown as typeof realMkdir;
        syncBuiltinESMExports();
        let r;
        try {
          r = await cli(["ingest", file, "--corpus", join(dir, "ro", "corpus")]);
        } finally {
          fs.mkdirSync = realMkdir;
          syncBuiltinESMExports();
        }
        rmSync(dir, { recursive: true, force: true });
        const msg = r.stderr.trim().replace(dir, "…");
        return !/unexpected/.test(msg) && /permission/.test(msg) && /corpus/.test(msg) ? { verdict: "fixed", note: msg.slice(0, 140) } : { verdict: "STILL FAILS", note: msg.slice(0, 140) };
      },
    },
    {
      id: "S2", item: "smaller", what: "UTF-16 input (with and without a byte-order mark)",
      run: async () => {
        const msgs: string[] = [];
        for (const bom of [true, false]) {
          const dir = tmp("utf16");
          const file = join(dir, "news.txt");
          writeFileSync(file, Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(SMALL_AR.replace(/[^\x00-\x7f]/g, "a").padEnd(200, "b"), "utf16le")]));
          msgs.push((await cli(["ingest", file, "--corpus", join(dir, "corpus")])).stderr.trim().replace(dir, "…"));
          rmSync(dir, { recursive: true, force: true });
        }
        return msgs.every((m) => /UTF-16/.test(m) && /convert|iconv|UTF-8/i.test(m)) ? { verdict: "fixed", note: msgs[0].slice(0, 140) } : { verdict: "STILL FAILS", note: msgs.join(" | ").slice(0, 160) };
      },
    },
    {
      id: "S3", item: "smaller", what: "ask --jsonl on 'a\\rb\\n' (a lone CR) and 'a\\r\\nb\\n': one and two questions",
      run: async () => {
        const lone = await cli(["ask", "--jsonl"], "who said the brand\rwhat did sales say\n");
        const crlf = await cli(["ask", "--jsonl"], "who said the brand\r\nwhat did sales say\r\n");
        const n = (s: string) => s.trim().split("\n").filter(Boolean).length;
        return n(lone.stdout) === 1 && n(crlf.stdout) === 2 ? { verdict: "fixed", note: "1 answer for a lone CR, 2 for CRLF lines" } : { verdict: "STILL FAILS", note: `${n(lone.stdout)} / ${n(crlf.stdout)} answers` };
      },
    },
    {
      id: "S4", item: "smaller", what: "a Discord shard process registers the bot token for value redaction",
      run: () => {
        const shard = readFileSync(join(ROOT, "dist", "adapters", "discord", "shard.js"), "utf8");
        return /registerSecret\(token\)/.test(shard) ? { verdict: "fixed", note: "shard.js calls registerSecret(token) (read, not run)" } : { verdict: "STILL FAILS", note: "no registerSecret in shard.js" };
      },
    },
  ];
  real.forEach((dir, i) => {
    list.push({ id: `5r${i + 1}`, item: "5", what: `at the cap: ${dir} repeated to 119,000 characters`, run: () => ingestProbe(`real${i}.txt`, realText(dir, 119_000)) });
  });
  return list;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

// ---------------------------------------------------------------- driver

function argValues(name: string): string[] {
  const out: string[] = [];
  for (let i = 2; i < process.argv.length; i++) if (process.argv[i] === name && process.argv[i + 1]) out.push(process.argv[++i]);
  return out;
}

async function runOne(id: string, real: string[]): Promise<void> {
  process.env.LOG_LEVEL ??= "silent";
  const c = cases(real).find((x) => x.id === id)!;
  let out: Outcome;
  try {
    out = await c.run();
  } catch (e) {
    out = { verdict: "STILL FAILS", note: `crashed: ${(e as Error).stack?.split("\n").slice(0, 2).join(" ")}` };
  }
  process.stdout.write(`\n@@${JSON.stringify(out)}\n`);
  process.exit(0);
}

function runChild(id: string, real: string[], timeoutS: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const args = [HERE, "--case", id, ...real.flatMap((r) => ["--real", r])];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LOG_LEVEL: "silent" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const start = performance.now();
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutS * 1000);
    child.on("close", () => {
      clearTimeout(timer);
      const line = stdout.split("\n").find((l) => l.startsWith("@@"));
      if (line) resolve(JSON.parse(line.slice(2)));
      else resolve({ verdict: "STILL FAILS", note: `no result after ${((performance.now() - start) / 1000).toFixed(0)} s (cut at ${timeoutS} s) ${stderr.slice(0, 100)}`, ms: performance.now() - start });
    });
  });
}

async function main(): Promise<void> {
  const real = argValues("--real");
  const one = argValues("--case")[0];
  if (one) return runOne(one, real);
  const timeoutS = Number(argValues("--timeout")[0] ?? 300);
  const only = argValues("--only")[0]?.split(",");
  const all = cases(real).filter((c) => !only || only.includes(c.id) || only.includes(c.item));
  const rows: string[] = [];
  const fmt = (ms?: number) => (ms === undefined ? "" : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
  console.log("| case | probe | verdict | cpu | wall | note |\n|---|---|---|---|---|---|");
  for (const c of all) {
    const o = await runChild(c.id, real, timeoutS);
    const row = `| ${c.id} | ${c.what} | ${o.verdict === "bounded" ? "bounded" : o.verdict} | ${fmt(o.cpuMs)} | ${fmt(o.ms)} | ${o.note.replace(/\|/g, "/").replace(/\n/g, " ")} |`;
    rows.push(row);
    console.log(row);
  }
  const failing = rows.filter((r) => r.includes("STILL FAILS")).length;
  console.log(`\n${all.length} cases: ${failing} still fail`);
  process.exitCode = failing ? 1 : 0;
}

await main();
