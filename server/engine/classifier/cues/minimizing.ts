import type { CueGroup } from './cue-types.js';

// Small set against the harm it did is no shrink: "a small, shabby reason to wreck a marriage over",
// "a little thing that cut you deep". Nor is small as it looks to others ("it might look like a
// small thing"): the speaker says what it is to the partner next.
const HARM_IT_DID = String.raw`(?:to (?:wreck|ruin|throw|lose|break|risk|end|blow|hurt|betray)|that (?:cut|cuts|hurt|hurts|broke|breaks|hit|hits|mattered|matters|meant|means))\b`;
const SMALL_AGAINST_THE_HARM = String.raw`(?! (?:, )?(?:\w+ (?:, )?)?(?:thing|reason|excuse|lie|one) ${HARM_IT_DID})`;
const THING_AGAINST_THE_HARM = `(?! ${HARM_IT_DID})`;
const NOT_ONLY_SEEMING = String.raw`(?<!\b(?:look|looks|looked|seem|seems|seemed|sound|sounds|sounded) like )`;

export const MINIMIZING: CueGroup[] = [
  {
    signal: 'downplay',
    cues: [
      {
        // Everyone else shrunk to nothing ("No one who matters.").
        cue: String.raw`\b(?:no ?one|nobody|nothing|no one else) (?:who|that|which) (?:really )?(?:matters|mattered|means anything|meant anything|counts|counted)\b(?! (?:more|as much))`,
        weight: 1,
        fires: ["No one who matters. You're the one I come home to.", 'nothing that mattered, just chat'],
        doesNotFire: [
          "There's nothing that matters more to me than fixing this.",
          "I won't say it was nobody that mattered. It mattered.",
        ],
      },
      {
        cue: String.raw`\b(?:it|that|this|she|he|they|we|those|these) (?:was|is|were|are) (?:just|only|merely|simply|basically) (?:a|an|one|some|two|three|a few|a couple|talking|texting|friends|coffee|drinks|money|a kiss|lunch|flirting|a game|a bit|chatting|messages|texts|banter|fun|a phase|a little|old|numbers|a mistake|an accident|one night|one time|once)\b`,
        weight: 1,
        fires: [
          'it was just lunch',
          'well save again, its only money',
          'a bit / on breaks / its only a vape its not like cigs',
        ],
        doesNotFire: ["I'm not going to say it was just lunch."],
      },
      {
        cue: String.raw`\b(?:just|only) (?:once|twice|one time|a (?:few|couple|little|bit|kiss|drink|hug|coffee|lunch|game|flutter|bet|slip)|some (?:texts|messages|drinks|money)|talking|texting|chatting|friends|messages|texts|drinks|money|a small|\d+)\b`,
        weight: 1,
        fires: [
          'only a few grand tbh',
          "Don't. It's only money, it comes and goes.",
          'well save again, its only money',
        ],
        doesNotFire: ["I'm not going to say only a few."],
      },
      {
        cue: String.raw`\b(?:meant|means|mean) (?:nothing|absolutely nothing|nothing to me)\b`,
        weight: 1,
        fires: [
          'just sex. it meant absolutely nothing i promise',
          "Please don't. It meant nothing to me, honestly, she was nobody.",
        ],
        doesNotFire: ["I'm not going to say meant absolutely nothing."],
      },
      {
        cue: String.raw`\b(?:no|not a|not that|not such a) (?:big|huge|massive) deal\b`,
        weight: 1,
        fires: [
          'yeah occasionally, its so not a big deal',
          'like 40 bucks, it was a candle, its not a big deal',
          "I'm sorry it got out. It really wasn't a big deal to anyone there.",
        ],
        doesNotFire: ['its not that deep babe', "I'm not going to say not a big deal."],
      },
      {
        cue: String.raw`\bnot (?:that|as|so) (?:big|bad|serious|much|many|important|terrible|awful)\b`,
        weight: 1,
        fires: [
          'its really not that big a lie tho',
          'its not that bad, i was mostly fine',
          'its not that many, its normal',
        ],
        doesNotFire: ["I'm not going to say not that big."],
      },
      {
        cue: String.raw`\bnothing (?:serious|physical|really|to worry about|major|happened (?:really|physically))\b`,
        weight: 1,
        fires: [
          'See? Nothing to worry about.',
          'Nothing major. A few odds and ends.',
          'Maybe one small form, for the council, nothing serious.',
        ],
        doesNotFire: ["It's nothing.", "I'm not going to say nothing to worry about."],
      },
      {
        cue: String.raw`\b(?:it|that|this|she|he) (?:was|is) (?:nothing|no biggie|minor|harmless|innocent|small|tiny|a small thing|a one time thing|not serious|no one|nobody|not important)\b`,
        weight: 1,
        fires: ["It's nothing.", 'like a tenner, its nothing', 'some bar in town its nothing'],
        doesNotFire: ["I'm not going to say it is nothing."],
      },
      {
        cue: String.raw`\b(?:a few|a couple(?: of)?|couple of) (?:texts|messages|drinks|beers|times|hundred|quid|bucks|dollars|bets|weeks|coffees|lunches|calls)\b`,
        weight: 1,
        fires: [
          'a few times but its not some big operation',
          "She doesn't matter. It's a few texts a year.",
          "It's a few coffees, Jean. Hardly a crime.",
        ],
        doesNotFire: ["I'm not going to say a few times."],
      },
      {
        cue: String.raw`\bat least (?:i|it|we|nothing|she|he|no one|nobody)\b`,
        weight: 1,
        fires: [
          'aw well at least its not a shock then haha',
          "They'd have found out sooner or later. At least it's out in the open now.",
        ],
        doesNotFire: ["I'm not going to say at least it."],
      },
      {
        cue: String.raw`\b(?:it could have been|it could be) worse\b`,
        weight: 1,
        fires: ['Look, it could have been worse.'],
        doesNotFire: ["I'm not going to say it could have been worse."],
      },
      {
        cue: String.raw`\b(?:it is|it was) not like (?:i|we|it|she|he)\b`,
        weight: 1,
        fires: [
          'its not like i slept with her',
          'a while but its not like its urgent',
          "Look, it's not like I robbed a bank.",
        ],
        doesNotFire: ["I'm not going to say it is not like i."],
      },
      {
        cue: String.raw`\b(?:no harm done|harmless fun|innocent fun|just fun|just friends|we are fine|it is fine|it was fine|it is only money|it is just money|water under the bridge)\b`,
        weight: 1,
        fires: ['no harm done really', 'thats from weeks ago, its fine', 'well save again, its only money'],
        doesNotFire: ["I'm not going to say no harm done."],
      },
      {
        cue: String.raw`\b(?:only|just|merely) (?:a|one|some)\b`,
        weight: 0.8,
        fires: [
          'only a few grand tbh',
          'Only a little, barely enough to feel anything.',
          'a bit / on breaks / its only a vape its not like cigs',
        ],
        doesNotFire: ["I'm not going to say only a."],
      },
      {
        cue: String.raw`(?<!than |at )\bonce\b(?! (?:you|we|i|it) )`,
        weight: 0.8,
        fires: [
          'ok. it was only the once anyway',
          "Nobody's perfect. I messed up once.",
          'barely\nlike once a week max',
        ],
        doesNotFire: ['numb like nothing, or numb like too much at once?', "I'm not going to say once."],
      },
      {
        cue: String.raw`\b(?:it|that|this) (?:was|is) (?:only |just |literally )?(?:one|a) (?:night|time|slip|coffee|drink|appointment|day|evening|visit|mistake|comment|one ?off|white lie|fling|crush|bit of|small|little|silly|stupid|bad weekend|glass|bet|game)\b${SMALL_AGAINST_THE_HARM}`,
        weight: 1,
        fires: ['it was a white lie', 'it was one appointment', 'u can, this was a one off'],
        doesNotFire: [
          'i never said that',
          "I'm not going to say it was a white lie.",
          "Flattery. That's a small, shabby reason to wreck a marriage over, and I did it anyway.",
        ],
      },
      {
        cue: String.raw`\b(?:that is all (?:it was|it is|it was ever)|that is it$|nothing more|the whole scandal|literally (?:one|all|just|nothing)|not exactly a|hardly (?:a|anything|broadcasting|the)|barely (?:a|anything)|in passing|here and there|now and then|a bit too)\b`,
        weight: 1,
        fires: [
          'its a fiver here and there',
          'we were having a coffee, nothing more',
          'Here and there. Nowhere that matters.',
        ],
        doesNotFire: ['no thats all of them', "I'm not going to say here and there."],
      },
      {
        cue: String.raw`\b(?:does not|did not|would not|will not) (?:count|mean anything|matter now|carry|change (?:that|anything)|define)\b`,
        weight: 1,
        fires: [
          "Nowhere important. Doesn't matter now.",
          'its something u say, it didnt mean anything',
          'a stupid joke, it didnt mean anything',
        ],
        doesNotFire: ["I'm not going to say does not matter now."],
      },
      {
        cue: String.raw`\b(?:never|not) (?:anything|something) (?:real|serious|important)\b|\bnot worth (?:the|mentioning|it|stressing|getting|bothering)\b|\btoo small to\b`,
        weight: 1,
        fires: [
          'It seemed too small to bother you with.',
          "it's a silly thing i did ages ago, not worth the drama",
          "Once, but only in a jokey way. It wasn't anything serious.",
        ],
        doesNotFire: ["I'm not going to say too small to."],
      },
      {
        cue: String.raw`${NOT_ONLY_SEEMING}\ba (?:small|little|silly|tiny|minor|white) (?:thing|one|bit|lie|slip)\b${THING_AGAINST_THE_HARM}|(?:^|[.,!?] )(?:just |only )?(?:a )?white lie(?= [.,!?]|$)|\bnothing (?:to|worth) (?:tell|care|forgive|worry|keep)\b`,
        weight: 1,
        fires: ['it was a white lie', 'See? Nothing to worry about.', 'It was a little lie. A silly one.'],
        doesNotFire: [
          "It's nothing.",
          "I'm not going to say a white lie.",
          'I know it might look like a small thing to anyone else. It was not small to you.',
          'A little thing that cut you deeper than anything I have ever done.',
          'It was a tiny thing to throw our trust away for.',
        ],
      },
      {
        cue: String.raw`\b(?:not like (?:someone|anyone|anybody) died|(?:worked|turned|all worked) out (?:fine|ok|in the end)|came through (?:it )?fine|all fine now|manageable|blow over|blows over|adds up|crept up on me)\b`,
        weight: 1,
        fires: [
          "Does the exact number really matter? It's manageable.",
          "I understand, but honestly, it'll blow over in a week.",
          'try not to think about it, itll blow over',
        ],
        doesNotFire: ['its not like i slept with her', "I'm not going to say manageable."],
      },
      {
        cue: String.raw`\b(?:hardly|barely|scarcely) (?:a |any |anything|drinking|betting|gambling|cheating|lying|counts|counted|registered|mattered|worth|touched|knew|spoke|talked|drank|noticed|even)\b`,
        weight: 1,
        fires: ['Half a lager is hardly drinking.', 'it was a fiver, thats barely betting'],
        doesNotFire: [
          'I hardly slept, thinking about what I did to you.',
          "I'm not going to say it is hardly anything.",
        ],
      },
      {
        cue: String.raw`\b(?:harmless|innocent|friendly|nothing shady|nothing in it|nothing bad|nothing much|nothing worth|nothing to it|nothing romantic|not romantic|just friendly|a bit of fun)\b`,
        weight: 1,
        fires: ['It was a cup of tea, nothing in it.', 'a few, its friendly stuff'],
        doesNotFire: ["It wasn't harmless and I won't pretend it was.", "I'm not going to say it was harmless."],
      },
      {
        cue: String.raw`\bnot (?:as|that|so) (?:dramatic|long|often|deep|big a|much of a)\b|\bnot some big\b|\bnot the end of (?:anything|the world|us|everything)\b`,
        weight: 1,
        fires: ["It's not as dramatic as all that.", 'its not some big operation'],
        doesNotFire: ['It was as bad as you think.', "I'm not going to say it is not as dramatic."],
      },
      {
        cue: String.raw`\b(?:a|just a|only a) (?:blip|one off|one-off|phase|wobble|bad patch|bad few (?:weeks|months|days)|off day|lapse|hiccup|slip up|silly thing)\b`,
        weight: 1,
        fires: ['i had stopped, this is a blip', "It was just a wobble, I'm fine now."],
        doesNotFire: ['This was not a blip, it was a choice.', "I'm not going to say it is a blip."],
      },
      {
        cue: String.raw`\b(?:half a|the odd) (?:glass|lager|pint|bottle|beer|drink|one|bet|game|text|smoke|cigarette)\b`,
        weight: 1,
        fires: ['it was half a glass of wine at dinner', "I've had the odd one at the club, that's all."],
        doesNotFire: ["I'm not going to say half a glass.", 'I drank the whole bottle, not half a glass.'],
      },
      {
        cue: String.raw`\bi was (?:fine|ok|okay|alright|sober enough|perfectly fine|totally fine)\b|\b(?:nobody|no one) (?:else )?(?:seemed to )?(?:mind|minded|noticed|cared)\b`,
        weight: 1,
        fires: ['like 6 but i was fine', 'I was a bit merry. Nobody else seemed to mind.'],
        doesNotFire: ['I was not fine, I was drunk.', "I'm not going to say i was fine."],
      },
      {
        cue: String.raw`\b(?:no need|not worth|nothing) (?:to )?(?:make a (?:drama|fuss|thing|song and dance)|lose sleep|get upset|worry about)\b|\b(?:it is|they are|those are) (?:only|just) (?:words|money|stuff|things|talk|a post|photos)\b`,
        weight: 1,
        fires: ["There's no need to make a drama of it.", 'theyre only words babe'],
        doesNotFire: ["I'm not going to say it is only words.", 'It was your money and I took it.'],
      },
      {
        // An answer cut down as it is given: "only for an hour", "just for a coffee".
        cue: String.raw`\b(?:only|just|merely) for (?:a |an |one |half an? |a few |a couple of |a little )?(?:minute|minutes|hour|hours|second|seconds|moment|bit|while|night|day|week|drink|drinks|coffee|chat)\b`,
        weight: 1,
        fires: ['We met up, just for a coffee.', 'i was there only for an hour'],
        doesNotFire: ["I'm not going to say it was only for an hour.", 'I waited for an hour.'],
      },
    ],
  },
  {
    signal: 'intent-excuse',
    cues: [
      {
        cue: String.raw`\bi (?:did not|never|would never|had no) (?:mean|meant|intend|intended|intention|plan|planned) (?:to|for|it|this|that|any)\b|\bi (?:did not|never) want(?:ed)? to (?:hurt|upset|worry|lose|cause|stress)\b`,
        weight: 1,
        fires: [
          'i never meant for it to get that close',
          'i never planned any of it tho, i swear',
          'i never planned any of it tho i sware',
        ],
        doesNotFire: ['i never said that', "I'm not going to say i never meant for."],
      },
      {
        cue: String.raw`\b(?:it|that|this) (?:was not|was never|is not) (?:on purpose|intentional|planned|deliberate|meant|malicious)\b`,
        weight: 1,
        fires: [
          "It wasn't on purpose. It kind of came out.",
          "I just lost track of time. It wasn't deliberate.",
          "Of course I cared. It wasn't meant to be that day.",
        ],
        doesNotFire: ['i never said that', "I'm not going to say it was not on purpose."],
      },
      {
        cue: String.raw`\bnot on purpose\b`,
        weight: 1,
        fires: [
          "It wasn't on purpose. It kind of came out.",
          "I overslept. It wasn't on purpose, it could've happened to anyone.",
        ],
        doesNotFire: ["I'm not going to say not on purpose."],
      },
      {
        cue: String.raw`\bi (?:was not|was not really) (?:thinking|trying to)\b`,
        weight: 1,
        fires: [
          "It came up naturally. I wasn't trying to out you or anything.",
          "It came up in conversation. I wasn't thinking about it one way or the other.",
          'i wasnt thinking',
        ],
        doesNotFire: ["I wasn't there. You're right.", "I'm not going to say i was not trying to."],
      },
      {
        cue: String.raw`\bi (?:had no idea|never thought|did not think|did not realize|did not know) (?:it|you|this|that|how)\b`,
        weight: 1,
        fires: [
          "I didn't think it'd matter, to be honest.",
          'it is small, thats why i didnt think it mattered',
          'no one had to, i didnt think it was a secret',
        ],
        doesNotFire: [
          "I didn't think about it much. It wasn't a big moment.",
          "I'm not going to say i did not think it.",
        ],
      },
      {
        cue: String.raw`\b(?:my intentions were|i meant well|i had good intentions|it was an accident)\b`,
        weight: 1,
        fires: ['It WAS an accident. Why you never believe anything I say?'],
        doesNotFire: ["I'm not going to say it was an accident."],
      },
      {
        // The money was always coming back, so no harm meant: "I'd have paid it back".
        cue: String.raw`\bi (?:would|was going to|were going to) (?:have )?(?:paid|put|given|pay|give|sorted|sort) (?:it|the money|them|that|everything|it all) back\b`,
        weight: 1,
        fires: ['I was going to put it back before payday.', "I'd have paid it back, honestly"],
        doesNotFire: [
          "I'm not going to pretend I would have paid it back.",
          'I paid it back last week.',
          'I will pay it back, every penny.',
        ],
      },
    ],
  },
  {
    signal: 'agency-removal',
    cues: [
      {
        cue: String.raw`(?<!\b(?:what|how|why|when|where|everything|all that|that is|whatever) )\b(?:it|things|this|that|stuff|something) (?:just |kind of |sort of |simply )?(?:happened|got out of hand|went too far|spiralled|spiraled|escalated|snowballed|got away from me|got messy)\b`,
        weight: 1,
        fires: [
          'idk she was there and it happened',
          'im really sorry, it kind of snowballed',
          "I don't know, it happened on autopilot.",
        ],
        doesNotFire: ['i never said that', "I'm not going to say it happened."],
      },
      {
        cue: String.raw`\bone thing led to (?:another|the next)\b`,
        weight: 1,
        fires: [
          'It does, sometimes. Wrong person, wrong time, and one thing led to another.',
          'During. It sort of happened at the conference, one thing led to another.',
        ],
        doesNotFire: ["I'm not going to say one thing led to another."],
      },
      {
        cue: String.raw`\bi (?:got|was|became) (?:carried away|caught up|swept up|swept along|pulled in|sucked in)\b`,
        weight: 1,
        fires: ['I got carried away at the party.'],
        doesNotFire: ["I'm not going to say i got carried away."],
      },
      {
        cue: String.raw`\bgot the better of me\b`,
        weight: 1,
        fires: ['The drink got the better of me.'],
        doesNotFire: ["I'm not going to say got the better of me."],
      },
      {
        cue: String.raw`\bi (?:do not know|have no idea) (?:how|what) (?:it|that|this) (?:happened|came to)\b`,
        weight: 1,
        fires: ["I don't know how it happened, honestly."],
        doesNotFire: ["I'm not going to say i do not know how it happened."],
      },
      {
        cue: String.raw`\bi (?:lost|was not in|had no) control\b`,
        weight: 1,
        fires: ['I lost control that night.'],
        doesNotFire: ['she had no one else to take her', "I'm not going to say i lost control."],
      },
      {
        cue: String.raw`\bit was the (?:alcohol|drink|booze|wine|drugs|beer|pills|addiction|disease)\b`,
        weight: 1,
        fires: ['It was the drink talking, not me.'],
        doesNotFire: ["I'm not going to say it was the drink."],
      },
      {
        cue: String.raw`\b(?:somehow|before i knew it|something came over me|mistakes were made|it was out of my hands|i could not help it|i could not stop)\b`,
        weight: 1,
        fires: ['sorry ur upset, i couldnt help it'],
        doesNotFire: ["I'm not going to say i could not help it."],
      },
      {
        cue: String.raw`\bi (?:fell back into|ended up)\b`,
        weight: 1,
        fires: ['I ended up at hers and one thing led to another.'],
        doesNotFire: ["I'm not going to say i ended up."],
      },
      {
        cue: String.raw`\b(?:the \w+ thing|the day|the money|the night|it all) got away from me\b`,
        weight: 1,
        fires: ['Neither really, the day got away from me.', 'the money thing got away from me, thats all'],
        doesNotFire: ["It's nothing.", "I'm not going to say the day got away from me."],
      },
    ],
  },
  {
    signal: 'rushing',
    cues: [
      {
        cue: String.raw`\bmove (?:on|forward|past)\b`,
        weight: 1,
        fires: ['move on?', 'fine whatever works for me lets move on', "And now it's out, so let's move forward."],
        doesNotFire: ["I'm not going to say move on."],
      },
      {
        cue: String.raw`\bget (?:over|past) (?:it|this|that)\b`,
        weight: 1,
        fires: [
          'i know. i know. can we try to get past it now tho',
          'we can get past it if we both try, it was messages not anything real',
          'thank u babe, i knew youd get over it',
        ],
        doesNotFire: ["I'm not going to say get past it."],
      },
      {
        cue: String.raw`\bput (?:it|this|that|all this|all that) (?:behind|in the past)\b`,
        weight: 1,
        fires: [
          "ok well then let's put it behind us",
          "We want the same thing, to put this behind us. Let's just do that.",
          "I do. Let's put it behind us and not let it wreck the holidays.",
        ],
        doesNotFire: ["I'm not going to say put it behind."],
      },
      {
        // "I let it go on" owns letting it continue; it asks nobody to let anything go.
        cue: String.raw`\blet (?:it|this|that) go\b(?! on\b)`,
        weight: 1,
        fires: [
          'Fair. Probably best to let it go anyway.',
          'are you ever going to let this go or is this how every conversation goes now',
          'Maybe three weeks. I never meant to let it go that long.',
        ],
        doesNotFire: ["I'm not going to say let it go.", 'I fell for her, and I let it go on for months.'],
      },
      {
        cue: String.raw`\b(?:forgive and forget|forget about (?:it|this|that)|can we forget|can not we forget)\b`,
        weight: 1,
        fires: [
          "You won't have to, promise. Let's forget about it.",
          "Then don't! Let's forget about it for tonight and enjoy dinner.",
          "They'll forget about it by Thanksgiving, I promise.",
        ],
        doesNotFire: ["I'm not going to say forget about it."],
      },
      {
        cue: String.raw`\b(?:please |can you |could you |just )+(?:forgive|trust) me\b`,
        weight: 1,
        fires: ['Please just forgive me so we can be okay.'],
        doesNotFire: ["I'm not going to say please just forgive me."],
      },
      {
        cue: String.raw`\b(?:how long|when) (?:are|will|is|do) (?:you|this|it|we) (?:going to |gonna )?(?:be|stay|keep|take|have to|drag|go on)\b`,
        weight: 1,
        fires: ['How long are you going to stay angry about this?'],
        doesNotFire: ["dinner's ready whenever", "I'm not going to say how long are you going to stay."],
      },
      {
        cue: String.raw`\b(?:still|again) (?:on (?:this|that|about)|upset about|mad about|angry about|talking about|going on about|bringing (?:this|that|it) up)\b`,
        weight: 1,
        fires: ['are we still on this?'],
        doesNotFire: ["I'm not going to say still on this."],
      },
      {
        cue: String.raw`\b(?:talked|been over|gone over|been through|discussed) (?:this|it|that) (?:enough|already|a hundred times|so many times|a million times)\b`,
        weight: 1,
        fires: ["We've been over this a hundred times."],
        doesNotFire: ["I'm not going to say been over this a hundred times."],
      },
      {
        cue: String.raw`\b(?:fresh start|start (?:over|fresh)|clean slate|turn the page|bury the hatchet|back to (?:normal|the way|how (?:it|things|we)))\b`,
        weight: 1,
        fires: [
          "ok but tomorrow we're back to normal yeah?",
          'me too. lets just sleep on it and start fresh tomorrow',
          "We'll get through this. Clean slate from tomorrow, yeah?",
        ],
        doesNotFire: ["I'm not going to say back to normal."],
      },
      {
        cue: String.raw`\b(?:let us|can we|why can not we) (?:just |please )?(?:not (?:ruin|spoil|dwell|talk about|make|do this)|move|drop|forget|stop|get back|go back|enjoy|have a nice|be normal|be happy)\b`,
        weight: 1,
        fires: [
          'cool. so can we drop it now',
          'uve got the truth now so can we stop',
          'gladly 🙏 lets forget it ever happened',
        ],
        doesNotFire: ["I'm not going to say can we drop."],
      },
      {
        cue: String.raw`\b(?:dwell|dwelling|dwelt) on\b`,
        weight: 1,
        fires: ["I don't want to dwell on it forever."],
        doesNotFire: ["I'm not going to say dwell on."],
      },
      {
        // Put behind the partner for them ("It's in the past now"), not a time the speaker tells ("By now
        // I drink most days", "I have lied in the past").
        cue: String.raw`\b(?:(?:it|that|this|all that|all of that|all of this) (?:is|was) (?:all )?(?:in the past|behind us)|(?:over|past) (?:it|this|that) (?:already|by now)|(?:should|ought to|would) (?:be|have been|have got) (?:over|past|fine|okay|ok|better)\b[^.?!]{0,20}\bby now|it is done now|what is done is done)\b`,
        weight: 1,
        fires: [
          "Try not to think about it, love. It's in the past now.",
          'i know ur hurt but its done now. lets not let it wreck us 🙏',
          "Come on, pet. It's done now, and crying won't change it.",
          "Still? I'd hoped you were past it by now.",
          'You should be over it by now, surely.',
        ],
        doesNotFire: [
          "I'm not going to say in the past.",
          'By now I drink most days: a bottle of wine, and on bad days vodka as well.',
          "I've lied to you in the past, about the card as well.",
          'The card was supposed to be paid off by now.',
        ],
      },
      {
        cue: String.raw`\b(?:need|want) you to (?:forgive|trust|be ok|get over|move on|let it go|stop being|be happy|smile)\b`,
        weight: 1,
        fires: ['I just want you to be okay.'],
        doesNotFire: ["I'm not going to say want you to be ok."],
      },
      {
        cue: String.raw`\bno point (?:in )?(?:dwelling|going over|talking about|rehashing|crying)\b`,
        weight: 1,
        fires: ["There's no point going over it again and again."],
        doesNotFire: ['Exactly, so no point getting hung up on it.', "I'm not going to say no point going over."],
      },
      {
        cue: String.raw`\b(?:ruin|spoil) (?:the|our|this|tonight|the whole)\b`,
        weight: 0.8,
        fires: ['well be ok babe i promise, lets not let this ruin the whole month'],
        doesNotFire: ["I'm not going to say ruin the."],
      },
      {
        cue: String.raw`\b(?:so )?we are (?:ok|good|fine|past it|all good)(?: then| now)? \?`,
        weight: 1,
        fires: ["So, we're past it?", "ok good, so we're ok then?", "So we're good? Can I come to bed?"],
        doesNotFire: ['we are past it, its u thats not', "I'm not going to say we are past it ?."],
      },
      {
        cue: String.raw`\b(?:getting|get|got) past (?:it|this)\b|\bdone with it\b|\bclosed chapter\b|\bclose the book\b|\b(?:leave|leaving) it (?:there|behind us|at that)\b`,
        weight: 1,
        fires: [
          "then let's call it a closed chapter, yeah?",
          "Sorry you saw those. Let's leave it there.",
          'i know. i know. can we try to get past it now tho',
        ],
        doesNotFire: ["I'm not going to say closed chapter."],
      },
      {
        cue: String.raw`\bgive it (?:a|some|a couple|a few) (?:week|weeks|month|months|days|time)\b|\b(?:glad|good) we (?:cleared|sorted|talked)\b|\bcan i come (?:to bed|back)\b|\bgo from here\b|\bhappy again\b`,
        weight: 1,
        fires: [
          "So we're good? Can I come to bed?",
          'Great, glad we cleared that up. Pizza tonight?',
          "Does it matter? I'm telling you now, let's go from here.",
        ],
        doesNotFire: ["I'm not going to say can i come to bed."],
      },
      {
        cue: String.raw`\b(?:hung|caught) up on\b|\bbad dream\b|\bleave it behind\b`,
        weight: 1,
        fires: [
          'Exactly, so no point getting hung up on it.',
          "Sorry you're hurting. I really hope we can leave it behind us soon.",
          "Hey. We'll be fine. Give it a week and this'll feel like a bad dream.",
        ],
        doesNotFire: ["I'm not going to say hung up on."],
      },
    ],
  },
  {
    signal: 'non-apology',
    cues: [
      {
        // Regret for the feeling, not the act. "Sorry you found out in a queue at the bank" after owning
        // the act regrets what the act did to them: an apology, not this.
        cue: String.raw`\bsorry (?:that )?you (?:feel|felt|are feeling|see it|took it|think|were (?:hurt|upset|offended)|got (?:hurt|upset)|are (?:upset|mad|angry|hurt))\b`,
        weight: 1,
        fires: [
          'im sorry u see it like that',
          "Sorry you felt so alone. I'm sure she understood.",
          "I'm sorry you feel unsafe.",
        ],
        doesNotFire: [
          "I'm not going to say sorry you see it.",
          "It's my debt. I hid it. I'm sorry you found out in a queue at the bank.",
          "I'm sorry you had to hear it from my brother and not from me.",
        ],
      },
      {
        cue: String.raw`\bsorry (?:if|for how you|for however you|it (?:upset|hurt|bothered)|this (?:upset|hurt|bothered)|that (?:upset|hurt|bothered))\b`,
        weight: 1,
        fires: ["I'm sorry if it scared you.", "I'm sorry if that upset you.", 'soz if that upset u'],
        doesNotFire: ["I'm not going to say sorry if."],
      },
      {
        cue: String.raw`\b(?:apologize|apologise|i regret) (?:if|that you|for how you)\b`,
        weight: 1,
        fires: ['I apologize if my actions came across as deceptive.'],
        doesNotFire: [
          "I'm not going to apologise for having a friend who understands me.",
          "I'm not going to say apologize if.",
        ],
      },
      {
        cue: String.raw`\bmistakes were made\b`,
        weight: 1,
        fires: ['Mistakes were made, I know.'],
        doesNotFire: ["I'm not going to say mistakes were made."],
      },
      {
        cue: String.raw`\bsorry (?:it|that|this) (?:felt|came across|seemed|sounded|looked|came out)\b`,
        weight: 1,
        fires: ["I'm sorry it felt that way for you.", "I'm sorry it came out the way it did."],
        doesNotFire: ["I'm not going to say sorry it felt."],
      },
      {
        cue: String.raw`\bsorry (?:that )?you (?:are so|are hurting|saw|read|were (?:so )?(?:upset|hurt|offended|angry|mad|bothered)|feel)\b`,
        weight: 1,
        fires: [
          "I'm sorry you're so upset.",
          "Sorry you saw those. Let's leave it there.",
          "I'm sorry you feel unsafe.",
        ],
        doesNotFire: ["I'm not going to say sorry you are so.", 'im sorry u were on ur own with it'],
      },
    ],
  },
  {
    signal: 'dismissal',
    cues: [
      {
        // The talk put off until the partner's feeling is smaller ("When you're calmer we can talk").
        cue: String.raw`\b(?:when|once|after|until) you (?:are|have|get|have got|feel) (?:a bit |a little )?(?:calmer|calmed down|calm|less (?:angry|upset|emotional|worked up)|stopped (?:shouting|crying|yelling))\b|\bwhen you can (?:be|talk) (?:reasonable|calm|calmly|rational|rationally)\b`,
        weight: 1,
        fires: [
          "I get it, and I'm sorry. When you're calmer we can talk properly.",
          "we'll talk once youre less angry",
          'When you can talk calmly, let me know.',
        ],
        doesNotFire: [
          "You don't have to be calmer for me. Shout if you need to.",
          "I'm not going to ask you to wait until you're calmer.",
        ],
      },
      {
        cue: String.raw`\b(?:getting|get|got) (?:really |so |all )?worked up\b|\bfreak(?:ing)? out\b|\b(?:torturing|stressing|beating) yourself\b|\bin proportion\b|\bspiral\b`,
        weight: 1,
        fires: [
          'im not. ur getting worked up over nothing',
          'Ten quid on the slots. Ten. Can we keep this in proportion?',
          "Okay, okay, you're getting really worked up over something small.",
        ],
        doesNotFire: ["I'm not going to say getting worked up."],
      },
      {
        cue: String.raw`\b(?:come on|a lot of fuss|such a fuss|big deal$|big deal \.|not worth the drama|reading (?:too much )?into|do not (?:get|be) upset over|you are imagining)\b`,
        weight: 1,
        fires: [
          "Liking photos isn't cheating, come on.",
          "Oh come on, that's a little extreme.",
          "Come on, you're being a little dramatic.",
        ],
        doesNotFire: ["I'm not going to say come on."],
      },
      {
        cue: String.raw`\byou are (?:over ?reacting|overthinking|being (?:dramatic|so dramatic|(?:too |so |a bit |very )?(?:sensitive|ridiculous|paranoid|hysterical|crazy|irrational|unreasonable|silly|emotional|extra))|too sensitive|blowing|making (?:a big deal|this bigger|too much|a mountain|a scene))\b`,
        weight: 1,
        fires: [
          "Whoa, you're blowing this way out of proportion.",
          "You're overthinking a few phone calls.",
          "You're being dramatic. She barely brought it up.",
        ],
        doesNotFire: ["I'm not going to say you are blowing."],
      },
      {
        cue: String.raw`\b(?:overreacting|overthinking|blowing (?:it|this|things|that) (?:up|out of proportion)|making (?:a (?:big )?deal|a mountain|such a fuss|a fuss)|making (?:it|this|that) (?:into )?(?:more|bigger|worse) than (?:it is|it was|it needs to be)|drama queen|so dramatic)\b`,
        weight: 1,
        fires: [
          'ur not mad, ur overthinking',
          "You're making it into more than it is.",
          'ur overreacting, its one birthday',
          "You're overthinking a few phone calls.",
        ],
        doesNotFire: ['Is the heater still making that noise?', "I'm not going to say overthinking."],
      },
      {
        cue: String.raw`\b(?:calm down|settle down|relax|chill|take a breath and relax|lighten up|get a grip)\b`,
        weight: 1,
        fires: ['calm down.', 'i forgot to unfollow chill', 'on a sofa\na sofa\ncalm down'],
        doesNotFire: ["I'm not going to say calm down."],
      },
      {
        cue: String.raw`\b(?:it|this|that) is (?:not|hardly) (?:a big deal|that bad|the end of the world|a crime|a big thing|worth (?:this|all this|crying))\b`,
        weight: 1,
        fires: [
          'its not that bad, i was mostly fine',
          'a while, its not a big thing, everyone has streaks',
          'like 40 bucks, it was a candle, its not a big deal',
        ],
        doesNotFire: ['i never said that', "I'm not going to say it is not that bad."],
      },
      {
        cue: String.raw`\bdo not (?:be (?:so |like that|dramatic|silly|ridiculous)|make (?:this|it) (?:a thing|bigger|into))\b`,
        weight: 1,
        fires: [
          "Come on, don't be like that, it's nothing.",
          'we will, dont be so negative',
          'they respect u, dont be silly',
        ],
        doesNotFire: ["I'm not going to say do not be like that."],
      },
      {
        cue: String.raw`\b(?:you will be fine|you will get over it|it is not worth getting upset)\b`,
        weight: 1,
        fires: ["You'll get over it, you always do."],
        doesNotFire: ["I'm not going to say you will get over it."],
      },
    ],
  },
  {
    signal: 'generalizing',
    cues: [
      {
        cue: String.raw`\b(?:everyone|everybody|every couple|all couples|lots of (?:people|couples|guys|men|women)|most (?:people|couples|guys|men|women)|plenty of (?:people|couples)|people|couples|guys|men|women) (?:make|makes|does|do|go through|goes through|has|have|slip|slips|mess up|messes up|cheat|cheats|lie|lies|screw up|screws up|gamble|drink|overspend|struggle)\b`,
        weight: 1,
        fires: [
          'its what guys do, its not about you at all',
          'it was a silly daydream, people have those 🙄',
          'a while, its not a big thing, everyone has streaks',
        ],
        doesNotFire: ["I'm not going to say guys do."],
      },
      {
        cue: String.raw`\b(?:nobody|no one|none of us) (?:is|are) perfect\b`,
        weight: 1,
        fires: ['Nobody is perfect, love.'],
        doesNotFire: ["I'm not going to say nobody is perfect."],
      },
      {
        cue: String.raw`\b(?:i am|we are|you are) (?:only |just )?human\b`,
        weight: 1,
        fires: [
          "I know, I know. Things happen, life is busy, I'm only human.",
          "Nobody's perfect, Hilary. I'm only human like the rest of them.",
          'It happens in every marriage, one person is more on the phone for a while. We are human.',
        ],
        doesNotFire: ["I'm not going to say i am only human."],
      },
      {
        cue: String.raw`\bhappens to (?:everyone|everybody|the best|all|most|lots)\b`,
        weight: 1,
        fires: [
          "don't feel anything then, honestly, money trouble happens to everyone at some point",
          'The recovery was real, I just had a bad weekend. It happens to everyone in the program.',
        ],
        doesNotFire: [
          "We won't. Stuff like this happens to loads of couples and they come out fine.",
          "I'm not going to say happens to everyone.",
        ],
      },
      {
        cue: String.raw`\b(?:it|that|this) is (?:normal|common|what couples do|part of (?:life|marriage|being)|life|how it goes|how things go|what happens)\b`,
        weight: 1,
        fires: [
          'the lads but they dont care, its normal for them',
          'one drink, it turned into a few, its what happens',
          'its not that many, its normal',
        ],
        doesNotFire: ['i never said that', "I'm not going to say it is normal."],
      },
      {
        cue: String.raw`\b(?:that is|such is) (?:just )?(?:life|marriage|relationships)\b`,
        weight: 1,
        fires: ["That's life, people drift."],
        doesNotFire: ['no thats all of them', "I'm not going to say that is life."],
      },
      {
        cue: String.raw`\b(?:mistakes happen|these things happen|stuff happens|shit happens|it happens|we all (?:make|mess|slip|do|have))\b`,
        weight: 1,
        fires: [
          'at work, these things happen',
          'it was a lads holiday, stuff happens on those',
          'People say things, love. We all do.',
        ],
        doesNotFire: ["I'm not going to say these things happen."],
      },
      {
        cue: String.raw`\bit is not (?:uncommon|unusual|rare)\b`,
        weight: 1,
        fires: ["It's not uncommon for couples to go through this."],
        doesNotFire: ["It's nothing.", "I'm not going to say it is not uncommon."],
      },
      {
        cue: String.raw`\b(?:everyone|everybody) (?:\w+ )?(?:does|has|knows)\b`,
        weight: 0.8,
        fires: [
          'a while, its not a big thing, everyone has streaks',
          "It's a silly app, everybody has one, it's harmless.",
          'Yes, but only three years. Everybody does this on apps.',
        ],
        doesNotFire: ['not everyone, it was like two people', "I'm not going to say everyone has."],
      },
    ],
  },
];
