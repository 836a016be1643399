// What counts as a crisis, pattern by pattern. Each pattern carries the replies it must catch
// (`fires`) and near misses it must leave alone (`doesNotFire`), in the project's own words; tests
// hold every one (tests/engine/safety-patterns.test.ts). Patterns read the canonical text of
// crisis-text.ts (lower case, no apostrophes, texting spelled out) after the figures of speech in
// figures-of-speech.ts have been blanked out.
//
// Where the line is drawn:
// - Feelings said with violent idioms about something else are not a crisis ("this is killing me",
//   "I killed our trust", "I'm dying to know"). Any first-person wish or intent to die, to kill or
//   harm oneself, or to hurt someone physically is, even when it might be an idiom ("I could kill
//   myself for being so stupid"): a false alarm costs one calm check-in; a miss costs far more.
// - "Hurt" alone is about the betrayal ("I don't want to hurt you again"); hurting someone counts
//   only with a violent verb, "physically", or someone other than the partner.
// - Ordinary pills, cars, bridges, ropes and knives are not a crisis; the same things with a
//   purpose (saved up, driven into a river, stood on looking down, tied) are.
// - A threat of harm used to make the partner stay or keep quiet is a crisis and is named as
//   leverage ("if you leave I'll ...").
import type { SafetyKind } from '../types.js';
import {
  ABUSER,
  ADV,
  END,
  FAMILY,
  gap,
  I_MEAN_TO,
  I_THINK_OF,
  PILLS,
  SELF_END,
  SELF_ENDING,
  TARGET,
  VIOLENT,
  VIOLENT_ING,
} from './crisis-words.js';

export interface CrisisPattern {
  id: string;
  kind: SafetyKind;
  /** The harm is threatened to control the partner. */
  leverage?: true;
  /**
   * Words of which the reply must hold at least one for the pattern to be tried (a pattern cannot
   * match without one): most replies hold none, so most patterns are never run on them.
   */
  anchors: readonly string[];
  pattern: RegExp;
  fires: string[];
  doesNotFire?: string[];
}

const re = (source: string): RegExp => new RegExp(source);
const w = (words: string): readonly string[] => words.split(' ');

/** What a threat used as leverage promises: harm to oneself, said outright or veiled. */
const SELF_THREAT = `(?:${SELF_END}|${SELF_ENDING}|end it|do something stupid|do something to myself|do something i (?:will|would) regret|hurt myself|harm myself|cut myself|not be here|not be around|not be alive|not survive|not make it|take (?:all )?(?:my |the |those )?${PILLS}|have nothing (?:left )?to live for|be gone for good|disappear|never see me again|find me dead)`;
const OTHER_THREAT = `(?:${VIOLENT}|hurt|ruin|destroy) (?:you|him|her|them|the kids|your [a-z]+)`;
const WHAT_I_WILL = `(?:i ${ADV}(?:will |am going to |would |swear i will |swear to god i will |promise i will |am gonna |will just |will definitely )?)`;
/** "If you leave", "unless you stay", "the minute you tell anyone"... */
const IF_YOU = String.raw`(?:\bif|\bunless|\bthe (?:minute|moment|second|day)|\bonce|\bshould) you (?:ever )?${gap(12)}`;

