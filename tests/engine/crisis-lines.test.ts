// The emergency and crisis lines by place: every entry is complete and says where it came from and
// when it was checked; the six regions the issue names each have an emergency number and lines for
// every kind of notice; anywhere else gets no numbers (the notice names the local emergency number).
import { describe, expect, it } from 'vitest';
import {
  CRISIS_LINES,
  CRISIS_REGIONS,
  crisisLinesFor,
  describeCrisisLine,
  knownRegion,
  regionOfLocale,
  SAFETY_KINDS,
} from '../../server/engine/index.js';

describe('the crisis lines file', () => {
  it.each(CRISIS_LINES.map((line) => [`${line.region} ${line.name}`, line] as const))(
    '%s has a name, a number, a region, what it is for, a source and a check date',
    (_name, line) => {
      expect(line.name.trim()).not.toBe('');
      expect(line.number).toMatch(/^[0-9][0-9 -]*(?: or [0-9 ]+)?$/);
      expect(Object.keys(CRISIS_REGIONS)).toContain(line.region);
      expect(line.for.trim().length).toBeGreaterThan(10);
      expect(line.kinds.length).toBeGreaterThan(0);
      for (const kind of line.kinds) expect(SAFETY_KINDS).toContain(kind);
      expect(line.source).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
      expect(line.checked).toMatch(/^\d{4}-\d{2}-\d{2}\b/);
      if (line.textOnly) expect(line.text).toBeDefined();
    },
  );

  it.each(['GB', 'IE', 'US', 'CA', 'AU', 'NZ'])(
    '%s has an emergency number first and a line for every kind of notice',
    (region) => {
      for (const kind of SAFETY_KINDS) {
        const lines = crisisLinesFor(region, kind);
        expect(lines[0]?.name).toBe('Emergency services');
        expect(lines.length, kind).toBeGreaterThanOrEqual(2);
        expect(lines.every((line) => line.kinds.includes(kind))).toBe(true);
      }
    },
  );

  it('gives the lines that fit the notice: a domestic abuse line for someone being hurt, not for self-harm', () => {
    expect(crisisLinesFor('GB', 'being-harmed').map((line) => line.number)).toEqual(
      expect.arrayContaining(['999', '0808 2000 247', '116 123']),
    );
    expect(crisisLinesFor('GB', 'self-harm').map((line) => line.number)).not.toContain('0808 2000 247');
    expect(
      crisisLinesFor('US', 'self-harm')
        .map((line) => line.number)
        .slice(0, 2),
    ).toEqual(['911', '988']);
    expect(crisisLinesFor('GB').length).toBeGreaterThan(crisisLinesFor('GB', 'self-harm').length);
  });

  it('gives no numbers for a region it does not know, or none', () => {
    expect(crisisLinesFor('FR', 'self-harm')).toEqual([]);
    expect(crisisLinesFor(undefined, 'self-harm')).toEqual([]);
  });
});

describe('regions', () => {
  it('reads the region from a browser language tag when it is one of ours', () => {
    expect(regionOfLocale('en-GB')).toBe('GB');
    expect(regionOfLocale('en_IE')).toBe('IE');
    expect(regionOfLocale('en-US')).toBe('US');
    expect(regionOfLocale('fr-CA')).toBe('CA');
    expect(regionOfLocale('en-AU')).toBe('AU');
    expect(regionOfLocale('mi-NZ')).toBe('NZ');
    expect(regionOfLocale('zh-Hant-TW')).toBeUndefined();
    expect(regionOfLocale('en')).toBeUndefined();
    expect(regionOfLocale('de-DE')).toBeUndefined();
  });

  it('accepts UK for GB and any case', () => {
    expect(knownRegion('uk')).toBe('GB');
    expect(knownRegion(' nz ')).toBe('NZ');
    expect(knownRegion('XX')).toBeUndefined();
  });
});

describe('describeCrisisLine', () => {
  it('says how to reach the line in one sentence', () => {
    const [samaritans] = crisisLinesFor('GB').filter((line) => line.name === 'Samaritans');
    const [shout] = crisisLinesFor('GB').filter((line) => line.name === 'Shout');
    expect(samaritans && describeCrisisLine(samaritans)).toMatch(/^Samaritans: call 116 123\. /);
    expect(shout && describeCrisisLine(shout)).toMatch(/^Shout: text SHOUT to 85258\. /);
  });
});
