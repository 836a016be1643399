// The page warns about a reply that is too long before sending it: with the server's own limit, and
// counting the way the server counts.
import { describe, expect, it } from 'vitest';
import { MAX_REPLY_LENGTH as CLIENT_MAX, replyLength } from '../../client/src/limits.js';
import { MAX_REPLY_LENGTH as SERVER_MAX } from '../../server/api-contract.js';

describe('the reply limit in the web client', () => {
  it('is the server limit', () => {
    expect(CLIENT_MAX).toBe(SERVER_MAX);
  });

  it('counts what the server counts: code points, with line breaks and surrounding spaces', () => {
    expect(replyLength('  I am sorry.\nI lied.  ')).toBe('  I am sorry.\nI lied.  '.length);
    // An emoji outside the basic plane is one code point (two UTF-16 units), as the server counts it.
    expect(replyLength('sorry 💔')).toBe(7);
    expect(replyLength('💔'.repeat(2000))).toBe(SERVER_MAX);
    expect(replyLength('🇳🇿')).toBe(2);
  });
});
