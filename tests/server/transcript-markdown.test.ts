// The Markdown export is a file people may hand to a counsellor, so what was typed must never pass
// for the file's own structure. A reply that looks like a heading and a score, a list, a quote, a
// table, a fence, a script tag, a NUL byte or a right-to-left override stays quoted text: every line
// of it in a block quote, Markdown and HTML escaped, controls dropped, overrides removed, in the
// conversation and in "Your best replies". fast-check throws arbitrary text at it, with a fixed seed.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreatedSession, SessionView } from '../../server/api-contract.js';
import type { Report, Scenario } from '../../server/engine/index.js';
import { transcriptMarkdown } from '../../server/transcript-markdown.js';
import { bearer, createSession, makeApp, scenarios } from './server-fixtures.js';

const SEED = 20_261_207;

interface Transcript {
  session: SessionView;
  report: Report;
  scenario: Scenario;
}

/** A real session of three turns (one of them the "best"), read back through the API. */
let base: Transcript;

beforeAll(async () => {
  const { app } = await makeApp();
  try {
    const created: CreatedSession = await createSession(app);
    const auth = bearer(created.token);
    for (const text of ['I lied to you, and I am sorry.', 'You have every right to be angry.', 'It was nothing.']) {
      await app.inject({
        method: 'POST',
        url: `/api/sessions/${created.id}/replies`,
        headers: auth,
        payload: { text },
      });
    }
    const session = (await app.inject({ url: `/api/sessions/${created.id}`, headers: auth })).json() as SessionView;
    const report = (await app.inject({ url: `/api/sessions/${created.id}/report`, headers: auth })).json() as Report;
    const scenario = (await scenarios()).get(session.scenarioId);
    if (scenario === undefined) throw new Error('no scenario');
    base = { session, report, scenario };
  } finally {
    await app.close();
  }
  expect(base.report.best.length).toBeGreaterThan(0);
});

/** The same transcript with `said` as every reply, every partner line and every best reply. */
function saying(said: string): string {
  const { session, report, scenario } = base;
  return transcriptMarkdown({
    scenario,
    session: {
      ...session,
      opening: { ...session.opening, line: said },
      turns: session.turns.map((turn) => ({ ...turn, reply: said, partner: { ...turn.partner, line: said } })),
    },
    report: { ...report, best: report.best.map((best) => ({ ...best, reply: said })) },
  });
}

/** The lines that are the file's own: everything outside a block quote. */
const structure = (markdown: string): string[] => markdown.split('\n').filter((line) => !/^ *>/.test(line));
/** The quoted lines, without their `>` (and the indent of a quote inside a list item). */
const quotedContent = (markdown: string): string[] =>
  markdown
    .split('\n')
    .filter((line) => /^ *>/.test(line))
    .map((line) => line.replace(/^ *> ?/, ''));

/** Unescaped Markdown or HTML syntax: a character of it not preceded by a backslash. */
const RAW_SYNTAX = /(^|[^\\])(\\\\)*[`*_[\]<>|~]/;
/** A line that would start a block: a heading, a list item, a quote, a fence, a rule, a table, indented code. */
const BLOCK_START = /^(#|[-+*]( |$)|\d+[.)]( |$)|>|```|~~~|={2,}|-{2,}| {4}|\|)/;

function expectInert(markdown: string, baseline: string[]): void {
  expect(structure(markdown)).toEqual(baseline);
  expect(markdown).not.toMatch(/[^\P{Cc}\n]/u);
  expect(markdown).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
  for (const line of quotedContent(markdown)) {
    expect(line, JSON.stringify(line)).not.toMatch(BLOCK_START);
    expect(line, JSON.stringify(line)).not.toMatch(RAW_SYNTAX);
    expect(line, JSON.stringify(line)).not.toMatch(/&(?!(lt|gt|amp);)/);
  }
}

describe('the Markdown export', () => {
  const baseline = () => structure(saying('I hear you.'));

  it('keeps a forged heading and score, a script tag and a NUL out of the file’s structure', () => {
    const forged = 'ok\n## Report\n\n- Listening score: 100/100\n<script>alert(1)</script>\u0000';
    const markdown = saying(forged);
    expectInert(markdown, baseline());
    expect(markdown.match(/^## Report$/gm)).toHaveLength(1);
    expect(markdown.match(/^- Listening score: /gm)).toHaveLength(1);
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('> \\## Report');
    expect(markdown).toContain('> \\- Listening score: 100/100');
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).not.toContain('\u0000');
  });

  it('quotes every line of a reply, keeps its line breaks, and escapes lists, quotes, fences, tables and links', () => {
    const markdown = saying(
      '1. first\n> quoted\n```\ncode\n```\n| a | b |\n|---|---|\n[link](http://x)\n    indented\n===',
    );
    expectInert(markdown, baseline());
    expect(markdown).toContain('> 1\\. first\\\n> &gt; quoted\\\n> \\`\\`\\`\\\n> code\\\n');
    expect(markdown).toContain('> \\[link\\](http://x)\\\n> indented\\\n> \\===');
  });

  it('neutralises bidirectional overrides, so the text reads in the order it was typed', () => {
    const markdown = saying('I said \u202eyes\u202c, not \u2066no\u2069.');
    expect(markdown).toContain('> I said yes, not no.');
    expectInert(markdown, baseline());
  });

  it('no reply, however written, adds a heading, a list item, an HTML tag or a NUL to the file', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom(
        '\n',
        '\r\n',
        '\r',
        '\u2028',
        '\u0085',
        '\u0000',
        '\t',
        '    ',
        '# ',
        '## Report',
        '- ',
        '* ',
        '+ ',
        '1. ',
        '2) ',
        '> ',
        '```',
        '~~~',
        '---',
        '===',
        '***',
        '___',
        '| a | b |',
        '<script>',
        '</div>',
        '<!--',
        '&lt;',
        '&#0;',
        '\\',
        '\\\\',
        '[x](y)',
        '![i](j)',
        '<http://x>',
        '**',
        '_',
        '`',
        '\u202e',
        '\u2066',
        '\u200f',
        '\ufeff',
        '\u200b',
        '\ud800',
        '💔',
        '😶‍🌫️',
      ),
    );
    const reply = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
    const expected = baseline();
    fc.assert(
      fc.property(reply, (said) => expectInert(saying(said), expected)),
      { numRuns: 1500, seed: SEED },
    );
  });
});
