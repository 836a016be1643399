// Where an answer says it happened, for contradicts-truth.ts: kinds of place that cannot both be
// true (the pub and work; a friend's flat and a hotel), and places said not to be ("Not to the
// meetings."). Named places the lists do not know ("the Royal Oak", "Knab Rock") are not read, nor
// is anywhere vaguer ("in town", "out"): only kinds that plainly differ are set against each other.

type PlaceKind =
  | 'work'
  | 'home'
  | 'someone-else'
  | 'pub'
  | 'cafe'
  | 'restaurant'
  | 'hotel'
  | 'meeting'
  | 'library'
  | 'gym'
  | 'hospital'
  | 'church'
  | 'school'
  | 'transport'
  | 'outdoors'
  | 'shops'
  | 'garage'
  | 'car';

// Not "from": "the guys from work" were somewhere else.
const AT = String.raw`\b(?:at|in|to|into|inside|outside|near|round|around|on|by|down|up|over) (?:the |a |an |my |our |your |this |that |one of the )?(?:local )?`;
/** Kinds of place no two of which someone is in at once; a car can be anywhere, so it never differs. */
const PLACES: [PlaceKind, RegExp][] = [
  [
    'work',
    new RegExp(
      String.raw`\b(?:at|to|in|into) work\b|${AT}(?:office|depot|warehouse|factory|workplace|work address|desk)\b`,
    ),
  ],
  [
    'home',
    /\b(?:at|to) home\b|\b(?:went|go|going|came|come|stayed|stay|got|get) (?:straight )?home\b|\b(?:at|in|to) (?:the|our|my) (?:house|flat)\b/,
  ],
  [
    'someone-else',
    /\b(?:at|to|round|in) (?:(?:(?:my|our|your|his|her|their|the) )?[a-z]+'s(?: (?:place|flat|house|home))?|(?:his|her|their) (?:place|flat|house|home))(?=\s*(?:[.,;!]|$| in\b| for\b| with\b| watching\b))/,
  ],
  ['pub', new RegExp(`${AT}(?:pub|bar|inn|tavern|beer garden|wine bar|social club|working men's club)\\b`)],
  ['cafe', new RegExp(`${AT}(?:café|cafe|coffee shop|costa|starbucks)\\b`)],
  ['restaurant', new RegExp(`${AT}(?:restaurant|takeaway|chippy)\\b`)],
  [
    'hotel',
    new RegExp(`${AT}(?:hotel|motel|travelodge|premier inn|marriott|hilton|holiday inn|ibis|b&b|guest ?house)\\b`),
  ],
  ['meeting', new RegExp(`${AT}(?:meetings?|aa)\\b`)],
  ['library', new RegExp(`${AT}(?:[a-z]+ )?library\\b`)],
  ['gym', new RegExp(`${AT}(?:gym|leisure centre|swimming pool|pool)\\b`)],
  ['hospital', new RegExp(`${AT}(?:hospital|clinic|a&e)\\b`)],
  ['church', new RegExp(`${AT}(?:church|chapel|mosque|temple|synagogue)\\b`)],
  ['school', new RegExp(`${AT}(?:school|college|university|uni)\\b`)],
  ['transport', new RegExp(`${AT}(?:train|station|platform|bus|tube|airport|motorway)\\b`)],
  ['outdoors', new RegExp(`${AT}(?:park|beach|seaside|sea|seafront|coast|canal|towpath|river|woods|countryside)\\b`)],
  ['shops', new RegExp(`${AT}(?:shops?|supermarket|shopping centre|tesco|asda|sainsbury's|retail park)\\b`)],
  ['garage', new RegExp(`${AT}(?:garage|mechanic's|mot centre)\\b`)],
  ['car', new RegExp(`${AT}(?:car|van)\\b`)],
];
const ANYWHERE: ReadonlySet<PlaceKind> = new Set(['car']);
/** "Most nights I sat in the car at Knab Rock": other nights were elsewhere, so only work and home differ. */
const NOT_EVERY_TIME = /\b(?:most|mostly|usually|some|sometimes|other|often|either|or)\b/;
/** The cover stories a "most nights" truth still rules out. */
const COVER_STORIES: ReadonlySet<PlaceKind> = new Set(['work', 'home']);
/** "Not to the meetings", "I stopped going to the meetings": a place it was not. */
const NEGATED_PLACE = /(?:\b(?:not|never|no|stopped|quit|gave up)\b|n't\b)(?:\s+\S+){0,3}\s*$/;

/**
 * Where the partner was ("You were at work"), a plan ("I'll go to a meeting") or the cover story
 * owned up to ("I told you I was at work") is not where it happened.
 */
const ELSEWHERE =
  /\byou(?: were| was|'re| are| had been|'d been| thought| assumed)\b|\b(?:i'll|i will|i'm going|i am going|going back|gonna|i promise|i want to|i plan|told you|said i|pretended|made out)\b/;

/**
 * A place is where it happened when the clause opens with it ("At work.", "Most nights, in the car")
 * or a verb of being or going leads to it ("I was at the Crown", "she stayed at her place"); "at
 * home every conversation turned into a row" places nothing.
 */
const SAID_AS_WHERE =
  /^\s*(?:(?:well|honestly|um|so|yes|yeah|no|and|then|but|mostly|usually|just|only|probably|maybe|always|still|straight|most|some|other|every|nights?|days?|evenings?|times?|on|tuesdays?|thursdays?|the|whole|day|evening|afternoon|morning)\s+)*$/;
const WENT =
  /\b(?:was|were|went|go|goes|going|stayed|stay|sat|slept|sleep|spent|been|ended up|drove|walked|met|meet|got|had them|sent|redirected|posted|kept them|came|come)\b/;

export interface Places {
  there: Set<PlaceKind>;
  /** Said not to be where it was: "Not to the meetings." */
  notThere: Set<PlaceKind>;
  notEveryTime: boolean;
}

/** The truth, written for the scenario, places everything it names; a reply only what it says as where. */
export function readPlaces(text: string, isTruth: boolean): Places {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const places: Places = { there: new Set(), notThere: new Set(), notEveryTime: NOT_EVERY_TIME.test(lower) };
  for (const clause of lower.split(/[.;:!?\u2014]|,/)) {
    if (ELSEWHERE.test(clause)) continue;
    for (const [kind, pattern] of PLACES) {
      const match = pattern.exec(clause);
      if (!match) continue;
      const before = clause.slice(0, match.index);
      const negated = NEGATED_PLACE.test(before);
      if (isTruth || negated || SAID_AS_WHERE.test(before) || WENT.test(before) || WENT.test(match[0]))
        (negated ? places.notThere : places.there).add(kind);
    }
  }
  return places;
}

/**
 * A kind of place the truth does not have (only work or home, the cover stories, when the truth
 * says "most nights" or puts it in a car, which can be anywhere), or one it says it was not.
 */
export function differentPlace(truth: Places, reply: Places): boolean {
  const said = [...reply.there].filter((kind) => !ANYWHERE.has(kind) && !reply.notThere.has(kind));
  if (said.length === 0) return false;
  const truthThere = [...truth.there].filter((kind) => !truth.notThere.has(kind));
  if (said.some((kind) => truth.notThere.has(kind)) && !said.some((kind) => truthThere.includes(kind))) return true;
  if (truthThere.length === 0 || [...reply.there].some((kind) => truth.there.has(kind))) return false;
  // A car can be anywhere but at home or at work.
  const anywhere = truthThere.every((kind) => ANYWHERE.has(kind));
  return truth.notEveryTime || anywhere ? said.some((kind) => COVER_STORIES.has(kind)) : true;
}
