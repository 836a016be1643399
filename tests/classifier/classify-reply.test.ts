import { describe, expect, it } from 'vitest';
import { classifyReply, EmptyReplyError } from '../../server/engine/classifier/classify-reply.js';
import { normalizeReply } from '../../server/engine/classifier/normalize-reply.js';

const label = (text: string, partner?: string) => classifyReply(text, partner ? { partner } : {}).label;

describe('classifyReply: the taxonomy a user is judged by', () => {
  it('when an apology is followed by "but" and blame, the reply is defensive, not validating', () => {
    expect(label("I'm sorry, but you were never home")).toBe('defensive');
    expect(label('I know I messed up, but you stopped caring about us years ago')).toBe('defensive');
  });

  it('when an apology is followed by a shrinking clause, the reply is minimizing', () => {
    expect(label("I'm sorry, it just happened")).toBe('minimizing');
  });

  it('regret for the feeling rather than the act is a non-apology', () => {
    const result = classifyReply("I'm sorry you feel that way");
    expect(result.label).toBe('minimizing');
    expect(result.signals).toContain('non-apology');
  });

  it('an honest "I don\'t know what to say" is neutral; adding ownership makes it validating', () => {
    expect(label("I don't know what to say")).toBe('neutral');
    expect(label('I have no words for this, but I do know how badly I hurt you')).toBe('validating');
  });

  it('owning that the partner heard it elsewhere is not correcting their facts', () => {
    expect(label('You heard it from your sister, not from me, and that is on me.')).toBe('validating');
    expect(label('It was at the gym, not at work.')).toBe('defensive');
  });

  it('a question that challenges is defensive; one that explores is validating', () => {
    expect(label('Why are you turning this into something about you?')).toBe('defensive');
    expect(label('What hurts most right now?')).toBe('validating');
  });

  it('disavowing an excuse is not an excuse', () => {
    expect(label("I'm not going to tell you it just happened. I chose it.")).toBe('validating');
    expect(label("I don't expect you to get over this. Take the time you need.")).toBe('validating');
  });

  it('imagining how it was for them is validating; a shrinking word or a "but" is not', () => {
    const bottle = 'I found the one in your wellies in the garage.';
    expect(label('You came home and found the bottle. That must have felt like the floor went.', bottle)).toBe(
      'validating',
    );
    expect(label('That must have been awful.')).toBe('validating');
    expect(label('I can only imagine how that felt.')).toBe('validating');
    expect(label('It must have been annoying, sorry.')).not.toBe('validating');
    expect(label('That must have been awful, but you have to understand how stressed I was.')).toBe('defensive');
  });

  it('a kind reply with no cue the classifier knows is never confidently blamed', () => {
    for (const text of [
      'You matter more to me than any of it.',
      "I don't want you to carry this alone.",
      'I keep thinking about your face when you found out.',
    ]) {
      const result = classifyReply(text);
      // If the model's hunch says harmful, its confidence says so (feedback words it as "this may
      // come across as", not as a verdict).
      if (result.label === 'defensive' || result.label === 'minimizing') expect(result.confidence).toBeLessThan(0.6);
    }
  });

  it('plain kindness the taxonomy names is validating; good intentions offered instead are defensive', () => {
    expect(label("You didn't deserve any of this.")).toBe('validating');
    expect(label('That sounds so lonely.')).toBe('validating');
    expect(label("I know sorry doesn't fix anything.")).toBe('validating');
    expect(label("Whatever you decide, I'll respect it.")).toBe('validating');
    expect(label('I was going to tell you, I swear.')).toBe('defensive');
  });

  it('logistics with no stance are neutral', () => {
    expect(label('I can take the kids to school tomorrow.')).toBe('neutral');
    expect(label('ok')).toBe('neutral');
  });
});

describe("classifyReply: explanations point at the user's own words", () => {
  it('every evidence span is the exact slice of the reply it quotes', () => {
    const reply = 'Honestly? It was only a few texts, and you are overreacting.';
    const result = classifyReply(reply);
    expect(result.label).toBe('minimizing');
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) expect(reply.slice(e.start, e.end)).toBe(e.text);
    expect(result.signals).toEqual(expect.arrayContaining(['downplay', 'dismissal']));
  });

  it('spans stay right when contractions are typed without apostrophes or with curly ones', () => {
    const reply = 'im sorry, i didn’t mean to hurt you';
    const result = classifyReply(reply);
    for (const e of result.evidence) expect(reply.slice(e.start, e.end)).toBe(e.text);
    expect(result.evidence.some((e) => e.text.includes('didn’t mean'))).toBe(true);
  });

  it("saying back the partner's words earns the reflection signal", () => {
    const result = classifyReply('You waited up for me until two and I never called.', {
      partner: 'I waited up for you until two in the morning.',
    });
    expect(result.signals).toContain('reflection');
    const evidence = result.evidence.find((e) => e.signal === 'reflection');
    expect(evidence?.text).toMatch(/^You waited up/);
  });

  it("every part's signals are kept, the label's own side first", () => {
    const result = classifyReply("I'm sorry, but you pushed me away.");
    expect(result.label).toBe('defensive');
    expect(result.signals[0]).toBe('blame-shift');
    expect(result.signals).toContain('apology');
    expect(result.evidence[0]?.signal).toBe('blame-shift');
  });
});

describe('classifyReply: real typing', () => {
  it('lowercase, no punctuation and typos still read right', () => {
    expect(label('im so sory i lied to you')).toBe('validating');
    expect(label('u never listen to me thats why')).toBe('defensive');
    expect(label('its not a big deal tbh')).toBe('minimizing');
  });

  it('every contraction with "not" is read as "not", the formal British ones too', () => {
    expect(normalizeReply("I shan't press you, and you needn't answer tonight.").text).toBe(
      'i shall not press you , and you need not answer tonight .',
    );
    expect(normalizeReply("You mightn't believe me, and I daren't ask you to.").text).toBe(
      'you might not believe me , and i dare not ask you to .',
    );
  });

  it('words that name JavaScript object members are read as words', () => {
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(normalizeReply(word).text).toBe(word.toLowerCase());
      const text = `the ${word} of this mess is me, I lied to you`;
      const result = classifyReply(text);
      expect(result.label).toBe('validating');
      for (const e of result.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
    }
  });

  it('emoji do not break it', () => {
    expect(label('i hurt you and im sorry 💔')).toBe('validating');
    expect(label('👍')).toBe('neutral');
  });

  it('a 5,000-character reply gets a verdict with valid spans', () => {
    const reply = `${'I was wrong and I am sorry. '.repeat(178)}`.slice(0, 5000);
    const result = classifyReply(reply);
    expect(result.label).toBe('validating');
    for (const e of result.evidence) expect(reply.slice(e.start, e.end)).toBe(e.text);
  });

  it('empty or blank input is an error, not a label', () => {
    expect(() => classifyReply('')).toThrow(EmptyReplyError);
    expect(() => classifyReply('   \n ')).toThrow(EmptyReplyError);
  });

  it('text in another language is neutral with low confidence', () => {
    const result = classifyReply('No sé qué decir, lo siento mucho pero no es para tanto');
    expect(result.label).toBe('neutral');
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('confidence is a probability and never certainty', () => {
    for (const text of ['it just happened', 'I chose to lie to you', 'ok']) {
      const { confidence } = classifyReply(text);
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThan(1);
    }
  });

  it('the same reply always gets the same verdict', () => {
    const a = classifyReply('I only did it because you were never home', { partner: 'Why?' });
    const b = classifyReply('I only did it because you were never home', { partner: 'Why?' });
    expect(a).toEqual(b);
  });
});
