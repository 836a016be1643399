// The words of the feedback note, kept apart from the code that assembles them so they can be read
// and edited as content. Written for Mend: plain, warm, second person. Placeholders: {q} the quoted
// words, {kq} the words that were right, {p}/{P} the partner's name (or "your partner"), {asked} the
// partner's question ("Jo asked whether you took money out of the deposit account"), {did} and
// {might} a signal's phrases below, {credits} what the reply got right ("answered plainly and owned
// it"), {said}/{truth} yes or no. The suggested replies are in suggestion-lines.ts.
import type { FeedbackKey } from './principle-for.js';

/** Two sentences: what the words did, then the principle behind it. */
export interface SummaryLine {
  lead: string;
  rest: string;
  /** The line tells someone to keep a reason back: never said when the partner has asked why. */
  holdsBack?: true;
}

const line = (lead: string, rest: string): SummaryLine => ({ lead, rest });
const holdsBack = (lead: string, rest: string): SummaryLine => ({ lead, rest, holdsBack: true });

/** The note for a reply judged by one signal (or its label), when no question is in play. */
export const SUMMARY_LINES: Readonly<Record<FeedbackKey, readonly SummaryLine[]>> = {
  // answers to the partner's questions (taxonomy v2)
  'honest-answer': [
    line('“{q}” answers what {p} asked, plainly.', 'A straight answer is the openness {p} was asking for.'),
    line('You answered the question: “{q}”.', 'Answering the question {p} asked is part of earning trust back.'),
    line('“{q}” gives {p} the fact itself, with nothing wrapped round it.', 'That is what being open sounds like.'),
  ],
  evasion: [
    line('“{q}” steps away from what {p} asked.', 'A question refused tends to feel like one more secret.'),
    line(
      'With “{q}”, the question went back to {p} instead of being answered.',
      'Answering first leaves room for everything else.',
    ),
    line('“{q}” turns the question aside.', '{P} will hear that as something still being kept back.'),
  ],
  unanswered: [
    line('{P} asked something, and “{q}” doesn’t answer it yet.', 'A plain answer, even a hard one, would come first.'),
    line('“{q}” is not an answer to what {p} asked.', 'Until it is answered, {p} is still waiting.'),
    line('“{q}” leaves {p}’s question where it was.', 'The answer, said plainly, would do more than anything else.'),
  ],
  // own the choice
  'blame-shift': [
    line('“{q}” puts part of the blame on {p}.', 'The choice was yours, and it lands better when you say so plainly.'),
    line('When you said “{q}”, the weight moved onto {p}.', 'Whatever was going on between you, the choice was yours.'),
    line('“{q}” points back at {p}.', 'What {p} needs to hear right now is that it was your choice.'),
  ],
  justification: [
    holdsBack(
      '“{q}” gives a reason, and to someone this hurt a reason sounds like an excuse.',
      'The why can wait until {p} asks for it.',
    ),
    line('With “{q}”, the explanation came before the ownership.', 'Said that way round, it reads as a defence.'),
    holdsBack(
      '“{q}” explains, and right now explaining sounds like defending.',
      'Owning it first gives the explanation somewhere to land later.',
    ),
    line(
      '“{q}” puts the reason on circumstances, not on your choice.',
      'A reason that owns the choice is one {p} can hear.',
    ),
    line(
      'With “{q}”, the reason you gave points away from you.',
      'The reason that helps is the one that starts with what you chose.',
    ),
  ],
  'intent-excuse': [
    line('“{q}” talks about what you meant.', '{P} is living with what you did.'),
    line('With “{q}”, your intentions stood in for the act.', 'What you meant doesn’t change what happened to {p}.'),
    line('“{q}” asks {p} to weigh what you meant.', 'Right now what you did is the only thing on the scale.'),
  ],
  'agency-removal': [
    line(
      'When you said “{q}”, the choice disappeared from the sentence.',
      'Naming it as yours is what {p} needs to hear.',
    ),
    line(
      '“{q}” makes it sound like something that happened to you.',
      'It was something you did, and saying so is where repair starts.',
    ),
    line('In “{q}”, nobody decided anything.', 'Somebody did, and {p} needs to hear you say it was you.'),
  ],
  'non-apology': [
    line('“{q}” apologises for {p}’s feelings, not for what you did.', 'An apology lands when it names your part.'),
    line('With “{q}”, the sorry is about how {p} feels.', 'Sorry for what you did is what {p} is waiting to hear.'),
    line(
      '“{q}” is sorry about the reaction, not the cause.',
      'Put yourself in the sentence and it becomes an apology.',
    ),
  ],
  responsibility: [
    line('“{q}” puts the choice where it belongs: with you.', 'Nothing in it asks {p} to share the blame.'),
    line('With “{q}”, you owned it with no conditions attached.', 'That is what lets {p} keep talking.'),
    line('“{q}” says it was you, without a “but”.', 'Ownership like that is hard to say and easy to hear.'),
  ],
  apology: [
    line('“{q}” is a plain apology, with nothing tacked on to soften it.', 'That is why it can land.'),
    line('You said “{q}” and let it stand, without a “but”.', 'That is what makes it believable.'),
    line('“{q}” says sorry for the thing itself.', '{P} doesn’t have to dig the apology out of it.'),
  ],

  // heal at their pace
  rushing: [
    line('“{q}” hurries {p}.', 'This heals on {p}’s clock, not yours.'),
    line(
      'With “{q}”, you set a pace for {p}’s hurt.',
      'It will take the time it takes, and waiting without pushing is part of the repair.',
    ),
    line('“{q}” asks {p} to be further along than {p} is.', 'Forgiveness that is hurried rarely holds.'),
  ],
  downplay: [
    line(
      '“{q}” makes it smaller than it feels to {p}.',
      'How big it is, and how long it takes, is for {p} to feel out.',
    ),
    line('With “{q}”, you measured the hurt for {p}.', 'It is as big as it feels, for as long as it feels that way.'),
    line('“{q}” shrinks it.', 'To {p} it is the size it is, and hearing it shrunk adds to it.'),
  ],
  patience: [
    line('“{q}” lets {p} set the pace.', 'No deadline, and no pressure to forgive.'),
    line('With “{q}”, you took the clock off {p}’s hurt.', 'That makes it safer to keep going.'),
    line('“{q}” gives {p} room.', 'Time offered freely is one of the few things that helps early on.'),
  ],

  // be open
  denial: [
    line(
      '“{q}” shuts the door on what {p} is asking.',
      'Honesty now, even about the hard parts, is what lets trust start again.',
    ),
    line('With “{q}”, {p} hears a closed door.', 'Telling the truth before it has to be dragged out is what counts.'),
  ],
  stonewall: [
    line(
      '“{q}” closes the conversation before {p} is done.',
      'Staying in it, even when it’s hard, is part of being open.',
    ),
    line('With “{q}”, you stepped out of the conversation.', '{P} is left holding the rest of it alone.'),
    line('“{q}” ends it on your terms.', 'Asking for a pause is fine; shutting the door is different.'),
  ],
  transparency: [
    line('“{q}” offers honesty before it’s asked for.', 'That is how trust starts to come back.'),
    line('With “{q}”, you opened up without being pushed.', '{P} doesn’t have to dig for the truth.'),
  ],

  // listen before defending
  'counter-attack': [
    line('“{q}” turns the conversation onto {p}.', 'Whatever is true there, it isn’t what this moment is about.'),
    line('With “{q}”, you answered hurt with an accusation.', 'That turns a hard conversation into a fight.'),
    line('“{q}” puts {p} on trial.', 'Any complaint you have can wait for a calmer day.'),
  ],
  'detail-correction': [
    line(
      '“{q}” corrects the details, and the hurt underneath goes unanswered.',
      'Being right about the facts won’t help much here.',
    ),
    line(
      'When you said “{q}”, you answered the facts and missed the feeling.',
      '{P} was telling you how it felt, not keeping a record.',
    ),
  ],
  'self-pity': [
    line('“{q}” puts your pain in the middle.', 'It may be real, but right now the hurt that needs room is {p}’s.'),
    line('With “{q}”, the conversation turned to how you feel.', '{P}’s hurt needs to come first for now.'),
    line('“{q}” asks {p} to look after you.', 'That can come later, from someone else if need be.'),
  ],
  generalizing: [
    line('“{q}” talks about people in general.', '{P} is talking about what you did, and needs you to stay with that.'),
    line('With “{q}”, your choice became everybody’s mistake.', '{P} needs this one heard on its own.'),
  ],
  dismissal: [
    line(
      '“{q}” tells {p} the feeling is wrong.',
      'Hearing it out, without judging its size, is what lets {p} keep talking.',
    ),
    line(
      'With “{q}”, {p}’s reaction became the problem, instead of what caused it.',
      'The feeling makes sense given what happened.',
    ),
    line('“{q}” grades {p}’s hurt.', 'It doesn’t need grading; it needs hearing.'),
  ],
  reflection: [
    line('“{q}” gives {p}’s own words back.', '{P} can tell you were listening.'),
    line(
      'With “{q}”, you said back what you heard before saying anything about yourself.',
      'That is listening {p} can see.',
    ),
    line('“{q}” shows {p} the words got through.', 'Being heard is what makes it possible to say the next thing.'),
  ],
  'feeling-named': [
    line('“{q}” names what {p} is feeling, without arguing with it.', '{P} doesn’t have to prove the hurt to you.'),
    line('With “{q}”, you put the feeling into words.', 'That tells {p} it has been seen.'),
  ],
  'open-question': [
    line('“{q}” invites {p} to say more.', 'Asking, instead of explaining, keeps the conversation open.'),
    line('With “{q}”, you asked about {p}’s side and left room for the answer.', 'That is what listening sounds like.'),
  ],

  // grow
  growth: [
    line(
      '“{q}” is a concrete step, not just a promise.',
      'Something {p} can watch happen counts for more than reassurance.',
    ),
    line('With “{q}”, you named something you will actually do.', 'That is more convincing than any promise.'),
  ],

  // no signal on the label's side: speak to the label
  validating: [
    line('“{q}” treats {p}’s hurt as real.', 'That is what lets the conversation go on.'),
    line('With “{q}”, you stayed with what {p} said.', 'That is most of what listening is.'),
  ],
  defensive: [
    line('“{q}” comes across as defending yourself.', 'Right now {p} needs to be heard before anything is explained.'),
    line('With “{q}”, you stood your ground.', 'This is a moment for hearing {p} out, not for holding a line.'),
  ],
  minimizing: [
    line(
      '“{q}” makes it sound smaller than it is to {p}.',
      'The hurt is the size it is, and it takes the time it takes.',
    ),
    line('“{q}” takes some of the weight out of it.', '{P} is still carrying all of it.'),
  ],
  neutral: [
    line(
      '“{q}” doesn’t answer what {p} said; it steps around it.',
      'Even one sentence showing you heard it is a way in.',
    ),
    line(
      'Your reply, “{q}”, doesn’t touch what {p} just told you yet.',
      'Saying back what you heard is a simple way in.',
    ),
    line(
      '{P} said something hard, and “{q}” lets it pass.',
      'One sentence that shows it reached you is enough to start.',
    ),
  ],
  care: [
    line(
      '“{q}” is a kind thing to do, but on its own it steps around what {p} just said.',
      'Small acts count most once {p} knows you heard.',
    ),
    line('Small acts matter, and “{q}” is one.', 'It lands better once you have answered what {p} said.'),
  ],
};

