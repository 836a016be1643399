// Shown above everything when a reply signals crisis: the practice pauses and the person sees where
// to find real help. Calm, plain, and never in the partner's voice. It takes focus when it appears,
// so it is seen and heard even by someone who was typing at the bottom of the page.
import { useEffect, useRef } from 'preact/hooks';
import type { Turn } from '../../../server/api-contract.js';

type Safety = NonNullable<Turn['safety']>;

export function CrisisNotice({ safety, onDismiss }: { safety: Safety; onDismiss?: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section class="crisis-notice" role="alert" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading" ref={heading} tabIndex={-1}>
        The practice is paused
      </h2>
      <p>{safety.message}</p>
      <ul>
        {safety.resources.map((resource) => (
          <li key={resource}>{resource}</li>
        ))}
      </ul>
      {onDismiss && (
        <button type="button" class="button secondary" onClick={onDismiss}>
          I am safe: go back to the practice
        </button>
      )}
    </section>
  );
}
