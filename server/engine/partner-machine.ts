// The hurt partner as a state machine. Each emotion is a state; how strongly it is felt (intensity),
// how much they trust the speaker (trust), how worn down they are (strain) and the streaks of good
// and bad replies live in context. One machine serves every scenario: the scenario's tuning comes
// in through `input`. Chance (waves of hurt, flares) comes in on the event as `roll`, drawn from the
// session's seeded generator, so the machine itself stays deterministic.
// ARCHITECTURE.md ("The partner machine") has the transition table.
import { type ActorScope, and, assign, createActor, setup } from 'xstate';
import type { PartnerTuning } from './difficulty.js';
import type { Emotion, Label, Signal } from './types.js';

export interface PartnerContext {
  /** The emotion being felt (kept through the final states, so the ending still has a face). */
  feeling: Emotion;
  intensity: number;
  trust: number;
  goodStreak: number;
  badStreak: number;
  strain: number;
  /** How far they have drifted from someone who will not answer: filler and dodges add, answers take away. */
  distance: number;
  /** Replies heard so far. */
  turn: number;
  tuning: PartnerTuning;
}

export interface PartnerInput {
  emotion: Emotion;
  intensity: number;
  trust: number;
  tuning: PartnerTuning;
}

/**
 * How a reply met the question the partner was waiting on: answered it, dodged it, or dodged it a
 * second time so they gave up asking (which costs strain).
 */
export type QuestionOutcome = 'answered' | 'dodged' | 'gave-up';

/** The partner heard a reply. `roll` is a number in [0, 1) from the session's seeded generator. */
export interface HeardEvent {
  type: 'partner.heard';
  /** The reply's label as the partner heard it (an apology in place of an answer is not heard as validation). */
  label: Label;
  confidence: number;
  signals: Signal[];
  roll: number;
  /** Present when a question was pending. */
  question?: QuestionOutcome;
}

/** A scripted beat: a memory or a question surfaces and pulls toward an emotion. */
export interface RemembersEvent {
  type: 'partner.remembers';
  beat: string;
  emotion: Emotion;
  intensity: number;
  trust: number;
}

export type PartnerEvent = HeardEvent | RemembersEvent | { type: 'session.end' };

/** How much a reply moves the partner (before confidence weighting). */
const EFFECT = {
  defensive: { trust: -6, intensity: 12 },
  minimizing: { trust: -5, intensity: 8 },
  /** Strain from one bad reply, and the extra when bad replies come back to back. */
  strain: 1,
  sustainedStrain: 0.5,
  /** A good reply eases the strain a little: it does not wipe it out. */
  relief: 0.5,
  /** A wave of hurt: how much the intensity jumps when it comes back. */
  wave: 15,
  /** A question dodged twice: the partner stops asking, and it weighs on them. */
  givingUp: 1,
  /** Distance: a non-answer or filler adds one step; an answer or a validating reply takes two back. */
  drift: 1,
  reach: 2,
} as const;

/** Below this confidence a verdict moves intensity and trust half as much: the partner is not sure either. */
const SURE_ENOUGH = 0.6;

/** Validation alone does not bring intensity below this: they are still hurt. */
const STILL_HURT = 15;
/** Intensity at or below which anger lets the sadness under it show. */
const ANGER_SETTLES_AT = 65;
/** Intensity at or below which sadness starts asking its questions. */
const SADNESS_ASKS_AT = 55;

/**
 * The partner after taking in a reply: one pure function that guards and actions share, so a
 * guard asking "would this be too much?" sees exactly what the action then does.
 */
export function afterReply(context: PartnerContext, event: HeardEvent): PartnerContext {
  const felt = feltReply(context, event);
  if (event.question === 'gave-up') return { ...felt, strain: felt.strain + EFFECT.givingUp };
  return felt;
}

function feltReply(context: PartnerContext, event: HeardEvent): PartnerContext {
  const weight = event.confidence < SURE_ENOUGH ? 0.5 : 1;
  const { tuning } = context;
  const turn = context.turn + 1;
  const distance = distanceAfter(context.distance, event);
  switch (event.label) {
    case 'validating':
      return {
        ...context,
        turn,
        trust: clamp100(context.trust + Math.round(tuning.trustGain * weight)),
        // Being heard calms them, but not to nothing within one conversation.
        intensity: clamp100(
          Math.max(context.intensity - Math.round(tuning.calming * weight), Math.min(context.intensity, STILL_HURT)),
        ),
        goodStreak: context.goodStreak + 1,
        badStreak: 0,
        strain: Math.max(0, context.strain - EFFECT.relief),
        distance,
      };
    case 'defensive':
    case 'minimizing': {
      const effect = EFFECT[event.label];
      const sustained = context.badStreak > 0 ? EFFECT.sustainedStrain : 0;
      return {
        ...context,
        turn,
        trust: clamp100(context.trust + Math.round(effect.trust * weight)),
        intensity: clamp100(context.intensity + Math.round(effect.intensity * weight)),
        goodStreak: 0,
        badStreak: context.badStreak + 1,
        strain: context.strain + EFFECT.strain + sustained,
        distance,
      };
    }
    default:
      // Nothing real was said: no harm done, but the good run is broken and they drift a step away.
      return { ...context, turn, goodStreak: 0, distance };
  }
}

