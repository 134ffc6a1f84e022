import type { Attribution, Paragraph } from "./types.js";
export function englishAttributions(_paragraphs: Paragraph[]): Attribution[] {
  return [];
}
