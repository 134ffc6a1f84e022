// The real discord.js Client against the loopback fake Discord, answering from the real engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GatewayIntentBits, InteractionResponseType, MessageFlags } from "discord.js";
import { loadEngine, MAX_QUESTION_LENGTH, MESSAGES, readFeedback, type Engine } from "../../src/index.js";
import { t } from "../../src/index.js";
import { FAKE_TOKEN, IDS, type RecordedRequest } from "./fake-discord.js";
import { startHarness, type Harness } from "./helpers.js";
import { CUSTOM_ID } from "../../adapters/discord/custom-id.js";
import { readFileSync } from "node:fs";

const RATE = { max: 3, windowMs: 60_000 };
let now = 1_000_000;
let h: Harness;
let engine: Engine;

beforeAll(async () => {
  const real = loadEngine();
  // The real engine, except one question that makes it throw (to see the error path end to end).
  engine = {
    ...real,
    ask: (q, o) => {
      if (q.includes("explode")) throw new Error("engine failure for the test");
      return real.ask(q, o);
    },
    speakers: () => real.speakers(),
    suggestSpeakers: (p, l) => real.suggestSpeakers(p, l),
    quotesBy: (id) => real.quotesBy(id),
    item: (ref) => real.item(ref),
    articles: () => real.articles(),
  };
  h = await startHarness(engine, { rateLimit: { ...RATE, now: () => now } });
});

afterAll(async () => {
  await h?.stop();
});

async function command(name: string, options: Record<string, string> = {}, asker = h.fake.newUser()) {
  const interaction = h.fake.slashCommand(name, options, asker);
  h.fake.dispatch("INTERACTION_CREATE", interaction);
  return (await h.fake.interactionCallback(interaction)).body;
}

async function mention(content: string, author = h.fake.newUser()) {
  const message = h.fake.guildMessage(`<@${IDS.app}> ${content}`, { author });
  h.fake.dispatch("MESSAGE_CREATE", message);
  const reply = await h.fake.waitForRequest((r) => r.body?.message_reference?.message_id === message.id);
  return { message, reply };
}

const isReply = (r: RecordedRequest) =>
  r.method === "POST" && (/\/callback$/.test(r.path) || /^\/channels\/\d+\/messages$/.test(r.path));

