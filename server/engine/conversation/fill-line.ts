// Fills a line's {slots}: the scenario's own, {partner}, and the two that quote the user
// ({told.<fact>} and {promise}). One pass with a callback, so the user's words are inserted as they
// are and never read as a template themselves.
import type { Scenario } from '../scenario/scenario-schema.js';
import { type ConversationState, latestPromise, wordsFor } from './conversation-state.js';
import { factId } from './ids.js';
import type { ScenarioBook } from './scenario-book.js';
import { quoted } from './user-words.js';

const SLOT = /\{([^{}\s]+)\}/g;

export function fillLine(book: ScenarioBook, state: ConversationState, text: string): string {
  const slots = slotsOf(book.scenario);
  return text.replace(SLOT, (whole, name: string) => {
    const value = slots[name];
    if (value !== undefined) return value;
    const words =
      name === 'promise'
        ? latestPromise(state)
        : name.startsWith('told.')
          ? wordsFor(state, factId(name.slice(5)))
          : undefined;
    return words === undefined ? whole : quoted(words);
  });
}

/** Replaces `{slot}` with the scenario's values; `{partner}` is the partner's name. */
export function fillSlots(scenario: Scenario, text: string): string {
  const slots = slotsOf(scenario);
  return text.replace(SLOT, (whole, name: string) => slots[name] ?? whole);
}

const slotCache = new WeakMap<Scenario, Readonly<Record<string, string>>>();

/** The scenario's slots plus `{partner}`; built once per scenario object (lines are filled every turn). */
export function slotsOf(scenario: Scenario): Readonly<Record<string, string>> {
  let slots = slotCache.get(scenario);
  if (!slots) {
    slots = Object.freeze({ ...scenario.slots, partner: scenario.partner.name });
    slotCache.set(scenario, slots);
  }
  return slots;
}
