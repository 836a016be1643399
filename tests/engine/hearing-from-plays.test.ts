// What the partner heard in 24 conversations played by hand, where it was not what was said: a true
// "who" heard as another story, facts told in plain sentences without an "I" not heard, a time of
// day said another way not heard, a fact heard from a word of its background or from part of a
// bigger sum. Each is checked in the tester's words and in other words for the same thing, played on
// the real scenarios through startSession / takeTurn, and reply by reply where the engine allows.
import { describe, expect, it } from 'vitest';
import { clockSpans, readWhen } from '../../server/engine/conversation/calendar-and-clock.js';
import { contradictsTruth } from '../../server/engine/conversation/contradicts-truth.js';
import { factId } from '../../server/engine/conversation/ids.js';
import { disclosuresIn } from '../../server/engine/conversation/mentions.js';
import { type EngineSession, startSession, takeTurn } from '../../server/engine/index.js';
import { askedIn, questionById, scenarioById } from './engine-test-kit.js';

/** The facts a reply tells, with no question pending, or answering the question about `answering`. */
function told(scenarioId: string, reply: string, answering?: string): string[] {
  return disclosuresIn(scenarioById(scenarioId), reply, answering ? factId(answering) : undefined).map((d) => d.fact);
}

/** A session whose opening line asks nothing, so the reply is heard only for the facts it tells. */
function openingThatAsksNothing(scenarioId: string): EngineSession {
  for (let seed = 1; seed <= 50; seed++) {
    const session = startSession(scenarioById(scenarioId), seed);
    if (!session.partner.asks) return session;
  }
  throw new Error(`every opening of ${scenarioId} asks something`);
}

describe('Robin asks who told; "my sister Hannah" is Hannah, and whom she told is not the answer', () => {
  const whoTold = questionById('told-the-secret', 'who-told');

  it.each([
    'Because of me. I told my sister Hannah, on Boxing Day, and she told Graham. I am very sorry, Robin.',
    'It was me. I told my older sister, Hannah, and Hannah told Graham.',
    'I told my sister, and she must have told Graham.',
  ])('"%s" is the true answer, taken in as one', (reply) => {
    const asked = askedIn('told-the-secret', 'who-told');
    const { turn } = takeTurn(asked, reply);
    expect(turn.understood?.answered).toBe('who-told');
    expect(turn.understood?.toldOtherwise).toBeUndefined();
    expect(turn.understood?.disclosed).toContain('told-hannah');
    expect(turn.feedback.summary).not.toMatch(/differently from how it was|not what happened/);
    expect(whoTold.answered.excused.some((line) => turn.partner.line.startsWith(line))).toBe(false);
  });

  it('another person named as the one told is still another story, however they are introduced', () => {
    expect(contradictsTruth('who', whoTold.answer, 'I told my friend Sam, and he told Graham.')).toBe(true);
    expect(contradictsTruth('who', whoTold.answer, 'I told my sister Hannah, and she told Graham.')).toBe(false);
    expect(contradictsTruth('who', whoTold.answer, 'My sister Hannah knew. She told Graham.')).toBe(false);
    expect(contradictsTruth('who', whoTold.answer, 'Hannah told Graham.')).toBe(false);
    const asked = askedIn('told-the-secret', 'who-told');
    expect(takeTurn(asked, 'I told my friend Sam, and he told Graham.').turn.understood?.toldOtherwise).toBe(true);
  });
});

describe('a fact told in a plain sentence about what happened, with no "I" in it, is told', () => {
  it('Priya does not ask how long after "It started in March. ... It\'s been seven months."', () => {
    const tester =
      "It started in March. I saw on Instagram that Daniel's dad had died, and I messaged him. It's been seven months, Priya. I'm so sorry.";
    const mine = "It began back in March. Seven months it's been going on, and I'm sorry.";
    for (const reply of [tester, mine]) {
      const { turn, session } = takeTurn(openingThatAsksNothing('ex-contact'), reply);
      expect(turn.understood?.disclosed, reply).toContain('started-in-march');
      expect(turn.partner.asks?.id).not.toBe('how-long');
      expect(session.snapshot.conversation.disclosed.map((d) => d.fact)).toContain('started-in-march');
    }
  });

  it('Dele does not ask for the last day after "It was Friday the 14th of March." on its own', () => {
    for (const reply of [
      "Dele, I lost my job at Kestrel. It was Friday the 14th of March. I'm so sorry.",
      'I lost the job. That was the fourteenth of March, a Friday.',
    ]) {
      const { turn } = takeTurn(openingThatAsksNothing('suit-every-morning'), reply);
      expect(turn.understood?.disclosed, reply).toContain('when-it-ended');
      expect(turn.partner.asks?.id).not.toBe('when-it-ended');
    }
  });

  it('"Is there owt else?" answered with six facts in plain sentences: all six are heard', () => {
    const tester =
      "Yeah, there is, and you should have all of it. Sports day: I had nowhere to be, I just said I couldn't get the afternoon off. The bonus in April wasn't a bonus, it was the redundancy money, and it paid off Menorca. Manchester in June wasn't a conference, it was a second interview, I stayed at a Travelodge and didn't get the job. Ravi and Sophie knew the whole time, including at their barbecue. Every work story at tea since March was made up, Gill's knee, the Hull account, all of it. And there's only seven hundred and forty pounds left, so nothing's going in on the 28th of September.";
    expect(told('suit-every-morning', tester, 'sports-day')).toEqual(
      expect.arrayContaining(['sports-day', 'no-bonus', 'manchester', 'ravi-knew', 'made-up-stories', 'the-payout']),
    );
    const mine =
      "There's more. The Menorca money was never a bonus. Manchester was an interview, not a conference. Ravi and Sophie knew all along. Gill's knee, the Hull account: made up, every bit.";
    expect(told('suit-every-morning', mine, 'sports-day')).toEqual(
      expect.arrayContaining(['no-bonus', 'manchester', 'ravi-knew', 'made-up-stories']),
    );
  });

  it("saying the partner's own words back, about them and not the user, still tells nothing", () => {
    expect(told('ex-contact', 'You must have been counting since March.')).toEqual([]);
    expect(told('suit-every-morning', "You'd been ringing Kestrel since the 14th?")).toEqual([]);
    expect(told('affair-messages', 'You saw it on the joint card.')).toEqual([]);
  });
});

