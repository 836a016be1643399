import type { CueGroup } from './cue-types.js';

export const MINIMIZING: CueGroup[] = [
  {
    signal: 'downplay',
    cues: [
      {
        cue: String.raw`\b(?:it|that|this|she|he|they|we|those|these) (?:was|is|were|are) (?:just|only|merely|simply|basically) (?:a|an|one|some|two|three|a few|a couple|talking|texting|friends|coffee|drinks|money|a kiss|lunch|flirting|a game|a bit|chatting|messages|texts|banter|fun|a phase|a little|old|numbers|a mistake|an accident|one night|one time|once)\b`,
        weight: 1,
        // corpus hits: 6
        fires: ['it was just lunch', "Don't. It's only money, it comes and goes."],
        doesNotFire: ['what did she say'],
      },
      {
        cue: String.raw`\b(?:just|only) (?:once|twice|one time|a (?:few|couple|little|bit|kiss|drink|hug|coffee|lunch|game|flutter|bet|slip)|some (?:texts|messages|drinks|money)|talking|texting|chatting|friends|messages|texts|drinks|money|a small|\d+)\b`,
        weight: 1,
        // corpus hits: 7
        fires: ['only a few grand tbh', "Don't. It's only money, it comes and goes."],
        doesNotFire: ['just her. once'],
      },
      {
        cue: String.raw`\b(?:meant|means|mean) (?:nothing|absolutely nothing|nothing to me)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'just sex. it meant absolutely nothing i promise',
          "Please don't. It meant nothing to me, honestly, she was nobody.",
        ],
        doesNotFire: ['You mean the job.'],
      },
      {
        cue: String.raw`\b(?:no|not a|not that|not such a) (?:big|huge|massive) deal\b`,
        weight: 1,
        // corpus hits: 3
        fires: ['yeah occasionally, its so not a big deal', 'like 40 bucks, it was a candle, its not a big deal'],
        doesNotFire: ['its not that deep babe'],
      },
      {
        cue: String.raw`\bnot (?:that|as|so) (?:big|bad|serious|much|many|important|terrible|awful)\b`,
        weight: 1,
        // corpus hits: 5
        fires: ['its really not that big a lie tho', 'its not that bad, i was mostly fine'],
        doesNotFire: ['idk'],
      },
      {
        cue: String.raw`\bnothing (?:serious|physical|really|to worry about|major|happened (?:really|physically))\b`,
        weight: 1,
        // corpus hits: 5
        fires: ['See? Nothing to worry about.', 'Nothing major. A few odds and ends.'],
        doesNotFire: ["It's nothing."],
      },
      {
        cue: String.raw`\b(?:it|that|this|she|he) (?:was|is) (?:nothing|no biggie|minor|harmless|innocent|small|tiny|a small thing|a one time thing|not serious|no one|nobody|not important)\b`,
        weight: 1,
        // corpus hits: 18
        fires: ["It's nothing.", 'like a tenner, its nothing'],
        doesNotFire: ['what did she say'],
      },
      {
        cue: String.raw`\b(?:a few|a couple(?: of)?|couple of) (?:texts|messages|drinks|beers|times|hundred|quid|bucks|dollars|bets|weeks|coffees|lunches|calls)\b`,
        weight: 1,
        // corpus hits: 18
        fires: ['a few times but its not some big operation', "She doesn't matter. It's a few texts a year."],
        doesNotFire: ['only a few grand tbh'],
      },
      {
        cue: String.raw`\bat least (?:i|it|we|nothing|she|he|no one|nobody)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['aw well at least its not a shock then haha'],
        doesNotFire: ['at least u still went lol'],
      },
      {
        cue: String.raw`\b(?:it could have been|it could be) worse\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:it is|it was) not like (?:i|we|it|she|he)\b`,
        weight: 1,
        // corpus hits: 14
        fires: ['its not like i slept with her', 'a while but its not like its urgent'],
        doesNotFire: ["It's 2am."],
      },
      {
        cue: String.raw`\b(?:no harm done|harmless fun|innocent fun|just fun|just friends|we are fine|it is fine|it was fine|it is only money|it is just money|water under the bridge)\b`,
        weight: 1,
        // corpus hits: 6
        fires: ['no harm done really', 'thats from weeks ago, its fine'],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:only|just|merely) (?:a|one|some)\b`,
        weight: 0.8,
        // corpus hits: 7
        fires: ['only a few grand tbh', 'Only a little, barely enough to feel anything.'],
        doesNotFire: ['just her. once'],
      },
      {
        cue: String.raw`(?<!than |at )\bonce\b(?! (?:you|we|i|it) )`,
        weight: 0.8,
        // corpus hits: 20
        fires: ['ok. it was only the once anyway', "Nobody's perfect. I messed up once."],
        doesNotFire: ['numb like nothing, or numb like too much at once?'],
      },
      {
        cue: String.raw`\b(?:it|that|this) (?:was|is) (?:only |just |literally )?(?:one|a) (?:night|time|slip|coffee|drink|appointment|day|evening|visit|mistake|comment|one ?off|white lie|fling|crush|bit of|small|little|silly|stupid|bad weekend|glass|bet|game)\b`,
        weight: 1,
        // corpus hits: 40
        fires: ['it was a white lie', 'it was one appointment'],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\b(?:that is all (?:it was|it is|it was ever)|that is it$|nothing more|the whole scandal|literally (?:one|all|just|nothing)|not exactly a|hardly (?:a|anything|broadcasting|the)|barely (?:a|anything)|in passing|here and there|now and then|a bit too)\b`,
        weight: 1,
        // corpus hits: 26
        fires: ['its a fiver here and there', 'we were having a coffee, nothing more'],
        doesNotFire: ['no thats all of them'],
      },
      {
        cue: String.raw`\b(?:does not|did not|would not|will not) (?:count|mean anything|matter now|carry|change (?:that|anything)|define)\b`,
        weight: 1,
        // corpus hits: 8
        fires: ["Nowhere important. Doesn't matter now.", 'its something u say, it didnt mean anything'],
        doesNotFire: ['i wont'],
      },
      {
        cue: String.raw`\b(?:never|not) (?:anything|something) (?:real|serious|important)\b|\bnot worth (?:the|mentioning|it|stressing|getting|bothering)\b|\btoo small to\b`,
        weight: 1,
        // corpus hits: 4
        fires: ['It seemed too small to bother you with.', "it's a silly thing i did ages ago, not worth the drama"],
        doesNotFire: ['did you eat anything today'],
      },
      {
        cue: String.raw`\ba (?:small|little|silly|tiny|minor|white) (?:thing|one|bit|lie|slip)\b|\bnothing (?:to|worth) (?:tell|care|forgive|worry|keep)\b`,
        weight: 1,
        // corpus hits: 12
        fires: ['it was a white lie', 'See? Nothing to worry about.'],
        doesNotFire: ["It's nothing."],
      },
      {
        cue: String.raw`\b(?:not like (?:someone|anyone|anybody) died|(?:worked|turned|all worked) out (?:fine|ok|in the end)|came through (?:it )?fine|all fine now|manageable|blow over|blows over|adds up|crept up on me)\b`,
        weight: 1,
        // corpus hits: 7
        fires: [
          "Does the exact number really matter? It's manageable.",
          "I understand, but honestly, it'll blow over in a week.",
        ],
        doesNotFire: ['its not like i slept with her'],
      },
    ],
  },
  {
    signal: 'intent-excuse',
    cues: [
      {
        cue: String.raw`\bi (?:did not|never|would never|had no) (?:mean|meant|intend|intended|intention|plan|planned) (?:to|for|it|this|that|any)\b|\bi (?:did not|never) want(?:ed)? to (?:hurt|upset|worry|lose|cause|stress)\b`,
        weight: 1,
        // corpus hits: 8
        fires: ['i never meant for it to get that close', 'i never planned any of it tho, i swear'],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\b(?:it|that|this) (?:was not|was never|is not) (?:on purpose|intentional|planned|deliberate|meant|malicious)\b`,
        weight: 1,
        // corpus hits: 6
        fires: ["It wasn't on purpose. It kind of came out.", "I just lost track of time. It wasn't deliberate."],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\bnot on purpose\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "It wasn't on purpose. It kind of came out.",
          "I overslept. It wasn't on purpose, it could've happened to anyone.",
        ],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bi (?:was not|was not really) (?:thinking|trying to)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "It came up naturally. I wasn't trying to out you or anything.",
          "It came up in conversation. I wasn't thinking about it one way or the other.",
        ],
        doesNotFire: ["I wasn't there. You're right."],
      },
      {
        cue: String.raw`\bi (?:had no idea|never thought|did not think|did not realize|did not know) (?:it|you|this|that|how)\b`,
        weight: 1,
        // corpus hits: 7
        fires: ["I didn't think it'd matter, to be honest.", 'it is small, thats why i didnt think it mattered'],
        doesNotFire: ["I didn't think about it much. It wasn't a big moment."],
      },
      {
        cue: String.raw`\b(?:my intentions were|i meant well|i had good intentions|it was an accident)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
    ],
  },
  {
    signal: 'agency-removal',
    cues: [
      {
        cue: String.raw`(?<!\b(?:what|how|why|when|where|everything|all that|that is|whatever) )\b(?:it|things|this|that|stuff|something) (?:just |kind of |sort of |simply )?(?:happened|got out of hand|went too far|spiralled|spiraled|escalated|snowballed|got away from me|got messy)\b`,
        weight: 1,
        // corpus hits: 11
        fires: ['idk she was there and it happened', 'idk it sort of happened at the party'],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\bone thing led to (?:another|the next)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['It does, sometimes. Wrong person, wrong time, and one thing led to another.'],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bi (?:got|was|became) (?:carried away|caught up|swept up|swept along|pulled in|sucked in)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['got it'],
      },
      {
        cue: String.raw`\bgot the better of me\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bi (?:do not know|have no idea) (?:how|what) (?:it|that|this) (?:happened|came to)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['idk'],
      },
      {
        cue: String.raw`\bi (?:lost|was not in|had no) control\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['she had no one else to take her'],
      },
      {
        cue: String.raw`\bit was the (?:alcohol|drink|booze|wine|drugs|beer|pills|addiction|disease)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['it was the 3rd'],
      },
      {
        cue: String.raw`\b(?:somehow|before i knew it|something came over me|mistakes were made|it was out of my hands|i could not help it|i could not stop)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['sorry ur upset, i couldnt help it'],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bi (?:fell back into|ended up)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:the \w+ thing|the day|the money|the night|it all) got away from me\b`,
        weight: 1,
        // corpus hits: 2
        fires: ['Neither really, the day got away from me.', 'the money thing got away from me, thats all'],
        doesNotFire: ["It's nothing."],
      },
    ],
  },
  {
    signal: 'rushing',
    cues: [
      {
        cue: String.raw`\bmove (?:on|forward|past)\b`,
        weight: 1,
        // corpus hits: 6
        fires: ['move on?', 'fine whatever works for me lets move on'],
        doesNotFire: ['She moved back in January.'],
      },
      {
        cue: String.raw`\bget (?:over|past) (?:it|this|that)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'i know. i know. can we try to get past it now tho',
          'we can get past it if we both try, it was messages not anything real',
        ],
        doesNotFire: ["i'll get them at 2"],
      },
      {
        cue: String.raw`\bput (?:it|this|that|all this|all that) (?:behind|in the past)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "ok well then let's put it behind us",
          "We want the same thing, to put this behind us. Let's just do that.",
        ],
        doesNotFire: ['she puts an x on everything'],
      },
      {
        cue: String.raw`\blet (?:it|this|that) go\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'Fair. Probably best to let it go anyway.',
          'are you ever going to let this go or is this how every conversation goes now',
        ],
        doesNotFire: ['Let me sit down.'],
      },
      {
        cue: String.raw`\b(?:forgive and forget|forget about (?:it|this|that)|can we forget|can not we forget)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "You won't have to, promise. Let's forget about it.",
          "Then don't! Let's forget about it for tonight and enjoy dinner.",
        ],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:please |can you |could you |just )+(?:forgive|trust) me\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['just her. once'],
      },
      {
        cue: String.raw`\b(?:how long|when) (?:are|will|is|do) (?:you|this|it|we) (?:going to |gonna )?(?:be|stay|keep|take|have to|drag|go on)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["dinner's ready whenever"],
      },
      {
        cue: String.raw`\b(?:still|again) (?:on (?:this|that|about)|upset about|mad about|angry about|talking about|going on about|bringing (?:this|that|it) up)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['are we still on this?'],
        doesNotFire: ['Here we go again.'],
      },
      {
        cue: String.raw`\b(?:talked|been over|gone over|been through|discussed) (?:this|it|that) (?:enough|already|a hundred times|so many times|a million times)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["We talked. That's all it was, talking."],
      },
      {
        cue: String.raw`\b(?:fresh start|start (?:over|fresh)|clean slate|turn the page|bury the hatchet|back to (?:normal|the way|how (?:it|things|we)))\b`,
        weight: 1,
        // corpus hits: 7
        fires: ["ok but tomorrow we're back to normal yeah?", 'me too. lets just sleep on it and start fresh tomorrow'],
        doesNotFire: ['It started at eleven.'],
      },
      {
        cue: String.raw`\b(?:let us|can we|why can not we) (?:just |please )?(?:not (?:ruin|spoil|dwell|talk about|make|do this)|move|drop|forget|stop|get back|go back|enjoy|have a nice|be normal|be happy)\b`,
        weight: 1,
        // corpus hits: 17
        fires: ['cool. so can we drop it now', 'uve got the truth now so can we stop'],
        doesNotFire: ['im so tired babe can we sleep'],
      },
      {
        cue: String.raw`\b(?:dwell|dwelling|dwelt) on\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["And I will next time, I promise. Let's not dwell on this one."],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:in the past|by now|over (?:it|this) already|over it by now|it is done now|what is done is done)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "Try not to think about it, love. It's in the past now.",
          'i know ur hurt but its done now. lets not let it wreck us 🙏',
        ],
        doesNotFire: ['nobody even cares tbh, theyve already forgotten'],
      },
      {
        cue: String.raw`\b(?:need|want) you to (?:forgive|trust|be ok|get over|move on|let it go|stop being|be happy|smile)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['do what u want'],
      },
      {
        cue: String.raw`\bno point (?:in )?(?:dwelling|going over|talking about|rehashing|crying)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['Exactly, so no point getting hung up on it.'],
      },
      {
        cue: String.raw`\b(?:ruin|spoil) (?:the|our|this|tonight|the whole)\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: [
          'you found the texts from our anniversary weekend. that must have ruined the whole memory for you. im so sory',
        ],
      },
      {
        cue: String.raw`\b(?:so )?we are (?:ok|good|fine|past it|all good)(?: then| now)? \?`,
        weight: 1,
        // corpus hits: 3
        fires: ["So, we're past it?", "ok good, so we're ok then?"],
        doesNotFire: ['we are past it, its u thats not'],
      },
      {
        cue: String.raw`\b(?:getting|get|got) past (?:it|this)\b|\bdone with it\b|\bclosed chapter\b|\bclose the book\b|\b(?:leave|leaving) it (?:there|behind us|at that)\b`,
        weight: 1,
        // corpus hits: 9
        fires: ["then let's call it a closed chapter, yeah?", "Sorry you saw those. Let's leave it there."],
        doesNotFire: ['Half past one.'],
      },
      {
        cue: String.raw`\bgive it (?:a|some|a couple|a few) (?:week|weeks|month|months|days|time)\b|\b(?:glad|good) we (?:cleared|sorted|talked)\b|\bcan i come (?:to bed|back)\b|\bgo from here\b|\bhappy again\b`,
        weight: 1,
        // corpus hits: 5
        fires: ["So we're good? Can I come to bed?", 'Great, glad we cleared that up. Pizza tonight?'],
        doesNotFire: ['its sorted now anyway'],
      },
      {
        cue: String.raw`\b(?:hung|caught) up on\b|\bbad dream\b|\bleave it behind\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'Exactly, so no point getting hung up on it.',
          "Sorry you're hurting. I really hope we can leave it behind us soon.",
        ],
        doesNotFire: ["Nobody's perfect. I messed up once."],
      },
    ],
  },
  {
    signal: 'non-apology',
    cues: [
      {
        cue: String.raw`\bsorry (?:that )?you (?:feel|felt|are feeling|see it|took it|think|were (?:hurt|upset|offended)|got (?:hurt|upset)|found out|had to find|are (?:upset|mad|angry|hurt))\b`,
        weight: 1,
        // corpus hits: 3
        fires: ['im sorry u see it like that', "Sorry you felt so alone. I'm sure she understood."],
        doesNotFire: ["I'm sorry."],
      },
      {
        cue: String.raw`\bsorry (?:if|for how you|for however you|it (?:upset|hurt|bothered)|this (?:upset|hurt|bothered)|that (?:upset|hurt|bothered))\b`,
        weight: 1,
        // corpus hits: 5
        fires: ["I'm sorry if it scared you.", "I'm sorry if that upset you."],
        doesNotFire: ["I'm sorry."],
      },
      {
        cue: String.raw`\b(?:apologize|apologise|i regret) (?:if|that you|for how you)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["I'm not going to apologise for having a friend who understands me."],
      },
      {
        cue: String.raw`\bmistakes were made\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bsorry (?:it|that|this) (?:felt|came across|seemed|sounded|looked|came out)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["I'm sorry it felt that way for you."],
        doesNotFire: ["I'm sorry."],
      },
      {
        cue: String.raw`\bsorry (?:that )?you (?:had to|are so|are hurting|saw|read|heard|were|feel|found)\b`,
        weight: 1,
        // corpus hits: 9
        fires: ["I'm sorry you're so upset.", "Sorry you saw those. Let's leave it there."],
        doesNotFire: ["I'm sorry."],
      },
    ],
  },
  {
    signal: 'dismissal',
    cues: [
      {
        cue: String.raw`\b(?:getting|get|got) (?:really |so |all )?worked up\b|\bfreak(?:ing)? out\b|\b(?:torturing|stressing|beating) yourself\b|\bin proportion\b|\bspiral\b`,
        weight: 1,
        // corpus hits: 6
        fires: ['ok lets not spiral, it was one lie', 'im not. ur getting worked up over nothing'],
        doesNotFire: ["Three thousand messages, and you had to count them yourself. I'm sorry I did that to you."],
      },
      {
        cue: String.raw`\b(?:come on|a lot of fuss|such a fuss|big deal$|big deal \.|not worth the drama|reading (?:too much )?into|do not (?:get|be) upset over|you are imagining)\b`,
        weight: 1,
        // corpus hits: 10
        fires: ["Liking photos isn't cheating, come on.", 'yeah occasionally, its so not a big deal'],
        doesNotFire: ["Sweetheart, you're reading way too much into a few chats."],
      },
      {
        cue: String.raw`\byou are (?:over ?reacting|overthinking|being (?:dramatic|so dramatic|(?:too |so |a bit |very )?(?:sensitive|ridiculous|paranoid|hysterical|crazy|irrational|unreasonable|silly|emotional|extra))|too sensitive|blowing|making (?:a big deal|this bigger|too much|a mountain|a scene))\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["Whoa, you're blowing this way out of proportion."],
        doesNotFire: ['u are controlling tho'],
      },
      {
        cue: String.raw`\b(?:overreacting|overthinking|blowing (?:it|this|things|that) (?:up|out of proportion)|making (?:a (?:big )?deal|a mountain|such a fuss|a fuss)|drama queen|so dramatic)\b`,
        weight: 1,
        // corpus hits: 4
        fires: ['ur not mad, ur overthinking', 'ur overreacting, its one birthday'],
        doesNotFire: ['Is the heater still making that noise?'],
      },
      {
        cue: String.raw`\b(?:calm down|settle down|relax|chill|take a breath and relax|lighten up|get a grip)\b`,
        weight: 1,
        // corpus hits: 8
        fires: ['calm down.', 'i forgot to unfollow chill'],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:it|this|that) is (?:not|hardly) (?:a big deal|that bad|the end of the world|a crime|a big thing|worth (?:this|all this|crying))\b`,
        weight: 1,
        // corpus hits: 4
        fires: ['its not that bad, i was mostly fine', 'a while, its not a big thing, everyone has streaks'],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\bdo not (?:be (?:so |like that|dramatic|silly|ridiculous)|make (?:this|it) (?:a thing|bigger|into))\b`,
        weight: 1,
        // corpus hits: 3
        fires: ['ur not replaced dont be dramatic', "Come on, don't be like that, it's nothing."],
        doesNotFire: ['idk'],
      },
      {
        cue: String.raw`\b(?:you will be fine|you will get over it|it is not worth getting upset)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
    ],
  },
  {
    signal: 'generalizing',
    cues: [
      {
        cue: String.raw`\b(?:everyone|everybody|every couple|all couples|lots of (?:people|couples|guys|men|women)|most (?:people|couples|guys|men|women)|plenty of (?:people|couples)|people|couples|guys|men|women) (?:make|makes|does|do|go through|goes through|has|have|slip|slips|mess up|messes up|cheat|cheats|lie|lies|screw up|screws up|gamble|drink|overspend|struggle)\b`,
        weight: 1,
        // corpus hits: 6
        fires: ['its what guys do, its not about you at all', 'it was a silly daydream, people have those 🙄'],
        doesNotFire: ['mostly memes tbh'],
      },
      {
        cue: String.raw`\b(?:nobody|no one|none of us) (?:is|are) perfect\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["Nobody's perfect."],
      },
      {
        cue: String.raw`\b(?:i am|we are|you are) (?:only |just )?human\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["I'm sorry."],
      },
      {
        cue: String.raw`\bhappens to (?:everyone|everybody|the best|all|most|lots)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["don't feel anything then, honestly, money trouble happens to everyone at some point"],
        doesNotFire: ["We won't. Stuff like this happens to loads of couples and they come out fine."],
      },
      {
        cue: String.raw`\b(?:it|that|this) is (?:normal|common|what couples do|part of (?:life|marriage|being)|life|how it goes|how things go|what happens)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'the lads but they dont care, its normal for them',
          'one drink, it turned into a few, its what happens',
        ],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\b(?:that is|such is) (?:just )?(?:life|marriage|relationships)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['no thats all of them'],
      },
      {
        cue: String.raw`\b(?:mistakes happen|these things happen|stuff happens|shit happens|it happens|we all (?:make|mess|slip|do|have))\b`,
        weight: 1,
        // corpus hits: 3
        fires: ['at work, these things happen', 'it was a lads holiday, stuff happens on those'],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bit is not (?:uncommon|unusual|rare)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["It's nothing."],
      },
      {
        cue: String.raw`\b(?:everyone|everybody) (?:\w+ )?(?:does|has|knows)\b`,
        weight: 0.8,
        // corpus hits: 3
        fires: [
          'a while, its not a big thing, everyone has streaks',
          "It's a silly app, everybody has one, it's harmless.",
        ],
        doesNotFire: ['not everyone, it was like two people'],
      },
    ],
  },
];
