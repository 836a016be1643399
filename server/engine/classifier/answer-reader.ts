// Reads whether a reply answers the partner's information-seeking question (taxonomy v2): it gives
// the kind of fact asked for (a yes or no, a name, a time, a place, a span, a sum, a count, a reason,
// "that's all"), or it refuses or deflects the question ("does it matter?", "I'm not getting into
// that"), or it says something else in place of the answer. The verdict is the model's; this reads
// the shape of the reply so the model can weigh it, and finds the words to quote.
import type { QuestionKind, QuestionResponse } from '../types.js';
import type { NormalizedReply } from './normalize-reply.js';

export interface AnswerReading {
  response: QuestionResponse;
  /** The kinds of fact the reply gives that were asked for. */
  gives: QuestionKind[];
  /** Says something other than an apology, a feeling, filler or stalling (an answer in its own words). */
  content: boolean;
  /** The words that answer or evade, as [start, end) of the canonical text; absent when unanswered. */
  start?: number;
  end?: number;
  /** Where the words that give the fact end (the rest of the reply is what comes with the answer). */
  factEnd?: number;
  /** "I don't know" / "I can't remember" with nothing else given. */
  notKnowing: boolean;
}

const NUMBER =
  '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a hundred|a few|a couple(?: of)?|several|a dozen|half a|a half|a|an)';
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays';

const AUXILIARY_ANSWERS_BY = {
  did: 'i did|i did not|she did|she did not|he did|he did not|they did|they did not|we did|we did not',
  do: 'i do|i do not|she does|she does not|he does|he does not|we do|we do not|they do|they do not',
  have: 'i have|i have not|she has|she has not|he has|he has not|we have|we have not|i had|i had not',
  be: 'i am|i am not|i was|i was not|it was|it was not|it is|it is not|she was|she was not|he was|he was not|she is|she is not|he is|he is not|they were|they were not|we were|we were not|there was|there is|there were',
  will: 'i will|i will not|i would|i would not|i would have|i can|i can not|i could|i could not',
} as const;
const AUXILIARY_ANSWERS = Object.values(AUXILIARY_ANSWERS_BY);
const AUXILIARY_OF: Record<string, keyof typeof AUXILIARY_ANSWERS_BY> = {
  did: 'did',
  do: 'do',
  does: 'do',
  have: 'have',
  has: 'have',
  had: 'have',
  am: 'be',
  are: 'be',
  is: 'be',
  was: 'be',
  were: 'be',
  will: 'will',
  would: 'will',
  can: 'will',
  could: 'will',
};

// An auxiliary answers only as an ellipsis ("I did.", "It was, yes"): "I am sorry" and "I did this"
// answer nothing.
function yesNoAnswer(auxiliaries: string): RegExp {
  const lead =
    '(?:^|[.?!,] )(?:(?:ok|okay|honestly|look|well|um|uh|so|right|sadly|truthfully|god|the answer is|short answer) (?:, )?)*';
  const words =
    'yes|yeah|yep|yup|aye|no|nope|nah|not once|never|not really|not any more|not anymore|both|once|twice|all of it|every time|sometimes|a few times|more than once|partly|that is right|that is true|it is true|i think so';
  // "Of course." and "Absolutely, I did." answer; "Of course you're angry." says nothing about the question.
  const adverbs = 'of course|absolutely|definitely|probably|correct|true';
  return new RegExp(
    `${lead}(?:(?:${words})\\b(?! (?:not )?(?:know|remember|recall|see why|want to talk|care|mean|think so))|(?:${adverbs})(?= [.,;!?:]| (?:i|it|we|she|he|they|not|yes|no)\\b|$)|(?:${auxiliaries})(?= [.,;!?:]|$))`,
  );
}
const YES_NO_BY = new Map(Object.entries(AUXILIARY_ANSWERS_BY).map(([aux, answers]) => [aux, yesNoAnswer(answers)]));

