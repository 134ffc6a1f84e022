export { cueLemma as lemmaOfCue } from "../src/ingest/nlp-en.js";
