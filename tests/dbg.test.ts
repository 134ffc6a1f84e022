import { it } from "vitest";
import { extractFromText } from "../src/ingest/extract.js";
