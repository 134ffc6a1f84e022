// Worker thread of `analysis.ts`: analyses the articles it is given and answers on its port, then
// raises the shared flag that the blocked builder waits on. Any failure is answered too, so that the
// builder falls back to analysing those articles itself.
import { workerData, type MessagePort } from "node:worker_threads";
import type { ArticleSource } from "./layout.js";

const { articles, done, port } = workerData as { articles: ArticleSource[]; done: Int32Array; port: MessagePort };
try {
  const { analyzePacked } = await import("./analysis.js");
  const packed = analyzePacked(articles);
  port.postMessage({ packed }, [packed.ids.buffer, packed.ends.buffer]);
} catch (error) {
  port.postMessage({ error: String(error) });
}
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
