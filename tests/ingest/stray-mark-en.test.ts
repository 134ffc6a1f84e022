// (en) A quotation that runs on over paragraphs, one of which opens on a closing mark by a typesetting slip
// ("” The one that we heard …"): the run goes on through it to the attribution that closes it.
import { describe, expect, it } from "vitest";
import { extract, speakerOf } from "./helpers.js";

const HEADLINE = "Ministry plays down ferry ransom reports";

describe("(en) a paragraph opening on a closing mark inside a run-on quotation", () => {
  it("reads the mark as an opening one: every paragraph of the run is the closing speaker's", () => {
    const d = extract(
      "en",
      HEADLINE,
      [
        "Transport Minister Abel Okon said the ransom reports were not new.",
        "The minister said: “We have heard several versions of this report.",
        "” The one we heard last week came from a source in the port town.",
        "“Until we establish the truth behind it, the ministry will not be in a hurry to make a statement.",
        "“However, the ministry is using its own channels to check the source,” he said.",
      ].join("\n\n"),
    );
    expect(speakerOf(d, "came from a source in the port town")?.name).toBe("Abel Okon");
    expect(speakerOf(d, "not be in a hurry to make a statement")?.name).toBe("Abel Okon");
  });

  it("a closing mark after words still closes", () => {
    const d = extract("en", HEADLINE, "“The ferry will sail on Monday,” Okon said.\n\nThe port reopened on Sunday.");
    expect(speakerOf(d, "ferry will sail")?.name).toBe("Okon");
  });
});
