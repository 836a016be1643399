// Words that look like a crisis and are not, blanked out before the crisis patterns run: idioms
// ("I nearly killed myself laughing"), other people's stories ("my brother's suicide"), and the
// speaker ruling it out ("I would never hurt myself"). A blanked span becomes " _ ", which no
// pattern can match or reach across, so the rest of the reply is still read: "I'm not suicidal but
// I don't want to be here anymore" is still a crisis. Each figure carries examples it must blank.
import { ADV, FAMILY, gap } from './crisis-words.js';

export interface FigureOfSpeech {
  id: string;
  pattern: RegExp;
  /** Replies the figure must blank, so that the whole reply is no crisis. */
  examples: string[];
}

const OTHERS = `(?:he|she|they|his|her|their|(?:my|a|his|her|our|their) (?:${FAMILY}|friend|mate|colleague|neighbour|cousin)s?|(?:${FAMILY}|friend|mate|cousin)s|someone|somebody|a man|a woman|a friend)`;

/** The speaker ruling harm out: "not", "never", "would not"... but not "why don't I just". */
const NEVER = String.raw`(?<!why (?:do )?(?:i )?|sure (?:that )?i |promise (?:that )?i |know if i |know whether i |say (?:that )?i |trust myself |trust myself to |guarantee (?:that )?i )(?:\bnot|\bnever|\bno way i would|\bwould not|\bwill not|\bam not|\bdo not|\bdid not|\bhave not|\bhad not|\bhave never)(?: saying (?:that )?i| telling you i| going to say i)?`;

const HARM_RULED_OUT = `(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) (?:myself|him|her|you|them|anyone)|end(?:ing)? my life|end(?:ing)? it all|take my (?:own )?life|do (?:anything|something) (?:stupid|silly|daft|to myself)|die|suicidal|lay a (?:hand|finger) on (?:you|her|him|anyone)|be (?:violent|dangerous)`;

export const FIGURES_OF_SPEECH: readonly FigureOfSpeech[] = [
  {
    id: 'harm-ruled-out',
    pattern: new RegExp(
      String.raw`${NEVER} ${ADV}(?:going to |gonna |planning to |planning on |thinking (?:about|of) |thought (?:about|of) |considered |wanted to |want to |wanting to |meant to |tried to |about to |ever |once |even |really |seriously )*(?:${HARM_RULED_OUT})\b`,
      'g',
    ),
    examples: [
      'I would never hurt myself, don’t worry about that.',
      'I’m not going to do anything stupid, I promise. I just need some air.',
      "I'm not suicidal, I'm just gutted.",
      'I don’t want to die, I want to fix this.',
      'I’m not going to kill him, I just want him to stay away.',
      'I’ve never thought about hurting myself, if that’s what you’re asking.',
      'I’m not going to hurt you. I’d never lay a hand on you.',
    ],
  },
  {
    id: 'laughing-and-longing',
    pattern:
      /\b(?:kill(?:ed|ing)?|die[ds]?|dying) (?:myself )?(?:laughing|of laughter|with laughter|of (?:embarrassment|shame|boredom|cringe|happiness|curiosity)|to (?:know|see|hear|tell|try|get|meet|go)|for (?:a|some|one|another) (?!while|bit|moment|time|reason|long|few|second|minute|day|week|year)[a-z]+|on (?:this|that) hill)\b|\bto die for(?= \.| ?$)|\bkill for (?:a|some|one|another)\b|\b(?:bored|embarrassed|tired|happy|hungry|thirsty|full|relieved) (?:i could|i might|i think i will|enough to) (?:just )?die\b|\b(?:would|will|could) die (?:for|before) (?:you|i|we|them|the kids)\b/g,
    examples: [
      'I want to die of embarrassment just thinking about it.',
      'I nearly killed myself laughing at that.',
      'I could kill for a coffee right now.',
      'That cake was to die for.',
      'I’d die for you, you know that.',
      'I’d die before I let you down like that again.',
    ],
  },
  {
    id: 'idioms-with-harm-words',
    pattern:
      /\bshot myself in the foot\b|\bcut myself (?:some|a little|a bit of) slack\b|\bend of my (?:rope|tether)\b|\bnoose (?:is )?tighten(?:s|ing)?\b|\bhanging by a thread\b|\bthrew myself (?:into|at)\b|\bthrow myself (?:into|at)\b|\bkick(?:ing)? myself\b|\bcould (?:kick|strangle|slap|throttle) myself\b|\bkilling myself (?:at|with) (?:work|the gym|overtime|these hours)\b|\bworking myself to death\b|\bdied a (?:little|bit) inside\b|\bdead set\b|\b(?:hanged|hung|hang) myself with my own (?:lies|words)\b|\bburn(?:ing|t|ed)? (?:my |our |all )?(?:bridges|boats)\b/g,
    examples: [
      'I shot myself in the foot by lying.',
      'I’m at the end of my rope with work.',
      'I threw myself into work so I didn’t have to think.',
      'I could kick myself for not telling you sooner.',
      'I died a little inside when you found the messages.',
      'I hanged myself with my own lies, didn’t I.',
    ],
  },
  {
    id: 'suicide-as-a-figure',
    pattern:
      /\b(?:career|political|social|commercial|professional|financial|electoral|marital) suicide\b|\bsuicide (?:squad|doors?|prevention|awareness|hotline|helpline|line|lines|bomber|bombers|mission|missions|run|runs|sprints?|watch)\b/g,
    examples: ['It was career suicide to send that email.', 'That podcast about suicide prevention was really good.'],
  },
  {
    id: 'someone-elses-story',
    pattern: new RegExp(
      String.raw`\b${OTHERS} ${gap(2)}(?:suicide|suicidal|self harm(?:ed|ing)?|killed (?:himself|herself|themselves)|tried to kill (?:himself|herself|themselves))\b|\b(?:film|movie|documentary|podcast|book|article|show|talk|programme|program|series|story|novel|episode|song) (?:about|on) (?:suicide|self harm)\b`,
      'g',
    ),
    examples: [
      'My brother’s suicide is why I never talk about that year.',
      'My brother tried to kill himself two years ago and I never told you.',
      'We watched a documentary about suicide last week.',
    ],
  },
];

/** Every figure as one regular expression: one pass over the text. */
export const ANY_FIGURE = new RegExp(FIGURES_OF_SPEECH.map((figure) => `(?:${figure.pattern.source})`).join('|'), 'g');

/** The text with every figure of speech blanked. */
export function blankFigures(canonical: string): string {
  return canonical.replace(ANY_FIGURE, ' _ ');
}