/** What a reply's words did, as a past-tense phrase after “...”: “but you were never home” {did}. */
export const DID: Readonly<Partial<Record<FeedbackKey, readonly string[]>>> = {
  'blame-shift': ['handed the blame back', 'put part of it back on {p}'],
  justification: ['turned it into an excuse', 'made the reason the point'],
  'counter-attack': ['turned it on {p}', 'started a second argument'],
  'detail-correction': ['argued over the details', 'made it about the facts instead of the hurt'],
  denial: ['took it back', 'closed the door again'],
  'self-pity': ['made it about how you feel', 'put your pain in front of {p}’s'],
  stonewall: ['closed the conversation', 'walked away from it'],
  evasion: ['stepped around the question', 'turned the question back'],
  downplay: ['made it smaller', 'shrank it'],
  'intent-excuse': ['made it about what you meant', 'put your intentions in front of what you did'],
  'agency-removal': ['took the choice out of it', 'made it something that happened to you'],
  rushing: ['hurried {p}', 'put {p} on a clock'],
  'non-apology': ['made the sorry about {p}’s feelings', 'turned the apology toward how {p} feels'],
  generalizing: ['made it everyone’s mistake', 'spread it across everybody'],
  dismissal: ['told {p} the feeling was wrong', 'judged the size of {p}’s hurt'],
  defensive: ['turned to defending yourself', 'went on the defensive'],
  minimizing: ['made it sound smaller', 'took the weight out of it'],
};

