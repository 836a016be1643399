// Limits the server enforces, repeated here so the page can warn before sending. The client cannot
// import them from server/api-contract.ts at run time (that would bundle TypeBox into the page);
// tests/client/limits.test.ts checks they stay equal.
export const MAX_REPLY_LENGTH = 2000;
/** The counter under the reply box appears from here on. */
export const REPLY_COUNTER_FROM = 1600;

/** What the server counts: Unicode code points of the text as sent, spaces and line breaks included (a plain module, no TypeBox). */
export { replyLength } from '../../server/reply-text.js';