function distanceAfter(distance: number, event: HeardEvent): number {
  if (event.question === 'dodged' || event.question === 'gave-up') return distance + EFFECT.drift;
  if (event.question === 'answered' || event.label === 'validating') return Math.max(0, distance - EFFECT.reach);
  if (event.label === 'neutral') return distance + EFFECT.drift;
  return distance;
}

/** Only used by XState's throwaway actors (see `context` below), never by a session. */
const RESTING_INPUT: PartnerInput = {
  emotion: 'anger',
  intensity: 0,
  trust: 0,
  tuning: {
    strainLimit: 6,
    repairTrust: 65,
    volatility: 0,
    trustGain: 0,
    calming: 0,
    waveChance: 0,
    minTurnsToRepair: 1,
    withdrawAfter: 6,
  },
};

type GuardArgs = { context: PartnerContext; event: PartnerEvent };

function heard(event: PartnerEvent): HeardEvent | undefined {
  return event.type === 'partner.heard' ? event : undefined;
}

function next({ context, event }: GuardArgs): PartnerContext {
  const reply = heard(event);
  return reply ? afterReply(context, reply) : context;
}

function roll(event: PartnerEvent): number {
  return heard(event)?.roll ?? 1;
}

function remembered(event: PartnerEvent, emotion: Emotion): boolean {
  return event.type === 'partner.remembers' && event.emotion === emotion;
}

