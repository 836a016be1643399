// Feedback on one reply: the principle it kept or broke, a short note quoting the words that
// mattered, and a better reply for this moment. Pure and deterministic: the same reply, context and
// classification always give the same feedback, so replays and rewinds show what was shown before.
// Which of several equivalent phrasings is used depends on the reply and the moment (the partner's
// line, their emotion, the question, the session and turn), so a run of "ok"s does not get one
// canned answer, in one session or across many.
import type { Classification, Evidence, Feedback, FeedbackContext, Signal } from '../types.js';
import { focusOf, isHurtingSignal } from './feedback-focus.js';
import { feelingMissed, namesIllnessOnly } from './feeling-families.js';
import { netEvidence } from './hurt-net.js';
import { ownWordsOf } from './own-words.js';
import { hashText } from './pick-variant.js';
import { principleFor } from './principle-for.js';
import { type QuestionMoment, questionMomentOf, reasonsAsked } from './question-moment.js';
import { suggestionFor } from './suggestion-for.js';
import { summaryFor } from './summary-for.js';

export function feedbackFor(classification: Classification, context: FeedbackContext): Feedback {
  const reply = context.reply ?? '';
  const seed = hashText(
    [reply, context.partner ?? '', context.emotion ?? '', context.question?.id ?? '', context.variety ?? ''].join(
      '\u0000',
    ),
  );
  const read = withoutIllnessAsFeeling(classification, reply);
  const moment = questionMomentOf(read, context);
  const seen = withNet(read, reply, moment);
  const focus = focusOf(seen, reply, moment);
  const names = {
    partner: context.slots?.partner?.trim() || null,
    other: context.slots?.other?.trim() || null,
  };
  const holdNoReasonBack = reasonsAsked(moment, context.partner);
  // The suggestion never hands back a phrase that hurts, even in a reply judged validating overall.
  const kept = ownWordsOf(reply, withNet(read, reply, moment, true), moment);
  // A feeling named that the partner did not say is not kept: the suggestion says back theirs.
  const missed = focus.key === 'feeling-named' ? feelingMissed(context.partner, focus.words, context.emotion) : null;
  const own = missed ? { ...kept, sentences: kept.sentences.filter((s) => !s.includes(focus.words)) } : kept;
  return {
    ...principleFor(focus.key),
    summary: summaryFor({
      focus,
      moment,
      confidence: read.confidence,
      reasonsAsked: holdNoReasonBack,
      partner: names.partner,
      keptAny: own.sentences.length > 0,
      feelingMissed: missed,
      seed,
    }),
    suggestion: suggestionFor({
      focus,
      moment,
      own,
      emotion: context.emotion,
      partnerLine: context.partner,
      names,
      reasonsAsked: holdNoReasonBack,
      allTold: context.untold === 0,
      ...(context.owedAnswer ? { owedAnswer: context.owedAnswer } : {}),
      seed,
    }),
  };
}

/**
 * The classification with the net's phrases added as evidence after the classifier's own, where the
 * reply defended, minimized or left a question unanswered and the classifier gave those words no
 * evidence. For the note, a reply judged validating is left as judged (`always` is for the suggestion).
 */
function withNet(
  classification: Classification,
  reply: string,
  moment: QuestionMoment | null,
  always = false,
): Classification {
  const { label, evidence } = classification;
  const unanswered = moment?.response === 'unanswered' || moment?.response === 'evaded';
  if (!always && (label === 'validating' || (label === 'neutral' && !unanswered))) return classification;
  const missed = netEvidence(reply).filter(
    (found) => !evidence.some((e) => isHurtingSignal(e.signal) && e.start < found.end && e.end > found.start),
  );
  return missed.length === 0 ? classification : { ...classification, evidence: [...evidence, ...missed] };
}

/**
 * The classification without a feeling named where the words only say the partner was unwell
 * ("You were sick", of their flu): the note would credit "names what Owen is feeling" for a fact
 * about his body. With no other feeling named, the signal goes too, from the reply and its parts.
 */
function withoutIllnessAsFeeling(classification: Classification, reply: string): Classification {
  const isIllness = (e: Evidence) => e.signal === 'feeling-named' && namesIllnessOnly(e.text, reply.slice(e.end));
  if (!classification.evidence.some(isIllness)) return classification;
  const evidence = classification.evidence.filter((e) => !isIllness(e));
  if (evidence.some((e) => e.signal === 'feeling-named')) return { ...classification, evidence };
  const noFeeling = (signals: Signal[]) => signals.filter((s) => s !== 'feeling-named');
  return {
    ...classification,
    evidence,
    signals: noFeeling(classification.signals),
    ...(classification.parts
      ? { parts: classification.parts.map((p) => ({ ...p, signals: noFeeling(p.signals) })) }
      : {}),
  };
}