export const CRISIS_PATTERNS: readonly CrisisPattern[] = [
  // ---------------------------------------------------------------- leverage (checked first, to name it)
  {
    id: 'if-you-then-i-harm-myself',
    anchors: w('if unless minute moment second day once should'),
    kind: 'self-harm',
    leverage: true,
    pattern: re(
      `${IF_YOU}(?:then )?(?:${WHAT_I_WILL}${gap(2)}${SELF_THREAT}|i ${ADV}(?:do not|will not|would not) know what i (?:will|would|might|am going to) do|i (?:have|will have) nothing (?:left )?to live for|you will (?:never see me again|find me dead|be sorry))`,
    ),
    fires: [
      'If you leave me I’ll kill myself.',
      'if u leave me ill kill myself i swear',
      'If you walk out that door, I don’t know what I’ll do.',
      'If you go I’ll do something stupid.',
      'Unless you stay, I’m going to end my life.',
      'If you break up with me I have nothing left to live for.',
      'If you take the kids, I won’t be here when you get back.',
      'the minute you tell anyone i swear to god i will take all my pills',
    ],
    doesNotFire: [
      'If you leave me, I’ll understand.',
      'If you leave, I’ll be heartbroken, but I won’t stop you.',
      'If you need me to leave, I will.',
      "If you want space I'll go to my mum's.",
    ],
  },
  {
    id: 'i-harm-myself-if-you',
    anchors: w('if unless minute moment'),
    kind: 'self-harm',
    leverage: true,
    pattern: re(
      String.raw`\bi ${ADV}(?:will|am going to|would|swear i will|am gonna) ${gap(2)}${SELF_THREAT} ${gap(3)}(?:if|unless|the minute|the moment) you\b`,
    ),
    fires: ['I will kill myself if you leave me.', 'im gonna end it all if u go'],
    doesNotFire: ['I will go to my sister’s if you want me out.'],
  },
  {
    id: 'leave-and-i-will',
    anchors: w('leave go walk tell'),
    kind: 'self-harm',
    leverage: true,
    pattern: re(
      String.raw`(?:\b(?:leave|go|walk out|tell (?:anyone|him|her|them))|\bdo not (?:you dare )?(?:leave|go|tell)) ${gap(4)}(?:and|or|or else) ${WHAT_I_WILL}${gap(2)}${SELF_THREAT}`,
    ),
    fires: [
      'Leave me and I’ll end it, I mean it.',
      'Don’t you dare leave or I’ll hurt myself.',
      'walk out and i swear i will kill myself',
    ],
    doesNotFire: ['Leave it with me and I will sort the bills.'],
  },
  {
    id: 'your-fault-when-i-am-gone',
    anchors: w('sorry regret bad happy fault blood'),
    kind: 'self-harm',
    leverage: true,
    pattern: re(
      String.raw`\byou (?:will|are going to|would) (?:be sorry|regret (?:it|this)|feel bad|be happy) when i am (?:dead|gone|not here)|\byour fault (?:when|if) i (?:die|am dead|am gone|kill myself|do something|hurt myself|end it)|\bblood (?:will be |is |would be )?on your hands\b`,
    ),
    fires: [
      'You’ll be sorry when I’m dead.',
      'If you leave, it’ll be your fault when I’m gone.',
      'My blood will be on your hands if you go.',
    ],
    doesNotFire: ['It is my fault, not yours, that I’m in this mess.'],
  },
  {
    id: 'if-you-then-i-hurt-you',
    anchors: w('if unless minute moment second day once should'),
    kind: 'harm-to-others',
    leverage: true,
    pattern: re(
      String.raw`${IF_YOU}(?:then )?${WHAT_I_WILL}${gap(3)}${OTHER_THREAT}|\bi ${ADV}(?:will|am going to|swear i will) ${OTHER_THREAT} ${gap(3)}(?:if|unless) you\b`,
    ),
    fires: [
      'If you tell anyone, I’ll hurt you.',
      'If you tell my wife, I will kill you.',
      'If you ever tell him about this, I’ll make you regret it, I’ll hurt you.',
      'i swear ill kill him if you see him again',
    ],
    doesNotFire: ['If you tell your parents, I’ll understand, they deserve to know.'],
  },

  // ---------------------------------------------------------------- wanting to die, suicide (active)
  {
    id: 'i-mean-to-end-my-life',
    anchors: w(
      'myself end life suicide die dead alive exist existing overdose od jump throw step walk wake anymore disappear slit',
    ),
    kind: 'self-harm',
    pattern: re(`${I_MEAN_TO}${gap(1)}${SELF_END}`),
    fires: [
      'I want to die.',
      'i just wanna die rn',
      'I want to kill myself.',
      'i want to kil myslef',
      'im gonna kms',
      'I’m going to hang myself.',
      'I want to be dead.',
      'I should just end it all.',
      'I could just jump off the roof and be done.',
      'Why don’t I just kill myself and save everyone the trouble?',
      'I could kill myself for being so stupid',
      'tbh i want to unalive myself',
      'I’ve been wanting to die for a while now.',
    ],
    doesNotFire: [
      'I want to die of embarrassment just thinking about it.',
      'I’d die for you, you know that.',
      'I’m dying to know what you think.',
      'I shot myself in the foot by lying.',
      'I nearly killed myself laughing at that.',
      'I want to be here with you.',
    ],
  },
  {
    id: 'thinking-of-ending-my-life',
    anchors: w(
      'myself life ending everything suicide overdosing jumping throwing stepping dying death dead alive existing here waking disappearing die how',
    ),
    kind: 'self-harm',
    pattern: re(`${I_THINK_OF}${SELF_ENDING}`),
    fires: [
      'I’ve been thinking about killing myself.',
      'Sometimes I think about ending my life',
      'i think abt dying all the time',
      'I’ve thought about suicide more than once this month.',
      'I keep thinking about how I’d do it.',
    ],
    doesNotFire: [
      'I keep thinking about how I hurt you.',
      'I think about ending things with her every day, and I did.',
    ],
  },
  {
    id: 'suicide-named',
    anchors: w('suicide suicidal myself life all'),
    kind: 'self-harm',
    pattern:
      /\bsuicid(?:e|al)\b|\bkill(?:ing|ed)? myself\b|\bend(?:ing)? my (?:own )?life\b|\btak(?:e|ing) my (?:own )?life\b|\bend(?:ing)? it all\b/,
    fires: [
      'I’ve been having suicidal thoughts.',
      'ive been feeling suicdal for weeks',
      'Suicide seems like the only way out.',
      'Honestly part of me is killing myself slowly with this.',
      'kms honestly',
    ],
    doesNotFire: [
      'It was career suicide to send that email.',
      'My brother’s suicide is why I never talk about that year.',
      'That podcast about suicide prevention was really good.',
      "I'm not suicidal, I'm just gutted.",
    ],
  },
  {
    id: 'better-off-dead',
    anchors: w('dead deserve die ready'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:better off|better|rather be|would rather be|should be|ought to be|deserve to be) dead\b|\b(?:do not|does not) deserve to (?:live|be alive|exist|breathe)\b|\bi (?:should|ought to|deserve to) (?:just )?(?:die|not be alive|not exist|not be here)\b|\bready to die\b(?! on)`,
    ),
    fires: [
      'I’d be better off dead.',
      'I’d rather be dead than live with what I did.',
      'I don’t deserve to live after this.',
      'I’m ready to die.',
      'I should just die.',
    ],
    doesNotFire: [
      'I don’t deserve you.',
      'I don’t deserve to be forgiven.',
      'I’m ready to die on this hill, it was my fault.',
    ],
  },
  {
    id: 'wish-i-was-dead',
    anchors: w('wish'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\bwish i (?:was|were|had been|would be|could be) (?:just )?(?:dead|gone for good|not alive|not here anymore|never born)\b|\bwish i (?:had |would )?never (?:been )?born\b|\bi wish i (?:was|were) dead\b`,
    ),
    fires: ['I wish I was dead', 'I wish I were dead.', 'I wish I’d never been born.'],
    doesNotFire: ['I wish I’d never met her.', 'I wish I was there for you.'],
  },
  {
    id: 'way-out',
    anchors: w('way death'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:only|easiest|best|one) way out (?:is |would be |left )?(?:to )?(?:die|death|dying|suicide|end it|ending it|for me to die)\b|\bdeath (?:is|seems like|feels like) (?:the )?(?:only|best|easiest) (?:way|option|answer)\b`,
    ),
    fires: ['Death feels like the only way out.', 'the only way out is to end it'],
  },

  // ---------------------------------------------------------------- not wanting to be here (passive)
  {
    id: 'not-want-to-be-here',
    anchors: w('here alive live exist wake around go carry keep continue world'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:do not|never|no longer|not) ${ADV}(?:want to|wish to|feel like i want to|think i want to|think i can|see the point in trying to|know if i want to|know if i can) ${gap(1)}(?:be here|be alive|live|exist|wake up|be around|go on|carry on|keep going|keep living|continue|continue living|be in this world)(?! (?:(?!living)[a-z]+ing|with|in|like|at|when|if|for|here|without|through|doing|tomorrow|early|this|that|to)\b)`,
    ),
    fires: [
      "Honestly I don't want to live anymore",
      'I don’t want to exist anymore.',
      'i dont want to be alive anymroe',
      'I don’t want to be here any more, not really.',
      'Honestly, love, I don’t think I want to carry on.',
      'dont think i can carry on tbh',
      'I don’t know if I want to be here anymore.',
      'honestly dont even know if i wanna be here anymore',
    ],
    doesNotFire: [
      'I feel like I don’t want to be here, in this conversation, but I know I have to be.',
      'I don’t want to live like this with secrets between us.',
      'I don’t want to go on with this argument.',
      'I don’t think I can go on lying to you.',
      'I don’t want to be in this house tonight.',
    ],
  },
  {
    id: 'here-anymore',
    anchors: w('anymore sure'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:be here|be alive|be around|exist|live|go on|carry on|keep going|keep living|be in this world) anymore\b(?! (?:with|in|like|at|when)\b)|\bnot sure (?:if |whether |that )?i (?:want to|wish to|can) (?:be here|be alive|live|go on|carry on|keep going|continue)`,
    ),
    fires: [
      'I can’t be here anymore, I can’t keep going',
      'I am not sure I wish to continue living.',
      "I'm not sure I can go on",
    ],
    doesNotFire: ['I can’t live with the lying anymore.'],
  },
  {
    id: 'better-off-without-me',
    anchors: w('better easier happier relief simpler'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:better off|better|easier|happier|a relief|simpler) ${gap(4)}(?:without me\b|if i ${ADV}(?:was |were |am |had |did |would |is )?(?:not |never )?(?:be |been )?(?:here|around|alive|living|born|gone|dead|existed|exist|died|disappeared)\b(?! (?:when|while|for|tonight|today|this|tomorrow|until|till)\b)|with me (?:gone|dead|out of the way)\b)`,
    ),
    fires: [
      'Everyone would be better off without me',
      'You and the kids would be better off without me.',
      'every1 wud be better off without me lol',
      'It would be easier for everyone if I wasn’t around.',
      'I keep thinking you’d all be better off if I just wasn’t here.',
      'The world would be better without me in it.',
      'I think is better for all if I am not living anymore.',
    ],
    doesNotFire: [
      'It’s better if I’m not here when the kids wake up, I’ll come back at lunch.',
      'Things were better without the lies.',
    ],
  },
  {
    id: 'burden-or-unmissed',
    anchors: w('burden miss notice care mind matter died'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:i am|i feel like|i feel) ${ADV}(?:a |such a |nothing but a |only a )?burden\b|\b(?:no one|nobody) (?:would|will) (?:even )?(?:miss me|notice|care|mind)${gap(2)}(?: if i (?:was|were|am|died|disappeared|went|killed)| i am gone| when i am gone)|\b(?:no one|nobody) (?:would|will) (?:even )?miss me\b|\b(?:matter|care|notice|miss me) (?:to anyone |to anybody )?if i (?:died|was dead|were dead|was gone|were gone|killed myself|disappeared)\b|\bif i died ${gap(3)}(?:would not|will not|no one|nobody) ${gap(2)}(?:matter|care|notice|miss)`,
    ),
    fires: [
      'I’m just a burden to everyone now.',
      'Nobody would even notice if I was gone.',
      'no one would miss me if i was gone',
      'If I died tomorrow it wouldn’t matter to anyone.',
      'Would anyone even care if I died?',
    ],
    doesNotFire: ['No one would notice if I left the party early.'],
  },
  {
    id: 'nothing-to-live-for',
    anchors: w('point reason live living worth'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:no|not any|not a|nothing|not much) (?:point|reason) (?:in |to |for )?(?:me )?(?:living|live|being alive|going on|carrying on|go on|carry on|keep going|staying alive|stay alive|be alive|being here|be here)\b|\bwhat is (?:even )?the point (?:of|in) (?:living|life|being alive|going on|carrying on|me being here|being here)\b|\bnothing (?:left )?(?:to|worth) live for\b|\bnothing (?:left )?(?:to |worth )?living for\b|\b(?:life|living) (?:is not|is no longer|does not seem|does not feel|is hardly|is not even) ${gap(1)}worth (?:living|it)\b|\bnot worth living\b|\b(?:do not|can not) see (?:any|the|a) (?:point|reason) (?:in |to |for )?${gap(2)}(?:living|live|being alive|going on|carrying on|keep going|staying alive|being here)\b`,
    ),
    fires: [
      'What’s the point of living when I’ve destroyed everything?',
      'whats even the point in living now',
      'I have nothing left to live for.',
      'Life isn’t worth living without you.',
      'I don’t see any reason to keep going on living.',
    ],
    doesNotFire: ['There’s no point in arguing about the dates.', 'Life is worth living with you in it.'],
  },
  {
    id: 'tired-of-living',
    anchors: w('tired sick exhausted done finished fed weary'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:tired|sick|exhausted|done|finished|fed up|weary) (?:of|with) (?:living|life|being alive|existing|being here|this life|it all for good)\b`,
    ),
    fires: ['I’m so tired of being alive.', 'I’m just done with life at this point.', 'sick of living tbh'],
    doesNotFire: ['I’m tired of lying to you.', 'I’m done with this conversation.'],
  },
  {
    id: 'want-it-all-to-stop',
    anchors: w('stop end over away finish'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:want|wish|need|pray|praying|hope|just want|make)(?:s|ed|ing)? (?:for )?(?:it all|everything|all of it|all this|the pain|life|my life|it) (?:to |would |will )?(?:just )?(?:all )?(?:stop|end|be over|go away|finish)\b(?! (?:hurting|being|between|for you|for us|for her|for him))(?:(?! (?:for you|for us))|$)|\b(?:make|let) (?:it all|everything|the pain|all of it) (?:just )?(?:stop|end)\b(?! hurting)`,
    ),
    fires: [
      'I just want everything to stop.',
      'i just want it all to stop tbh',
      'I just want the pain to end, forever.',
      'I want it all to be over.',
      'I wish it would all end.',
    ],
    doesNotFire: ['I want it all to stop hurting you.', 'I just want this fight to stop.', 'I want the lying to stop.'],
  },
  {
    id: 'sleep-and-not-wake',
    anchors: w('wake forever'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:hope|hoping|wish|wishing|pray|praying|want|wanting)(?:ed)? (?:that )?(?:i )?(?:just )?(?:would |will |do |did |could )?(?:just )?(?:not|never) (?:ever )?wake up\b|\b(?:sleep|asleep|to bed|go to sleep) (?:and|forever and) (?:never|not) (?:ever )?wake up\b|\b(?:sleep|go to sleep|fall asleep|be asleep) forever\b`,
    ),
    fires: [
      'Some nights I hope I just don’t wake up.',
      'keep hoping i wont wake up in the morning',
      'I’d quite like to go to sleep and not wake up, if I’m honest.',
      'I wish I could go to sleep forever.',
    ],
    doesNotFire: ['I didn’t wake up until ten.', 'I hope the kids don’t wake up when we argue.'],
  },
  {
    id: 'disappear-for-good',
    anchors: w('disappear exist existing alive gone forever good wish'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:want|wanted|wish|wishing|would like|could just|need|needed|want to) (?:i could |to )?(?:just )?(?:disappear (?:forever|for good|permanently|and never come back|off the face of the earth)|not exist|stop existing|cease to exist|not be alive|be gone forever|be gone for good)\b|\bwish i (?:was|were) not (?:here|alive|around)\b(?! (?:for|when|at|during|with|tonight|today|this)\b)|\bwish i (?:was|were) (?:gone|not here)${END}`,
    ),
    fires: [
      'I want to disappear forever and never come back.',
      'i just want to not exist for a while. like permanently',
      'wish i wasnt here tbh',
    ],
    doesNotFire: ['I’ll disappear for a few days to give you space.', 'I wish I wasn’t here for the party, honestly.'],
  },
  {
    id: 'hit-by-something',
    anchors: w('hope hoping wish wishing pray praying'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i (?:get|got|would get|will get) (?:hit|run over|killed)|(?:a|the|some) (?:car|bus|lorry|truck|train) (?:would |will )?(?:just )?(?:hits?|runs? (?:me )?over|kills?) me|(?:my|the) plane (?:would |will )?crash(?:es)?)`,
    ),
    fires: ['Sometimes I wish a car would just hit me.', 'i hope i get hit by a bus tbh'],
  },
  {
    id: 'cannot-go-on',
    anchors: w('can'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\bcan not (?:go on|carry on|keep going|keep living|do life) (?:living|being alive)\b|\bcan not (?:go on|carry on|keep going|do life)(?: anymore)?${END}|\bcan not (?:live|go on) like this anymore\b`,
    ),
    fires: ['I can’t go on living like this.', 'I can’t go on.', 'i cant do life anymore'],
    doesNotFire: ['I can’t go on like this with us.', 'I can’t go on lying to you, so here it is.'],
  },

  // ---------------------------------------------------------------- plans
  {
    id: 'a-plan',
    anchors: w('planned worked sorted plan how where when night picked chosen set'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:got|have|made|make|making) (?:it all|everything|it) (?:planned|worked out|sorted)(?: out)?\b|\bhave a plan (?:to (?:end|die|kill)|and i am going to do it|for how)|\b(?:know|decided|worked out|figured out|planned|picked|chosen) (?:exactly )?(?:how|where|when) (?:i am going to|i will|i would|to|i want to|i can|i am gonna) (?:do it|end it|die|kill myself|end my life|end things|go)\b|\btonight is the night\b|\bi have (?:picked|chosen|set) (?:a|the) (?:day|date|time|place)${END}`,
    ),
    fires: [
      "I've got it all planned out. Tonight's the night.",
      'I know exactly how I’m going to do it.',
      "I've picked the day. It's Sunday.",
      "I've decided how I'm going to end it.",
      'i have a plan and im gonna do it tonight',
    ],
    doesNotFire: ['I have a plan to pay back the money by March.', 'We’ve picked a date for the christening.'],
  },
  {
    id: 'not-here-by-then',
    anchors: w('here around alive over tonight'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:will not|am not going to|not going to|would not) be (?:here|around|alive) ${gap(1)}(?:much longer|for much longer|for long|anymore|to see|by (?:tomorrow|tonight|the morning|the weekend|then|next week|christmas|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\bby (?:tomorrow|tonight|the morning|the weekend|next week|christmas|monday|friday|sunday) i (?:will not|wont|am not going to) be (?:here|around|alive)\b|\bit (?:will|is going to) (?:all )?be over (?:soon|tonight|tomorrow|by)\b|\bafter tonight you (?:will not|never) (?:have to|need to)`,
    ),
    fires: [
      'ive made my mind up, by tmrw i wont be here',
      "I won't be here by the weekend. I've decided.",
      'It will all be over soon, I promise.',
      'I won’t be around much longer.',
      'I won’t be around to see the kids grow up.',
    ],
    doesNotFire: [
      'I won’t be here when you get back, I’ve got the early shift.',
      'I won’t be around this weekend, it’s the conference.',
    ],
  },
  {
    id: 'a-note',
    anchors: w('note notes letter letters message'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:suicide|goodbye|farewell|final|last) (?:note|notes|letter|letters|message)\b|\b(?:written|wrote|write|writing|left|leave|leaving) (?:a |my |some |the )?(?:notes|letters) (?:to|for) (?:you|the kids|the children|everyone|each of you|all of you|my ${FAMILY})\b|\b(?:written|wrote|left) (?:you |everyone )?a note${END}`,
    ),
    fires: [
      'I’ve written letters to the kids. They’re in the drawer.',
      "I've written a note.",
      "I've written my suicide note.",
      'This is my last message.',
    ],
    doesNotFire: ['I left a note on the fridge saying I’d be late.', 'I wrote a letter to the bank about the debt.'],
  },
  {
    id: 'looked-up-how',
    anchors: w('researched researching research looked looking look googled googling searched searching read reading'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:researched|researching|research|looked up|looking up|look up|googled|googling|searched|searching|read up on|reading up on|looked into|looking into) ${gap(3)}(?:how (?:many|much) (?:${PILLS}|it would take|would kill)|ways to (?:die|kill myself|end it|end my life)|how to (?:die|kill myself|end it|end my life|hang|overdose|tie a noose)|painless ways?|lethal dose|(?:the )?(?:tallest|highest) (?:bridges?|buildings?|cliffs?)|suicide|overdose)`,
    ),
    fires: [
      'I’ve looked up how many pills it would take.',
      'I’ve been researching ways to kill myself.',
      'I’ve been looking up the tallest bridges near here.',
    ],
    doesNotFire: ['I looked up how many days we have left on the mortgage.'],
  },
  {
    id: 'affairs-in-order',
    anchors: w('gone dead longer'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:sorted|sorting|put|putting|got|getting) (?:out )?(?:the |my |all my )?(?:life insurance|will|affairs|finances|things) (?:in order |sorted )?(?:so|for when) (?:you|the kids|everyone)? ?(?:will be|are|can)? ?(?:fine|ok|okay|looked after|sorted)? ?(?:when|after) i am (?:gone|dead)\b|\b(?:when|after|once) i am (?:dead|no longer (?:here|around|alive))\b|\b(?:when|after|once) i am gone\b(?! (?:to|for|on|at|out|away|back|tomorrow|this|next|a|two|three|for)\b)`,
    ),
    fires: [
      'I’ve sorted the life insurance so you’ll be fine when I’m gone.',
      'Please take care of the dog for me when I’m gone.',
      'After I’m dead you can tell them whatever you want.',
    ],
    doesNotFire: ['When I’m gone for the weekend you can have the house to yourself.'],
  },

  // ---------------------------------------------------------------- means
  {
    id: 'pills-saved-or-taken',
    anchors: w(
      'pills tablets meds medication medicine painkillers paracetamol antidepressants insulin codeine tramadol oxy oxys stash supply pile stockpile hoard enough bottle box boxes packet packets pack strip stop',
    ),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|collecting|collected|stashing|stashed|building up|built up) (?:up )?(?:all )?(?:my |the |some |these |those |of )?(?:${PILLS})\b|\b(?:stash|supply|pile|stockpile|hoard) of (?:${PILLS})\b|\b(?:${PILLS}) ${gap(1)}(?:saved|stockpiled|hoarded|stashed|collected|put away|hidden away)\b|\benough (?:${PILLS}) ${gap(4)}(?:to (?:do it|end it|kill|die|not wake|finish)|for (?:the job|it|me|an overdose))|\b(?:took|take|taken|taking|swallowed|swallow|swallowing|necked|downed|had) (?:all|a bunch|a load|loads|lots|a handful|handfuls|the whole|a whole|the rest|every one|all of|every single one|twenty|thirty|forty|fifty|a hundred) (?:of )?(?:my |the |them|those |these )?(?:${PILLS}|bottle|box|packet|pack|packets|strip|boxes)\b|\b(?:${PILLS}) (?:are )?(?:right )?(?:here|in front of me|next to me|in my hand|lined up)\b|\b(?:bought|got|buying|getting) (?:${PILLS}) from (?:different|two|three|four|several|a few|lots of) (?:shops|pharmacies|chemists|places)|\bso they would not stop me\b`,
    ),
    fires: [
      'I’ve been saving up my pills in the drawer.',
      'I’ve been stockpiling my sleeping tablets.',
      'got a whole stash of pills saved up',
      'got a load of tablets saved up in my sock drawer',
      'There are enough pills in the cupboard to do it.',
      'I’ve got the pills right here in front of me.',
      'I took all the pills in the box an hour ago.',
      'just took a bunch of pills',
      'I swallowed the whole bottle.',
      'I bought paracetamol from three different shops so they wouldn’t stop me.',
    ],
    doesNotFire: [
      'I take pills for my blood pressure every morning.',
      'I counted the pills in the box to make sure the pharmacy got it right.',
      'I took two paracetamol for my headache.',
      'The pills you found are my antibiotics.',
      'I’ve been saving up for a car for the kids.',
    ],
  },
  {
    id: 'car-as-a-means',
    anchors: w(
      'drive drove driving driven crash crashed crashing steer steered steering swerve swerved swerving wrap wrapped wrapping aim aimed aiming wreck wrecked engine',
    ),
    kind: 'self-harm',
    pattern: re(
      String.raw`(?:^ |\. |\bi )${gap(6)}(?:drive|drove|driving|driven|crash|crashed|crashing|steer|steered|steering|swerve|swerved|swerving|wrap|wrapped|wrapping|aim|aimed|aiming) (?:the |my )?(?:car |van )?(?:straight )?(?:off|into|in to|at|around|round) (?:a |the |an |some |oncoming )?(?:river|wall|tree|lake|sea|cliff|edge|bridge|lorry|truck|traffic|motorway|barrier|canal|quarry|pillar|reservoir|train)\b|\b(?:crash|crashed|crashing|drive|drove|driving|wreck|wrecked) (?:the |my )?car ${gap(3)}(?:on purpose|deliberately)\b|\b(?:garage|hose|pipe|exhaust) ${gap(6)}engine running\b|\bengine running ${gap(6)}(?:garage|hose|exhaust|doors? (?:shut|closed))\b`,
    ),
    fires: [
      'I keep thinking about driving the car into the river.',
      'On the way home I nearly drove into a wall on purpose.',
      'might just drive my car off a cliff',
      'I thought about crashing the car on purpose.',
      'I sat in the garage with the engine running.',
    ],
    doesNotFire: [
      'I drove over the bridge to get to your sister’s.',
      'I left the engine running while I ran into the shop.',
      'I drove into a ditch in the snow last winter.',
      'I read about a man who drove his car into the river.',
      'The car’s in the garage, the battery’s flat.',
    ],
  },
  {
    id: 'heights-water-trains',
    anchors: w(
      'jump jumping step stepping stepped walk walking walked lie lying lay throw throwing threw bridge cliff cliffs roof ledge railing edge railway train tracks top',
    ),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:jump|jumping|step|stepping|stepped|walk|walking|walked|lie down|lying down|lay down|throw myself|throwing myself|threw myself) (?:off|from|in front of|onto|on to|under|into) (?:a |the |an |that )?(?:bridge|roof|building|cliff|cliffs|balcony|ledge|tower|car park|multi storey|motorway|train|trains|bus|lorry|truck|tracks|railway|sea|traffic|top floor)\b|\b(?:stood|standing|stand|sat|sitting|been|was) (?:on|at|by|near) (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|cliff|cliffs|roof|ledge|railing) ${gap(8)}(?:looking down|staring down|down at|thinking about|for (?:an|a long|hours|ages|ages)|the edge|jump|ready|the water|how easy|how high|how far)\b|\b(?:at|on) the (?:very )?edge of (?:the |a )?(?:cliff|cliffs|bridge|roof|ledge|platform|building|car park)\b|\b(?:cliff|cliffs|bridge|roof|ledge) ${gap(6)}(?:right |very )?(?:at|on|near) the (?:very )?edge\b|\b(?:stood|standing|sat|sitting|lying|lay|been) (?:on|by|at|near|beside) (?:the )?(?:railway|train) (?:line|lines|tracks|track)\b|\bi am (?:on|at|up on|standing on|sitting on) (?:the )?(?:roof|top|edge|ledge|bridge|tracks|cliffs?) ${gap(5)}(?:right now|now)\b`,
    ),
    fires: [
      'I keep thinking about stepping in front of a train.',
      'I stood on the bridge for an hour looking down at the water.',
      "I'm going to jump off the bridge.",
      'I’m on the roof of the car park right now.',
      'I’ve been stood by the railway line tonight.',
      'I went down to the cliffs and stood right at the edge.',
    ],
    doesNotFire: [
      'I stood on the bridge watching the fireworks with the kids.',
      'I jumped off the wall as a kid and broke my arm.',
      'We watched that film where he jumps off the bridge.',
      'I threw myself into work so I didn’t have to think.',
      'I threw you under the bus in front of your parents.',
    ],
  },
  {
    id: 'rope',
    anchors: w('rope noose'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:tie|tied|tying) (?:a |the )?(?:rope|noose)\b|\bnoose\b|\b(?:bought|buy|got|have|found|getting|get) (?:a |some |the )?rope(?: today| tonight| yesterday| this morning)?${END}|\brope ${gap(5)}(?:ready|strong enough|beam|loft|banister|neck|hang|hanging)\b|\b(?:beam|loft|banister) ${gap(5)}(?:a |the )?rope\b`,
    ),
    fires: ['I bought a rope today.', 'The rope is in the shed, ready.', 'I’ve tied a noose.'],
    doesNotFire: [
      'I bought a new climbing rope with the money, I’ll show you.',
      'I skipped with a rope at the gym.',
      'I’m at the end of my rope with work.',
    ],
  },
  {
    id: 'gun',
    anchors: w('gun pistol rifle shotgun firearm bullet brains'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:gun|pistol|rifle|shotgun|firearm) ${gap(6)}(?:in the drawer|loaded|in my (?:hand|mouth|lap)|to my head|against my head|under my chin|in the car|in my car|in the house|ready|bullets?)\b|\b(?:loaded|load|loading|holding|hold|keep looking at|looking at|staring at) (?:my |a |the |his |dads |my dads )?(?:gun|pistol|rifle|shotgun)\b|\bbullet (?:in|through) my (?:head|brain)\b|\bblow my brains out\b|\bgun to my head\b`,
    ),
    fires: [
      'I’ve got my dad’s gun in the car.',
      'I keep looking at the gun in the drawer.',
      'I could put a gun to my head and end it.',
    ],
    doesNotFire: ['My dad used to take me shooting, it’s a gun club thing.'],
  },
  {
    id: 'blade',
    anchors: w('razor razors blade blades knife scissors glass'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:razor|razors|blade|blades|knife|scissors|glass) ${gap(5)}(?:to|on|against|across|into) my (?:wrists?|arms?|throat|neck|skin|legs?|thighs?|stomach)\b|\b(?:holding|held|hold|got|have|bought|hid|hidden|hiding) (?:a |the |some )?(?:razor blade|razor blades|blade|blades)\b(?! (?:for|of grass))`,
    ),
    fires: ['I’ve got a razor blade and I’m sitting in the bathroom.', 'I’m holding a knife to my wrist.'],
    doesNotFire: ['The bread knife is in the dishwasher.', 'I cut myself shaving this morning.'],
  },

  // ---------------------------------------------------------------- goodbye
  {
    id: 'goodbye',
    anchors: w('goodbye farewell last final time go'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\bthis is (?:my |our |the )?(?:goodbye|farewell)\b|\bgoodbye (?:forever|for good|for ever|everyone|world|cruel world)\b|\b(?:last|final) (?:time|thing|words?|text|message) (?:you will|you are going to|anyone will|you) ?(?:ever )?(?:hear|get|read|see) (?:from|of) me\b|\bby the time you (?:read|see|get|find|hear) this\b|\bremember (?:me|the good times) (?:[a-z0-9.]+ ){0,12}goodbye\b|\bsay goodbye to ${gap(3)}for me\b|\b(?:before|when) i go (?:for good|forever)\b`,
    ),
    fires: [
      'This is goodbye.',
      'i love u all. goodbye forever',
      'This is the last time you’ll hear from me.',
      'By the time you read this I’ll be gone.',
      'Remember the good times, not how it ended. Goodbye.',
      'Say goodbye to Mum for me.',
      'I just wanted to say thank you for everything, before I go for good.',
    ],
    doesNotFire: [
      'Goodbye. I’m going to my sister’s tonight.',
      'This is the last time I’m going to apologise.',
      'I need to say goodbye to her properly and then it’s over.',
    ],
  },
  {
    id: 'look-after-them-for-me',
    anchors: w('look take watch care tell'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:look after|take care of|watch over|care for) ${gap(3)}for me(?: (?:always|please|when i am gone|after i am gone|forever))?${END}|\btell ${gap(3)}(?:that )?i (?:love|loved) (?:them|her|him|you)(?: and (?:that )?i am (?:so )?sorry| goodbye| always)?${END}|\btell ${gap(3)}i am sorry${END}`,
    ),
    fires: [
      'Look after the kids for me.',
      'Tell the kids I love them and I’m sorry.',
      'Please take care of the dog for me.',
    ],
    doesNotFire: ['Can you look after the kids for me on Saturday?'],
  },
  {
    id: 'giving-things-away',
    anchors: w('need needing have away sorry blame'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:will not|am not going to|do not) (?:be )?need(?:ing)? (?:them|it|any of (?:it|them|this)|my [a-z]+|these|those) (?:anymore|any longer|where i am going)\b|\b(?:will not|am not going to) be needing (?:them|it|any of (?:it|them|this)|my [a-z]+)${END}|\bwant you to have (?:all )?(?:my things|my stuff|my belongings|everything i (?:own|have))\b|\b(?:giving|gave|given) away (?:all )?(?:of )?my (?:things|stuff|belongings|clothes|records|books)\b|\bsorry for what i am (?:about|going) to do\b|\bdo not blame yourself (?:for )?(?:what happens (?:next|now|tonight)|what i am about to do|what i do next|whatever happens (?:next|tonight)|when i am gone)`,
    ),
    fires: [
      "I've given my guitar to Sam and my watch to my brother. I won't be needing them.",
      'I want you to have my things, all of them.',
      'Don’t blame yourself for what happens next.',
      'I’m sorry for what I’m about to do.',
    ],
    doesNotFire: ['Don’t blame yourself for what I did, it was all me.', 'I’m sorry for what I’m about to say.'],
  },
  {
    id: 'you-will-not-have-to-deal-with-me',
    anchors: w('deal worry put'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\byou (?:will not|will never|never) (?:have to )?(?:deal with|worry about|put up with) me (?:after (?:tonight|today|this)|ever again|again after|anymore)\b`,
    ),
    fires: ['You won’t have to deal with me after tonight.'],
  },

  // ---------------------------------------------------------------- self-harm
  {
    id: 'hurting-myself',
    anchors: w('myself'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:cut|cutting|cuts|burn|burning|burnt|burned|hurt|hurting|hurts|harm|harming|harmed|hit|hitting|punch|punching|punched|scratch|scratching|scratched|starve|starving|starved|bite|biting|stab|stabbing|stabbed|choke|choking|strangle|strangling) myself\b(?! (?:off|some|a slice|a piece|a break|short|on(?! purpose)|while|when|at|playing|lifting|running|falling|shaving|cooking|making|chopping|opening|peeling|slicing|doing|in the|with the (?:iron|oven|kettle|pan)|by accident|accidentally|of)\b)`,
    ),
    fires: [
      'I have been cutting myself again',
      'I hurt myself on purpose so I could feel something.',
      'I want to hurt myself.',
      'I’ve been burning myself with a lighter.',
      'I keep hitting myself until it bruises.',
      'I’ve been starving myself as punishment.',
      'ive been cuting myslef again',
    ],
    doesNotFire: [
      'I cut myself chopping onions.',
      'I hurt myself at the gym, that’s why I was limping.',
      'I burnt myself on the oven tray.',
      'I cut myself some slack today.',
      'I cut myself off from my friends.',
    ],
  },
  {
    id: 'self-harm-named',
    anchors: w('self harm cutting'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\bself harm(?:ed|ing|s)?\b|\b(?:started|start|starting|began|back to|relapsed|relapse|relapsing|been|keep|kept|stop|stopped) (?:on )?cutting\b(?! (?:back|down|corners|costs|the|it|out|off|ties|my hair|hair|the grass|class|school|work|wood))|\bcutting (?:again|my (?:arms?|wrists?|legs?|thighs?|skin))\b`,
    ),
    fires: ['i relapsed on sh', 'I self-harm when it gets bad.', 'started cutting again last week'],
    doesNotFire: ['I’ve been cutting back on drinking.', 'I started cutting the grass for your dad.'],
  },
  {
    id: 'wounds',
    anchors: w('cuts scars burns marks cut slit until till til bleed pain'),
    kind: 'self-harm',
    pattern: re(
      String.raw`\b(?:fresh |new |the |my |more )?(?:cuts|scars|burns|marks) (?:on|all over|up and down|along|across) my (?:arms?|wrists?|legs?|thighs?|stomach|skin|body)\b|\bcut my (?:arms?|wrists?|legs?|thighs?|skin|stomach)\b(?! (?:on|while|by accident|accidentally|open on))|\bslit my (?:wrists?|throat)\b|\b(?:until|till|til) (?:they|it|i|my [a-z]+) (?:bled|bleed|bleeds|bruised|bruise|broke|cracked)\b|\b(?:deserve|need|want) to (?:bleed|feel (?:physical )?pain|be in (?:physical )?pain)\b`,
    ),
    fires: [
      'I cut my arms last night.',
      'There are fresh cuts on my wrists.',
      'I scratched my arms until they bled.',
      'I deserve to bleed for what I did.',
      'I punched the wall until my knuckles broke, and I’d do it again.',
    ],
    doesNotFire: ['I cut my arm on the fence at work.'],
  },

  // ---------------------------------------------------------------- harm to others
  {
    id: 'i-mean-to-hurt-someone',
    anchors: w(
      'kill murder stab shoot strangle choke throttle beat batter punch hit attack poison knife smash slap kick glass maim bury hurt physically',
    ),
    kind: 'harm-to-others',
    pattern: re(
      String.raw`(?:${I_MEAN_TO}|\bi am (?:scared|afraid|worried|terrified) i (?:will|am going to|might|could) |\bi (?:almost|nearly) )${gap(1)}(?:go (?:round|over) (?:there )?and )?(?:${VIOLENT}|physically hurt|hurt) ${TARGET}(?! again\b)|${I_MEAN_TO}${gap(1)}hurt you(?! again)\b(?: (?:so|until|like|physically|the way))`,
    ),
    fires: [
      "I'm going to kill him when I see him",
      'I want to hurt her the way she hurt me',
      'I could strangle that guy',
      'I’m going to hurt him the way he hurt us.',
      'I swear I’ll stab him if I see him.',
      'I want to kill her for what she did to us.',
      'I’m scared I’m going to hurt the kids when I’m like this.',
      'Sometimes I want to hurt you so you know how this feels.',
    ],
    doesNotFire: [
      "I don't want to hurt you again",
      'I never meant to hurt her.',
      'I’m scared I’ll hurt you again if I keep lying.',
      'I could kill for a coffee right now.',
    ],
  },
  {
    id: 'thinking-of-hurting-someone',
    anchors: w(
      'killing murdering stabbing shooting strangling choking throttling beating battering punching hitting attacking poisoning knifing smashing slapping kicking hurting running run',
    ),
    kind: 'harm-to-others',
    pattern: re(String.raw`${I_THINK_OF}(?:${VIOLENT_ING}|running) ${TARGET}|\b(?:running|run) ${TARGET} over\b`),
    fires: [
      'I’ve thought about running him over.',
      'I’ve thought about poisoning her drink.',
      'i keep thinking about stabbing him',
    ],
    doesNotFire: ['I keep thinking about hurting you with what I did.'],
  },
  {
    id: 'violence-named',
    anchors: w('smash kick bash cave punch knock beat break dead burn knife gun bat hammer weapon crowbar machete'),
    kind: 'harm-to-others',
    pattern: re(
      String.raw`\b(?:smash|kick|bash|cave|punch|knock) (?:his|her|their|your) (?:face|head|teeth|skull)\b|\bbeat (?:the (?:shit|crap|hell|life) )?out of (?:him|her|them|you)\b|\bbreak (?:his|her|their|your) (?:neck|legs?|arms?|jaw|face)\b|\b(?:he|she|you|that [a-z]+) (?:is|are) (?:a )?dead (?:man|woman|meat)\b|\bwant (?:him|her|them|that [a-z]+) dead\b|\bwish (?:he|she|they) (?:was|were) dead\b|\bburn (?:down )?(?:his|her|their|your) (?:house|flat|home|place|car)\b|\b(?:going|go|went|coming|come|turn up|show up) (?:round|over|around|up) ${gap(4)}with (?:a |my |the )?(?:knife|gun|bat|hammer|weapon|crowbar|machete)\b|\b(?:get|got|buy|bought|grab|grabbed|fetch) (?:a|my|the|dads|his) (?:gun|knife|weapon|bat|machete) (?:and|to)\b`,
    ),
    fires: [
      'gonna go round there and smash his face in',
      'ima beat the shit out of him when i see him',
      'If I see that man again I’ll break his neck.',
      'He’s a dead man.',
      'I want him dead.',
      "I'm going to burn his house down.",
      'I know where he lives and I’m going round there with a knife.',
      'I’m going to get a gun and deal with him.',
    ],
    doesNotFire: ['I broke your heart and I’m sorry.', 'I know I hit you where it hurts most.'],
  },

  // ---------------------------------------------------------------- being harmed
  {
    id: 'someone-hits-me',
    anchors: w(
      'hit hits hitting beat beats beating beaten slap slaps slapped slapping punch punches punched punching kick kicks kicked kicking choke chokes choked choking strangle strangles strangled strangling throttle throttled rape rapes raped raping abuse abuses abused abusing bit bites biting burned burnt burns dragged drags spat spits smacked smacks headbutted shoved shoves shoving pushed pushes pushing grabbed grabs grabbing hurts hurt hurting physically',
    ),
    kind: 'being-harmed',
    pattern: re(
      String.raw`\b${ABUSER}(?: (?:always|sometimes|still|often|just|has|have|had|keeps|kept|started|starts|used to|would|has been|have been|then|also|even))* (?:hit|hits|hitting|beat|beats|beating|beaten|slap|slaps|slapped|slapping|punch|punches|punched|punching|kick|kicks|kicked|kicking|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|throttle|throttled|rape|rapes|raped|raping|abuse|abuses|abused|abusing|bit|bites|biting|burned|burnt|burns|dragged|drags|spat on|spits on|smacked|smacks|headbutted|shoved|shoves|shoving|pushed|pushes|pushing|grabbed|grabs|grabbing) (?:me|us)\b(?! (?:away|to (?:be|do|the|my)|into (?:doing|it|this|that|being|taking)|around|aside|forward|harder|further|up|off|to it|with (?:the news|a|it)))|\b${ABUSER} (?:hurts|hurt|has hurt|has been hurting|is hurting) (?:me|us) (?:physically|badly|again)\b|\bhurts me physically\b`,
    ),
    fires: [
      'He hits me when he drinks',
      'My husband beat me last night',
      'She slapped me across the face last night.',
      'He pushed me down the stairs.',
      'She grabbed me by the throat.',
      'He chokes me when we argue.',
      'hes been hitting me again',
    ],
    doesNotFire: [
      'It hit me last night how much I lied',
      'You beat me to it',
      'She pushed me away after the funeral.',
      'My dad pushed me to be a lawyer.',
    ],
  },
  {
    id: 'threatened',
    anchors: w(
      'threatens threatened threatening threaten says said told saying swore swears promised scared afraid terrified frightened',
    ),
    kind: 'being-harmed',
    pattern: re(
      String.raw`\b(?:threatens|threatened|threatening|threaten|says|said|told me|keeps saying|swore|swears|promised) ${gap(1)}(?:that )?(?:he|she|they)? ?(?:would|will|is going to|was going to|to)? ?(?:kill|hurt|hit|beat|stab|shoot|strangle|burn) (?:me|us|the kids|my [a-z]+)\b|\b(?:scared|afraid|terrified|frightened) (?:of )?(?:what )?${ABUSER} (?:will|is going to|might|would|could|is gonna) (?:do to me|do to us|do to the kids|hurt me|hurt us|hit me|beat me|hurt the kids|(?:actually|really|one day|genuinely) kill me)\b`,
    ),
    fires: [
      'My husband threatens to kill me if I leave.',
      'He said he’ll kill me if I tell anyone.',
      "I'm scared she'll hurt me if I tell her",
      'I’m scared he’s going to hurt me.',
    ],
    doesNotFire: ['Your mum is going to kill me when she finds out.', 'She’ll kill me if I’m late again.'],
  },
  {
    id: 'not-safe',
    anchors: w(
      'safe scared afraid terrified frightened fear let lock locks locked forced forces forcing made makes pressured pressures raped sexually bruises bruise black marks gave abused beaten hit hurt throws threw throwing',
    ),
    kind: 'being-harmed',
    pattern: re(
      String.raw`\b(?:i am|i feel|feel) (?:not|never) safe (?:at home|in (?:my|the|this|our) (?:house|home|flat)|with (?:him|her|my [a-z]+))\b|\bnot safe at home\b|\b(?:scared|afraid|terrified|frightened) (?:for my life|to go home|of going home|to be at home|to be alone with (?:him|her))\b|\bfear for my life\b|\b(?:will not|wont|does not|never) let me (?:leave|go out|out of (?:the|his|her) sight|see (?:my )?(?:friends|family|mum|mom|parents)|have (?:any )?money|have my own money|use (?:the|my) phone)\b|\block(?:s|ed)? (?:me|us) (?:in|up)\b|\b(?:forced|forces|forcing|made|makes|pressured|pressures) me (?:to )?(?:have sex|sleep with|do sexual)|\b(?:raped|sexually (?:assaulted|abused)) me\b|\b(?:bruises|bruise|black eye|marks) ${gap(4)}(?:from|he gave|she gave) (?:him|her|he|she)\b|\b(?:he|she) gave me (?:a |the |these |this )?(?:black eye|bruises|bruise|split lip)\b|\bbeing (?:abused|beaten|hit|hurt) (?:by|at home)\b|\b(?:throws|threw|throwing) (?:things|stuff|plates|[a-z]+) at me\b`,
    ),
    fires: [
      "I'm not safe at home",
      'I’m scared to go home.',
      'He won’t let me leave the house.',
      'He took my phone and my keys and locked me in.',
      'He forced me to have sex with him.',
      'The bruises on my arms are from him.',
      'She throws things at me when she’s angry.',
      'I’m afraid for my life.',
      'He controls all the money and won’t let me see my friends.',
    ],
    doesNotFire: ['She locked me out of the house after she found out.', 'I feel safe with you.'],
  },
];
