// Names shared by the code and manifest.json; tests check that the two agree.

export const COMMAND = "/quote";
export const SHORTCUT_WHO_SAID = "who_said_this";
export const ACTION_SHARE = "share_answer";
export const ACTION_PICK = "pick_suggestion";
export const ACTION_COPY_CITATION = "copy_citation";
/** 👍 / 👎 / Wrong attribution: one action, the verdict in the button's value. */
export const ACTION_FEEDBACK = "answer_feedback";

/**
 * The bot scopes the app asks for, each used by the code: slash commands, posting answers
 * (chat.postMessage, chat.postEphemeral), app_mention events, and message.im events (DMs). The OAuth
 * install asks for these; manifest.json lists the same.
 */
export const BOT_SCOPES = ["commands", "chat:write", "app_mentions:read", "im:history"] as const;
