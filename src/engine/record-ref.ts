// A short, stable reference to a corpus record, for places with little room (a Discord button's
// custom_id holds 100 characters): 8 base64url characters of the SHA-256 of the record's id. 48 bits:
// with a million records the chance that two share a reference is about 2 in a million, and a lookup
// by reference that hits the wrong record is still a real record of the corpus, shown with its own text.
import { createHash } from "node:crypto";

export const RECORD_REF_LENGTH = 8;

export function recordRef(id: string): string {
  return createHash("sha256").update(id).digest("base64url").slice(0, RECORD_REF_LENGTH);
}
