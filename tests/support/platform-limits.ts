// What Discord and Slack refuse: each platform's documented payload limits, checked on every payload a
// loopback fake receives (and by the property tests), so that a reply the real platform would reject
// fails the test instead of reaching nobody.

export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedsTotal: 6000,
  actionRows: 5,
  rowComponents: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  actionElements: 25,
  fallbackText: 40_000,
} as const;

type Json = any;

const over = (what: string, length: number, max: number) => `${what}: ${length} > ${max}`;

function check(out: string[], what: string, value: unknown, max: number): void {
  if (typeof value === "string" && value.length > max) out.push(over(what, value.length, max));
}

/**
 * Limit violations in a Discord message payload (a message body, an interaction callback's `data`, or
 * an autocomplete result); empty when Discord would accept it.
 */
export function discordViolations(payload: Json): string[] {
  const out: string[] = [];
  if (!payload || typeof payload !== "object") return out;
  check(out, "content", payload.content, DISCORD_LIMITS.content);
  const embeds: Json[] = payload.embeds ?? [];
  if (embeds.length > DISCORD_LIMITS.embeds) out.push(over("embeds", embeds.length, DISCORD_LIMITS.embeds));
  let total = 0;
  embeds.forEach((e, i) => {
    check(out, `embed ${i} title`, e.title, DISCORD_LIMITS.title);
    check(out, `embed ${i} description`, e.description, DISCORD_LIMITS.description);
    check(out, `embed ${i} footer`, e.footer?.text, DISCORD_LIMITS.footer);
    check(out, `embed ${i} author`, e.author?.name, DISCORD_LIMITS.authorName);
    const fields: Json[] = e.fields ?? [];
    if (fields.length > DISCORD_LIMITS.fields) out.push(over(`embed ${i} fields`, fields.length, DISCORD_LIMITS.fields));
    fields.forEach((f, j) => {
      check(out, `embed ${i} field ${j} name`, f.name, DISCORD_LIMITS.fieldName);
      check(out, `embed ${i} field ${j} value`, f.value, DISCORD_LIMITS.fieldValue);
      if (!f.name || !f.value) out.push(`embed ${i} field ${j}: empty name or value`);
    });
    total +=
      (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text?.length ?? 0) + (e.author?.name?.length ?? 0) +
      fields.reduce((n: number, f: Json) => n + (f.name?.length ?? 0) + (f.value?.length ?? 0), 0);
  });
  if (total > DISCORD_LIMITS.embedsTotal) out.push(over("embeds total", total, DISCORD_LIMITS.embedsTotal));
  const rows: Json[] = payload.components ?? [];
  if (rows.length > DISCORD_LIMITS.actionRows) out.push(over("action rows", rows.length, DISCORD_LIMITS.actionRows));
  rows.forEach((row, i) => {
    const parts: Json[] = row.components ?? [];
    if (parts.length > DISCORD_LIMITS.rowComponents) out.push(over(`row ${i} components`, parts.length, DISCORD_LIMITS.rowComponents));
    parts.forEach((c, j) => {
      check(out, `row ${i} component ${j} custom_id`, c.custom_id, DISCORD_LIMITS.customId);
      check(out, `row ${i} component ${j} label`, c.label, DISCORD_LIMITS.buttonLabel);
    });
  });
  const choices: Json[] | undefined = payload.choices;
  if (choices) {
    if (choices.length > DISCORD_LIMITS.choices) out.push(over("choices", choices.length, DISCORD_LIMITS.choices));
    choices.forEach((c, i) => {
      check(out, `choice ${i} name`, c.name, DISCORD_LIMITS.choiceName);
      check(out, `choice ${i} value`, c.value, DISCORD_LIMITS.choiceValue);
    });
  }
  return out;
}

/** Limit violations in a Slack message payload (`text` and `blocks`); empty when Slack would accept it. */
export function slackViolations(payload: Json): string[] {
  const out: string[] = [];
  if (!payload || typeof payload !== "object") return out;
  check(out, "text", payload.text, SLACK_LIMITS.fallbackText);
  const blocks: Json[] = payload.blocks ?? [];
  if (blocks.length > SLACK_LIMITS.blocks) out.push(over("blocks", blocks.length, SLACK_LIMITS.blocks));
  blocks.forEach((b, i) => {
    check(out, `block ${i} block_id`, b.block_id, SLACK_LIMITS.blockId);
    if (b.type === "section") {
      check(out, `block ${i} section text`, b.text?.text, SLACK_LIMITS.sectionText);
      if (b.text && !b.text.text) out.push(`block ${i}: empty section text`);
    } else if (b.type === "context") {
      const elements: Json[] = b.elements ?? [];
      if (elements.length > SLACK_LIMITS.contextElements) out.push(over(`block ${i} context elements`, elements.length, SLACK_LIMITS.contextElements));
      elements.forEach((e, j) => check(out, `block ${i} context ${j} text`, e.text, SLACK_LIMITS.contextText));
    } else if (b.type === "actions") {
      const elements: Json[] = b.elements ?? [];
      if (elements.length > SLACK_LIMITS.actionElements) out.push(over(`block ${i} action elements`, elements.length, SLACK_LIMITS.actionElements));
      elements.forEach((e, j) => {
        check(out, `block ${i} element ${j} action_id`, e.action_id, SLACK_LIMITS.actionId);
        check(out, `block ${i} element ${j} value`, e.value, SLACK_LIMITS.buttonValue);
        check(out, `block ${i} element ${j} text`, e.text?.text, SLACK_LIMITS.buttonText);
      });
    }
  });
  return out;
}
