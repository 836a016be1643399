// Limits the server enforces, repeated here so the page can warn before sending. The client cannot
// import them from server/api-contract.ts at run time (that would bundle TypeBox into the page);
// tests/client/limits.test.ts checks they stay equal.
export const MAX_REPLY_LENGTH = 2000;
/** The counter under the reply box appears from here on. */
export const REPLY_COUNTER_FROM = 1600;

/** What the server counts: UTF-16 code units of the text as sent (String.length), spaces and line breaks included. */
export function replyLength(text: string): number {
  return text.length;
}
