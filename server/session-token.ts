// Session tokens: 256 random bits handed to the client once. Only their SHA-256 is stored, and a
// presented token is checked by comparing digests in constant time, so neither a database dump nor
// response timing gives a token away.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

// Compared when there is no session at all, so "no such session" costs the same as "wrong token".
const NO_SESSION_HASH = hashToken(newToken());

/** `storedHash` is undefined when the session does not exist. */
export function tokenMatches(token: string, storedHash: string | undefined): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash ?? NO_SESSION_HASH, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored) && storedHash !== undefined;
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer +([A-Za-z0-9._~+/=-]{1,512})$/i.exec(header.trim());
  return match?.[1];
}
