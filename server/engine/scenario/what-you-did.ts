// What the user did, in the scenario's own words: its facts with their names and sums filled in.
// The verdict reads an answer against these facts (a date that is not the scenario's is "told it
// differently"), and being open before being asked is one of the principles: neither is fair unless
// the person practising can read what they did before and while they answer.
import { fillSlots } from '../conversation/fill-line.js';
import type { Scenario } from './scenario-schema.js';

export function whatYouDid(scenario: Scenario): string[] {
  return scenario.facts.map((fact) => fillSlots(scenario, fact.text));
}
