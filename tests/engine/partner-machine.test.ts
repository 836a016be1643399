// The partner machine on its own: how each kind of reply moves the partner between emotions, and
// that every emotion can be reached in every scenario.

import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { tuningFor } from '../../server/engine/difficulty.js';
import { EMOTIONS, type Emotion, LABELS, type Label, type Scenario } from '../../server/engine/index.js';
import {
  type HeardEvent,
  type PartnerSnapshot,
  partnerMachine,
  partnerStart,
  partnerStep,
} from '../../server/engine/partner-machine.js';
import { loadFixture, loadScenarios } from './engine-test-kit.js';

const fixture = loadFixture();

function start(scenario: Scenario = fixture, emotion: Emotion = scenario.start.emotion): PartnerSnapshot {
  return partnerStart({
    emotion,
    intensity: scenario.start.intensity,
    trust: scenario.start.trust,
    tuning: tuningFor(scenario, 'realistic'),
  });
}

function heard(label: Label, roll = 0.5, confidence = 0.9): HeardEvent {
  return { type: 'partner.heard', label, confidence, signals: [], roll };
}

function hear(snapshot: PartnerSnapshot, labels: Label[], roll = 0.5): PartnerSnapshot {
  return labels.reduce((state, label) => partnerStep(state, heard(label, roll)), snapshot);
}

describe('the partner machine', () => {
  it('starts in the scenario’s emotion with its intensity and trust', () => {
    const snapshot = start(fixture, 'numbness');
    expect(snapshot.value).toBe('numbness');
    expect(snapshot.context).toMatchObject({ feeling: 'numbness', intensity: 80, trust: 15, strain: 0, turn: 0 });
  });

  it('when the user validates an angry partner, the anger gives way to the sadness beneath it', () => {
    const after = hear(start(), ['validating', 'validating']);
    expect(after.value).toBe('sadness');
    expect(after.context.intensity).toBeLessThan(80);
    expect(after.context.trust).toBeGreaterThan(15);
  });

  it('when the user keeps validating a sad partner, sadness starts asking questions', () => {
    const after = hear(start(fixture, 'sadness'), ['validating', 'validating', 'validating']);
    expect(after.value).toBe('confusion');
  });

  it('when the user validates a numb partner twice, the numbness thaws into sadness', () => {
    const snapshot = start(fixture, 'numbness');
    expect(partnerStep(snapshot, heard('validating', 0.5, 0.5)).value).toBe('numbness');
    expect(hear(snapshot, ['validating', 'validating']).value).toBe('sadness');
  });

  it('when the user defends against a sad or confused partner, they turn to anger', () => {
    expect(hear(start(fixture, 'sadness'), ['defensive']).value).toBe('anger');
    expect(hear(start(fixture, 'confusion'), ['defensive']).value).toBe('anger');
  });

  it('when the user keeps minimizing, the hurt goes quiet: numbness', () => {
    const after = hear(start(), ['minimizing', 'minimizing'], 0.9);
    expect(after.value).toBe('numbness');
  });

  it('when the user defends again and again, strain builds until the partner shuts down', () => {
    let snapshot = start();
    const limit = snapshot.context.tuning.strainLimit;
    let turns = 0;
    while (snapshot.status === 'active') {
      snapshot = partnerStep(snapshot, heard('defensive'));
      turns += 1;
    }
    expect(snapshot.value).toBe('shutdown');
    expect(snapshot.context.strain).toBeGreaterThanOrEqual(limit);
    expect(turns).toBeLessThan(limit);
  });

  it('a good reply eases strain but does not wipe it out', () => {
    const strained = hear(start(), ['defensive', 'defensive']);
    const eased = hear(strained, ['validating']);
    expect(eased.context.strain).toBeGreaterThan(0);
    expect(eased.context.strain).toBeLessThan(strained.context.strain);
  });

  it('neutral replies do no harm but break a good run', () => {
    const good = hear(start(), ['validating']);
    const after = hear(good, ['neutral']);
    expect(after.context.goodStreak).toBe(0);
    expect(after.context.trust).toBe(good.context.trust);
    expect(after.context.strain).toBe(good.context.strain);
  });

  it('repair needs enough trust, a run of good replies and enough turns', () => {
    let snapshot = start();
    const { repairTrust, minTurnsToRepair } = snapshot.context.tuning;
    while (snapshot.status === 'active') snapshot = partnerStep(snapshot, heard('validating', 0.99));
    expect(snapshot.value).toBe('repaired');
    expect(snapshot.context.trust).toBeGreaterThanOrEqual(repairTrust);
    expect(snapshot.context.turn).toBeGreaterThanOrEqual(minTurnsToRepair);
    expect(snapshot.context.feeling).not.toBe('anger');
  });

  it('even when it goes well, a wave of hurt can bring the anger back (on a low roll)', () => {
    const calm = hear(start(fixture, 'sadness'), ['validating', 'validating', 'validating'], 0.99);
    expect(calm.value).toBe('confusion');
    const wave = partnerStep(calm, heard('validating', 0));
    expect(wave.value).toBe('anger');
    expect(wave.context.intensity).toBeGreaterThan(calm.context.intensity);
  });

  it('a beat pulls the partner to its emotion and shifts intensity and trust', () => {
    const calm = hear(start(), ['validating', 'validating']);
    const after = partnerStep(calm, {
      type: 'partner.remembers',
      beat: 'x',
      emotion: 'anger',
      intensity: 15,
      trust: -5,
    });
    expect(after.value).toBe('anger');
    expect(after.context.intensity).toBe(calm.context.intensity + 15);
    expect(after.context.trust).toBe(calm.context.trust - 5);
  });

  it('ends when the user ends the session', () => {
    const after = partnerStep(start(), { type: 'session.end' });
    expect(after.value).toBe('ended');
    expect(after.status).toBe('done');
  });

  it('steps exactly as XState’s pure transition function does', () => {
    let ours = start();
    let theirs = start();
    const labels: Label[] = [
      'validating',
      'defensive',
      'validating',
      'minimizing',
      'neutral',
      'validating',
      'validating',
    ];
    labels.forEach((label, i) => {
      const event = heard(label, (i * 0.37) % 1);
      ours = partnerStep(ours, event);
      [theirs] = transition(partnerMachine, theirs, event);
      expect(partnerMachine.getPersistedSnapshot(ours)).toEqual(partnerMachine.getPersistedSnapshot(theirs));
    });
  });
});

