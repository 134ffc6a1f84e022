// FlexSearch side by side with the engine (issue 15): one FlexSearch index, default options, over each
// quote's and fact's text, translation and speaker names (the records fuse.js is given, see
// baseline-fuse.ts), asked each question as it is, with suggest (records holding some of its words,
// not only all: a question has words no record says, "who", "said"). FlexSearch only finds candidates:
// it neither attributes nor abstains, so its time is a floor for retrieval, not the engine's work.
import FlexSearch from "flexsearch";
import type { Corpus } from "../src/index.js";
import { fuseRecords } from "./baseline-fuse.js";

/** How many ids a search returns: as many as an answer may show. */
const LIMIT = 10;

export interface FlexBaseline {
  records: number;
  /** The ids of the records found, best first. */
  search: (question: string) => number[];
}

export function createFlexBaseline(corpus: Corpus): FlexBaseline {
  const records = fuseRecords(corpus);
  const index = new FlexSearch.Index();
  records.forEach((r, id) => index.add(id, [r.text, r.textEn ?? "", r.name ?? "", r.nameAr ?? "", ...r.aliases].join(" ")));
  return { records: records.length, search: (question) => index.search(question, { limit: LIMIT, suggest: true }) as number[] };
}
