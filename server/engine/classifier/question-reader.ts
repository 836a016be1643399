// Reads what a partner's line asks (taxonomy v2, "Replies to the partner's questions"): whether it
// asks for information about the betrayal, and what kind (yes/no, who, when, where, how long/much/
// many, why, what, "are there more"); or whether its question is rhetorical (pain or accusation
// phrased as a question) or everyday logistics. A reply is judged against this: a plain answer to an
// information-seeking question is openness, the same words after a statement are not.
import type { QuestionKind } from '../types.js';
import { normalizeReply } from './normalize-reply.js';

export type QuestionType = 'info' | 'rhetorical' | 'everyday' | 'none';

export interface PartnerQuestion {
  type: QuestionType;
  /** The kinds of information asked for, in the order asked; empty unless type is 'info'. */
  kinds: QuestionKind[];
  /** A yes/no question's auxiliary ("did" in "Did you...?"): "I did" answers it, "I am" does not. */
  auxiliary?: string;
}

const NONE: PartnerQuestion = Object.freeze({ type: 'none', kinds: [] }) as PartnerQuestion;

// Pain or accusation phrased as a question: the speaker is not asked for a fact. Matched against one
// question sentence in canonical form ("do not", "i am").
const RHETORICAL = new RegExp(
  [
    '^(?:(?:and|so|then|but|oh|honestly|seriously|really) )*how (?:could|can|dare) you\\b',
    '\\bhow (?:could|can) (?:you|anyone|somebody|a person) (?:do|say|look|sit|lie|live|just)\\b',
    '\\b(?:do|did) you (?:even )?(?:know|realise|realize|understand|get|see|hear) (?:how|what (?:it|that|this|you))\\b',
    '\\b(?:do|did) you (?:even )?(?:have (?:any|the slightest|no) idea|care|think about (?:me|us|the kids|what))\\b',
    '\\bhave you (?:got )?(?:any|the slightest) idea\\b',
    '\\bany idea (?:how|what)\\b',
    '\\b(?:when|were you|was you) (?:ever )?(?:planning|going|intending|meaning) (?:on |to )?(?:tell|telling|say|mention)(?:ing)? me\\b',
    '\\b(?:am|was) i (?:not|never) (?:enough|good enough|worth)\\b',
    '^(?:so |and |or )?(?:is|was) (?:it|this) (?:me|my fault|something i did)(?: \\?)*$',
    '\\bhow (?:does|do|can|could|is|would|will) (?:any of )?(?:that|this|it|something|you|anything|i) (?:explain|be|know|justify|make|mean|possibly)\\b',
    '\\bwhy (?:does|do|did) (?:it|this|that|everyone|every|everything) (?:\\w+ )?(?:feel|seem|have to|come|get)\\b',
    '\\bwhy (?:do|does|should|must) i (?:have to|always|never|get)\\b',
    '^(?:you know|do you know) (?:the worst|what)\\b[^?]*\\? *$',
    '\\bwhat (?:is|was) wrong with (?:you|me)\\b',
    '\\bwhat (?:were|was) you (?:even )?thinking\\b',
    '\\bwhat (?:kind|sort) of (?:person|man|woman|husband|wife|partner|father|mother|dad|mum|mom|friend)\\b',
    '\\bwho (?:does that|are you|even are you|do you think you are|lies like that)\\b',
    '\\bare you (?:kidding|serious|joking|insane|mad|out of your mind|for real|actually serious)\\b',
    '\\b(?:is|was) (?:that|this) (?:supposed|meant) to\\b',
    '\\bdo you (?:think|take me for|expect me to (?:believe|buy))\\b[^?]*\\b(?:stupid|an idiot|a fool|blind|believe|buy that|naive)\\b',
    '\\bdid you (?:really )?think (?:i|that i) (?:would not|would never|will not|was not going to|could not|would be)\\b',
    '\\bhow (?:am i|are we|is anyone|do i|can i|could i|will i) (?:ever )?(?:supposed to )?(?:trust|believe|forgive|look at|get past|live with|sleep|know anything)\\b',
    '\\bwhy (?:would|could|did) you (?:do|say) (?:this|that|it) to (?:me|us|the kids)\\b',
    '^(?:but )?why (?:me|us|now|her|him)(?: \\?|$)',
    '\\bwhat am i (?:supposed|meant) to (?:do|say|think|feel|believe|tell)\\b',
    '\\bwhat (?:did|do) you (?:expect|want) me to (?:do|say|feel)\\b',
    '\\byou expect me to\\b',
    '^(?:seriously|really|honestly|are you serious|is this a joke|what|sorry|excuse me|oh really)(?: \\?)+$',
    '\\bhow (?:is|was) (?:that|this|any of (?:this|that)) (?:fair|ok|okay|normal|love|nothing|small)\\b',
    '\\b(?:is|was) that (?:all|it) you (?:have|have got|got|can say)\\b',
    '\\bthat is (?:it|all)(?: \\?)+$',
    '\\bdo you (?:even )?(?:love|respect|see) me\\b',
    '\\bwhat (?:does|did) that make me\\b',
    '\\bwhy (?:do|should|would) i (?:even |ever )?(?:bother|believe|trust|stay|care)\\b',
    '\\bwhy (?:do|did) you (?:always|never|keep (?:doing|saying|lying|bringing|asking|telling))\\b',
    '\\bdoes (?:that|it|this) (?:even )?(?:matter|mean anything) to you\\b',
    '\\bwhat else (?:is|was) (?:new|i supposed)\\b',
    '\\bwhich of us are you\\b',
  ].join('|'),
);