// Each kind's answer: the words that give that kind of fact. Canonical text (lowercase, "did not").
const GIVES: Record<QuestionKind, RegExp> = {
  // Yes or no, and the auxiliary answers of any question ("I did", "it was"); readAnswer narrows the
  // auxiliary ones to the question's own auxiliary when it knows it ("Did you...?" is met by "I did").
  'yes-no': yesNoAnswer(AUXILIARY_ANSWERS.join('|')),
  who: /\b(?:it was (?:her|him|them|my|a|an|the|someone|somebody|[a-z]+ from)|(?:her|his|their) name is|(?:she|he|they) (?:is|are|was|were|works?|worked|lives?|lived) |called [a-z]+|(?:a|my|her|his|our|the|an old|someone from|somebody from|a friend from|a guy from|a woman from) (?:colleague|coworker|co worker|boss|manager|friend|ex|neighbour|neighbor|sister|brother|cousin|mum|mom|dad|mother|father|woman|man|girl|guy|client|trainer|teacher|nurse|doctor|student|customer|mate|old flame|uni friend|school friend|work|gym|office|team|church|club)|(?:nobody|no one|noone) (?:else|at all|but)|only (?:her|him|them|my|your)|just (?:her|him|them|my|your))\b/,
  when: new RegExp(
    `\\b(?:(?:since|in|on|at|from|until|till|around|about|before|after|during|by|last|this|that|the) )?(?:${MONTHS}|${DAYS}|christmas|easter|new year|halloween|bonfire night|thanksgiving|spring|summer|autumn|fall|winter|yesterday|tonight|today|this morning|last night|the night (?:of|before|after|you|we|i)|the day (?:of|before|after|you|we|i)|the weekend|(?:last|this|that|next) (?:week|month|year|night|weekend|time|spring|summer|autumn|winter)|\\d{4}|\\d{1,2}(?:st|nd|rd|th)\\b|${NUMBER} (?:days?|weeks?|months?|years?|nights?) ago|ages ago|a while ago|\\d{1,2}(?::\\d{2})? ?(?:am|pm|o clock)|half past|quarter (?:past|to)|noon|midnight|the (?:first|second|last) time|after (?:the|your|his|her|we|you|i|my)|before (?:the|your|his|her|we|you|i|my)|when (?:you|we|i|she|he|the|our)|right after|straight after|just after|just before)\\b`,
  ),
  where:
    /\b(?:(?:at|in|to|from|by|near|outside|behind|under|inside|round|around|on|into) (?:the|a|an|her|his|their|my|your|our|this|that|[a-z]+ s)\b|(?:her|his|their|my|your|a friend s|a mate s) (?:place|flat|house|apartment|car|room|office)\b|\bat (?:work|home|hers|his|theirs|a friend s|the gym|the office)\b|\b(?:hotel|flat|apartment|place|office|bar|pub|restaurant|cafe|café|park|gym|station|casino|club|beach|bookies|library|car park|motel|airbnb|hostel|lay by|church|garage|shed|allotment)\b)/,
  'how-long': new RegExp(
    `\\b(?:(?:${NUMBER}|about|around|nearly|almost|over|just over|just under|roughly|more than|less than) (?:(?:and a half|or so|odd) )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|nights?)|since|the whole time|all along|from (?:the )?\\w+ (?:to|until|till)|on and off|for (?:a while|ages|a bit|years|months|weeks)|a year|a month|a week|ever since)\\b`,
  ),
  'how-much': new RegExp(
    `(?:[£$€] ?\\d|\\b\\d[\\d,.]* ?(?:k|grand|quid|pounds?|dollars?|bucks|euros?|thousand|hundred|million)\\b|\\b(?:thousand|hundred|grand|million)\\b|\\b(?:all of it|everything|the lot|all of the|every penny|the whole (?:amount|lot|thing))\\b|\\b${NUMBER} (?:bottles?|pints?|glasses|glass|beers?|cans?|drinks?|units|shots?|lines?|pills?)\\b|\\b(?:a bottle|a lot|too much|most of it|half of it)\\b)`,
  ),
  'how-many': new RegExp(
    `\\b(?:(?:${NUMBER}|once|twice) (?:times? )?(?:a|an|every|per) (?:day|week|night|month|weekend|fortnight)|${NUMBER} (?:times?|cards?|accounts?|loans?|people|women|men|others?|of them|nights?|bets?|messages|texts|drinks|bottles)|once|twice|every (?:day|week|night|weekend|time|month)|most (?:nights|days|weeks|weekends)|all of them|none|nobody|no one|just (?:the )?one|only (?:the )?one|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|a few|a couple|several|loads|lots)\\b`,
  ),
  why: /\b(?:because|since i|so that|so you would not|so i would not|so i could|i wanted|i did not want|i was (?:scared|afraid|ashamed|frightened|embarrassed|worried|too|a coward|selfish|weak|lonely|jealous|angry|bored|desperate|flattered)|i thought|i felt|i liked|i needed|i could not face|i did not think|i told myself|i was trying|i chose|it was easier|lying was easier|it felt easier|the (?:real |honest |true )?reason|the truth is|to (?:avoid|stop|keep|protect|get|hide|save|cover)|i was hoping|i hoped|i convinced myself|i was (?:chasing|hiding|running))\b/,
  'any-more':
    /(?:^|[.?!,] )(?:no|yes|yeah|nope|nah)\b|\b(?:no(?:thing)? (?:more|else)|that is (?:all|everything|it|the lot|the last|the whole)|there is (?:nothing|no one|nobody|one|another|more|something|a|an)|there are (?:\w+ )?(?:more|others|two|three|four)|one more|another (?:one|card|account|loan|woman|man|person|time|bottle|app)|no others?|not that i|everything is|the last one|nobody else|no one else|only (?:her|him|that|this|those|the)|all of it|the full list|the whole list|as far as i know)\b/,
  // Any plain statement of what happened; the model weighs it with the rest.
  what: /\b(?:it (?:is|was) (?:a|an|the|my|her|his|about|from|for)|that (?:is|was) (?:a|an|the|my|her|his|from|for)|they (?:are|were) (?:a|an|the|my|from|for)|(?:she|he|they|i) (?:said|told|asked|wanted|sent|wrote|paid|bought|took|went|met|kept|used|spent|gave|lost|borrowed|called|texted|messaged|offered|promised|booked|stayed|drove|drank|hid)|the (?:messages|texts|money|letter|charge|app|account|card|loan|bottle|photos?|emails?|calls?) (?:is|are|was|were|went|said|came)|we (?:talked|met|went|had|kissed|slept|spent))\b/,
};

