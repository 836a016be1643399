// The lines Mend teaches, each with the contexts it is read in: every suggested-reply sentence (no
// partner line), the honest answerer's lines, each scenario's hints after every line the partner may
// say in that emotion, and each true answer after each way its question is asked. The
// self-consistency test judges them; the verdict fingerprint hashes their verdicts.
import { OWNING } from '../../server/engine/conversation/autoplay.js';
import {
  AFTER_ANSWER,
  ANY_EMOTION_CLOSES,
  MOVES,
  type SuggestedLine,
  VOICES,
} from '../../server/engine/feedback/suggestion-lines.js';
import { EMOTIONS, fillSlots, type Scenario } from '../../server/engine/index.js';
import type { ReplyContext } from '../../server/engine/types.js';

export interface Taught {
  where: string;
  text: string;
  contexts: ReplyContext[];
  /** A true answer must be validating; any other taught line must not be harmful. */
  validating: boolean;
}

const NO_CONTEXT: ReplyContext[] = [{}];
// A suggestion opening says the partner's words back; any plain line of theirs will do for {R}.
const SAID_BACK = 'You waited up for me all night';
const OTHER = 'Sam';

export function suggestionLines(): Taught[] {
  const taught: Taught[] = [];
  const add = (where: string, line: SuggestedLine | string) => {
    const texts = typeof line === 'string' ? [line] : [line.text, ...(line.withOther ? [line.withOther] : [])];
    for (const text of texts)
      taught.push({
        where,
        text: text.replaceAll('{R}', SAID_BACK).replaceAll('{other}', OTHER),
        contexts: NO_CONTEXT,
        validating: false,
      });
  };
  for (const [key, move] of Object.entries(MOVES)) for (const line of move.lines) add(`move ${key}`, line);
  for (const [emotion, voice] of Object.entries(VOICES)) {
    for (const text of [...voice.withReflection, ...voice.withoutReflection].filter(Boolean))
      add(`opening ${emotion}`, text);
    for (const close of voice.closes) add(`close ${emotion}`, close);
  }
  for (const line of AFTER_ANSWER) add('after an answer', line);
  for (const close of ANY_EMOTION_CLOSES) add('close', close);
  for (const text of OWNING) add('the honest answerer', text);
  return taught;
}

function lineText(line: string | { line: string }): string {
  return typeof line === 'string' ? line : line.line;
}

export function scenarioLines(scenario: Scenario): Taught[] {
  const taught: Taught[] = [];
  for (const emotion of EMOTIONS) {
    const lines = scenario.lines[emotion];
    const partnerSays = [
      ...Object.values(lines.high ?? {}).flat(),
      ...lines.validating,
      ...lines.defensive,
      ...lines.minimizing,
      ...lines.neutral,
    ].map((line) => fillSlots(scenario, lineText(line)));
    for (const hint of scenario.hints[emotion])
      taught.push({
        where: `${scenario.id} hint (${emotion})`,
        text: fillSlots(scenario, hint),
        contexts: partnerSays.map((partner) => ({ partner, emotion })),
        validating: false,
      });
  }
  for (const question of scenario.questions)
    taught.push({
      where: `${scenario.id} true answer to ${question.id}`,
      text: fillSlots(scenario, question.answer),
      contexts: question.ask.map((ask) => ({
        partner: fillSlots(scenario, lineText(ask)),
        question: { kind: question.kind, id: question.id },
      })),
      validating: true,
    });
  return taught;
}
