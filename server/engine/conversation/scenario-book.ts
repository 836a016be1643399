// A scenario read once into what the line chooser asks for every turn: each list of lines with
// their ids, the questions and facts by id. Built on first use and kept per scenario object.
import type { Beat, Fact, Question, ReplyLength, SaidLine, Scenario } from '../scenario/scenario-schema.js';
import { EMOTIONS, type Emotion, LABELS, type Label } from '../types.js';
import {
  type AnswerKind,
  type Band,
  type BeatId,
  beatId,
  type EndingKind,
  type FactId,
  factId,
  type LineId,
  lineIds,
  type QuestionId,
  questionId,
} from './ids.js';

export interface BookLine {
  id: LineId;
  /** As written: slots are filled when it is said. */
  text: string;
  /** The question this line asks, if any. */
  asks?: QuestionId;
  /** The only length of reply this line answers, if it fits one only. */
  after?: ReplyLength;
}

export interface BookQuestion {
  id: QuestionId;
  source: Question;
  about?: FactId;
  followUp?: QuestionId;
  /** Asked only straight after the question it follows up (never on the partner's own initiative). */
  followUpOnly: boolean;
  ask: BookLine[];
  answered: Record<AnswerKind, BookLine[]>;
  dodged: BookLine[];
}

export interface BookBeat {
  id: BeatId;
  source: Beat;
  line: BookLine;
}

export interface ScenarioBook {
  scenario: Scenario;
  opening: BookLine[];
  reactions: Record<Emotion, Record<Band, Record<Label, BookLine[]>>>;
  questions: BookQuestion[];
  question: ReadonlyMap<QuestionId, BookQuestion>;
  facts: ReadonlyMap<FactId, Fact>;
  heard: ReadonlyMap<FactId, BookLine[]>;
  /** Every line that asks a question of its own accord (its ask lines, openings, reactions, beats), by question. */
  askedBy: ReadonlyMap<QuestionId, BookLine[]>;
  beats: BookBeat[];
  /** Answers to a reply that asks about them ("What hurts most?"), by emotion; empty when unwritten. */
  whenAsked: Record<Emotion, BookLine[]>;
  givesUp: BookLine[];
  endings: Record<EndingKind, BookLine[]>;
}

const books = new WeakMap<Scenario, ScenarioBook>();

export function bookOf(scenario: Scenario): ScenarioBook {
  let book = books.get(scenario);
  if (!book) {
    book = build(scenario);
    books.set(scenario, book);
  }
  return book;
}

function build(scenario: Scenario): ScenarioBook {
  const followed = new Set(scenario.questions.flatMap((q) => (q.follow_up ? [q.follow_up] : [])));
  const questions = scenario.questions.map((source): BookQuestion => {
    const id = questionId(source.id);
    return {
      id,
      source,
      ...(source.about ? { about: factId(source.about) } : {}),
      ...(source.follow_up ? { followUp: questionId(source.follow_up) } : {}),
      followUpOnly: followed.has(source.id),
      ask: source.ask.map((text, n) => ({ id: lineIds.ask(id, n), text, asks: id })),
      answered: {
        honest: source.answered.honest.map((text, n) => ({ id: lineIds.answered(id, 'honest', n), text })),
        excused: source.answered.excused.map((text, n) => ({ id: lineIds.answered(id, 'excused', n), text })),
      },
      dodged: source.dodged.map((text, n) => ({ id: lineIds.dodged(id, n), text, asks: id })),
    };
  });
  const opening = scenario.opening.map((said, n) => bookLine(lineIds.opening(n), said));
  const reactions = reactionsOf(scenario);
  const beats = (scenario.beats ?? []).map((source): BookBeat => {
    const id = beatId(source.id);
    const line = {
      id: lineIds.beat(id),
      text: source.line,
      ...(source.asks ? { asks: questionId(source.asks) } : {}),
    };
    return { id, source, line };
  });
  return {
    scenario,
    opening,
    reactions,
    questions,
    question: new Map(questions.map((q) => [q.id, q])),
    facts: new Map(scenario.facts.map((fact) => [factId(fact.id), fact])),
    heard: new Map(
      scenario.facts.map((fact) => {
        const id = factId(fact.id);
        return [id, (fact.heard ?? []).map((text, n) => ({ id: lineIds.heard(id, n), text }))];
      }),
    ),
    askedBy: askedBy([
      ...questions.flatMap((q) => q.ask),
      ...opening,
      ...Object.values(reactions).flatMap((bands) =>
        Object.values(bands).flatMap((byLabel) => Object.values(byLabel).flat()),
      ),
      ...beats.map((beat) => beat.line),
    ]),
    beats,
    whenAsked: whenAskedOf(scenario),
    givesUp: scenario.gives_up.map((text, n) => ({ id: lineIds.givesUp(n), text })),
    endings: {
      repaired: endingLines(scenario, 'repaired'),
      shutdown: endingLines(scenario, 'shutdown'),
      withdrawn: endingLines(scenario, 'withdrawn'),
    },
  };
}

function askedBy(lines: readonly BookLine[]): Map<QuestionId, BookLine[]> {
  const by = new Map<QuestionId, BookLine[]>();
  for (const line of lines) {
    if (!line.asks) continue;
    const list = by.get(line.asks);
    if (list) list.push(line);
    else by.set(line.asks, [line]);
  }
  return by;
}

function reactionsOf(scenario: Scenario): ScenarioBook['reactions'] {
  const byEmotion = {} as ScenarioBook['reactions'];
  for (const emotion of EMOTIONS) {
    const lines = scenario.lines[emotion];
    const band = (which: Band, lists: Partial<Record<Label, SaidLine[]>> | undefined) =>
      Object.fromEntries(
        LABELS.map((label) => [
          label,
          (lists?.[label] ?? []).map((said, n) => bookLine(lineIds.reaction(emotion, which, label, n), said)),
        ]),
      ) as Record<Label, BookLine[]>;
    byEmotion[emotion] = { high: band('high', lines.high), normal: band('normal', lines) };
  }
  return byEmotion;
}

function whenAskedOf(scenario: Scenario): Record<Emotion, BookLine[]> {
  return Object.fromEntries(
    EMOTIONS.map((emotion) => [
      emotion,
      (scenario.when_asked?.[emotion] ?? []).map((text, n) => ({ id: lineIds.whenAsked(emotion, n), text })),
    ]),
  ) as Record<Emotion, BookLine[]>;
}

function endingLines(scenario: Scenario, kind: EndingKind): BookLine[] {
  return scenario.endings[kind].map((text, n) => ({ id: lineIds.ending(kind, n), text }));
}

function bookLine(id: LineId, said: SaidLine): BookLine {
  if (typeof said === 'string') return { id, text: said };
  return {
    id,
    text: said.line,
    ...('asks' in said ? { asks: questionId(said.asks) } : {}),
    ...(said.after ? { after: said.after } : {}),
  };
}