const NOT_KNOWING =
  /\b(?:i do not know|i am not sure|i can not remember|i do not remember|i can not recall|no idea|i have no idea|not sure|i forget)\b/;

// Clauses that say something in place of an answer: an apology, a feeling, love, reassurance,
// owning it in general, stalling, filler, a question back. A reply made only of these leaves the
// question unanswered; any other clause is an answer in the speaker's own words.
const NOT_AN_ANSWER = new RegExp(
  [
    '^(?:(?:ok|okay|um|uh|hmm|hm|well|look|listen|honestly|so|right|please|god|babe|love|i mean|oh|and|but|of course|absolutely|totally)(?: ,)? )*',
    '(?:',
    [
      'i am (?:so |really |truly |very |deeply )*sorry',
      'sorry',
      'i (?:have )?(?:already )?(?:said|told you) (?:i am )?sorry',
      'i (?:have )?(?:already )?apologi[sz]ed',
      'i (?:love|adore) you',
      'i (?:know|understand|hear you|get it|see that|see it|realise|realize)\\b',
      // Saying back what the partner feels ("I hear how angry you are") is a reflection, not an answer.
      'i (?:can )?(?:hear|see|tell) (?:how|what|that|why)\\b',
      'you (?:are|were|must|have every|deserve|did not deserve|do not deserve|do not have to|can|may|need)\\b',
      'take (?:all |as much |whatever )?(?:the |your |of your )?time',
      'i am (?:not going anywhere|here|still here|staying|not leaving|listening)',
      '(?:whenever|when) you are ready',
      'i (?:hurt|betrayed|lied to|let|failed|humiliated|broke) you',
      'i (?:was|am|have been) (?:wrong|an idiot|a coward|stupid|selfish|awful|terrible)',
      '(?:it|this|that) (?:is|was) (?:all )?(?:on me|my fault|mine|my (?:choice|decision|doing|responsibility|mess)|wrong|unforgivable|complicated|hard|unfair|cruel|selfish)',
      'i (?:will|promise|swear|want|need|am going|would|can|could|should|did not mean)\\b',
      // Reassurance about the speaker's love or intent says nothing of what was asked.
      'i (?:never|did not ever) (?:wanted|meant|intended)\\b',
      'you know (?:that|i|how)\\b',
      'nothing (?:is |will |can |could )?(?:ever )?(?:going to |gonna )?change',
      'please\\b',
      '(?:can|could|shall) we\\b',
      'let (?:me|us)\\b',
      'give me\\b',
      '(?:hang on|wait|one sec|not now|later|not tonight)\\b',
      '(?:oh )?here we go\\b',
      'i (?:do not|did not|can not|have no) (?:know|remember|recall|idea)',
      'i am not sure|no idea|not sure',
      '(?:what|why|how|who|where|when|does|do|did|are|is|can|will|would) (?:you|it|that|this|we|i)\\b',
      'nothing i (?:say|can say|could say)',
      'there is no excuse|no excuse',
      'we (?:will|can|need|should)\\b',
    ].join('|'),
    ')',
  ].join(''),
);

