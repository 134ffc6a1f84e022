// Lines that link to other stories ("اقرأ أيضاً.. …", "Read more: …") are navigation, not article
// content: they never yield quotes or facts. A marker alone on its line ("اقرأ أيضاً:") opens a list of
// linked headlines on the lines after it, which are navigation too.

const NAVIGATION = [
  /^\s*(?:اقرأ|إقرأ|اقرا|إقرا|أقرأ|طالع|شاهد)\s+(?:أيضا|أيضاً|ايضا|ايضاً|أيضًا)/u,
  /^\s*(?:اقرأ|إقرأ|اقرا)\s+(?:المزيد|كذلك)/u,
  /^\s*(?:مواضيع|أخبار|اخبار)\s+(?:ذات صلة|متعلقة)/u,
  /^\s*(?:read|see|watch)\s+(?:also|more)\b/iu,
  /^\s*(?:related|more)\s*(?:stories|coverage|reading)?\s*:/iu,
  /^\s*(?:also read|recommended|advertisement)\b/iu,
];

export function isNavigationLine(line: string): boolean {
  return NAVIGATION.some((re) => re.test(line));
}

/** A marker with no headline of its own after it ("اقرأ أيضاً:", "مواضيع ذات صلة", "Read also"). */
function listHeader(line: string): boolean {
  if (!isNavigationLine(line)) return false;
  const rest = line.replace(/^\s*\S+\s+\S+/u, "").replace(/[\s:：|.…\-–—]+/gu, " ").trim();
  return rest.split(/\s+/).filter(Boolean).length <= 1;
}

/** A linked headline: short, with no sentence end (a full stop) and no quotation running on. */
function headlineLike(line: string): boolean {
  const t = line.trim();
  return !!t && t.split(/\s+/).length <= 22 && !/[.!]["”»]?$/u.test(t);
}

/** 1-based numbers of the navigation lines of an article: marked lines and the headlines listed under a marker
 *  alone on its line (blank lines between them included; the list ends at the first line that reads as prose). */
export function navigationLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  let listing = false;
  let items = 0;
  lines.forEach((line, i) => {
    if (isNavigationLine(line)) {
      out.add(i + 1);
      listing = listHeader(line);
      items = 0;
      return;
    }
    if (!listing || !line.trim()) return;
    if (headlineLike(line) && items < 12) {
      out.add(i + 1);
      items++;
    } else listing = false;
  });
  return out;
}
