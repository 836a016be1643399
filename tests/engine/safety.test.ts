// Crisis replies pause the partner and point to real help; feelings said in strong words do not.
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../server/engine/index.js';

describe('detectCrisis', () => {
  it.each([
    ['I want to kill myself', 'self-harm'],
    ["Honestly I don't want to live anymore", 'self-harm'],
    ['Sometimes I think about ending my life', 'self-harm'],
    ['I wish I was dead', 'self-harm'],
    ['I have been cutting myself again', 'self-harm'],
    ['Everyone would be better off without me', 'self-harm'],
    // Borderline, decided on the side of care (see server/engine/safety.ts).
    ['I could kill myself for being so stupid', 'self-harm'],
    ["I'm going to kill him when I see him", 'harm-to-others'],
    ['I want to hurt her the way she hurt me', 'harm-to-others'],
    ['I could strangle that guy', 'harm-to-others'],
    ['He hits me when he drinks', 'being-harmed'],
    ['My husband beat me last night', 'being-harmed'],
    ["I'm not safe at home", 'being-harmed'],
    ["I'm scared she'll hurt me if I tell her", 'being-harmed'],
  ] as const)('"%s" is a crisis (%s)', (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });

  it.each([
    'This is killing me',
    "You're killing me with this silence",
    'The guilt is eating me alive',
    "I'm dying to know what you think",
    'I killed our trust and I know it',
    "I don't want to hurt you again",
    'I hurt you and I hate myself for it',
    'It hit me last night how much I lied',
    'You beat me to it',
    "I'm sorry I lied to you. That was my choice.",
  ])('"%s" is not a crisis', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it('speaks plainly and names general help without inventing phone numbers', () => {
    for (const text of ['I want to kill myself', "I'm going to kill him", 'He hits me']) {
      const notice = detectCrisis(text);
      const all = `${notice?.message} ${notice?.resources.join(' ')}`;
      expect(all).toMatch(/emergency number/);
      expect(all).toMatch(/in your country/);
      expect(all).toMatch(/trust/);
      expect(all).not.toMatch(/\d{3}/);
    }
  });
});
