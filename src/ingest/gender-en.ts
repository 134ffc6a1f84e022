// The gender a given name tells, for agreement with "he"/"she": the census-based first-name tables of
// gender-detection-from-name (English, Spanish, French, Italian, German), read once on first use. A name the
// tables disagree on ("Andrea": female in English, male in Italian) tells nothing; the lexicon's own short
// lists (names-en in lexicon-en.ts) come first.
import { createRequire } from "node:module";
import { FEMALE_NAMES, MALE_NAMES } from "./lexicon-en.js";
import type { Gender } from "./types.js";

const TABLES = ["en", "es", "fr", "it", "de"];
let tables: Map<string, string>[] | null = null;

function loaded(): Map<string, string>[] {
  if (!tables) {
    const require = createRequire(import.meta.url);
    tables = TABLES.map((t) => require(`gender-detection-from-name/names/${t}.js`) as Map<string, string>);
  }
  return tables;
}

/** "m" or "f" for a given name every table that lists it agrees on; null otherwise. */
export function givenNameGender(name: string): Gender {
  const key = name.toLowerCase();
  if (FEMALE_NAMES.has(key)) return "f";
  if (MALE_NAMES.has(key)) return "m";
  if (!/^\p{L}[\p{L}'’-]*$/u.test(key)) return null;
  const said = new Set(loaded().map((t) => t.get(key)).filter(Boolean));
  if (said.size !== 1) return null;
  return said.has("female") ? "f" : said.has("male") ? "m" : null;
}

/** Whether a person's first name contradicts a pronoun's gender ("she" and "Jeremy"). */
export function contradictsGender(firstName: string, gender: Gender): boolean {
  if (gender !== "m" && gender !== "f") return false;
  const g = givenNameGender(firstName);
  return g !== null && g !== gender;
}