type Span = { start: number; end: number };
/** A deflecting cue's span; `evades` when it turns on the partner (defensive) rather than shrinking it. */
type Deflection = Span & { evades: boolean };

/**
 * How a reply meets the asked kinds. `kinds` is never empty when called; `evasion` is where an
 * evasion cue fired (cues/defensive.ts), if one did; `deflections` are the spans of cues that turn
 * on the partner or wave the question away (blame, attack, "you're overreacting", "it just
 * happened"): a clause made of one says something in place of the answer, so it deflects the
 * question ("Did you take the money?" "But you were never home!") rather than answering it.
 */
export function readAnswer(
  n: NormalizedReply,
  kinds: readonly QuestionKind[],
  evasion?: Span,
  auxiliary?: string,
  deflections: readonly Deflection[] = [],
): AnswerReading {
  const text = n.text;
  const gives: QuestionKind[] = [];
  let first: RegExpExecArray | null = null;
  const yesNo = (auxiliary && YES_NO_BY.get(AUXILIARY_OF[auxiliary] ?? '')) || GIVES['yes-no'];
  for (const kind of kindsToRead(kinds)) {
    const m = (kind === 'yes-no' ? yesNo : GIVES[kind]).exec(text);
    if (!m) continue;
    if (!gives.includes(kind)) gives.push(kind);
    if (!first || m.index < first.index) first = m;
  }
  // "Who were you with?" "Sorry, with Dai.": there "with" gives the person.
  const { contentAt, deflectedAt } = contentClause(text, deflections, kinds.includes('who'));
  const content = contentAt !== false;
  const notKnowing = gives.length === 0 && NOT_KNOWING.test(text);
  // Only a deflection with nothing given and nothing else said counts as the reply's way round it.
  // Turning on the partner goes round the question (evasion, defensive); shrinking it instead ("it's
  // not that big a deal") leaves it unanswered, and the shrink is judged as the minimizing it is.
  const deflected = !first && !content && deflectedAt?.evades ? deflectedAt : undefined;
  const evaded = evasion ?? deflected;
  if (evaded && (!first || evaded.start <= first.index)) {
    return {
      response: 'evaded',
      gives,
      content,
      notKnowing,
      ...clauseAround(text, evaded.start, evaded.end - evaded.start),
    };
  }
  if (first) {
    const lead = first[0].search(/[a-z0-9£$€]/);
    return {
      response: 'answered',
      gives,
      content,
      notKnowing,
      factEnd: first.index + first[0].length,
      ...clauseAround(text, first.index + lead, first[0].length - lead),
    };
  }
  if (contentAt) {
    const span = clauseAround(text, contentAt.start, 0);
    return { response: 'answered', gives, content, notKnowing, factEnd: clauseEnd(text, contentAt.start), ...span };
  }
  return { response: 'unanswered', gives, content, notKnowing };
}

