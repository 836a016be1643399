// What the user did in this scenario (its facts): the partner's questions are about these, and a
// date or a sum that is not the scenario's is heard as another story. Beside the conversation on a
// wide screen, open; under the reply box on a narrow one, folded, so the conversation keeps its room.
export function WhatYouDid({
  facts,
  partner,
  startOpen,
  where,
}: {
  facts: readonly string[];
  partner: string;
  startOpen: boolean;
  where: 'side' | 'under-reply';
}) {
  if (facts.length === 0) return null;
  // `open` never changes after the first render, so a person's own folding or opening stays.
  return (
    <details class={`what-you-did ${where}`} open={startOpen}>
      <summary>What you did</summary>
      <p class="quiet small">{partner} may ask about any of it. Answer from these, not from a guess.</p>
      {/* Under the reply box the list scrolls: it takes a tab stop so the keyboard can scroll it too. */}
      <ul {...(where === 'under-reply' ? { tabIndex: 0, 'aria-label': 'What you did' } : {})}>
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
    </details>
  );
}
