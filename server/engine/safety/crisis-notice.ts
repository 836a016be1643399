// What the person reads when the practice pauses: calm, plain, never in the partner's voice. The
// numbers for their country come from crisis-lines.ts; these lines name the kinds of help.
import type { SafetyKind, SafetyNotice } from '../types.js';

const STOP_FIRST = 'If you are in danger right now, call your local emergency number.';

const NOTICES: Record<SafetyKind, Pick<SafetyNotice, 'message' | 'resources'>> = {
  'self-harm': {
    message:
      'What you wrote sounds like you may be thinking about hurting yourself. The practice can wait. ' +
      `${STOP_FIRST} You do not have to carry this alone: a crisis line can talk with you now.`,
    resources: [
      'Your local emergency number, if you might act on these thoughts',
      'A suicide or crisis line in your country: they will listen, day or night',
      'Someone you trust: tell them how you are feeling today',
    ],
  },
  'harm-to-others': {
    message:
      'What you wrote sounds like you might hurt someone. The practice can wait. ' +
      `If you feel you could act on it, step away from the person now. ${STOP_FIRST}`,
    resources: [
      'Your local emergency number, if someone is at risk right now',
      'A crisis line in your country: they talk with people who are afraid of what they might do',
      'Someone you trust, who can be with you until this passes',
    ],
  },
  'being-harmed': {
    message:
      'What you wrote sounds like someone may be hurting or threatening you. The practice can wait. ' +
      `${STOP_FIRST} You deserve to be safe, and help is available.`,
    resources: [
      'Your local emergency number, if you are in danger',
      'A domestic abuse helpline or crisis line in your country: they can help you plan to stay safe',
      'Someone you trust, or a doctor, who can help you get support',
    ],
  },
};

/** Said first when the harm was threatened to make the partner stay or keep quiet. */
const LEVERAGE =
  'What you wrote reads as a threat: harm, if your partner leaves or speaks. Even when the pain behind it is real, ' +
  'a threat like that puts the weight on them. ';

export function crisisNotice(kind: SafetyKind, leverage: boolean): SafetyNotice {
  const { message, resources } = NOTICES[kind];
  return {
    kind,
    ...(leverage ? { leverage: true } : {}),
    message: leverage ? `${LEVERAGE}${message}` : message,
    resources: [...resources],
  };
}
