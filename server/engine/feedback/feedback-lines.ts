// The words of the feedback, kept apart from the code that assembles them so they can be read and
// edited as content. Written for Mend: plain, warm, second person in notes, first person in
// suggested replies. Placeholders: {q} the quoted words, {kq} the good start, {p}/{P} the partner's
// name (or "your partner"/"Your partner"), {R} the partner's words said back, {other} the other person.
import type { Emotion } from '../types.js';
import type { FeedbackKey } from './principle-for.js';

/** Two sentences; a reply that began well keeps only the lead and gets a good-start line instead. */
export interface SummaryLine {
  lead: string;
  rest: string;
}

/** What a sentence in a suggestion does, so one suggestion does not say the same thing twice. */
export type Theme = 'own' | 'apologise' | 'time' | 'open' | 'listen' | 'presence' | 'ask' | 'grow' | 'size';

/** The heart of a suggested reply: repair for a broken principle, the next step for a kept one. */
export interface Move {
  theme: Theme;
  lines: readonly string[];
  /** Used instead of `lines` when the scenario names the other person. */
  withOther?: readonly string[];
}

export interface Close {
  theme: Theme;
  line: string;
  withOther?: string;
}

/** How a suggestion opens and ends for a partner in a given emotion. */
export interface EmotionVoice {
  /** Openings that say the partner's words back: contain {R}. */
  withReflection: readonly string[];
  /** Openings when none of the partner's words can be said back ('' for none). */
  withoutReflection: readonly string[];
  closes: readonly Close[];
  /** Quiet emotions take a gentle address by name; anger and confusion do not need it. */
  addressByName: boolean;
}

const line = (lead: string, rest: string): SummaryLine => ({ lead, rest });