// Logistics, not the betrayal: answered plainly, they stay neutral.
const EVERYDAY = new RegExp(
  [
    '\\b(?:keys?|kettle|dinner|lunch|breakfast|tea|coffee|milk|bread|bins?|laundry|washing|dishes|hoover|charger|remote|umbrella|parking|petrol|groceries|shopping list|oven|fridge|thermostat|heating|blankets?|towels?|the dog|the cat|walk the dog|feed the|school run|pick (?:up )?the (?:kids|children|boys|girls)|pick (?:him|her|them) up|the plumber|the babysitter|the car seat|bath|bedtime)\\b',
    '\\bwhat time is it\\b',
    '\\bare you (?:hungry|cold|warm|tired|coming to bed|staying for dinner)\\b',
    '\\bis that your phone\\b',
    '\\b(?:did|have|can|could|will) you (?:lock|ring the school|call the school|call the vet|book the|pay the (?:gas|electric|water)|put the|take the bins|get the shopping)\\b',
  ].join('|'),
);

// What kind of fact a question asks for, tried in this order (the first that fits wins).
const KIND_PATTERNS: Array<[QuestionKind, RegExp]> = [
  [
    'any-more',
    /\b(?:(?:are|is|were|was) there (?:any(?:one|body|thing)? )?(?:more|others?|else)|any(?:one|body|thing)? else|anything more|what else|who else|where else|how many others|is that (?:all|everything|it|the last)|are there others|any others|any more)\b/,
  ],
  ['how-long', /\b(?:how long|since when|for how long|how many (?:months|years|weeks|days))\b/],
  [
    'how-much',
    /\bhow much\b|\bwhat did (?:it|that|they|this) cost\b|\bwhat (?:is|was) the (?:total|amount|sum|number)\b/,
  ],
  ['how-many', /\bhow (?:many|often)\b|\bhow many times\b/],
  ['why', /\b(?:why|how come|what for|what made you|for what reason|what was the reason)\b/],
  [
    'who',
    /\b(?:who|whom|whose|what is (?:her|his|their) name|which (?:one of )?(?:your )?(?:friends?|colleagues?|women|men|girl|guy|woman|man))\b/,
  ],
  ['when', /\b(?:when|what time|what day|what date|which (?:night|day|weekend|week|month|year))\b/],
  [
    'where',
    /\b(?:where|which (?:hotel|bar|pub|club|casino|place|flat|house|restaurant|city|town|room|address|bank|site|app))\b/,
  ],
  // "how he knew", asked as "I'd like to know how he knew": the way it happened.
  ['what', /\b(?:what|which|how (?:did|do|does|is|was|are|were|has|have|had|he|she|they|it))\b/],
];

// A sentence that asks by its shape (auxiliary first) rather than a question word.
const YES_NO_START =
  /^(?:(?:and|so|but|ok|then|well|just|honestly|tell me|answer me|be honest|one thing|look|listen) (?:, )?)*(?:did|do|does|are|is|was|were|have|has|had|will|would|can|could|should|shall|am|is it true|is that true)\b/;
