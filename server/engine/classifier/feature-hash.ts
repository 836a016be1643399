// Feature hashing shared by the reply classifier and the crisis model: FNV-1a over characters and
// integers, then a final avalanche so the top bits (the slot in a table of 2^bits) depend on every
// character. Both models are trained with these exact functions, so a change here means retraining.
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function fnvChar(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

export function fnvString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = fnvChar(h, s.charCodeAt(i));
  return h;
}

export function fnvInt(h: number, n: number): number {
  h = fnvChar(h, n & 0xff);
  h = fnvChar(h, (n >>> 8) & 0xff);
  h = fnvChar(h, (n >>> 16) & 0xff);
  return fnvChar(h, n >>> 24);
}

/** The top `bits` bits of the hash after mixing: a slot in a table of 2^bits. */
export function slotIn(h: number, bits: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> (32 - bits);
}
