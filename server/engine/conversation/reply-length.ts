// How long a reply was, as a partner hears it: a few words, a paragraph, or neither. Some reactions
// fit one of these only ("Talk to me." after "ok"; "I don't need a speech." after a paragraph),
// and scenarios mark them `after: short` or `after: long`.
import type { ReplyLength } from '../scenario/scenario-schema.js';

/** "ok", "I don't know.", "I'm sorry, I really am": a few words at most. */
export const SHORT_REPLY_WORDS = 6;
/** About three sentences: enough that "a lot of words" is fair. */
export const LONG_REPLY_WORDS = 30;

export function replyLengthOf(reply: string): ReplyLength | undefined {
  const words = reply.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (words <= SHORT_REPLY_WORDS) return 'short';
  if (words >= LONG_REPLY_WORDS) return 'long';
  return undefined;
}
