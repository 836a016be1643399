// The person's own words with the parts the feedback points at wrapped in <mark>. Evidence offsets
// index into the text (text.slice(start, end)); overlapping spans are merged.
import type { Turn } from '../../../server/api-contract.js';
import { SIGNALS_BY_SIDE, type Signal } from '../../../server/engine/types.js';

const HELPFUL = new Set<Signal>(SIGNALS_BY_SIDE.validating);

interface Span {
  start: number;
  end: number;
  helpful: boolean;
}

function spansOf(text: string, evidence: Turn['classification']['evidence']): Span[] {
  const sorted = evidence
    .map((item) => ({
      start: Math.max(0, item.start),
      end: Math.min(text.length, item.end),
      helpful: HELPFUL.has(item.signal),
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function HighlightedText({ text, evidence }: { text: string; evidence: Turn['classification']['evidence'] }) {
  const parts: preact.ComponentChild[] = [];
  let at = 0;
  for (const span of spansOf(text, evidence)) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} class={span.helpful ? 'mark-helpful' : 'mark-hurtful'}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

export function isHelpfulSignal(signal: Signal): boolean {
  return HELPFUL.has(signal);
}