describe("connecting", () => {
  it("identifies with only the intents it needs (no Message Content) and fetched the gateway over REST", () => {
    expect(h.fake.requests[0]).toMatchObject({ method: "GET", path: "/gateway/bot" });
    const intents = h.fake.identifies[0].intents as number;
    expect(intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(h.fake.identifies[0].token).not.toMatch(/^Bot /);
  });

  it("answers a heartbeat request and gets it acknowledged", async () => {
    const acked = new Promise<void>((resolve) => {
      const onDebug = (m: string) => {
        if (m.includes("Heartbeat acknowledged")) {
          h.client.off("debug", onDebug);
          resolve();
        }
      };
      h.client.on("debug", onDebug);
    });
    const before = h.fake.heartbeats;
    await h.fake.requestHeartbeat();
    await acked;
    expect(h.fake.heartbeats).toBe(before + 1);
  });
});

describe("slash commands", () => {
  it("/ask answers with an embed: quote, speaker, role, place and confidence", async () => {
    const body = await command("ask", { question: "who said the ISIS brand still exists worldwide" });
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const [embed] = body.data.embeds;
    expect(embed.title).toContain("Sales");
    expect(embed.description).toContain("العلامة التجارية لداعش");
    const names = embed.fields.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(["English", "Role", "Source", "Confidence"]));
    expect(embed.fields.find((f: { name: string }) => f.name === "Source").value).toMatch(/^“.*” \\\[US officials: .*\\\], 2019-08, ¶ \d+\.$/);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.data.flags ?? 0).toBe(0);
  });

  it("/ask says it does not know, and points to /speakers, when nothing matches", async () => {
    const body = await command("ask", { question: "What did Barack Obama say?" });
    expect(body.data.embeds ?? []).toEqual([]);
    expect(body.data.content).toContain(MESSAGES.noMatch);
    expect(body.data.content).toContain("/speakers");
  });

  it("/ask refuses an overlong question with a clear message", async () => {
    const body = await command("ask", { question: `who said ${"x".repeat(MAX_QUESTION_LENGTH + 50)}` });
    expect(body.data.content).toBe(MESSAGES.questionTooLong(MAX_QUESTION_LENGTH));
  });

  it("a question with @everyone and a role mention pings nobody", async () => {
    const body = await command("ask", { question: "@everyone <@&1234567890123456789> who said the ISIS brand still exists" });
    expect(body.data.allowed_mentions.parse).toEqual([]);
  });

  it("/whosaid finds the speaker of a quote, in English or Arabic", async () => {
    const body = await command("whosaid", { quote: "the ISIS brand still exists worldwide" });
    expect(body.data.embeds[0].title).toContain("Sales");
    const arabic = await command("whosaid", { quote: "العلامة التجارية لداعش ما زالت موجودة" });
    expect(arabic.data.embeds[0].title).toContain("Sales");
  });

  it("the Arabic-named commands answer as their English twins do, and /مساعدة shows the help with both names", async () => {
    const body = await command("من_قال", { quote: "العلامة التجارية لداعش ما زالت موجودة" });
    expect(body.data.embeds[0].title).toContain("Sales");
    const asked = await command("اسأل", { question: "ماذا قال سالز عن العلامة التجارية لداعش؟" });
    expect(asked.data.embeds[0].description).toContain("العلامة التجارية لداعش");
    const help = await command("مساعدة");
    expect(help.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(help.data.embeds[0].description).toContain("`/whosaid`, `/من_قال`");
    const typing = h.fake.autocomplete("ماذا_قال", "speaker", "Sal", h.fake.newUser());
    h.fake.dispatch("INTERACTION_CREATE", typing);
    const choices = (await h.fake.interactionCallback(typing)).body.data.choices as { name: string }[];
    expect(choices.some((c) => c.name.includes("Sales"))).toBe(true);
  });

  it("/speakers lists the speakers in both scripts", async () => {
    const body = await command("speakers");
    const description: string = body.data.embeds[0].description;
    for (const s of engine.speakers()) {
      expect(description).toContain(s.name);
      if (s.nameAr) expect(description).toContain(s.nameAr);
    }
  });

  it("an unknown command gets an ephemeral notice", async () => {
    const body = await command("nosuchcommand");
    expect(body.data.content).toBe(t("en", "unknownCommand", "`/ask`"));
    expect(body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it("/source shows the article", async () => {
    const body = await command("source");
    const [article] = engine.articles();
    expect(body.data.embeds[0].title).toBe(article.title);
    expect(body.data.embeds[0].footer.text).toContain(article.id);
  });
});

describe("Did you mean …? (status suggested)", () => {
  type Button = { custom_id: string; label: string };
  function expectSuggestions(data: any, lang: "en" | "ar" = "en") {
    expect(data.content).toBe(t(lang, "suggested"));
    expect(data.embeds[0].description).toMatch(/^\*\*1\.\*\* /);
    expect(data.embeds[0].description).toContain("Nathan Sales");
    // Offered, not stated: no answer embed (no speaker as title, no Confidence field).
    expect(data.embeds[0].title).toBeUndefined();
    const buttons = data.components[0].components as Button[];
    expect(buttons.length).toBeGreaterThanOrEqual(1);
    expect(buttons.length).toBeLessThanOrEqual(3);
    expect(buttons[0].label).toMatch(/^1\. /);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    return buttons;
  }

  it("/ask with a near miss offers numbered candidates, and a button answers with its candidate", async () => {
    const asker = h.fake.newUser();
    const body = await command("ask", { question: "who said the brand is still there?" }, asker);
    const buttons = expectSuggestions(body.data);
    const sales = buttons.find((b) => b.label.includes("Nathan Sales"))!;
    const click = h.fake.buttonClick(sales.custom_id, h.fake.botMessage(IDS.channel, body.data), asker);
    h.fake.dispatch("INTERACTION_CREATE", click);
    const picked = (await h.fake.interactionCallback(click)).body;
    expect(picked.type).toBe(InteractionResponseType.UpdateMessage);
    expect(picked.data.embeds[0].title).toContain("Sales");
    expect(picked.data.embeds[0].description).toContain("العلامة التجارية لداعش");
    expect(picked.data.embeds[0].footer.text).toContain(t("en", "yourPick"));
    expect(picked.data.allowed_mentions.parse).toEqual([]);
    // The pick is the conversation's last answer: a follow-up is about its speaker.
    const who = await command("ask", { question: "who is he?" }, asker);
    expect(who.data.embeds[0].title).toContain("Sales");
  });

  it("a mention in Arabic with a near miss gets the suggestions too", async () => {
    const { reply } = await mention("من قال إن العلامة ما زالت هناك؟");
    expectSuggestions(reply.body, "ar");
  });

  it("a pick button of suggestions the bot no longer holds says so", async () => {
    const click = h.fake.buttonClick("qb:pick:gone00:0", h.fake.botMessage(IDS.channel, { content: "old" }));
    h.fake.dispatch("INTERACTION_CREATE", click);
    expect((await h.fake.interactionCallback(click)).body.data.content).toBe(t("en", "expired"));
  });
});

describe("/said with autocomplete and buttons", () => {
  async function complete(value: string) {
    const interaction = h.fake.autocomplete("said", "speaker", value, h.fake.newUser());
    h.fake.dispatch("INTERACTION_CREATE", interaction);
    const body = (await h.fake.interactionCallback(interaction)).body;
    expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    return body.data.choices as { name: string; value: string }[];
  }

  it("suggests speakers from an English prefix, the value being the speaker id", async () => {
    const choices = await complete("Sal");
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    const sales = choices.find((c) => c.name.includes("Sales"));
    expect(sales).toBeDefined();
    expect(engine.speakers().some((s) => s.id === sales!.value)).toBe(true);
  });

  it("suggests speakers from an Arabic prefix", async () => {
    const arabic = engine.speakers().find((s) => s.nameAr)!;
    const choices = await complete(arabic.nameAr!.slice(0, 3));
    expect(choices.map((c) => c.value)).toContain(arabic.id);
  });

  it("offers at most 25 choices when nothing is typed yet", async () => {
    const choices = await complete("");
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it("lists what a speaker said, pages with buttons and shows the sentence around a quote", async () => {
    const speaker = engine.speakers().find((s) => s.quoteCount >= 2)!;
    const asker = h.fake.newUser();
    const body = await command("said", { speaker: speaker.id }, asker);
    const total = engine.quotesBy(speaker.id).length;
    expect(body.data.embeds[0].footer.text).toContain(`Answer 1 of ${total}`);
    const buttons = body.data.components[0].components as { custom_id: string; label: string; disabled?: boolean }[];
    const next = buttons.find((b) => b.label.startsWith("Next"))!;
    expect(next.disabled).toBe(false);
    expect(buttons.find((b) => b.label.includes("Previous"))!.disabled).toBe(true);

    const message = h.fake.botMessage(IDS.channel, body.data);
    const click = h.fake.buttonClick(next.custom_id, message, asker);
    h.fake.dispatch("INTERACTION_CREATE", click);
    const paged = (await h.fake.interactionCallback(click)).body;
    expect(paged.type).toBe(InteractionResponseType.UpdateMessage);
    expect(paged.data.embeds[0].footer.text).toContain(`Answer 2 of ${total}`);
    expect(paged.data.allowed_mentions.parse).toEqual([]);

    const sentence = (paged.data.components[0].components as { custom_id: string; label: string }[]).find((b) =>
      b.label.includes("sentence"),
    )!;
    const show = h.fake.buttonClick(sentence.custom_id, h.fake.botMessage(IDS.channel, paged.data), asker);
    h.fake.dispatch("INTERACTION_CREATE", show);
    const context = (await h.fake.interactionCallback(show)).body;
    expect(context.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const second = engine.quotesBy(speaker.id)[1];
    expect(context.data.embeds[0].description).toContain(`**`);
    expect(context.data.embeds[0].description.replace(/\\/g, "")).toContain(second.text.replace(/\\/g, ""));

    const cite = (paged.data.components[0].components as { custom_id: string; label: string }[]).find((b) =>
      b.label === "Copy citation",
    )!;
    const copy = h.fake.buttonClick(cite.custom_id, h.fake.botMessage(IDS.channel, paged.data), h.fake.newUser());
    h.fake.dispatch("INTERACTION_CREATE", copy);
    const citation = (await h.fake.interactionCallback(copy)).body;
    expect(citation.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(citation.data.content).toBe(`\`\`\`\n${second.citation.text}\n\`\`\``);
  });

  it("an unknown speaker typed by hand gets a short reply naming the speaker list", async () => {
    const body = await command("said", { speaker: "Barack Obama" });
    expect(body.data.content).toContain("/speakers");
  });

  it("buttons of an answer the bot no longer holds say so, ephemerally", async () => {
    const click = h.fake.buttonClick("qb:page:gone00:1", h.fake.botMessage(IDS.channel, { content: "old" }));
    h.fake.dispatch("INTERACTION_CREATE", click);
    const body = (await h.fake.interactionCallback(click)).body;
    expect(body.data.content).toBe(t("en", "expired"));
    expect(body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });
});

describe("feedback and buttons that outlive the bot", () => {
  type Button = { custom_id: string; label: string };
  const buttonsOf = (data: { components: { components: Button[] }[] }) => data.components.flatMap((r) => r.components);
  async function click(customId: string, data: unknown, asker = h.fake.newUser(), on: Harness = h) {
    const interaction = on.fake.buttonClick(customId, on.fake.botMessage(IDS.channel, data), asker);
    on.fake.dispatch("INTERACTION_CREATE", interaction);
    return (await on.fake.interactionCallback(interaction)).body;
  }

  it("👍 / 👎 / Wrong attribution under an answer write a verdict on the record shown, privately thanked", async () => {
    const asker = h.fake.newUser();
    const question = "who said the ISIS brand still exists worldwide";
    const body = await command("ask", { question }, asker);
    const buttons = buttonsOf(body.data);
    expect(buttons.map((b) => b.label)).toEqual(expect.arrayContaining(["Helpful", "Not helpful", "Wrong attribution"]));
    const wrong = buttons.find((b) => b.label === "Wrong attribution")!;
    const thanks = await click(wrong.custom_id, body.data, asker);
    expect(thanks.data.content).toBe(t("en", "feedbackThanks"));
    expect(thanks.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const { entries } = await readFeedback(h.feedback.path);
    expect(entries.at(-1)).toMatchObject({
      surface: "discord", question, records: ["article-000/q-sales-brand"], verdict: "wrong_attribution", comment: null,
    });
    // The user id is hashed, never written.
    expect(entries.at(-1)!.user).toMatch(/^[0-9a-f]{16}$/);
    expect(readFileSync(h.feedback.path, "utf8")).not.toContain(asker.id);
  });

  it("an Arabic question gets Arabic buttons and an Arabic thank-you", async () => {
    const body = await command("ask", { question: "من قال إن العلامة التجارية لداعش ما زالت موجودة؟" });
    const helpful = buttonsOf(body.data).find((b) => b.label === t("ar", "feedbackHelpful"))!;
    expect((await click(helpful.custom_id, body.data)).data.content).toBe(t("ar", "feedbackThanks"));
  });

  it("only the asker turns the pages of an answer; anyone may see its sentence or copy its citation", async () => {
    const speaker = engine.speakers().find((s) => s.quoteCount >= 2)!;
    const asker = h.fake.newUser();
    const body = await command("said", { speaker: speaker.id }, asker);
    const next = buttonsOf(body.data).find((b) => b.label.startsWith("Next"))!;
    const other = await click(next.custom_id, body.data);
    expect(other.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(other.data.content).toBe(t("en", "pageNotYours"));
    expect(other.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect((await click(next.custom_id, body.data, asker)).type).toBe(InteractionResponseType.UpdateMessage);
    const sentence = buttonsOf(body.data).find((b) => b.label.includes("sentence"))!;
    expect((await click(sentence.custom_id, body.data)).data.embeds[0].description).toContain("**");
  });

  it("after a restart, an old answer's sentence, citation and feedback buttons still work (their record is in the custom_id)", async () => {
    const question = "who said the ISIS brand still exists worldwide";
    const body = await command("ask", { question });
    const all = buttonsOf(body.data);
    for (const b of all) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    const restarted = await startHarness(engine);
    try {
      const sentence = await click(all.find((b) => b.label.includes("sentence"))!.custom_id, body.data, undefined, restarted);
      expect(sentence.data.embeds[0].description).toContain("**");
      const copy = await click(all.find((b) => b.label === "Copy citation")!.custom_id, body.data, undefined, restarted);
      expect(copy.data.content).toContain(engine.item("article-000/q-sales-brand")!.citation.text);
      const helpful = await click(all.find((b) => b.label === "Helpful")!.custom_id, body.data, undefined, restarted);
      expect(helpful.data.content).toBe(t("en", "feedbackThanks"));
      // The question is read back from the answer's footer: the verdict names it and the record.
      expect((await readFeedback(restarted.feedback.path)).entries).toEqual([
        expect.objectContaining({ records: ["article-000/q-sales-brand"], verdict: "helpful", question }),
      ]);
    } finally {
      await restarted.stop();
    }
  });

  it("after a restart, the asker pages an old answer and a speaker's list, and picks an old suggestion", async () => {
    const asker = h.fake.newUser();
    const answer = await command("ask", { question: "who is quoted?" }, asker);
    expect(answer.data.embeds[0].footer.text).toBe(`${t("en", "answerOf", 1, 5)} (${t("en", "inAll", 9)}) · “who is quoted?”`);
    const speaker = engine.speakers().find((s) => s.quoteCount >= 2)!;
    const said = await command("said", { speaker: speaker.id }, asker);
    const suggested = await command("ask", { question: "who said the brand is still there?" }, asker);
    const restarted = await startHarness(engine);
    try {
      // Next twice on the answer: each page's buttons come from the process that is running now.
      const second = await click(buttonsOf(answer.data).find((b) => b.label.startsWith("Next"))!.custom_id, answer.data, asker, restarted);
      expect(second.type).toBe(InteractionResponseType.UpdateMessage);
      expect(second.data.embeds[0].footer.text).toBe(`${t("en", "answerOf", 2, 5)} (${t("en", "inAll", 9)}) · “who is quoted?”`);
      const third = await click(buttonsOf(second.data).find((b) => b.label.startsWith("Next"))!.custom_id, second.data, asker, restarted);
      expect(third.data.embeds[0].footer.text).toContain(t("en", "answerOf", 3, 5));
      const shown = engine.ask("who is quoted?").answers[2];
      expect(third.data.embeds[0].description).toContain(shown.text.slice(0, 20));
      // The score it had as an answer, not the record's own 1.
      const confidence = third.data.embeds[0].fields.find((f: { name: string }) => f.name === "Confidence").value;
      expect(confidence).toContain(`${Math.round(shown.score * 100)}%`);

      const nextSaid = buttonsOf(said.data).find((b) => b.label.startsWith("Next"))!;
      const saidPage = await click(nextSaid.custom_id, said.data, asker, restarted);
      expect(saidPage.data.embeds[0].footer.text).toContain(`Answer 2 of ${engine.quotesBy(speaker.id).length} · ${t("en", "whatSaid", speaker.name)}`);

      const sales = (suggested.data.components[0].components as Button[]).find((b) => b.label.includes("Nathan Sales"))!;
      const picked = await click(sales.custom_id, suggested.data, asker, restarted);
      expect(picked.type).toBe(InteractionResponseType.UpdateMessage);
      expect(picked.data.embeds[0].title).toContain("Sales");
      expect(picked.data.embeds[0].footer.text).toBe(`“who said the brand is still there?” · ${t("en", "yourPick")}`);
    } finally {
      await restarted.stop();
    }
  });

  it("another user pressing the page or pick buttons of someone's answer is turned away politely, in private", async () => {
    const asker = h.fake.newUser();
    const answer = await command("ask", { question: "ماذا قال سيلز؟" }, asker);
    const suggested = await command("ask", { question: "who said the brand is still there?" }, asker);
    const restarted = await startHarness(engine);
    try {
      for (const [button, data, lang] of [
        [buttonsOf(answer.data).find((b) => b.label === t("ar", "next")), answer.data, "ar"],
        [(suggested.data.components[0].components as Button[])[0], suggested.data, "en"],
      ] as const) {
        expect(button).toBeDefined();
        const other = await click(button!.custom_id, data, h.fake.newUser(), restarted);
        expect(other.type).toBe(InteractionResponseType.ChannelMessageWithSource);
        expect(other.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
        // In the asker's interface language, from the catalogue.
        expect(other.data.content).toBe(t(lang, "pageNotYours"));
        expect((await click(button!.custom_id, data, asker, restarted)).type).toBe(InteractionResponseType.UpdateMessage);
      }
    } finally {
      await restarted.stop();
    }
  });

  it("a page button whose records the corpus no longer holds gets the expired notice", async () => {
    const gone = CUSTOM_ID.page({ lang: "ar", source: { kind: "answer", items: [{ ref: "A".repeat(8), score: 0.5 }, { ref: "B".repeat(8), score: 0.5 }] } }, 1);
    const body = await click(gone, { content: "old" });
    expect(body.data.content).toBe(t("ar", "expired"));
    expect(body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it("a record the corpus no longer holds gets the expired notice", async () => {
    const body = await click(`qb:fb:w:en:${"A".repeat(8)}:`, { content: "old" });
    expect(body.data.content).toBe(t("en", "expired"));
  });
});

describe("mentions and DMs", () => {
  it("answers a mention in a channel, as a reply that pings nobody", async () => {
    const { reply } = await mention("who said the ISIS brand still exists worldwide");
    expect(reply.path).toBe(`/channels/${IDS.channel}/messages`);
    expect(reply.body.embeds[0].title).toContain("Sales");
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("ignores channel messages that do not mention it, and messages from bots", async () => {
    const plain = h.fake.guildMessage("who said the ISIS brand still exists", { mentionBot: false });
    const fromBot = h.fake.guildMessage(`<@${IDS.app}> who said the ISIS brand still exists`, {
      author: { ...h.fake.newUser(), bot: true } as ReturnType<typeof h.fake.newUser>,
    });
    h.fake.dispatch("MESSAGE_CREATE", plain);
    h.fake.dispatch("MESSAGE_CREATE", fromBot);
    // Events are handled in order: once the reply to a later mention is there, the earlier ones were seen.
    await mention("who said the ISIS brand still exists worldwide");
    const repliedTo = h.fake.requests.map((r) => r.body?.message_reference?.message_id);
    expect(repliedTo).not.toContain(plain.id);
    expect(repliedTo).not.toContain(fromBot.id);
  });

  it("answers a mention of its managed role like a mention of itself", async () => {
    const message = h.fake.guildMessage(`<@&${IDS.botRole}> who said the ISIS brand still exists worldwide`, {
      mentionBot: false,
      mentionRole: true,
      author: h.fake.newUser(),
    });
    h.fake.dispatch("MESSAGE_CREATE", message);
    const reply = await h.fake.waitForRequest((r) => r.body?.message_reference?.message_id === message.id);
    expect(reply.body.embeds[0].title).toContain("Sales");
  });

  it("answers any message in a DM", async () => {
    const dm = h.fake.directMessage("What did Barack Obama say?", h.fake.newUser());
    h.fake.dispatch("MESSAGE_CREATE", dm);
    const reply = await h.fake.waitForRequest((r) => r.body?.message_reference?.message_id === dm.id);
    expect(reply.path).toBe(`/channels/${IDS.dmChannel}/messages`);
    expect(reply.body.content).toContain(MESSAGES.noMatch);
  });

  it("answers a bare mention with how to ask", async () => {
    const message = h.fake.guildMessage(`<@${IDS.app}>`);
    h.fake.dispatch("MESSAGE_CREATE", message);
    const reply = await h.fake.waitForRequest((r) => r.body?.message_reference?.message_id === message.id);
    expect(reply.body.content).toBe(MESSAGES.questionEmpty);
  });
});

describe("follow-up questions (a conversation per channel and user)", () => {
  it("a mention answers 'what else did he say?' and 'who is he?' from the same user's last answer", async () => {
    const asker = h.fake.newUser();
    const first = await mention("who said the ISIS brand still exists worldwide", asker);
    expect(first.reply.body.embeds[0].title).toContain("Sales");
    const more = await mention("what else did he say?", asker);
    expect(more.reply.body.embeds[0].title).toContain("Sales");
    // What the first answer showed is not shown again.
    expect(more.reply.body.embeds[0].description).not.toContain("العلامة التجارية لداعش");
    const who = await mention("who is he?", asker);
    expect(who.reply.body.embeds[0].title).toContain("Sales");
  });

  it("another user in the same channel has a conversation of their own", async () => {
    const asker = h.fake.newUser();
    await mention("who said the ISIS brand still exists worldwide", asker);
    const other = await mention("what else did he say?", h.fake.newUser());
    // The other user's "he" refers to nobody they asked about: the bot asks whom they mean.
    expect(other.reply.body.content).toContain(MESSAGES.unclearReferent);
  });

  it("/ask keeps the conversation too, and a DM has its own", async () => {
    const asker = h.fake.newUser();
    const body = await command("ask", { question: "what did Jeffrey say?" }, asker);
    expect(body.data.embeds[0].title).toContain("Jeffrey");
    const who = await command("ask", { question: "who is he?" }, asker);
    expect(who.data.embeds[0].title).toContain("Jeffrey");
    const dm = h.fake.directMessage("who is he?", asker);
    h.fake.dispatch("MESSAGE_CREATE", dm);
    const reply = await h.fake.waitForRequest((r) => r.body?.message_reference?.message_id === dm.id);
    expect(reply.body.content).toContain(MESSAGES.unclearReferent);
  });
});

describe("rate limit", () => {
  it("answers a flood of commands with an ephemeral notice, and lets the user in again later", async () => {
    const asker = h.fake.newUser();
    for (let i = 0; i < RATE.max; i++) {
      expect((await command("speakers", {}, asker)).data.embeds).toHaveLength(1);
    }
    const limited = await command("speakers", {}, asker);
    expect(limited.data.content).toContain("Try again in");
    expect(limited.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect((await command("speakers", {}, h.fake.newUser())).data.embeds).toHaveLength(1);

    now += RATE.windowMs + 1;
    expect((await command("speakers", {}, asker)).data.embeds).toHaveLength(1);
  });

  it("tells a user flooding mentions once, then stays quiet", async () => {
    const author = h.fake.newUser();
    for (let i = 0; i < RATE.max; i++) await mention("who said the ISIS brand still exists", author);
    const { reply } = await mention("who said the ISIS brand still exists", author);
    expect(reply.body.content).toContain("Try again in");
    const quiet = h.fake.guildMessage(`<@${IDS.app}> again`, { author });
    h.fake.dispatch("MESSAGE_CREATE", quiet);
    await mention("who said the ISIS brand still exists"); // another user, handled after `quiet`
    expect(h.fake.requests.some((r) => r.body?.message_reference?.message_id === quiet.id)).toBe(false);
  });
});

describe("errors", () => {
  it("answers a failing command ephemerally, logs it, and goes on working", async () => {
    const body = await command("ask", { question: "explode please" });
    expect(body.data.content).toBe(t("en", "error"));
    expect(body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(h.log.lines.some((l) => l.msg === "handler failed" && JSON.stringify(l).includes("engine failure for the test"))).toBe(true);
    expect((await command("speakers")).data.embeds).toHaveLength(1);
  });

  it("survives Discord rejecting its reply and the error reply", async () => {
    const interaction = h.fake.slashCommand("speakers", {}, h.fake.newUser());
    h.fake.responder = (r) =>
      r.path.startsWith(`/interactions/${interaction.id}/`) ? { status: 400, body: { message: "Bad", code: 50035 } } : undefined;
    try {
      h.fake.dispatch("INTERACTION_CREATE", interaction);
      await h.fake.waitForRequest(
        (r) => r.path.startsWith(`/interactions/${interaction.id}/`) && r.body?.data?.content === t("en", "error"),
      );
    } finally {
      h.fake.responder = undefined;
    }
    await h.log.waitFor((l) => l.msg === "could not send the error reply");
    expect((await command("speakers")).data.embeds).toHaveLength(1);
  });

  it("answers a failing mention with the error notice", async () => {
    const { reply } = await mention("explode");
    expect(reply.body.content).toBe(t("en", "error"));
  });
});

describe("every reply", () => {
  it("and every log line leave the token out", () => {
    expect(JSON.stringify(h.fake.requests.map((r) => r.body))).not.toContain(FAKE_TOKEN);
    expect(JSON.stringify(h.log.lines)).not.toContain(FAKE_TOKEN);
    expect(h.log.lines.some((l) => l.msg === "command")).toBe(true);
  });

  it("parses no mentions", () => {
    const replies = h.fake.requests.filter(isReply).filter((r) => r.body?.type !== 8);
    expect(replies.length).toBeGreaterThan(20);
    for (const r of replies) {
      const allowed = r.body.data?.allowed_mentions ?? r.body.allowed_mentions;
      expect(allowed, `${r.method} ${r.path}`).toEqual({ parse: [], replied_user: false });
    }
  });
});