const YES_OR_NO = /\b(?:yes or no|true or false|did you or did you not|is it or is it not|yes or no \?)\b/;
// Asking without a question mark: "Tell me where you were." "I need to know her name." Not when
// it is told not to, or said of the speaker ("Don't tell me about the wins.", "You're not going to
// tell me.") asks for nothing.
// "Say it." demands an answer; "it sounds smaller when you say it" does not.
const ASKS_WITHOUT_MARK =
  /(?<!\b(?:do not|never|not|not going to|not gonna|will not|would not|could not|can not|refuse to|never going to) )\b(?:tell me|i (?:just |really |still )?(?:want|need|have|deserve|would like) to know|i am asking|i deserve to know|(?<=^|\b(?:just|so|then|please|now|go on|come on) |, )say it\b(?! (?:like|as|to|again|out loud|aloud|that way))|answer me|i want (?:a|the) (?:name|number|date|answer|figure|truth)|give me (?:a|the) (?:name|number|date|figure|straight answer))\b/;

// A question typed without a question mark (texting): a question word followed by a verb, or an
// auxiliary followed by its subject ("did u", "is there"). "When I got home, ..." is a statement.
const LEAD = '^(?:(?:so|and|but|ok|okay|then|well|right|honestly|seriously|just|tell me|be honest|answer me)(?: ,)? )*';
const UNMARKED_QUESTION = new RegExp(
  [
    `${LEAD}(?:who|what|which|whose)(?: else)? (?!(?:i|we|you|u|he|she|they)\\b)\\S`,
    `${LEAD}(?:when|where|why|how)(?: (?:long|much|many|often|come|else))? (?:did|do|does|is|are|was|were|have|has|had|will|would|can|could|should|am|come|exactly|else|long|much|many)\\b`,
    `${LEAD}(?:how (?:long|much|many|often)|since when)\\b`,
    `${LEAD}(?:did|do|does|are|is|was|were|have|has|had|will|would|can|could|should|am|were|has|wasnt|werent|didnt|havent|isnt|arent) (?:not )?(?:you|u|i|we|she|he|they|it|there|that|this|your|ur|her|his|the|any|anyone|anything)\\b`,
    `${LEAD}(?:any|anything|anyone|anybody|anywhere) (?:more|else|other)\\b`,
  ].join('|'),
);

function questionSentences(canonical: string): string[] {
  const out: string[] = [];
  let start = 0;
  const take = (sentence: string, marked: boolean) => {
    if (!sentence) return;
    if (marked || ASKS_WITHOUT_MARK.test(sentence) || YES_OR_NO.test(sentence) || UNMARKED_QUESTION.test(sentence)) {
      out.push(marked ? sentence : `${sentence} ?`);
    }
  };
  for (let i = 0; i < canonical.length; i++) {
    const c = canonical[i];
    if (c !== '?' && c !== '.' && c !== '!') continue;
    take(canonical.slice(start, i + (c === '?' ? 1 : 0)).trim(), c === '?');
    start = i + 1;
  }
  take(canonical.slice(start).trim(), false);
  return out;
}

// A clause that sets the scene ("when i told you, ...", "if it was nothing, ...") is not the question.
const LEADING_CLAUSE = /^(?:(?:and|so|but|then|ok) )?(?:when|if|after|before|since|while|once) [^,?]*, /;
// "Can you tell me where you were?" asks where, not whether they can.
const EMBEDDED =
  /^(?:(?:and|so|but|then|ok) )?(?:can|could|will|would) you (?:tell|show|explain to|remind) me (?=(?:what|where|who|when|why|how|which)\b)/;

function kindOf(question: string): QuestionKind | undefined {
  if (YES_OR_NO.test(question)) return 'yes-no';
  const sentence = question.replace(LEADING_CLAUSE, '').replace(EMBEDDED, '');
  // An auxiliary-first question with a wh-word later ("did you know where...") still asks yes/no
  // unless the wh-word starts an embedded question the speaker must answer ("tell me where").
  const yesNo = YES_NO_START.test(sentence);
  // The question word asked first decides ("what did you think would happen when..." asks what).
  let best: QuestionKind | undefined;
  let at = Number.POSITIVE_INFINITY;
  for (const [kind, re] of KIND_PATTERNS) {
    const m = re.exec(sentence);
    if (m && m.index < at) {
      best = kind;
      at = m.index;
    }
  }
  if (best === undefined) return yesNo || sentence.endsWith('?') ? 'yes-no' : undefined;
  // An auxiliary-first question asks yes/no ("did you know where she lived?"), unless it asks for a
  // count or a span ("is there anyone else?", "was it for how long?").
  if (yesNo && (best === 'what' || best === 'who' || best === 'when' || best === 'where' || best === 'why')) {
    return 'yes-no';
  }
  return best;
}

