// contradictsTruth, reply by reply: when a reply names another person, time, sum, count, span or
// place than the scenario's true answer, and when it does not (close enough, vaguer, relative, said
// with a negation, or asked back). The whole turn, as the partner hears it: told-otherwise.test.ts.
import { describe, expect, it } from 'vitest';
import { normalizeReply } from '../../server/engine/classifier/normalize-reply.js';
import { quantitiesOf } from '../../server/engine/classifier/partner-echo.js';
import { contradictsTruth } from '../../server/engine/conversation/contradicts-truth.js';
import { comparableUnits, figuresIn } from '../../server/engine/conversation/figures.js';
import { loadFixture, loadScenarios } from './engine-test-kit.js';

const scenarios = loadScenarios();

describe('contradictsTruth, reply by reply', () => {
  const TRUE_SUM = 'I spent £7,480 of it.';
  it('sums: clearly other figures differ; close or vaguer ones do not', () => {
    expect(contradictsTruth('how-much', TRUE_SUM, 'About £700.')).toBe(true);
    expect(contradictsTruth('how-much', TRUE_SUM, 'Less than a thousand.')).toBe(true);
    expect(contradictsTruth('how-much', TRUE_SUM, 'About seven and a half thousand.')).toBe(false);
    expect(contradictsTruth('how-much', TRUE_SUM, 'Seven grand, maybe a bit more.')).toBe(false);
    expect(contradictsTruth('how-much', TRUE_SUM, 'Thousands.')).toBe(false);
    expect(contradictsTruth('how-much', '£340.', 'A few hundred.')).toBe(false);
    expect(contradictsTruth('how-much', '£340.', 'A few thousand.')).toBe(true);
    // A figure said with a negation, or asked about, says nothing.
    expect(contradictsTruth('how-much', TRUE_SUM, "It wasn't £700.")).toBe(false);
    expect(contradictsTruth('how-much', TRUE_SUM, 'Was it £700?')).toBe(false);
  });

  it('counts and spans: the same tolerance, times of day and dates are no count', () => {
    expect(contradictsTruth('how-many', 'Twice.', 'Just the once.')).toBe(true);
    expect(contradictsTruth('how-many', 'Twice.', 'Once or twice.')).toBe(false);
    expect(contradictsTruth('how-many', 'About twenty.', 'Fifteen, maybe.')).toBe(false);
    expect(contradictsTruth('how-many', 'About twenty.', 'Maybe five or six.')).toBe(true);
    expect(contradictsTruth('how-many', 'Four pints.', 'Two, and we left at six.')).toBe(true);
    expect(contradictsTruth('how-many', 'Four pints.', 'We left at six.')).toBe(false);
    expect(contradictsTruth('how-long', 'Seven months.', 'Six months.')).toBe(false);
    expect(contradictsTruth('how-long', 'Seven months.', 'A couple of weeks.')).toBe(true);
    expect(contradictsTruth('how-long', 'Seven months.', 'A while.')).toBe(false);
    expect(contradictsTruth('how-long', 'From half past twelve until nearly five.', 'An hour or so.')).toBe(true);
    expect(contradictsTruth('how-long', 'From half past twelve until nearly five.', 'Half twelve till five.')).toBe(
      false,
    );
  });

  it('one rule says which figures can be set against each other, for a range and for a contradiction', () => {
    expect(comparableUnits('none', 'money')).toBe(true);
    expect(comparableUnits('serving', 'serving')).toBe(true);
    expect(comparableUnits('serving', 'bottle')).toBe(false);
    // "three or four pints" is one range; pints and bottles are two figures, and never apart.
    expect(figuresIn('three or four pints')).toHaveLength(1);
    expect(figuresIn('two pints or three bottles')).toHaveLength(2);
    expect(contradictsTruth('how-many', 'Four pints.', 'Two bottles.')).toBe(false);
    expect(contradictsTruth('how-many', 'Four pints.', 'Two.')).toBe(true);
  });

  it('the teens and the tens past sixty are figures to every reader of number words, not only this one', () => {
    for (const [words, value] of [
      ['thirteen', 13],
      ['nineteen', 19],
      ['seventy', 70],
      ['ninety', 90],
    ] as const) {
      expect(figuresIn(`${words} jobs`), words).toEqual([{ low: value, high: value, unit: 'none', hedged: false }]);
      expect(quantitiesOf(normalizeReply(`${words} jobs`).text), words).toEqual([value]);
    }
    expect(contradictsTruth('how-many', 'Seventy jobs.', 'About eighteen.')).toBe(true);
    expect(contradictsTruth('how-many', 'Seventy jobs.', 'Seventy-odd.')).toBe(false);
  });

  it('when: months, seasons, feasts and times of day that do not meet; nothing relative', () => {
    expect(contradictsTruth('when', 'In March.', 'In June.')).toBe(true);
    expect(contradictsTruth('when', 'In March.', 'Around Easter.')).toBe(false);
    expect(contradictsTruth('when', 'In March.', 'Over the summer.')).toBe(true);
    expect(contradictsTruth('when', 'In March.', 'Two months ago.')).toBe(false);
    expect(contradictsTruth('when', 'In March.', 'Not in June, if that is what you think.')).toBe(false);
    expect(contradictsTruth('when', 'In March.', 'I may have started earlier.')).toBe(false);
    expect(contradictsTruth('when', 'On Boxing Day.', 'At Christmas.')).toBe(false);
    expect(contradictsTruth('when', 'On Boxing Day.', 'At Easter.')).toBe(true);
    expect(contradictsTruth('when', 'At about quarter to two.', 'Around two.')).toBe(false);
    expect(contradictsTruth('when', 'At about quarter to two.', 'Half four.')).toBe(true);
  });

  it('when: a part of a month is loose at its edges; another year is another time, the same year no alibi', () => {
    expect(contradictsTruth('when', 'At the end of March.', 'At the start of April.')).toBe(false);
    expect(contradictsTruth('when', 'In February.', 'Early March.')).toBe(false);
    expect(contradictsTruth('when', 'In early January.', 'Late December.')).toBe(false);
    expect(contradictsTruth('when', 'In early March.', 'In April.')).toBe(true);
    expect(contradictsTruth('when', 'At the end of March.', 'In June.')).toBe(true);
    expect(contradictsTruth('when', 'In March.', 'In April.')).toBe(true);
    expect(contradictsTruth('when', 'It started in March 2022.', 'In March 2023.')).toBe(true);
    expect(contradictsTruth('when', 'March 2022.', 'March 2023.')).toBe(true);
    expect(contradictsTruth('when', 'In March 2022.', 'In June 2022.')).toBe(true);
    expect(contradictsTruth('when', 'In March 2022.', 'Around Easter, 2022.')).toBe(false);
    expect(contradictsTruth('when', 'In March 2022.', 'In March.')).toBe(false);
  });

  it('who: someone else against "I did" or "nobody"; nobody, or another name, against a name', () => {
    const iDid = 'I did. I messaged him first.';
    expect(contradictsTruth('who', iDid, 'He kept texting me')).toBe(true);
    expect(contradictsTruth('who', iDid, 'Daniel did.')).toBe(true);
    expect(contradictsTruth('who', iDid, 'Him.')).toBe(true);
    expect(contradictsTruth('who', iDid, 'Me. I messaged him.')).toBe(false);
    expect(contradictsTruth('who', iDid, "He's grieving, so I messaged him.")).toBe(false);
    expect(contradictsTruth('who', iDid, 'It was mutual, really.')).toBe(false);
    const mark = 'Mark knew. I told him in October.';
    expect(contradictsTruth('who', mark, 'Nobody.')).toBe(true);
    expect(contradictsTruth('who', mark, 'Just me.')).toBe(true);
    expect(contradictsTruth('who', mark, 'Dave knew.')).toBe(true);
    expect(contradictsTruth('who', mark, 'My brother.')).toBe(false);
    expect(contradictsTruth('who', mark, 'He did.')).toBe(false);
    expect(contradictsTruth('who', mark, 'Nobody knew but Mark.')).toBe(false);
    const nobody = "Nobody knows. I haven't told Geoff.";
    expect(contradictsTruth('who', nobody, 'Geoff knows.')).toBe(true);
    expect(contradictsTruth('who', nobody, "I haven't told Geoff.")).toBe(false);
    expect(contradictsTruth('who', nobody, "Geoff doesn't know.")).toBe(false);
  });

  it('who: names that end as adverbs do are names; an adverb that opens the sentence is not', () => {
    const mark = 'Mark knew. I told him in October.';
    expect(contradictsTruth('who', mark, 'Emily knew.')).toBe(true);
    expect(contradictsTruth('who', mark, 'It was Holly.')).toBe(true);
    expect(contradictsTruth('who', mark, 'I told Kelly.')).toBe(true);
    expect(contradictsTruth('who', 'Lily knew. She saw the messages.', 'Nobody.')).toBe(true);
    expect(contradictsTruth('who', 'Lily knew. She saw the messages.', 'Just Lily.')).toBe(false);
    const iDid = 'I did. I messaged him first.';
    expect(contradictsTruth('who', iDid, 'Honestly, I did.')).toBe(false);
    expect(contradictsTruth('who', iDid, 'Really did.')).toBe(false);
    expect(contradictsTruth('who', iDid, 'Finally told him.')).toBe(false);
    expect(contradictsTruth('who', 'Honestly, nobody knew.', 'Only me.')).toBe(false);
  });

  it('where: places that cannot both be true; a "most nights" truth rules out only the cover story', () => {
    const pub = 'I was in the pub. At the Crown, with Tom.';
    expect(contradictsTruth('where', pub, 'At work.')).toBe(true);
    expect(contradictsTruth('where', pub, 'At Tom’s.')).toBe(true);
    expect(contradictsTruth('where', pub, 'At the Crown.')).toBe(false);
    expect(contradictsTruth('where', pub, 'In town.')).toBe(false);
    expect(contradictsTruth('where', pub, 'In the pub, not at work.')).toBe(false);
    const meetings = 'Not to the meetings. On Tuesdays I went to the Royal Oak instead.';
    expect(contradictsTruth('where', meetings, 'To my meeting, like I said.')).toBe(true);
    const mostNights = 'Most nights I sat in the car at Knab Rock, looking at the sea.';
    expect(contradictsTruth('where', mostNights, 'At work, doing lates.')).toBe(true);
    expect(contradictsTruth('where', mostNights, "At Dai's.")).toBe(false);
  });

  it('no true answer in a scenario is heard as contradicting itself', () => {
    for (const s of [...scenarios, loadFixture()])
      for (const q of s.questions) expect(contradictsTruth(q.kind, q.answer, q.answer), `${s.id} ${q.id}`).toBe(false);
  });
});
