// Crisis detection: a reply that says the user may hurt themselves, hurt someone, or is being hurt
// pauses the partner and shows where to find real help. Plain patterns, no model: they must be
// predictable, fast and easy to audit.
//
// Where the line is drawn (decided, and tested in tests/engine/safety.test.ts):
// - Feelings said with violent idioms about *something else* are not a crisis: "this is killing me",
//   "you're killing me", "the guilt is eating me alive", "I'm dying to know", "I killed our trust".
// - Any first-person statement about killing or harming *oneself* is treated as a crisis, even when
//   it may be an idiom: "I could kill myself for being so stupid" gets the notice. A false alarm
//   costs one calm message and a click to go on; a missed one costs far more.
// - "I don't want to hurt you again" is about the betrayal, not violence: "hurt" alone is not a
//   threat; killing, stabbing, shooting, strangling, hitting or "physically hurting" someone is.
import type { SafetyNotice } from '../types.js';

type Kind = SafetyNotice['kind'];

const PERSON = `(?:him|her|them|you|myself|my (?:wife|husband|partner|boyfriend|girlfriend|ex|kids?|son|daughter|children|family|boss|mother|father|mum|mom|dad)|someone|somebody|that (?:man|woman|guy|girl|person)|the (?:other (?:man|woman|guy|girl|person)|affair partner))`;

/** Someone other than the partner being spoken to. */
const THIRD_PERSON = String.raw`(?:him|her|them|that (?:man|woman|guy|girl|person)|the other (?:man|woman|guy|girl|person))\b`;

/** First person intending or wanting something: "I want to", "I'm going to", "I'll", ... */
const I_WILL = String.raw`\bi(?:'m| am)? ?(?:going to|gonna|will|'ll|want to|wanna|am about to|'m about to|plan to|might|could|feel like|have been thinking (?:about|of)|keep thinking (?:about|of)|think about|thought about|should)`;

const PATTERNS: Array<{ kind: Kind; pattern: RegExp }> = [
  // Self-harm.
  { kind: 'self-harm', pattern: /\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) (?:my ?self)\b/ },
  {
    kind: 'self-harm',
    pattern: /\b(?:suicide|suicidal|take my (?:own )?life|end(?:ing)? my (?:own )?life|end it all|ending it all)\b/,
  },
  {
    kind: 'self-harm',
    pattern:
      /\bi (?:just )?(?:want to|wanna) (?:die(?! of (?:embarrassment|laughter|boredom))|be dead|not be here any ?more)\b|\bi wish i (?:was|were) dead\b|\bi wish i could (?:die|disappear forever)\b/,
  },
  { kind: 'self-harm', pattern: /\b(?:don'?t|do not) want to (?:live|be alive|be here) any ?more\b/ },
  {
    kind: 'self-harm',
    pattern:
      /\b(?:better off (?:dead|without me)|no (?:reason|point) (?:to|in) (?:live|living|go on|going on)|can'?t go on living)\b/,
  },
  { kind: 'self-harm', pattern: /\b(?:overdose|od on|swallow(?:ed)? (?:all )?(?:the|my) pills)\b/ },
  // Harming someone else.
  {
    kind: 'harm-to-others',
    pattern: new RegExp(`${I_WILL} (?:kill|murder|stab|shoot|strangle|choke|beat up|physically hurt) ${PERSON}`),
  },
  // "Hurt" and "hit" count only when aimed at someone else: "I don't want to hurt you again" is about the betrayal.
  {
    kind: 'harm-to-others',
    pattern: new RegExp(`\\bi(?:'m| am)? (?:want to|wanna|going to|gonna) (?:hurt|hit) ${THIRD_PERSON}`),
  },
  { kind: 'harm-to-others', pattern: /\b(?:get|got|buy|bought|grab) (?:a|my) (?:gun|knife|weapon) (?:and|to)\b/ },
  // Being harmed.
  {
    kind: 'being-harmed',
    pattern:
      /\b(?:he|she|they|my (?:wife|husband|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|stepmother|brother|sister))(?: (?:always|sometimes|still|often|just))? (?:hits|hit|beats|beat|slaps|slapped|punches|punched|kicks|kicked|chokes|choked|strangles|strangled|shoves|shoved|rapes|raped|abuses|abused|threatens to kill|threatened to kill|hurts me physically) (?:me|us)\b(?! to\b)/,
  },
  { kind: 'being-harmed', pattern: /\b(?:i'?m|i am) (?:not safe|scared to go|afraid to go) (?:at )?home\b/ },
  {
    kind: 'being-harmed',
    pattern:
      /\b(?:afraid|scared|terrified) (?:that |of what )?(?:he|she|they)(?:'ll| will| is going to| are going to|'s going to) (?:hurt|hit|kill) (?:me|us)\b/,
  },
  {
    kind: 'being-harmed',
    pattern: /\b(?:being|getting) (?:abused|beaten|hit)\b|\b(?:he|she) (?:won'?t|will not) let me leave\b/,
  },
];

const STOP_FIRST = 'If you are in danger right now, call your local emergency number.';

const MESSAGES: Record<Kind, Pick<SafetyNotice, 'message' | 'resources'>> = {
  'self-harm': {
    message:
      'What you wrote sounds like you may be thinking about hurting yourself. The practice can wait. ' +
      `${STOP_FIRST} You do not have to carry this alone: a crisis line can talk with you now.`,
    resources: [
      'Your local emergency number, if you might act on these thoughts',
      'A suicide or crisis line in your country: your doctor, or a search for "crisis line" and your country, will give the number',
      'Someone you trust: tell them how you are feeling today',
    ],
  },
  'harm-to-others': {
    message:
      'What you wrote sounds like you might hurt someone. The practice can wait. ' +
      `If you feel you could act on it, step away from the person now. ${STOP_FIRST}`,
    resources: [
      'Your local emergency number, if someone is at risk right now',
      'A crisis line in your country: they talk with people who are afraid of what they might do',
      'Someone you trust, who can be with you until this passes',
    ],
  },
  'being-harmed': {
    message:
      'What you wrote sounds like someone may be hurting or threatening you. The practice can wait. ' +
      `${STOP_FIRST} You deserve to be safe, and help is available.`,
    resources: [
      'Your local emergency number, if you are in danger',
      'A domestic abuse helpline or crisis line in your country: they can help you plan to stay safe',
      'Someone you trust, or a doctor, who can help you get support',
    ],
  },
};

export function detectCrisis(text: string): SafetyNotice | null {
  const normalized = normalize(text);
  for (const { kind, pattern } of PATTERNS) {
    if (pattern.test(normalized)) return { kind, ...MESSAGES[kind], resources: [...MESSAGES[kind].resources] };
  }
  return null;
}

/** Lowercase, straight apostrophes, single spaces: the patterns are written against this. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ');
}
