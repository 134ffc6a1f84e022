// Checks Bolt's signature verification leaves out: a signed request must be timed within ±5 minutes of
// now (Bolt refuses only the past), and is handled once (Bolt deduplicates nothing but event retries).
import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTPReceiver, type HTTPReceiverOptions } from "@slack/bolt";
import type { Clock } from "../shared/rate-limit.js";
import { RecentIds } from "./recent-ids.js";

/** Slack's own window for a request's timestamp, applied both ways. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

/** Set on a request's context when its signature was seen before within the window. */
export const REPLAYED = "quotebotReplayed";

/**
 * An HTTP receiver that refuses, with 401, a request timed more than 5 minutes from now, and marks a
 * validly signed request whose signature it has seen before (the marking runs after Bolt verified the
 * signature, so unsigned junk never takes memory). Signatures are kept for twice the skew: any older
 * replay is refused by its timestamp.
 */
export function guardedReceiver(options: HTTPReceiverOptions, now: Clock = Date.now): HTTPReceiver {
  const signatures = new RecentIds(2 * MAX_CLOCK_SKEW_S * 1000, now);
  const receiver = new HTTPReceiver({
    ...options,
    customPropertiesExtractor: (req) => {
      const signature = header(req, "x-slack-signature");
      return signature && !signatures.firstTime(signature) ? { [REPLAYED]: true } : {};
    },
  });
  const verified = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const stamp = header(req, "x-slack-request-timestamp");
    if (stamp !== undefined && !(Math.abs(Number(stamp) - now() / 1000) <= MAX_CLOCK_SKEW_S)) {
      res.writeHead(401).end();
      return;
    }
    verified(req, res);
  };
  return receiver;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