/** One sentence of a partner's line that asks something, as the rules read it. */
export interface AskingSentence {
  /** Canonical text, ending in "?". */
  text: string;
  kind?: QuestionKind;
  rhetorical: boolean;
  everyday: boolean;
  /** Asks in so many words: "Tell me where you were", "I want to know why", "Yes or no". */
  explicit: boolean;
  /** The auxiliary a yes/no question starts with. */
  auxiliary?: string;
}

const AUXILIARY_FIRST =
  /^(?:(?:and|so|but|ok|then|well|just|honestly|tell me|answer me|be honest|one thing|look|listen) (?:, )?)*(did|do|does|are|is|was|were|have|has|had|will|would|can|could|am)\b/;

/**
 * The sentences of a partner's line that ask something (none: the line asks nothing). `canonical`
 * is the line's normalizeReply text, when the caller keeps it already.
 */
export function askingSentences(partner: string, canonical = normalizeReply(partner).text): AskingSentence[] {
  return questionSentences(canonical).map((text) => {
    const kind = kindOf(text);
    const auxiliary = kind === 'yes-no' ? AUXILIARY_FIRST.exec(text)?.[1] : undefined;
    return {
      text,
      ...(kind ? { kind } : {}),
      ...(auxiliary ? { auxiliary } : {}),
      rhetorical: RHETORICAL.test(text),
      everyday: EVERYDAY.test(text),
      explicit: ASKS_WITHOUT_MARK.test(text) || YES_OR_NO.test(text),
    };
  });
}

/** What the partner's line asks, by the rules alone. Pure; the same line always reads the same. */
export function readQuestionUncached(partner: string): PartnerQuestion {
  return questionByRules(askingSentences(partner));
}

export function questionByRules(sentences: readonly AskingSentence[]): PartnerQuestion {
  if (sentences.length === 0) return NONE;
  const kinds: QuestionKind[] = [];
  let rhetorical = false;
  let everyday = false;
  for (const sentence of sentences) {
    if (sentence.rhetorical) rhetorical = true;
    else if (sentence.everyday) everyday = true;
    else if (sentence.kind && !kinds.includes(sentence.kind)) kinds.push(sentence.kind);
  }
  if (kinds.length > 0) return withAuxiliary({ type: 'info', kinds }, sentences);
  if (everyday) return { type: 'everyday', kinds: [] };
  return rhetorical ? { type: 'rhetorical', kinds: [] } : NONE;
}

/** A yes/no reading carries the auxiliary of its first yes/no question. */
export function withAuxiliary(question: PartnerQuestion, sentences: readonly AskingSentence[]): PartnerQuestion {
  const auxiliary = sentences.find((s) => s.kind === 'yes-no' && s.auxiliary)?.auxiliary;
  return auxiliary && question.kinds[0] === 'yes-no' ? { ...question, auxiliary } : question;
}

/** The kinds asked, when a line is taken as asking for information: plain questions first. */
export function kindsAsked(sentences: readonly AskingSentence[]): QuestionKind[] {
  const ordered = [...sentences.filter((s) => !s.rhetorical && !s.everyday), ...sentences];
  const kinds: QuestionKind[] = [];
  for (const s of ordered) if (s.kind && !kinds.includes(s.kind)) kinds.push(s.kind);
  return kinds.length > 0 ? kinds : ['yes-no'];
}

// The engine asks about the same partner line on every reply until the partner speaks again, and a
// scenario has a few hundred lines: a small cache keyed by the line saves re-reading them.
const CACHE_SIZE = 512;
const cache = new Map<string, PartnerQuestion>();

export function readQuestion(partner: string | undefined): PartnerQuestion {
  if (!partner) return NONE;
  const hit = cache.get(partner);
  if (hit) {
    // Least recently used goes first: re-inserting moves a hit to the end.
    cache.delete(partner);
    cache.set(partner, hit);
    return hit;
  }
  const read = readQuestionUncached(partner);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(partner, read);
  return read;
}