/** What a reply may come across as, for a verdict given with little confidence: “may come across as {might}”. */
export const MIGHT: Readonly<Record<FeedbackKey, string>> = {
  'blame-shift': 'putting part of the blame on {p}',
  justification: 'an excuse',
  'counter-attack': 'turning it back on {p}',
  'detail-correction': 'arguing the details',
  denial: 'denying it',
  'self-pity': 'making it about your own pain',
  stonewall: 'closing the conversation',
  evasion: 'dodging the question',
  downplay: 'making it smaller than it is',
  'intent-excuse': 'hiding behind what you meant',
  'agency-removal': 'taking the choice out of it',
  rushing: 'hurrying {p}',
  'non-apology': 'sorry for {p}’s feelings rather than for what you did',
  generalizing: 'spreading it across everybody',
  dismissal: 'telling {p} the feeling is wrong',
  defensive: 'defending yourself',
  minimizing: 'making it smaller than it is',
  neutral: 'stepping around what {p} said',
  unanswered: 'not answering',
  care: 'a kindness that steps around what {p} said',
  'honest-answer': 'a straight answer',
  responsibility: 'owning it',
  apology: 'a plain apology',
  reflection: 'saying back what {p} told you',
  'feeling-named': 'naming what {p} feels',
  'open-question': 'a real question about {p}’s side',
  patience: 'giving {p} time',
  transparency: 'offering the truth unasked',
  growth: 'a concrete step',
  validating: 'taking {p}’s hurt seriously',
};

