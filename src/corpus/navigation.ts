// Lines that link to other stories ("اقرأ أيضاً.. …", "Read more: …") are navigation, not article
// content: they never yield quotes or facts.

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
