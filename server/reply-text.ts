// What counts in a reply, the same for the server and the web client (this file imports nothing, so
// the page can bundle it): its length, in Unicode code points, and whether it says anything at all.
//
// Code points, not UTF-16 units (String.length) and not what a screen shows as one character: a
// letter, a space, a line break or most emoji is one; a flag is two, a family emoji up to seven.
// That count is the same in every browser and every Node, so the page's counter and the server agree
// to the character.

/** Code points of `text`; a lone surrogate counts as one. */
export function replyLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * Nothing anyone could read: only white space, control characters (U+0000 included), format
 * characters (zero-width spaces and joiners, bidirectional marks and overrides, the byte order
 * mark, soft hyphens), other default-ignorable characters (variation selectors, Hangul fillers) and
 * lone surrogates.
 */
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]*$/u;

export function isBlankReply(text: string): boolean {
  return INVISIBLE.test(text);
}