export const partnerMachine = setup({
  types: { context: {} as PartnerContext, events: {} as PartnerEvent, input: {} as PartnerInput },
  guards: {
    // What kind of reply it was, as the partner experiences it.
    feelsHeard: ({ event }) => heard(event)?.label === 'validating',
    feelsArguedWith: ({ event }) => heard(event)?.label === 'defensive',
    feelsDismissed: ({ event }) => heard(event)?.label === 'minimizing',

    /** Strain has built past what they can take: they walk away for now. */
    strainIsTooMuch: (args) => next(args).strain >= args.context.tuning.strainLimit,
    /** Non-answers in a run: they stop trying to reach someone who will not answer. */
    tooFarAway: (args) => next(args).distance >= args.context.tuning.withdrawAfter,
    /** Enough trust, a run of good replies and enough time: still hurt, but willing to keep talking. */
    trustIsEnoughToStay: (args) => {
      const after = next(args);
      return (
        after.trust >= args.context.tuning.repairTrust &&
        after.goodStreak >= 2 &&
        after.turn >= args.context.tuning.minTurnsToRepair
      );
    },
    /** Once the anger is heard it settles, and the sadness beneath it shows. */
    angerGivesWayToSadness: (args) => {
      const after = next(args);
      return after.intensity <= ANGER_SETTLES_AT || after.goodStreak >= 2;
    },
    /** Heard for a while, sadness starts asking the questions it needs answered. */
    sadnessLooksForAnswers: (args) => {
      const after = next(args);
      return after.goodStreak >= 2 && after.intensity <= SADNESS_ASKS_AT;
    },
    /** Numbness thaws after steady care, or one reply that clearly lands. */
    numbnessThaws: (args) => {
      const after = next(args);
      const reply = heard(args.event);
      return after.goodStreak >= 2 || (reply?.confidence ?? 0) >= 0.8;
    },
    /** Dismissed again, the hurt stops showing instead of flaring (less so in a volatile partner). */
    hurtGoesQuiet: (args) => next(args).badStreak >= 2 && roll(args.event) >= args.context.tuning.volatility / 2,
    /** Argued with, the numbness can crack into anger: likelier in a volatile partner. */
    flaresAtDefense: ({ context, event }) => roll(event) < 0.4 + context.tuning.volatility / 2,
    /** Even when it goes well, the hurt comes back in waves. */
    aWaveOfHurtReturns: (args) => next(args).goodStreak >= 3 && roll(args.event) < args.context.tuning.waveChance,
    /** An honest answer can bring the loss home again. */
    answersBringGrief: ({ context, event }) => roll(event) < 0.15 + context.tuning.volatility / 4,

    memoryStirsAnger: ({ event }) => remembered(event, 'anger'),
    memoryBringsSadness: ({ event }) => remembered(event, 'sadness'),
    memoryNumbs: ({ event }) => remembered(event, 'numbness'),
    memoryRaisesQuestions: ({ event }) => remembered(event, 'confusion'),
  },
  actions: {
    /** Validated: intensity eases, trust grows, strain relents a little. */
    softenAfterBeingHeard: assign(({ context, event }) => next({ context, event })),
    /** Argued with: braces, hurts more, trusts less, strain builds. */
    bracesAgainstDefense: assign(({ context, event }) => next({ context, event })),
    /** Made small: trusts less, strain builds. */
    shrinksFromDismissal: assign(({ context, event }) => next({ context, event })),
    /** Nothing real was said: waits, and the good run is broken. */
    waitsForSomethingReal: assign(({ context, event }) => next({ context, event })),
    /** Worn down by non-answers: stops reaching out. */
    driftsAway: assign(({ context, event }) => next({ context, event })),
    /** A wave: the hurt is suddenly as sharp as it was. */
    hurtSurgesBack: assign({ intensity: ({ context }) => clamp100(context.intensity + EFFECT.wave) }),
    /** A scripted beat surfaces: its own shift in intensity and trust. */
    memorySurfaces: assign(({ context, event }) => {
      if (event.type !== 'partner.remembers') return {};
      return { intensity: clamp100(context.intensity + event.intensity), trust: clamp100(context.trust + event.trust) };
    }),
    feelAnger: assign({ feeling: 'anger' as Emotion }),
    feelSadness: assign({ feeling: 'sadness' as Emotion }),
    feelNumbness: assign({ feeling: 'numbness' as Emotion }),
    feelConfusion: assign({ feeling: 'confusion' as Emotion }),
  },
}).createMachine({
  id: 'partner',
  // XState's pure `transition` builds a throwaway actor without input on every call; a missing
  // input would throw (and an Error's stack trace costs more than the whole turn), so fall back.
  context: ({ input = RESTING_INPUT }) => ({
    feeling: input.emotion,
    intensity: clamp100(input.intensity),
    trust: clamp100(input.trust),
    goodStreak: 0,
    badStreak: 0,
    strain: 0,
    distance: 0,
    turn: 0,
    tuning: input.tuning,
  }),
  initial: 'hurt',
  on: { 'session.end': '.ended' },
  states: {
    /** Enters the scenario's starting emotion. */
    hurt: {
      always: [
        { guard: ({ context }) => context.feeling === 'sadness', target: 'sadness' },
        { guard: ({ context }) => context.feeling === 'numbness', target: 'numbness' },
        { guard: ({ context }) => context.feeling === 'confusion', target: 'confusion' },
        { target: 'anger' },
      ],
    },
    anger: {
      entry: 'feelAnger',
      on: {
        'partner.heard': [
          ...endings(),
          { guard: and(['feelsHeard', 'angerGivesWayToSadness']), target: 'sadness', actions: 'softenAfterBeingHeard' },
          { guard: 'feelsHeard', actions: 'softenAfterBeingHeard' },
          { guard: and(['feelsDismissed', 'hurtGoesQuiet']), target: 'numbness', actions: 'shrinksFromDismissal' },
          { guard: 'feelsDismissed', actions: 'shrinksFromDismissal' },
          { guard: 'feelsArguedWith', actions: 'bracesAgainstDefense' },
          { actions: 'waitsForSomethingReal' },
        ],
        'partner.remembers': memories(),
      },
    },
    sadness: {
      entry: 'feelSadness',
      on: {
        'partner.heard': grieving({ guard: 'sadnessLooksForAnswers', target: 'confusion' }),
        'partner.remembers': memories(),
      },
    },
    numbness: {
      entry: 'feelNumbness',
      on: {
        'partner.heard': [
          ...endings(),
          { guard: and(['feelsHeard', 'numbnessThaws']), target: 'sadness', actions: 'softenAfterBeingHeard' },
          { guard: 'feelsHeard', actions: 'softenAfterBeingHeard' },
          { guard: and(['feelsArguedWith', 'flaresAtDefense']), target: 'anger', actions: 'bracesAgainstDefense' },
          { guard: 'feelsArguedWith', actions: 'bracesAgainstDefense' },
          { guard: 'feelsDismissed', actions: 'shrinksFromDismissal' },
          { actions: 'waitsForSomethingReal' },
        ],
        'partner.remembers': memories(),
      },
    },
    confusion: {
      entry: 'feelConfusion',
      on: {
        'partner.heard': grieving({ guard: 'answersBringGrief', target: 'sadness' }),
        'partner.remembers': memories(),
      },
    },
    /** Still hurt, but willing to keep talking. */
    repaired: { type: 'final' },
    /** They walk away for now. */
    shutdown: { type: 'final' },
    /** They stop trying to reach someone who will not answer. */
    withdrawn: { type: 'final' },
    /** The user ended the session. */
    ended: { type: 'final' },
  },
});