/** What a reply got right, as a past-tense phrase after "You": "You {credit}, and then ...". */
export const CREDIT: Readonly<Partial<Record<FeedbackKey, string>>> = {
  'honest-answer': 'answered plainly',
  responsibility: 'owned it',
  apology: 'said sorry',
  reflection: 'said back what {p} told you',
  'feeling-named': 'named what {p} feels',
  'open-question': 'asked about {p}’s side',
  patience: 'gave {p} time',
  transparency: 'offered the truth unasked',
  growth: 'named a real step',
  validating: 'started well',
};

/** A verdict given with less than 0.6 confidence is worded as a possibility, never as a verdict. */
export const HEDGED_LEADS: readonly string[] = [
  '“{q}” may come across as {might}.',
  'It’s hard to be sure from the words alone; “{q}” could land as {might}.',
  'To {p}, “{q}” might sound like {might}.',
  'There’s a chance “{q}” reads as {might}.',
];
export const HEDGED_RESTS: Readonly<Record<'harm' | 'good' | 'still', readonly string[]>> = {
  harm: [
    'Read it once as {p} would hear it before you send it.',
    'If that isn’t what you meant, saying the part you own on its own makes it clear.',
    'It may be worth saying it again with nothing that could be taken that way.',
  ],
  good: ['If that is what you meant, it is the right direction.', 'If so, it gives {p} something to hold on to.'],
  still: [
    'If that isn’t what you meant, one sentence about what you heard would make it clear.',
    'A few words showing what reached you would settle it either way.',
  ],
};