describe('every emotion is reachable', () => {
  const scenarios = [fixture, ...loadScenarios()];
  const rolls = [0, 0.5, 0.99];

  it.each(scenarios.map((s) => [s.id, s]))('in %s, from its starting emotion, by replies alone', (_id, scenario) => {
    const reached = new Set<string>();
    let frontier = [start(scenario)];
    for (let depth = 0; depth < 6 && frontier.length > 0; depth++) {
      const next: PartnerSnapshot[] = [];
      const seen = new Set<string>();
      for (const snapshot of frontier) {
        reached.add(String(snapshot.value));
        if (snapshot.status !== 'active') continue;
        for (const label of LABELS)
          for (const roll of rolls) {
            const after = partnerStep(snapshot, heard(label, roll));
            const key = JSON.stringify([after.value, after.context]);
            if (!seen.has(key)) {
              seen.add(key);
              next.push(after);
            }
          }
      }
      frontier = next;
    }
    for (const emotion of EMOTIONS) expect(reached, emotion).toContain(emotion);
  });
});

describe('distance, withdrawal and unsure verdicts', () => {
  it('a verdict below 0.6 confidence moves intensity and trust half as much as a sure one', () => {
    const sure = partnerStep(start(), heard('defensive', 0.9, 0.9)).context;
    const unsure = partnerStep(start(), heard('defensive', 0.9, 0.5)).context;
    expect(sure.trust - 15).toBe(2 * (unsure.trust - 15));
    expect(sure.intensity - 80).toBe(2 * (unsure.intensity - 80));
  });

  it('filler and dodges add distance, an answer or a validating reply takes two steps back, and too much of it withdraws', () => {
    let snapshot = start();
    snapshot = hear(snapshot, ['neutral', 'neutral', 'neutral']);
    expect(snapshot.context.distance).toBe(3);
    snapshot = partnerStep(snapshot, { ...heard('defensive'), question: 'dodged' });
    expect(snapshot.context.distance).toBe(4);
    snapshot = partnerStep(snapshot, { ...heard('neutral'), question: 'answered' });
    expect(snapshot.context.distance).toBe(2);
    snapshot = hear(snapshot, ['validating']);
    expect(snapshot.context.distance).toBe(0);
    const worn = hear(
      start(),
      Array.from({ length: fixture.tuning.withdraw_after }, () => 'neutral' as const),
    );
    expect(worn.value).toBe('withdrawn');
    expect(worn.status).toBe('done');
  });

  it('a question given up on (dodged twice) strains the partner even when the reply was neutral', () => {
    const after = partnerStep(start(), { ...heard('neutral'), question: 'gave-up' });
    expect(after.context.strain).toBe(1);
  });
});

describe('still hurt', () => {
  it('being heard calms the partner, but never below 15 intensity within a conversation', () => {
    const calmed = hear(
      start(fixture, 'sadness'),
      Array.from({ length: 12 }, () => 'validating' as const),
    );
    expect(calmed.context.intensity).toBe(15);
  });
});
