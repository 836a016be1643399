import { describe, expect, it } from 'vitest';
import { readQuestion, readQuestionUncached } from '../../server/engine/classifier/question-reader.js';

const read = (line: string) => readQuestionUncached(line);

describe('reading what the partner asks', () => {
  it.each([
    ['The house deposit account. Did you take money out of that too? Yes or no.', 'yes-no'],
    ['Was she in our bed?', 'yes-no'],
    ['did u sleep at hers', 'yes-no'],
    ['Who else knew?', 'any-more'],
    ['Who is she?', 'who'],
    ['whose car was outside', 'who'],
    ['When did it start? The month.', 'when'],
    ['What time did you actually leave the office?', 'when'],
    ['Where were you on Friday night?', 'where'],
    ['Which hotel?', 'where'],
    ['How long has this been going on?', 'how-long'],
    ['since when', 'how-long'],
    ['How much did you lose?', 'how-much'],
    ['I would like to know how he knew.', 'what'],
    ['How many times did you see him?', 'how-many'],
    ['how often were u texting her', 'how-many'],
    ['I just want to know why you told me about a signal failure.', 'why'],
    ['Why did you hide the letters?', 'why'],
    ['Are there any more cards?', 'any-more'],
    ['Is that everything?', 'any-more'],
    ['What did the message say?', 'what'],
    ['Tell me where you were.', 'where'],
    ['Can you tell me when it started?', 'when'],
  ])('"%s" asks %s', (line, kind) => {
    const q = read(line);
    expect(q.type).toBe('info');
    expect(q.kinds).toContain(kind);
  });

  it.each([
    'How could you?',
    'Do you know how humiliating that was?',
    'When were you planning to tell me?',
    'Am I not enough for you?',
    'Are you kidding me?',
    'How am I supposed to trust you now?',
    'do u even care what this does to us',
    'How does any of that explain the hotel booking?',
  ])('"%s" is rhetorical: pain or accusation, not a request for a fact', (line) => {
    expect(read(line).type).toBe('rhetorical');
  });

  it.each(['Where are the car keys?', 'What time is it?', 'Did you feed the dog?'])('"%s" is everyday', (line) => {
    expect(read(line).type).toBe('everyday');
  });

  it.each([
    'I waited up until two.',
    'When I found the bottle I sat on the kitchen floor.',
    'You told me you had stopped.',
    // Told not to say something is not asked to say it.
    "Don't tell me about the wins. There's a balance.",
    'never tell me it was nothing again',
    // Said of the speaker, given up on: no longer asked.
    "You're not going to tell me. Okay. I'll stop asking that one.",
    "You won't tell me, will you. Fine.",
    '',
  ])('"%s" asks nothing', (line) => {
    expect(read(line).type).toBe('none');
  });

  it('a question after a setting-the-scene clause is still that question', () => {
    expect(read('When I told you about the scan, did you already know you would not come?').kinds).toEqual(['yes-no']);
    expect(read('Thank you. What did you think would happen when you told her?').kinds).toEqual(['what']);
  });

  it('reads the same line the same way from the cache', () => {
    const line = 'How much was it in the end?';
    expect(readQuestion(line)).toEqual(read(line));
    expect(readQuestion(line)).toBe(readQuestion(line));
    expect(readQuestion(undefined).type).toBe('none');
  });
});
