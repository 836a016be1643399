// The words a suggested reply is built from, in the user's voice (first person, to the partner).
// A suggestion keeps the user's own good words and adds only what is missing: a repair for the part
// that hurt (a move), or the next step after something that worked, and a close that fits how the
// partner feels. Many phrasings for each, in several registers, so no sentence turns into a stock
// phrase across a session. Placeholders: {R} the partner's words said back, {other} the other person.
import type { Emotion } from '../types.js';
import type { FeedbackKey } from './principle-for.js';

/** What a sentence in a suggestion does, so one suggestion does not say the same thing twice. */
export type Theme = 'own' | 'apologise' | 'time' | 'open' | 'listen' | 'presence' | 'ask' | 'grow' | 'size';

/** One sentence (or two) of a suggested reply. */
export interface SuggestedLine {
  text: string;
  /** Used instead of `text` when the scenario names the other person. */
  withOther?: string;
  /** Puts off giving a reason: never offered when the partner has just asked why. */
  holdsBack?: true;
  /** Waves details away: never said straight after the true answer, which is all detail. */
  notAfterAnswer?: true;
  /** Speaks of the partner's question: only offered when the partner asked one. */
  needsQuestion?: true;
  /**
   * Says nothing else is hidden: offered only once every fact of the scenario has been told, so the
   * feedback never teaches a reassurance that would be one more lie.
   */
  claimsAllTold?: true;
}

type Said = string | SuggestedLine;

/** The heart of a suggested reply: repair for a broken principle, the next step for a kept one. */
export interface Move {
  theme: Theme;
  lines: readonly SuggestedLine[];
}

