// What a Discord client would make live in rendered text: masked links, bare or bracketed URLs, mentions.
// Escaped characters (a backslash and the character after it) and inline code are plain text, so they
// are dropped first.

const ESCAPED = /\\[\s\S]/g;
const CODE = /`[^`]*`/g;

export function liveMarkup(text: string): string | null {
  const plain = text.replace(ESCAPED, "\u0000").replace(CODE, "\u0000");
  const found =
    /\[[^\]\n]*\]\(/.exec(plain) ?? // masked link
    /\b(?:https?|steam|discord):\/\//i.exec(plain) ?? // autolink
    /<(?:@[!&]?|#|t:|a?:)\S/.exec(plain) ?? // mention, channel, timestamp, custom emoji
    /@(?:everyone|here)\b/.exec(plain);
  return found ? found[0] : null;
}