/** A reply that got something right and then hurt: “You {credits}, and then “{q}” {did}.” */
export const CREDITED_LEADS: Readonly<Record<'before' | 'after', readonly string[]>> = {
  before: [
    'You {credits}, and then “{q}” {did}.',
    'You {credits}; then “{q}” {did}.',
    'It started well: you {credits}. Then “{q}” {did}.',
  ],
  after: ['“{q}” {did}, even though you went on to say more that was right.', '“{q}” {did}, before you {credits}.'],
};
export const CREDITED_HEDGED_LEADS: readonly string[] = [
  'You {credits}; “{q}” may come across as {might}.',
  'You {credits}, though “{q}” could land as {might}.',
];
export const CREDITED_RESTS: Readonly<Record<'before' | 'after', readonly string[]>> = {
  before: [
    'What came before it could have stood on its own.',
    'Stop before that part, and the rest lands.',
    'Without that last part, {p} would have heard only the first.',
    '“{kq}” needed nothing after it.',
    '“{kq}” on its own would have landed.',
  ],
  after: [
    'Lead with the part you own; it gets lost behind what comes first.',
    'Said the other way round, with the owning first and nothing after, it would land.',
  ],
};

// ─── When the partner had asked something ───────────────────────────────────────────────────────────

/** The question in a few words when neither the scenario nor the partner's line gives better. */
export const ASKED_BY_KIND: Readonly<Record<string, string>> = {
  'yes-no': '{P} asked a yes-or-no question',
  who: '{P} asked who',
  when: '{P} asked when',
  where: '{P} asked where',
  'how-long': '{P} asked how long',
  'how-much': '{P} asked how much',
  'how-many': '{P} asked how many',
  why: '{P} asked why',
  what: '{P} asked what happened',
  'any-more': '{P} asked whether there is anything more',
  unknown: '{P} asked you something',
};

/**
 * A feeling named, but not the partner's ("You're right to be angry" to "I feel empty"). {q}: the
 * words that named it; {felt}: the partner's own word; {shown}: how the partner is shown ("sad").
 */
export const FEELING_MISSED_LINES: Readonly<Record<'said' | 'shown', readonly SummaryLine[]>> = {
  said: [
    line(
      '“{q}” names a feeling, but not the one {p} said.',
      '{P} said “{felt}”. Saying that back tells {p} it landed.',
    ),
    line(
      '{P} said “{felt}”, and “{q}” answered a different feeling.',
      'Listening is naming the one {p} gave you, not the one you expected.',
    ),
    line('With “{q}”, you named a feeling {p} didn’t say.', '{P} told you “{felt}”: start from that.'),
  ],
  shown: [
    line(
      '“{q}” names a feeling, but {p} is {shown} right now.',
      'Name the one in front of you, not the one you braced for.',
    ),
    line(
      '{P} seems {shown} just now, and “{q}” named something else.',
      'Say what you can see, and {p} knows you are looking.',
    ),
  ],
};

