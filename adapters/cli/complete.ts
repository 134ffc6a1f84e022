// Tab completion and "did you mean" for the REPL: its :commands, and speaker names for the word being typed.

export const REPL_COMMANDS = [":help", ":speakers", ":json", ":wrong", ":helpful", ":quit", ":exit"] as const;

/** Edit distance, capped: only short command words are compared. */
function distance(a: string, b: string): number {
  if (a.length > 40 || b.length > 40) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The :command closest to a mistyped one (by prefix or at most 2 edits), or null. */
export function closestCommand(typed: string, commands: readonly string[] = REPL_COMMANDS): string | null {
  const word = typed.trim().split(/\s/)[0].toLowerCase();
  const prefixed = commands.filter((c) => c.startsWith(word) && word.length > 1);
  if (prefixed.length === 1) return prefixed[0];
  let best: string | null = null;
  let bestDistance = 3;
  for (const c of commands) {
    const d = distance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();

/** readline's completer: `:` commands at the start of the line, else speaker names for the last word. */
export function completer(names: () => readonly string[]) {
  return (line: string): [string[], string] => {
    if (line.startsWith(":")) {
      const hits = REPL_COMMANDS.filter((c) => c.startsWith(line));
      return [hits.length ? hits : [...REPL_COMMANDS], line];
    }
    const word = /(\S*)$/.exec(line)?.[1] ?? "";
    if (!word) return [[], word];
    const lower = word.toLocaleLowerCase();
    // One spelling per name: "Erdogan" and "Erdoğan" are one completion, in the letters being typed.
    const hits = new Map<string, string>();
    const plain = (s: string) => /^[\x20-\x7e]*$/.test(s);
    for (const name of names()) {
      for (const part of name.split(/\s+/)) {
        if (!part.toLocaleLowerCase().startsWith(lower) || part.length <= word.length) continue;
        const key = fold(part);
        const seen = hits.get(key);
        if (seen === undefined || (plain(word) && plain(part) && !plain(seen))) hits.set(key, part);
      }
      if (hits.size >= 50) break;
    }
    return [[...hits.values()].sort(), word];
  };
}