export interface Close extends SuggestedLine {
  theme: Theme;
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

const said = (item: Said): SuggestedLine => (typeof item === 'string' ? { text: item } : item);
const move = (theme: Theme, ...lines: Said[]): Move => ({ theme, lines: lines.map(said) });
const close = (theme: Theme, text: string, withOther?: string): Close =>
  withOther ? { theme, text, withOther } : { theme, text };

export const MOVES: Readonly<Record<FeedbackKey, Move>> = {
  // repairs: what to say instead of the part that hurt
  'blame-shift': move(
    'own',
    'That was my choice. Nothing you did made me do it.',
    "It isn't on you; it's on me, and I won't put it anywhere else.",
    'However hard things were between us, the choice was mine.',
    "I'm not going to hand any of this back to you; it's mine.",
    "You didn't make me do it. I decided.",
    'None of this is yours to carry, because I chose it.',
    'If things were hard between us, I should have said so. I chose this instead.',
    "You aren't the reason; I am.",
    'I made the choice, not you.',
  ),
  justification: move(
    'own',
    "There's no reason that makes it all right. I chose it, and it hurt you.",
    { text: "I'm not going to explain it away. It was my choice.", holdsBack: true },
    'What was going on for me is no excuse.',
    "Reasons aside, I did it, and I'd understand if none of them matter to you.",
    'I had my troubles, and I chose this anyway. I own that.',
    { text: 'I can tell you the why whenever you want it, but none of it is an excuse.', holdsBack: true },
    "I did it because I chose to, and that's the part I have to own.",
  ),
  'intent-excuse': move(
    'own',
    'Whatever I meant, I did it, and it hurt you.',
    "What I meant doesn't change what I did. That part is mine.",
    "It doesn't matter much what I meant. You're the one living with what I did.",
    "My intentions aren't the point. What I did is.",
    'Good intentions or not, I did it.',
    "I'll stop talking about what I meant; what counts is that I did it.",
    "I'll own what I did, not what I meant.",
    'What matters is what I did, and I did it.',
    "I'm not going to hide behind what I intended.",
  ),
  'agency-removal': move(
    'own',
    "It didn't just happen. I made choices, every step of the way.",
    'Every part of it was my choice.',
    "There were a dozen moments I could have stopped, and I didn't.",
    "I keep saying it like it happened to me, when I'm the one who did it.",
    'It was a choice, and then another one. All of them mine.',
    'I was there for every decision. I made them.',
    'I made that decision more than once.',
    'It was me choosing, every time.',
    'I made it happen. Nobody else did.',
  ),
  'non-apology': move(
    'apologise',
    "I'm sorry for what I did. Not for how you feel: for what I did.",
    "I'm sorry I did it, and I'm not going to add anything to that.",
    "I'm sorry I hurt you. That's mine to be sorry for.",
    "I'm sorry for the choice I made, and for what it's done to you.",
    "I'm sorry. Not that you're upset: that I did this.",
    "What I'm sorry for is my choice.",
    "I'm sorry for what I did to you, plainly.",
    "I'm sorry for my part, which is all of it.",
  ),
  rushing: move(
    'time',
    "Take all the time you need; I'll be right here.",
    "There's no deadline on this. I'll wait as long as it takes.",
    "I rushed you, and I'm sorry. Take this at your own speed.",
    "However long this takes you, I'll still be here.",
    "You don't owe me forgiveness, tonight or any night.",
    "I'll stop pushing. We go at your pace, not mine.",
    "This takes as long as it takes. I won't rush you again.",
    'No timetable. Not from me.',
    "I'm not going to ask you to be over it.",
    'You can be hurt about this for as long as you are.',
  ),
  downplay: move(
    'size',
    "It isn't small. It hurt you, and I won't pretend it didn't.",
    "I'm not going to make this smaller than it is.",
    'I shrugged it off, and I was wrong. It matters to you and to me.',
    "It's as big as it feels to you.",
    "I made it sound small. It isn't, and I know it.",
    'This was a big thing to do to you, and I know it.',
    'I talked about it as if it were small, and that was wrong.',
    "There's nothing small about what this did to you.",
    "I won't measure it for you again.",
    "You're right about how serious it is.",
  ),
  denial: {
    theme: 'open',
    lines: [
      {
        text: "I haven't been straight with you, and I want to be now.",
        withOther: "I haven't been straight with you about {other}, and I want to be now.",
      },
      { text: "I'm done hiding things from you. You'll get the truth, all of it." },
      { text: "I'd rather tell you the truth now than have you find it later." },
      { text: "From now on you'll get a straight answer, the first time you ask." },
      { text: "No more closed doors. Whatever you want to know, I'll tell you." },
    ],
  },
  stonewall: move(
    'presence',
    "I'm not going to walk away from this. I'll keep talking as long as you need.",
    'I want to stay in this conversation, even the hard parts.',
    "I was about to shut this down, and I won't.",
    "If I need a minute, I'll tell you, and then I'll come straight back to this.",
    "I'm still here, and I'll stay for all of it.",
  ),
  'counter-attack': move(
    'own',
    "This isn't about anything you did. It's about what I did.",
    "I'm not going to turn this around on you; the choice was mine.",
    'I started pointing at you, and that was unfair. The point is what I did.',
    'Anything I have to say about us can wait. This is about what I did.',
    'I have to answer for this, and I will.',
    "I'll stop throwing things back at you. This one is mine.",
    "I won't make this about you.",
    "I'm not going to argue back. This is mine to answer for.",
  ),
  'detail-correction': {
    theme: 'listen',
    lines: [
      { text: "The details don't matter right now. You're right about the part that does.", notAfterAnswer: true },
      { text: 'Forget the exact details. What matters is that I hurt you.', notAfterAnswer: true },
      { text: "I don't need to win on the facts. You've got the heart of it right." },
      { text: 'Whichever way the details go, you were hurt, and I did it.', notAfterAnswer: true },
      { text: "I was correcting you instead of hearing you. I'm listening now." },
    ],
  },
  'self-pity': move(
    'listen',
    "You're the one who got hurt. I want to hear about you first.",
    "This isn't about me feeling bad. It's about what I did to you.",
    'I made that about me. I want to hear about you.',
    "My guilt isn't your job. Tell me how it is for you.",
    "I'll deal with my own feelings. Right now I want to know about yours.",
    "How are you doing with it? That's what I want to know.",
    'Your hurt comes before my guilt.',
  ),
  generalizing: move(
    'own',
    "Other people aren't the point; what I did is.",
    "I made this mistake, and it's mine alone.",
    'Forget what anyone else would do; I did this.',
    "I'm not going to hide in a crowd. It was me.",
    "Other people aren't in this room. I am, and I did it.",
  ),
  dismissal: move(
    'listen',
    "You're not overreacting. It makes sense that you feel this way.",
    "Your reaction makes sense. I'd feel the same in your place.",
    "Feel all of it. It's yours to feel.",
    "I shouldn't have judged how you feel. You're reacting to what I did.",
    "The way you're taking this makes sense to me.",
    "Of course you're reacting like this. Look at what I did.",
    'How you feel is the right size for what I did.',
    "I won't tell you how to feel about this again.",
    'Anyone would react like this to what I did.',
  ),
  // Evasion can be heard with no question asked ("I'm not getting into that"): the lines that speak
  // of a question are kept for when there was one. None asks the partner to ask again: being open
  // without being asked twice is the principle.
  evasion: move(
    'open',
    { text: "You asked me a straight question. I'll answer it, even though the answer is hard.", needsQuestion: true },
    'I went round it instead of answering. That was wrong of me.',
    { text: "You're right to ask, and you'll get a straight answer.", needsQuestion: true },
    'I was stalling. You deserve a plain answer.',
    "I'm not going to shut you out of this. You have every right to know.",
  ),
  unanswered: move(
    'open',
    "I haven't answered what you asked. I will, plainly.",
    'You asked me something, and I talked around it. Let me answer.',
    'You deserve an answer to that, not something else.',
    'Straight answer first, then anything else you want.',
    "You shouldn't have to ask twice.",
  ),
  defensive: move(
    'own',
    "I'm going to stop defending myself: I did this, and it hurt you.",
    "I can hear myself defending, and I'll stop. You're right to be hurt.",
    'No more defending. It was my doing.',
    "I'd rather listen than argue, because this is on me.",
    "I've got no case to make here, so I'll listen.",
    'Listening to you matters more than defending myself.',
    'I was guarding myself, and you need me to stop.',
    "I'm putting my defences down; what I did is the point.",
    "I'm here to listen, not to win.",
    'I keep protecting myself, and I want to listen instead.',
  ),
  minimizing: move(
    'size',
    "This is as big as it is, and I won't make it any smaller.",
    "I'm not going to play it down. It was a big thing to do to you.",
    'It matters as much as you feel it does, and I know it.',
    'I hear how that sounded, and it was too small for what I did.',
    "What I did was serious, and I'll treat it that way.",
    "I'm not going to shrink any part of this.",
    'Say how big it is, and I will believe you.',
    "It's as big as it is for you, even if I'd like it smaller.",
    'I made it sound lighter for my own sake, and that was wrong.',
    'It deserves to be taken seriously, and I will.',
  ),
  neutral: move(
    'listen',
    "I heard what you said, and I won't talk around it.",
    "I heard that, and I'm not going to change the subject.",
    "I've been saying nothing. I don't want to do that to you.",
    "I'm here, and I'm listening properly now.",
    'What you just said matters, and I want to stay with it.',
    "I went quiet on you. I'm here now.",
    "I don't have the right words, but I'm not going to hide behind that.",
    "Tell me again. This time I'm listening.",
    "Sorry, I drifted. I'm with you now.",
    'That matters more than anything else right now.',
    'You said something real, and I want to answer it properly.',
    "I've been hiding in short answers. I'll say more now.",
    'You deserve a real answer from me.',
    'I caught that, and I want to answer it.',
    "Every word of that reached me, and I'm staying with it.",
    'I want to answer what you really said.',
    "I've hardly said anything. You deserve more from me than that.",
    "Give me a second, and I'll answer you properly.",
    "I'm paying attention now, all of it.",
    'What you said deserves an answer, and I want to give it.',
  ),
  care: move(
    'listen',
    "I'm putting everything else down to hear you.",
    'Everything else can wait. I want to hear you.',
    "I'll sort the practical things later. Right now I'm listening.",
    'First, what you said. The rest can come after.',
  ),

  // next steps: what to add after something that worked (the user's own words come first)
  'honest-answer': move(
    'open',
    "If there's anything else you want to know, ask me and I'll answer it straight.",
    "Ask me the next one. I'll answer that too.",
    { text: "There's nothing else I'm keeping back. Ask anything.", claimsAllTold: true },
    "I'd rather you heard it from me than found it.",
    'Whatever you want to ask next, ask it.',
    "You can check any of it. I'll show you.",
    "I'll keep answering for as long as you have questions.",
    'If that raises more questions, I want to hear them.',
    { text: "There's no more behind it. That's all of it.", claimsAllTold: true },
    "I'm glad you asked me straight.",
  ),
  responsibility: move(
    'ask',
    'What do you need from me right now?',
    "What's the hardest part of it for you?",
    'What would help, even a little, tonight?',
    'Is there anything you want to ask me?',
    'Where do you want to start?',
    "Tell me what you need, and I'll do it.",
    'Is there a part of it you want to go back over?',
    "What's the question you haven't asked yet?",
    "I want to hear how it's been for you. Will you tell me?",
    'What would make tonight a little easier?',
  ),
  apology: move(
    'open',
    "I'll answer anything you want to ask.",
    "There's no excuse coming after it.",
    "Anything you ask, I'll answer truthfully.",
    "You don't have to accept it. I just needed you to hear it.",
    "I'm not asking you to forgive me.",
    "That's all I'll say about it unless you want more.",
    "I'll keep saying it with what I do, not just with words.",
    'If you want to know anything, ask.',
  ),
  reflection: move(
    'ask',
    'Is there more to it? I want to hear all of it.',
    "Tell me what I'm still missing.",
    'What else did it do to you?',
    'Did I get that right?',
  ),
  'feeling-named': move(
    'ask',
    'Tell me the worst of it. I want to hear it.',
    "What's weighing on you most?",
    'Is that close to how it feels?',
    "What else is in there? I'm listening, all of it.",
  ),
  'open-question': move(
    'listen',
    "Tell me the rest. I'll just listen.",
    "I'm not going to interrupt or explain; I'm just listening.",
    "Take your time, and I'll listen to all of it.",
    "I won't jump in. Say as much as you want.",
  ),
  patience: move(
    'open',
    "And when you want to know anything, I'll tell you the truth.",
    'You can ask me anything along the way.',
    "I'll be here, whatever pace you need.",
    'No answer needed tonight.',
  ),
  transparency: {
    theme: 'ask',
    lines: [
      {
        text: 'What would help most right now?',
        withOther: "Anything about {other} you want to know, I'll tell you. What would help most right now?",
      },
      { text: 'What do you want to know first?' },
      { text: 'What would make it easier to trust what I tell you?' },
    ],
  },
  growth: move(
    'grow',
    "I'll keep going whether or not you're ready to trust it yet.",
    "I'll keep at it, and you don't owe me anything for it.",
    "You don't have to believe it yet. You'll see it.",
    "I'll tell you how it's going, every week, if you want to know.",
  ),
  validating: move(
    'ask',
    'What would you like from me now?',
    'Where do you want to go from here?',
    'Tell me what would help.',
  ),
};

/** Said after the scenario's true answer, instead of a close, now and then: nothing held back. */
export const AFTER_ANSWER: readonly SuggestedLine[] = (
  [
    { text: "That's the whole of it.", claimsAllTold: true },
    'I should have told you before you had to ask.',
    "You shouldn't have had to ask.",
    "That's the truth, and I won't change it later.",
    { text: "I've told you every part of it.", claimsAllTold: true },
    'Ask me anything else about it.',
    'If you want to check any of it, you can.',
    "I'm sorry I made you ask for it.",
    { text: 'No more pieces held back.', claimsAllTold: true },
    "I'll answer the next thing too, whatever it is.",
    { text: "Nothing's been left out.", claimsAllTold: true },
    "I know that's hard to hear.",
    'Ask me the same thing tomorrow and you will get the same answer.',
    "I'm not going to soften it.",
  ] satisfies Said[]
).map(said);

/** Closes that fit any emotion but confusion (which wants answers), added so no close wears thin. */
export const ANY_EMOTION_CLOSES: readonly Close[] = [
  close('listen', "I'm listening."),
  close('presence', "I'm here."),
  close('presence', "I'm not going anywhere tonight."),
  close('time', 'Take whatever time you need with it.'),
  close('listen', 'Whatever you need to say, I want to hear it.'),
  close('presence', "I'll stay for all of it."),
  close('listen', 'Anything you want to say to me right now, I want to hear.'),
  close('presence', 'I want to be here for this, however long it takes.'),
  close('time', 'You set the pace.'),
  close('open', "There's nothing you can't ask me.", 'Anything about {other}, you can ask me.'),
  close('presence', "I'm going to keep showing up."),
  close('listen', "I'd rather hear it all than have you carry it alone."),
];

/** anger: stay steady, don't argue; sadness: slow, name the loss; numbness: no pressure, be there;
 * confusion: answer honestly, offer more. `unspecified` when the caller knows no emotion (quick check). */
export const VOICES: Readonly<Record<Emotion | 'unspecified', EmotionVoice>> = {
  anger: {
    withReflection: [
      '{R}.',
      "{R}. No wonder you're angry.",
      '{R}. I know.',
      "{R}. That's on me.",
      "{R}. I'm not going to argue with that.",
      "{R}. You're right to be furious about it.",
    ],
    withoutReflection: [
      'You have every right to be angry.',
      "You're angry, and you should be.",
      "You're furious with me, and I earned it.",
      'I can hear how angry you are.',
      'Stay as angry as you are.',
      "I'm not going to argue with how angry you are.",
      "Of course you're angry.",
      "You're right to be this angry.",
      "You've got every reason to be furious with me.",
      "I know you're angry, and you're right to be.",
      'You can be as angry with me as you need.',
      'Your anger makes sense.',
      "I'm not going to ask you to calm down.",
      "I've earned that anger.",
      'Be angry. You should be.',
      "I'm not going to tell you you're wrong to be angry.",
      'That anger is mine to hear.',
      "You're allowed to be furious.",
    ],
    closes: [
      close('listen', "Say all of it. I won't argue with you."),
      close('presence', "Be as angry as you need to. I'm staying right here."),
      close('listen', 'Keep going. I can take it.'),
      close('listen', "I'd rather hear all of it than have you hold it in."),
      close('presence', "Shout if you need to. I'm not going anywhere."),
      close('listen', "I'm not going to interrupt you."),
      close(
        'open',
        "Ask me anything, and you'll get the truth.",
        "Ask me anything about {other}, and you'll get the truth.",
      ),
      close('time', 'Take as long as you need with this.'),
      close('listen', 'Say all of it to me.'),
      close('presence', "I'm not going anywhere, however angry you are."),
      close('open', "I won't hold anything back from you now."),
      close('listen', "I'm listening, and I won't talk over you."),
      close('listen', "Tell me all of it. I'll hear it out."),
      close('presence', "I'll stand here and hear every word."),
      close('listen', "Let it all out; I won't defend myself."),
      close('presence', "I'm staying right here for this."),
      close('open', "I'll answer anything you throw at me."),
      close('listen', "I'm listening to every word; go on."),
    ],
    addressByName: false,
  },
  sadness: {
    withReflection: [
      '{R}. I know what that cost you.',
      '{R}. I know how much that hurts.',
      '{R}. I did that to you.',
      '{R}.',
      '{R}. That should never have happened to you.',
      '{R}. I wish I could undo it.',
    ],
    withoutReflection: [
      "I can see how much this hurts, and I'm the reason.",
      'I took something from you, and I know it.',
      "I know I've broken something between us.",
      "You didn't deserve any of this.",
      'I can see what this is doing to you.',
      'This is a real loss, and I caused it.',
      "It's all right to be sad about this.",
      "Sorry won't mend this, and I know that.",
      "I can see what I've taken from you.",
      "I know you're grieving something I broke.",
      'You trusted me, and I let you down.',
      'I can hear how much this hurts.',
      'I hurt you, and I can see it.',
      "You're sad, and it's my doing.",
      "You didn't ask for any of this.",
      "I think there's more hurt there than you're saying, and I want to hear it.",
      'This has cost you so much, and I know it.',
      "You're carrying something I put on you.",
      'I took something good and broke it.',
      'I know you feel the loss of it.',
    ],
    closes: [
      close('time', "There's no rush; I'm here."),
      close('presence', "I'm staying put."),
      close('listen', "Tell me about it if you want to. I'll listen."),
      close('presence', "I'll sit with you as long as you want."),
      close('time', 'Take whatever time you need.'),
      close('listen', "If you want to talk about what you've lost, I want to hear it."),
      close('presence', "You don't have to be strong about this with me."),
      close(
        'open',
        "If there's anything you need to know, I'll tell you.",
        "If there's anything about {other} you need to know, I'll tell you.",
      ),
      close('time', "We don't have to get anywhere tonight."),
      close('listen', "Tell me what you're feeling, whatever it is."),
      close('presence', "I'm staying, for as long as this takes."),
      close('time', 'Go as slowly as you need.'),
      close('presence', "I'm right here, and I'm staying."),
      close('time', 'You can take this as slowly as you like.'),
      close('presence', "I'll be here tomorrow too."),
      close('listen', "If you want to tell me what it's been like, I'm listening."),
      close('presence', "I'm here for the hard part too."),
      close('time', 'Your sadness can be messy with me.'),
      close('presence', "I'll stay while it hurts."),
      close('listen', 'You can be as sad as you are with me.'),
    ],
    addressByName: true,
  },
  numbness: {
    withReflection: [
      '{R}.',
      "{R}. You don't have to say anything about it.",
      '{R}. No wonder you feel numb.',
      "{R}. You don't need to feel anything about it yet.",
    ],
    withoutReflection: [
      'I know this is a lot.',
      "It's all right if you can't feel much right now.",
      "You don't have to have a reaction for me.",
      "If it all feels far away right now, that's all right.",
      "You don't need to say anything.",
      "I know it's hard to take in.",
      "There's no right way to feel about this.",
      "You don't have to make sense of it yet.",
      "You don't have to feel anything in particular right now.",
      "It's all right to go quiet.",
      "You don't have to decide anything about this tonight.",
      "I know it's hard to feel anything at all right now.",
      "You don't have to talk.",
      "It may take time to sink in, and that's all right.",
      "You can be quiet right now; I'm here.",
      "It's all right if this hasn't sunk in.",
      'Sit with it for as long as you need.',
      "Whatever you're feeling, or not feeling, is all right.",
      "It's a lot, all at once, and I did that.",
      "You don't owe me any reaction.",
    ],
    closes: [
      close('presence', "No need to answer. I'll sit here with you for as long as you like."),
      close('time', "If you need to stop for tonight, that's all right too."),
      close('presence', "I'm here when you want me, and I'll leave you be if you don't."),
      close('time', "We can pick this up whenever you're ready."),
      close(
        'open',
        "When you have questions, I'll answer them.",
        "When you have questions about {other}, I'll answer them.",
      ),
      close('presence', "I'll be in the next room if you want me."),
      close('time', 'All we need tonight is to be here.'),
      close('listen', 'If anything comes to you, even the small things, I want to hear it.'),
      close('presence', "I'll stay quietly beside you, if that helps."),
      close('time', 'Take all the quiet you need.'),
      close('presence', "You don't have to do anything with this right now."),
      close('open', "Whenever you want the rest, it's yours."),
      close('presence', "I'll stay close, and I won't push."),
      close('listen', 'Talk if you want to, or stay quiet. Both are all right.'),
      close('time', "There's no hurry for anything."),
      close('presence', "I'm here, and I'm not asking anything of you."),
      close('presence', "Whatever you need, or don't need, is fine."),
      close('listen', "I won't fill the silence for you."),
      close('presence', "I'll be around all evening."),
      close('time', "You don't have to give me anything right now."),
    ],
    addressByName: true,
  },
  confusion: {
    withReflection: [
      '{R}.',
      '{R}. It makes sense that none of it adds up.',
      "{R}. I'll help you put it together.",
      '{R}. Ask me about any of it.',
      "{R}. That's a fair thing to be stuck on.",
    ],
    withoutReflection: [
      'You deserve straight answers.',
      'You should have had the truth from the start.',
      "It doesn't add up because I hid the parts that would make it make sense.",
      "None of this makes sense from where you're standing, and that's on me.",
      'You are trying to put it together, and I made that hard.',
      "Of course you're confused. I kept half of it from you.",
      "You shouldn't have had to piece this together.",
      "I'll help you make sense of it.",
      "You're trying to make sense of what I hid from you.",
      'Nothing fits because I kept the pieces from you.',
      'You should be able to ask me anything and get a straight answer.',
      "I made it hard to know what's true.",
      "You're right to want it to add up.",
      "It's confusing because I kept things from you.",
      "I know it doesn't fit together yet.",
      "You're right to want answers.",
      'Of course you want to understand it.',
      "It makes sense that you're trying to work it out.",
    ],
    closes: [
      close(
        'open',
        "Ask me anything, and I'll answer it straight.",
        "Ask me anything about {other}, and I'll answer it straight.",
      ),
      close('open', "I'll tell you whatever you want to know, as plainly as I can."),
      close('listen', "Tell me what doesn't make sense, and we'll go through it piece by piece."),
      close('open', "Ask me in any order. I'll answer all of it."),
      close('open', 'If a question comes back tomorrow, ask it then too.'),
      close('listen', "Tell me which part makes least sense, and we'll start there."),
      close(
        'open',
        'No more surprises. Ask me what you need to.',
        'No more surprises about {other}. Ask me what you need to.',
      ),
      close('time', 'We can go through it as slowly as you want.'),
      close('open', "If something I say doesn't fit, ask me, and I'll explain."),
      close('listen', "Tell me what you've worked out so far, and I'll fill in the rest."),
      close('open', "I'll answer the same question twice if you need me to."),
      close('open', "Anything that doesn't fit, put it to me."),
      close('listen', "I'll go back over any part of it."),
      close('open', "Take me through what you know, and I'll tell you what's missing."),
      close('open', 'Whatever you want to know, you can have the answer.'),
      close('open', "Put any question to me, and I'll answer it plainly."),
      close('listen', "I'll explain any part of it you want explained."),
      close('open', "If it helps to hear it twice, I'll say it twice."),
      close('open', 'You can ask me the hard ones too.'),
      close('open', "There's nothing I'll refuse to answer."),
      close('open', 'Ask it however it comes out. I will answer.'),
      close('listen', "Start with the part you keep coming back to, and I'll answer."),
      close('open', 'You can check anything I tell you.'),
      close('time', "There's no rush to understand it all tonight; I'll answer whenever you ask."),
      close('open', "Whatever's still missing, I'll fill in."),
      close('listen', "Say what doesn't add up, and I'll explain it."),
      close('open', 'I can tell it from the start if that helps.'),
      close('open', 'You can ask me every question you have.'),
      close('open', "I'll tell it to you straight, in order, if you want."),
    ],
    addressByName: false,
  },
  unspecified: {
    withReflection: ['{R}.'],
    withoutReflection: [''],
    closes: [
      close('listen', 'Say whatever you need to.'),
      close('listen', 'I want to hear the rest.'),
      close('time', 'Take your time.'),
      close('open', "Ask me anything, and I'll answer it."),
      close('listen', 'Say more, if you want to.'),
    ],
    addressByName: false,
  },
};

/** Every sentence that says nothing is hidden (checked against each autoplayed suggestion). */
export const ALL_TOLD_CLAIMS: readonly string[] = [...Object.values(MOVES).flatMap((m) => m.lines), ...AFTER_ANSWER]
  .filter((line) => line.claimsAllTold)
  .map((line) => line.text);