export const QUESTION_LINES = {
  /** Answered plainly. {q}: the answer. */
  answered: [
    line('{asked}, and you answered it straight: “{q}”.', 'A plain answer is the openness {p} was asking for.'),
    line('{asked}, and “{q}” answered it, plainly.', 'Answering the question {p} asked is part of earning trust back.'),
    line('{asked}, and you gave the answer, “{q}”, without dressing it up.', 'That is what being open sounds like.'),
    line('{asked}, and you told {p}: “{q}”.', 'An honest answer to a hard question is worth more than any apology.'),
  ],
  /** Answered, then something hurt. {q}: the words that hurt. */
  answeredThenHurt: [
    line('{asked}, and you answered it; then “{q}” {did}.', 'The answer was enough on its own.'),
    line('You answered what {p} asked, and then “{q}” {did}.', 'Stop at the answer, and it lands.'),
    line('{asked}, and you answered, which was right; then “{q}” {did}.', 'The answer needed nothing after it.'),
  ],
  /** Answered, and the answer itself hurt ("Because you were never home"). {q}: the answer. */
  answerThatHurt: [
    line(
      '{asked}, and the answer you gave, “{q}”, {did}.',
      'The answer that helps owns the choice, with nothing wrapped round it.',
    ),
    line(
      '{asked}; you answered, and “{q}” {did}.',
      'An answer that starts with what you chose is the one {p} can take in.',
    ),
  ],
  answerThatMaybeHurt: [
    line(
      '{asked}, and the answer you gave, “{q}”, may come across as {might}.',
      'The answer that helps owns the choice, with nothing wrapped round it.',
    ),
    line(
      '{asked}; you answered, though “{q}” could land as {might}.',
      'An answer that starts with what you chose is the one {p} can take in.',
    ),
  ],
  answeredThenMaybeHurt: [
    line('{asked}, and you answered it, though “{q}” may come across as {might}.', 'The answer was enough on its own.'),
    line('You answered what {p} asked; “{q}” could land as {might}.', 'Stop at the answer, and it lands.'),
  ],
  /** The reply's yes or no is the opposite of what the user did. {said}/{truth}: yes or no. */
  contradicted: [
    line(
      '{asked}, and “{q}” says {said}, though the true answer is {truth}.',
      'A {said} that later turns out to be a {truth} costs far more than the {truth} would have.',
    ),
    line(
      '{asked}, and you said {said}; what you did says {truth}.',
      'Practise the true answer: it is the one that rebuilds trust.',
    ),
  ],
  /** The reply names another person, time, sum or place than what the user did. {q}: the reply. */
  toldOtherwise: [
    line(
      '{asked}, and “{q}” is not what happened.',
      'A story that later turns out to be untrue costs far more than the truth would have.',
    ),
    line(
      '{asked}, and your answer told it differently from how it was.',
      'Practise the true answer: it is the one that rebuilds trust.',
    ),
  ],
  /** Not answered, nothing else wrong. {q}: the reply. */
  unanswered: [
    line('{asked}; you didn’t answer.', 'A plain answer, even a hard one, comes before anything else.'),
    line(
      '{asked}, and your reply doesn’t answer it yet.',
      'Until it’s answered, {p} is still waiting, whatever else you say.',
    ),
    line('{asked}, and the answer isn’t in your reply.', 'Answering first shows {p} nothing more is being held back.'),
    line('{asked}; “{q}” isn’t the answer.', 'Give the answer first, plainly, and then anything else.'),
  ],
  /** Not answered, but the reply had good words in it. {kq}: those words. */
  unansweredWithGood: [
    line('{asked}; you didn’t answer.', '“{kq}” can come after the answer, not instead of it.'),
    line(
      '{asked}, and your reply doesn’t answer it yet.',
      '“{kq}” is worth saying too, once the question is answered.',
    ),
    line('{asked}, and the answer isn’t in your reply.', '“{kq}” lands better straight after the answer.'),
  ],
  /** Not answered, and the classifier could not be sure. */
  maybeUnanswered: [
    line('{asked}, and your reply may not answer it yet.', 'If it doesn’t, the answer, said plainly, comes first.'),
    line('{asked}; it isn’t clear your reply answers it.', 'Saying the answer in so many words removes any doubt.'),
  ],
  /** Refused or deflected. {q}: the words that did it. */
  evaded: [
    line(
      '{asked}, and “{q}” stepped around it instead of answering.',
      'A question refused tends to feel like one more secret.',
    ),
    line(
      '{asked}; “{q}” turned the question back instead of answering it.',
      'Answering first leaves room for everything else.',
    ),
    line(
      '{asked}, and “{q}” kept the answer back.',
      'The answer, said plainly, is what {p} needs before anything else.',
    ),
  ],
  /** Not answered, and something hurt instead. {q}: the words that hurt. */
  unansweredAndHurt: [
    line('{asked}, and instead of an answer, “{q}” {did}.', 'The answer comes first; anything else can wait.'),
    line(
      '{asked}; you didn’t answer, and “{q}” {did}.',
      'A plain answer would have done more than anything in the reply.',
    ),
  ],
  unansweredAndMaybeHurt: [
    line(
      '{asked}; you didn’t answer, and “{q}” may come across as {might}.',
      'The answer comes first; anything else can wait.',
    ),
    line('{asked}, and instead of an answer, “{q}” could land as {might}.', 'A plain answer would settle it.'),
  ],
} as const satisfies Record<string, readonly SummaryLine[]>;