export const SUMMARY_LINES: Readonly<Record<FeedbackKey, readonly SummaryLine[]>> = {
  // answers to the partner's questions (taxonomy v2)
  'honest-answer': [
    line('“{q}” answers what {p} asked, plainly.', 'A straight answer is the openness {p} was asking for.'),
    line('You answered the question: “{q}”.', 'Not making {p} ask twice is part of earning trust back.'),
  ],
  evasion: [
    line('“{q}” steps away from what {p} asked.', 'A question refused tends to feel like one more secret.'),
    line(
      'With “{q}”, the question went back to {p} instead of being answered.',
      'Answering first leaves room for everything else.',
    ),
  ],
  unanswered: [
    line('{P} asked something, and “{q}” doesn’t answer it yet.', 'A plain answer, even a hard one, would come first.'),
    line('“{q}” is not an answer to what {p} asked.', 'Until it is answered, {p} is still waiting.'),
  ],
  // own the choice
  'blame-shift': [
    line('“{q}” puts part of the blame on {p}.', 'The choice was yours, and it lands better when you say so plainly.'),
    line('When you said “{q}”, the weight moved onto {p}.', 'Whatever was going on between you, the choice was yours.'),
    line('“{q}” points back at {p}.', 'What {p} needs to hear right now is that it was your choice.'),
  ],
  justification: [
    line(
      '“{q}” gives a reason, and to someone this hurt a reason sounds like an excuse.',
      'The why can wait until {p} asks for it.',
    ),
    line('With “{q}”, the explanation came before the ownership.', 'Said that way round, it reads as a defence.'),
    line(
      '“{q}” explains, and right now explaining sounds like defending.',
      'Owning it first gives the explanation somewhere to land later.',
    ),
  ],
  'intent-excuse': [
    line('“{q}” talks about what you meant.', '{P} is living with what you did.'),
    line('With “{q}”, your intentions stood in for the act.', 'What you meant doesn’t change what happened to {p}.'),
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
  ],
  'non-apology': [
    line('“{q}” apologises for {p}’s feelings, not for what you did.', 'An apology lands when it names your part.'),
    line('With “{q}”, the sorry is about how {p} feels.', 'Sorry for what you did is what {p} is waiting to hear.'),
  ],
  responsibility: [
    line('“{q}” puts the choice where it belongs: with you.', 'Nothing in it asks {p} to share the blame.'),
    line('With “{q}”, you owned it with no conditions attached.', 'That is what lets {p} keep talking.'),
  ],
  apology: [
    line('“{q}” is a plain apology, with nothing tacked on to soften it.', 'That is why it can land.'),
    line('You said “{q}” and let it stand, without a “but”.', 'That is what makes it believable.'),
  ],

  // heal at their pace
  rushing: [
    line('“{q}” hurries {p}.', 'This heals on {p}’s clock, not yours.'),
    line(
      'With “{q}”, you set a pace for {p}’s hurt.',
      'It will take the time it takes, and waiting without pushing is part of the repair.',
    ),
  ],
  downplay: [
    line(
      '“{q}” makes it smaller than it feels to {p}.',
      'How big it is, and how long it takes, is for {p} to feel out.',
    ),
    line('With “{q}”, you measured the hurt for {p}.', 'It is as big as it feels, for as long as it feels that way.'),
  ],
  patience: [
    line('“{q}” lets {p} set the pace.', 'No deadline, and no pressure to forgive.'),
    line('With “{q}”, you took the clock off {p}’s hurt.', 'That makes it safer to keep going.'),
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
  ],
  transparency: [
    line('“{q}” offers honesty before it’s asked for.', 'That is how trust starts to come back.'),
    line('With “{q}”, you opened up without being pushed.', '{P} doesn’t have to dig for the truth.'),
  ],

  // listen before defending
  'counter-attack': [
    line('“{q}” turns the conversation onto {p}.', 'Whatever is true there, it isn’t what this moment is about.'),
    line('With “{q}”, you answered hurt with an accusation.', 'That turns a hard conversation into a fight.'),
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
  ],
  reflection: [
    line('“{q}” gives {p}’s own words back.', '{P} can tell you were listening.'),
    line(
      'With “{q}”, you said back what you heard before saying anything about yourself.',
      'That is listening {p} can see.',
    ),
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
  validating: [line('“{q}” treats {p}’s hurt as real.', 'That is what lets the conversation go on.')],
  defensive: [
    line('“{q}” comes across as defending yourself.', 'Right now {p} needs to be heard before anything is explained.'),
  ],
  minimizing: [
    line(
      '“{q}” makes it sound smaller than it is to {p}.',
      'The hurt is the size it is, and it takes the time it takes.',
    ),
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
  ],
  care: [
    line(
      '“{q}” is a kind thing to do, but on its own it steps around what {p} just said.',
      'Small acts count most once {p} knows you heard.',
    ),
    line('Small acts matter, and “{q}” is one.', 'It lands better once you have answered what {p} said.'),
  ],
};

/** Second sentence for a reply that started well and then defended or minimized. */
export const GOOD_START_LINES: readonly string[] = [
  '“{kq}” on its own would have landed.',
  '“{kq}” was the right start; it needed nothing after it.',
];

export const MOVES: Readonly<Record<FeedbackKey, Move>> = {
  'honest-answer': {
    theme: 'open',
    lines: ["If there's anything else you want to know, ask me and I'll answer it straight."],
  },
  evasion: {
    theme: 'open',
    lines: ["You asked me a straight question. I'll answer it, even though the answer is hard."],
  },
  unanswered: {
    theme: 'open',
    lines: ["I haven't answered what you asked. Here is the answer, plainly."],
  },
  // repairs: what to say instead
  'blame-shift': {
    theme: 'own',
    lines: [
      'That was my choice. Nothing you did made me do it.',
      "I did this. It isn't on you, and I won't put it there.",
    ],
  },
  justification: {
    theme: 'own',
    lines: [
      "There's no reason that makes it all right. I chose it, and it hurt you.",
      "I'm not going to explain it away. It was my choice.",
    ],
  },
  'intent-excuse': {
    theme: 'own',
    lines: [
      'Whatever I meant, I did it, and it hurt you.',
      "What I meant doesn't change what I did. That part is mine.",
    ],
  },
  'agency-removal': {
    theme: 'own',
    lines: [
      "It didn't just happen. I made choices, every step of the way.",
      'Nothing about it happened by itself. I chose it.',
    ],
  },
  'non-apology': {
    theme: 'apologise',
    lines: [
      "I'm sorry for what I did. Not for how you feel: for what I did.",
      "I'm sorry I did it, and I'm not going to add anything to that.",
    ],
  },
  rushing: {
    theme: 'time',
    lines: [
      "Take all the time you need. I'm not going anywhere.",
      "There's no deadline on this. I'll wait as long as it takes.",
    ],
  },
  downplay: {
    theme: 'size',
    lines: [
      "It isn't small. It hurt you, and I won't pretend it didn't.",
      "I'm not going to make this smaller than it is.",
    ],
  },
  denial: {
    theme: 'open',
    lines: [
      "I haven't been straight with you, and I want to be now.",
      "I'm done hiding things from you. You'll get the truth, all of it.",
    ],
    withOther: ["I haven't been straight with you about {other}, and I want to be now."],
  },
  stonewall: {
    theme: 'presence',
    lines: [
      "I'm not going to walk away from this. I'll keep talking as long as you need.",
      'I want to stay in this conversation, even the hard parts.',
    ],
  },
  'counter-attack': {
    theme: 'own',
    lines: [
      "This isn't about anything you did. It's about what I did.",
      "I'm not going to turn this around on you. I did this.",
    ],
  },
  'detail-correction': {
    theme: 'listen',
    lines: [
      "The details don't matter right now. You're right about the part that does.",
      'Forget the exact details. What matters is that I hurt you.',
    ],
  },
  'self-pity': {
    theme: 'listen',
    lines: [
      "How I feel can wait. You're the one who got hurt.",
      "This isn't about me feeling bad. It's about what I did to you.",
    ],
  },
  generalizing: {
    theme: 'own',
    lines: [
      "This isn't about what other people do. It's about what I did to you.",
      "This one isn't everybody's mistake. It's mine.",
    ],
  },
  dismissal: {
    theme: 'listen',
    lines: [
      "You're not overreacting. It makes sense that you feel this way.",
      "Your reaction makes sense. I'd feel the same in your place.",
    ],
  },

  // next steps: what to add after something that worked
  responsibility: {
    theme: 'ask',
    lines: [
      "That was my choice, and I'm sorry. What do you need from me right now?",
      "It's on me, and I'm sorry. What's the hardest part of it for you?",
    ],
  },
  apology: {
    theme: 'open',
    lines: [
      "I'm sorry. It was my choice, and I'll answer anything you want to ask.",
      "I'm sorry, and there's no excuse coming after it. What do you need to know?",
    ],
  },
  reflection: {
    theme: 'ask',
    lines: [
      'Is there more to it? I want to hear all of it.',
      "Tell me what I'm still missing. I want to understand all of it.",
    ],
  },
  'feeling-named': {
    theme: 'ask',
    lines: ["What's the worst of it for you right now?", "What's weighing on you most?"],
  },
  'open-question': {
    theme: 'listen',
    lines: ["Whatever you say, I'll just listen.", "I'm not going to interrupt or explain. I'm listening."],
  },
  patience: {
    theme: 'open',
    lines: [
      "There's no hurry. And when you want to know anything, I'll tell you the truth.",
      'Take as long as you need. You can ask me anything along the way.',
    ],
  },
  transparency: {
    theme: 'ask',
    lines: [
      "Anything you want to see or ask, it's yours. What would help most right now?",
      'You can ask me anything, any time. What do you want to know first?',
    ],
    withOther: ["Anything about {other} you want to know, I'll tell you. What would help most right now?"],
  },
  growth: {
    theme: 'grow',
    lines: [
      "I've started, and I'll keep going whether or not you're ready to trust it yet.",
      "I'll keep at it, and you don't owe me anything for it.",
    ],
  },

  // by label, when no signal was given
  validating: { theme: 'ask', lines: ['What do you need from me right now?'] },
  defensive: {
    theme: 'own',
    lines: ["I'm not going to defend myself. I did this, and it hurt you."],
  },
  minimizing: {
    theme: 'size',
    lines: ["This is as big as it is, and I won't make it smaller. I did it."],
  },
  neutral: {
    theme: 'listen',
    lines: ["I don't want to talk around what you said.", "I heard that, and I'm not going to change the subject."],
  },
  care: {
    theme: 'listen',
    lines: ['The rest can wait. What you said matters more.', 'Everything else can wait. I want to hear you.'],
  },
};

/** anger: stay steady, don't argue; sadness: slow, name the loss; numbness: no pressure, be there;
 * confusion: answer honestly, offer more. `unspecified` when the caller knows no emotion (quick check). */
export const VOICES: Readonly<Record<Emotion | 'unspecified', EmotionVoice>> = {
  anger: {
    withReflection: ['{R}.'],
    withoutReflection: ['You have every right to be angry.', "You're angry, and you should be."],
    closes: [
      { theme: 'listen', line: "Say all of it. I won't argue with you." },
      {
        theme: 'presence',
        line: "Be as angry as you need to. I'm staying right here.",
      },
    ],
    addressByName: false,
  },
  sadness: {
    withReflection: ['{R}. I know what that cost you.', '{R}. I know how much that hurts.'],
    withoutReflection: [
      "I can see how much this hurts, and I'm the reason.",
      'I took something from you, and I know it.',
    ],
    closes: [
      { theme: 'time', line: "There's no rush. I'm here." },
      { theme: 'presence', line: "I'm not going anywhere." },
      {
        theme: 'listen',
        line: "Tell me about it if you want to. I'll listen.",
      },
    ],
    addressByName: true,
  },
  numbness: {
    withReflection: ['{R}.'],
    withoutReflection: ['I know this is a lot.', "It's all right if you can't feel much right now."],
    closes: [
      { theme: 'presence', line: "No need to answer. I'll sit here with you for as long as you like." },
      { theme: 'time', line: "If you'd rather not talk tonight, that's all right too." },
    ],
    addressByName: true,
  },
  confusion: {
    withReflection: ['{R}.'],
    withoutReflection: ['You deserve straight answers.', 'You should have had the truth from the start.'],
    closes: [
      {
        theme: 'open',
        line: "Ask me anything, and I'll answer it straight.",
        withOther: "Ask me anything about {other}, and I'll answer it straight.",
      },
      {
        theme: 'open',
        line: "I'll tell you whatever you want to know, as plainly as I can.",
      },
      {
        theme: 'listen',
        line: "Whatever still doesn't make sense, we can go through it one piece at a time.",
      },
    ],
    addressByName: false,
  },
  unspecified: {
    withReflection: ['{R}.'],
    withoutReflection: [''],
    closes: [
      { theme: 'listen', line: "I'm listening." },
      { theme: 'presence', line: "I'm here." },
    ],
    addressByName: false,
  },
};
