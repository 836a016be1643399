// How the partner feels right now: the emotion in words and as a shape, intensity and trust meters.
import type { PartnerView } from '../../../server/api-contract.js';
import { feelingPhrase } from '../words.js';
import { EmotionIcon } from './emotion-icon.js';
import { levelWords, MeterBar } from './meter-bar.js';

export function PartnerState({ partner, name }: { partner: PartnerView; name: string }) {
  return (
    <section class="partner-state" aria-label={`How ${name} feels`}>
      <p class={`partner-emotion emotion-${partner.emotion}`}>
        <EmotionIcon emotion={partner.emotion} size={28} />
        <span>
          {name} feels <strong>{feelingPhrase(partner.emotion, partner.intensity)}</strong>
        </span>
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
