// How the partner feels right now: the emotion in words and as a shape, intensity and trust meters.
// Once the conversation is over it says how it ended, not the feeling of the last line alone. The
// strip is the same in one line, for a phone, where the card would push the conversation away.
import type { JSX } from 'preact';
import type { PartnerView } from '../../../server/api-contract.js';
import type { SessionStatus } from '../../../server/engine/types.js';
import { feelingPhrase } from '../words.js';
import { EmotionIcon } from './emotion-icon.js';
import { levelWords, MeterBar } from './meter-bar.js';

interface PartnerStateProps {
  partner: PartnerView;
  name: string;
  /** The session's status; the live page passes it so the card shows how it ended. */
  status?: SessionStatus;
}

/** "Owen feels very angry", or how it ended: "Owen walked away, still very angry". */
function stateWords(partner: PartnerView, name: string, status: SessionStatus = 'active'): JSX.Element | string {
  const feeling = <strong>{feelingPhrase(partner.emotion, partner.intensity)}</strong>;
  switch (status) {
    case 'repaired':
      return (
        <>
          {name} is willing to keep talking, still {feeling}
        </>
      );
    case 'shutdown':
      return (
        <>
          {name} walked away, {feeling}
        </>
      );
    case 'withdrawn':
      return (
        <>
          {name} stopped asking, {feeling}
        </>
      );
    case 'ended':
      return (
        <>
          You ended it. {name} was {feeling}
        </>
      );
    case 'active':
      return (
        <>
          {name} feels {feeling}
        </>
      );
  }
}

export function PartnerState({ partner, name, status }: PartnerStateProps) {
  return (
    <section class="partner-state" aria-label={`How ${name} feels`}>
      <p class={`partner-emotion emotion-${partner.emotion}`}>
        <EmotionIcon emotion={partner.emotion} size={28} />
        <span>{stateWords(partner, name, status)}</span>
      </p>
      <MeterBar
        label="Intensity"
        value={partner.intensity}
        words={levelWords(partner.intensity)}
        tone={`emotion-${partner.emotion}`}
      />
      <MeterBar label="Trust" value={partner.trust} words={levelWords(partner.trust)} tone="trust" />
    </section>
  );
}

/** The strip's words: shorter, so they fit one line of a phone. */
function stripWords(partner: PartnerView, name: string, status: SessionStatus = 'active'): JSX.Element | string {
  switch (status) {
    case 'repaired':
      return `${name} will keep talking`;
    case 'shutdown':
      return `${name} walked away`;
    case 'withdrawn':
      return `${name} stopped asking`;
    case 'ended':
      return 'You ended it';
    case 'active':
      return (
        <>
          {name} feels <strong>{feelingPhrase(partner.emotion, partner.intensity)}</strong>
        </>
      );
  }
}

export function PartnerStrip({ partner, name, status }: PartnerStateProps) {
  const trust = Math.max(0, Math.min(100, Math.round(partner.trust)));
  return (
    <p class="partner-strip">
      <EmotionIcon emotion={partner.emotion} size={14} />
      <span class="strip-feeling">{stripWords(partner, name, status)}</span>
      <span class="strip-trust">Trust {trust}/100</span>
    </p>
  );
}
