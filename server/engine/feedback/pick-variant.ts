// Chooses among equivalent phrasings so feedback does not read as one canned string, while the
// same reply always gets the same words (sessions replay byte for byte; no Math.random here).

/** FNV-1a, 32-bit: cheap and well spread for short strings. */
export function hashText(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One item of a non-empty list, fixed by the reply's hash and a salt naming the slot being filled. */
export function pickVariant<T>(items: readonly T[], replyHash: number, salt: string): T {
  const index = hashText(salt, replyHash) % items.length;
  return items[index] as T;
}