// A count asked as "how much" ("how much do you two talk?") is answered like "how many"; a "yes or
// no" may be answered with the fact itself ("have you told anyone?" "my sister").
function kindsToRead(kinds: readonly QuestionKind[]): QuestionKind[] {
  const out = [...kinds];
  if (kinds.includes('how-much') && !out.includes('how-many')) out.push('how-many');
  if (kinds.includes('how-long') && !out.includes('when')) out.push('when');
  return out;
}

// The first clause that is not one of NOT_AN_ANSWER's kinds (clauses end at . ? ! , ; and "and"),
// and the first that deflects instead (a deflecting cue inside it).
function contentClause(
  text: string,
  deflections: readonly Deflection[],
  asksWho: boolean,
): { contentAt: { start: number } | false; deflectedAt?: Deflection } {
  let start = 0;
  let deflectedAt: Deflection | undefined;
  let saidInstead = false;
  for (const m of text.matchAll(/ (?:[.?!,;:]|and|but) (?=\S)| [.?!]$|$/g)) {
    const clause = text.slice(start, m.index).trim();
    // A question back ("is there anything you want to ask me?") is never the answer.
    const asksBack = m[0].trim() === '?';
    // Blame or a jab counts as going round the question, even asked back ("why are you always...?").
    const deflection = deflections.find((d) => d.start < m.index && d.end > start);
    // "I'm sorry you found out like this, with the flowers": the phrase after the comma is the apology's.
    const goesOn = saidInstead && GOES_ON.test(clause) && !(asksWho && WITH_SOMEONE.test(clause));
    if (deflection) deflectedAt ??= { start, end: Math.max(deflection.end, m.index), evades: deflection.evades };
    else if (!asksBack && !goesOn && /[a-z0-9]/.test(clause) && !NOT_AN_ANSWER.test(clause) && !FILLER.test(clause))
      return { contentAt: { start }, ...(deflectedAt ? { deflectedAt } : {}) };
    // Only a comma carries a clause on; a full stop ends what was said in place of the answer.
    saidInstead = !deflection && m[0].trim() === ',' && NOT_AN_ANSWER.test(clause);
    start = m.index + m[0].length;
  }
  return { contentAt: false, ...(deflectedAt ? { deflectedAt } : {}) };
}

// "with Dai", "with my brother": asked who, the person; "with the flowers" carries the clause on.
const WITH_SOMEONE =
  /^with (?!(?:the|this|that|these|those|it|all|everything|what|how|how much|so)\b)\S+(?: \S+){0,2}$/;
// A phrase that carries on the clause before it rather than saying something new.
const GOES_ON = /^(?:with|about|over|after|before|like|for|from|through|in front of|at a time like)\b/;

// Acknowledging without saying anything: "ok", "I see", "right", "fair enough".
const FILLER =
  /^(?:(?:ok|okay|um|uh|hmm|hm|yeah|yes|no|well|right|fine|sure|mm|mhm|what|huh|so|oh|look|and|but|i see|i hear you|i get it|i get that|got it|noted|understood|fair|fair enough|alright|all right|true|honestly|seriously|really|truly|tbh|to be honest|i swear|i mean it)(?: |$))+$/;

// The end of the clause that starts at `at` (clauses end as in contentClause).
function clauseEnd(text: string, at: number): number {
  const m = / (?:[.?!,;:]|and|but) (?=\S)| [.?!]$/.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

// The words to quote: from the match to the end of its clause, so "yes" reads as "yes, both nights".
function clauseAround(text: string, at: number, length: number): { start: number; end: number } {
  const rest = text.slice(at + length);
  const stop = rest.search(/ [.?!;]/);
  const end = stop === -1 ? text.length : at + length + stop;
  return { start: at, end: Math.min(end, at + Math.max(length, 120)) };
}