/**
 * Checked first in every emotion: too much strain ends it (a question given up on strains too);
 * too many non-answers and they withdraw; enough trust lets them stay.
 */
function endings() {
  return [
    { guard: and(['feelsArguedWith', 'strainIsTooMuch']), target: 'shutdown', actions: 'bracesAgainstDefense' },
    { guard: and(['feelsDismissed', 'strainIsTooMuch']), target: 'shutdown', actions: 'shrinksFromDismissal' },
    { guard: 'strainIsTooMuch', target: 'shutdown', actions: 'waitsForSomethingReal' },
    { guard: 'tooFarAway', target: 'withdrawn', actions: 'driftsAway' },
    { guard: and(['feelsHeard', 'trustIsEnoughToStay']), target: 'repaired', actions: 'softenAfterBeingHeard' },
  ] as const;
}

/**
 * Sadness and confusion hear a reply alike: heard, they soften, though a wave of hurt can bring the
 * anger back; dismissed again, the hurt can go quiet; dismissed or argued with, the anger returns.
 * They differ only in where being heard leads: sadness looks for answers, answers bring grief.
 */
function grieving(
  heardLeadsOn:
    | { guard: 'sadnessLooksForAnswers'; target: 'confusion' }
    | { guard: 'answersBringGrief'; target: 'sadness' },
) {
  return [
    ...endings(),
    {
      guard: and(['feelsHeard', 'aWaveOfHurtReturns']),
      target: 'anger',
      actions: ['softenAfterBeingHeard', 'hurtSurgesBack'],
    },
    { guard: and(['feelsHeard', heardLeadsOn.guard]), target: heardLeadsOn.target, actions: 'softenAfterBeingHeard' },
    { guard: 'feelsHeard', actions: 'softenAfterBeingHeard' },
    { guard: and(['feelsDismissed', 'hurtGoesQuiet']), target: 'numbness', actions: 'shrinksFromDismissal' },
    { guard: 'feelsDismissed', target: 'anger', actions: 'shrinksFromDismissal' },
    { guard: 'feelsArguedWith', target: 'anger', actions: 'bracesAgainstDefense' },
    { actions: 'waitsForSomethingReal' },
  ] as const;
}

/** A beat pulls toward its emotion from wherever the partner is. */
function memories() {
  return [
    { guard: 'memoryStirsAnger', target: 'anger', actions: 'memorySurfaces' },
    { guard: 'memoryBringsSadness', target: 'sadness', actions: 'memorySurfaces' },
    { guard: 'memoryNumbs', target: 'numbness', actions: 'memorySurfaces' },
    { guard: 'memoryRaisesQuestions', target: 'confusion', actions: 'memorySurfaces' },
  ] as const;
}

export type PartnerMachine = typeof partnerMachine;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function clamp100(value: number): number {
  return clamp(Math.round(value), 0, 100);
}

export type PartnerSnapshot = ReturnType<typeof partnerMachine.resolveState>;

/**
 * XState's pure `transition(machine, snapshot, event)` builds a throwaway actor (and actor
 * system) on every call, which costs more than the rest of a turn. These two do the same pure
 * computation through the machine's own `transition` with one inert scope made once: nothing is
 * spawned, delayed or executed outside the machine, so sharing it is safe. Tests check both agree.
 */
const inertScope = (() => {
  const self = createActor(partnerMachine, { input: RESTING_INPUT });
  return {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    actionExecutor: () => {},
  } as unknown as ActorScope<PartnerSnapshot, PartnerEvent>;
})();

export function partnerStart(input: PartnerInput): PartnerSnapshot {
  return partnerMachine.getInitialSnapshot(inertScope, input);
}

export function partnerStep(snapshot: PartnerSnapshot, event: PartnerEvent): PartnerSnapshot {
  return partnerMachine.transition(snapshot, event, inertScope);
}