describe('a time of day is heard however it is said', () => {
  it('Mira does not ask when they got there and left after "from twelve thirty till almost five"', () => {
    for (const reply of [
      "I was at the Crown, with Tom. There wasn't any train. I was in the pub from twelve thirty till almost five. I'm so sorry.",
      'At the Crown with Tom, from 12.30pm until gone half four.',
      'In the pub. I got to the Crown at twelve-thirty and stayed.',
    ]) {
      const asked = askedIn('missed-scan', 'where-were-you');
      const { turn } = takeTurn(asked, reply);
      expect(turn.understood?.disclosed, reply).toContain('there-all-afternoon');
      expect(turn.partner.asks?.id).not.toBe('how-long-there');
    }
  });

  it('the hour and its minutes in words are a time after a word that leads into one, and a stretch of the clock', () => {
    expect(readWhen('At twelve thirty.').clocks).toEqual([{ minutes: 30, hedged: false }]);
    expect(readWhen('About ten forty-five, I think.').clocks).toEqual([{ minutes: 645, hedged: true }]);
    expect(clockSpans('from twelve thirty till almost five')).toEqual([{ hours: 4.5, hedged: true }]);
    // "two fifty" with no word leading into a time is as likely a price.
    expect(readWhen('It was two fifty a pint.').clocks).toEqual([]);
    const howLong = questionById('missed-scan', 'how-long-there').answer;
    expect(contradictsTruth('how-long', howLong, 'From twelve thirty till almost five.')).toBe(false);
    expect(contradictsTruth('how-long', howLong, 'From twelve thirty till two.')).toBe(true);
  });
});

describe('a fact is not told by a word of its background, nor by part of a bigger sum', () => {
  it('"my december bonus", in the total through the app, does not tell how the anniversary dinner was paid for', () => {
    const tester =
      'dont know the exact number. its over 30k. the 23,400 on the cards, 7,700 from the deposit, and my december bonus.';
    expect(told('hidden-debt', tester, 'the-betting')).not.toContain('the-anniversary-win');
    expect(told('hidden-debt', 'Most of my Christmas bonus went on it as well.')).not.toContain('the-anniversary-win');
    // Said as what the fact is, it is told.
    expect(told('hidden-debt', 'the bonus was already gone on bets by december. i paid with a win')).toContain(
      'the-anniversary-win',
    );
    expect(told('hidden-debt', 'My bonus had already gone on bets by then.')).toContain('the-anniversary-win');
  });

  it('"twenty-three thousand four hundred pounds" tells the debt, not the £3,000 from Mark', () => {
    const asked = openingThatAsksNothing('hidden-debt');
    const { turn } = takeTurn(asked, 'I owe twenty-three thousand four hundred pounds across three credit cards.');
    expect(turn.understood?.disclosed).toContain('the-debt');
    expect(turn.understood?.disclosed).not.toContain('borrowed-from-mark');
    expect(told('hidden-debt', 'I owe thirteen thousand on one card alone.')).not.toContain('borrowed-from-mark');
    expect(told('hidden-debt', 'All told I owe two thousand nine hundred on the overdraft.')).not.toContain(
      'the-payday-loan',
    );
    // The fact's own figure still tells it.
    expect(told('hidden-debt', 'My brother lent me three thousand in October.')).toContain('borrowed-from-mark');
    expect(told('hidden-debt', 'I took out a nine hundred pound loan.')).toContain('the-payday-loan');
  });
});

describe('an answer in other words than the mentions: "our joint card", "my room"', () => {
  it('Owen asks where Claire spent the last night; "Claire stayed in my room" tells him', () => {
    for (const reply of [
      'In my room. Claire stayed in my room that last night, and it went on our joint card.',
      'She slept in my room. I put it on our joint card.',
    ]) {
      const asked = askedIn('affair-messages', 'the-marriott');
      const { turn } = takeTurn(asked, reply);
      expect(turn.understood?.answered).toBe('the-marriott');
      expect(turn.understood?.disclosed, reply).toContain('the-marriott');
    }
  });
});
