import type { CueGroup } from './cue-types.js';
import { FEELINGS, HOW_HARD_IT_WAS, WRONG_ACTS } from './fragments.js';

export const VALIDATING: CueGroup[] = [
  {
    signal: 'responsibility',
    cues: [
      {
        cue: String.raw`\bi (?:(?:really|completely|totally|deliberately|knowingly) )?(?:${WRONG_ACTS})\b`,
        weight: 1,
        // corpus hits: 90
        fires: ['i lied', 'I relapsed.'],
        doesNotFire: ['It started at eleven.'],
      },
      {
        cue: String.raw`\b(?:that|this|it|all of (?:it|this|that)) (?:is|was) (?:all )?(?:on me|mine|my (?:fault|choice|decision|doing|responsibility|mess|failure))\b`,
        weight: 1,
        // corpus hits: 15
        fires: ['its not ur fault at all. its mine', 'i know you feel alone with it again 😞 thats on me'],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\b(?:my|all my|entirely my|completely my) (?:fault|choice|decision|doing|responsibility)\b`,
        weight: 1,
        // corpus hits: 8
        fires: ['my doing.', 'My fault. All of it.'],
        doesNotFire: ['as a friend. i say that to all my mates'],
      },
      {
        cue: String.raw`\b(?:no one|nobody|nothing) (?:made|forced|pushed) me\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["It's nothing."],
      },
      {
        cue: String.raw`\bi (?:take|own|accept|carry) (?:full |complete |all |total )?(?:the )?(?:responsibility|blame)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['I did promise, and I failed to keep it. I accept full responsibility, and I understand your anger.'],
        doesNotFire: ['calm down.'],
      },
      {
        cue: String.raw`\bi own (?:that|this|it|what i did)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          "I saved her under a fake name so you wouldn't find her. That's how deliberate it was, and I own that.",
          "I said I wasn't in the mood and hid where my attention was really going. That was dishonest, it hurt you, and I own it.",
        ],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:there is|there was|i have|i had) no (?:excuse|good reason|justification)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'i lied becuase i knew it would hurt you and i did it anyway. theres no good reason',
          "I missed the birth of our son. I promised I'd be there and I wasn't. There's no excuse for it.",
        ],
        doesNotFire: ['i had hayfever'],
      },
      {
        cue: String.raw`\bi (?:will not|am not going to|refuse to|do not want to|can not) (?:make|give|offer|look for|hide behind) (?:any )?(?:excuses?|reasons)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['i did. the rent money. im not going to make excuses for it'],
        doesNotFire: ['i wont'],
      },
      {
        cue: String.raw`\b(?:i was|i have been|that was|what i did was) (?:so |completely |totally |really )?(?:wrong|selfish|a coward|cowardly|dishonest|cruel|careless|unfair to you)\b`,
        weight: 1,
        // corpus hits: 5
        fires: [
          'because i was scared of losing u and i was a coward about it',
          "I didn't forget. I decided something else mattered more that afternoon, and I was wrong.",
        ],
        doesNotFire: ['like 6 but i was fine'],
      },
      {
        cue: String.raw`\bi should (?:have|not have|never have)\b`,
        weight: 1,
        // corpus hits: 15
        fires: [
          'i didnt know that. im sorry. i shouldve been there',
          'i shouldnt have told her that. that was urs to tell',
        ],
        doesNotFire: ['i should of. i didnt'],
      },
      {
        cue: String.raw`\b(?:that|it|this|none of (?:that|this)) (?:is|was|does not|is not|was not) (?:no|not an|an|any) excuse\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['a scared one. thats not an excuse, it was still a choice'],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\b(?:nothing|none of (?:that|this|it)) (?:excuses|justifies|makes (?:it|that|this) ok)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["It's nothing."],
      },
      {
        cue: String.raw`\bi did (?:this|that|it)\b(?! (?:because|for|to))`,
        weight: 0.8,
        // corpus hits: 11
        fires: ["It is, and I did it. I'm sorry.", 'nothing about this should help me sleep. i did it'],
        doesNotFire: ['yeah i did'],
      },
      {
        cue: String.raw`\byou are (?:right|not wrong)\b`,
        weight: 0.8,
        // corpus hits: 8
        fires: ["I wasn't there. You're right.", 'youre right, i was at the bar with sam. i lied about the gym'],
        doesNotFire: ['u are controlling tho'],
      },
      {
        cue: String.raw`\bi (?:was|have been) (?:lying|hiding|keeping|sneaking|using)\b`,
        weight: 0.8,
        // corpus hits: 3
        fires: [
          'oh god. u defended me and i was lying. im sorry',
          'u werent stupid. i was lying to u really well, thats on me',
        ],
        doesNotFire: ['it was the 3rd'],
      },
      {
        cue: String.raw`\b(?:i|you) (?:deserved|deserve) (?:better|the truth|to know|an honest)\b`,
        weight: 0.8,
        // corpus hits: 1
        fires: [
          "I should have told you the first time she messaged. You deserved to know then, and I'm sorry I waited.",
        ],
        doesNotFire: ["You didn't deserve any of this."],
      },
      {
        cue: String.raw`\byou (?:did not|do not|never|have never) deserve(?:d)? (?:any of |all of |one bit of )?(?:this|that|it|what i did|to be (?:lied to|treated|hurt|deceived|made))\b`,
        weight: 0.8,
        // corpus hits: 3
        fires: ["You didn't deserve any of this.", 'im so sorry. u didnt deserve any of this'],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\bi (?:know|understand|realise|realize) (?:that )?(?:sorry|an apology|saying sorry|my apology|words) (?:does not|do not|will not|can not|is not going to|are not going to|is not|are not) (?:fix|undo|change|mend|make up for|enough|going to fix)\b`,
        weight: 0.8,
        // corpus hits: 2
        fires: [
          "i realise words aren't enough after what i did",
          "I know sorry doesn't undo any of it. I'm saying it anyway because it's true.",
        ],
        doesNotFire: ['idk'],
      },
      {
        cue: String.raw`\bi (?:did|caused|broke|took|used|taught you|put you|gave it to|messaged (?:her|him) first|started it|did it anyway|went anyway|told it anyway)\b(?! (?:not|it because|that because))`,
        weight: 1,
        // corpus hits: 79
        fires: ['yeah i did', 'i know. and i broke that'],
        doesNotFire: ['what did she say'],
      },
      {
        cue: String.raw`\b(?:it|this|that|all of it) (?:started|began) with me\b|\byou did not do this\b|\bi put you there\b|\bnothing to defend\b|\bi can not excuse\b`,
        weight: 1,
        // corpus hits: 4
        fires: [
          "You didn't do this. I did. What questions keep coming back to you?",
          "Yes. I thought about you, and I went anyway. That's the part I can't excuse.",
        ],
        doesNotFire: ['can u sit with me a bit'],
      },
      {
        cue: String.raw`\b(?:the|that|this) (?:failing|shame|fault|blame|damage|lie|choice) (?:was|is|belongs to|is all) (?:mine|me|on me)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['No. You deserved my attention and I gave it to someone else. The failing was mine.'],
        doesNotFire: ['then dont'],
      },
      {
        cue: String.raw`\bi am the (?:reason|cause|one who (?:made|took|broke|did|caused|hurt|lied|chose|let))\b`,
        weight: 1,
        // corpus hits: 4
        fires: [
          "I miss it too, and I know I'm the reason it's gone. What do you miss the most?",
          "No. I want to be with you, and I know I'm the one who made that hard to believe.",
        ],
        doesNotFire: ["Fine. I'm the liar. Put it on a t-shirt."],
      },
      {
        cue: String.raw`\b(?:that|it|this) (?:is|was) (?:a |the )?(?:betrayal|shameful|dangerous|cruel|wrong of me|a lie|the part i can not excuse)\b`,
        weight: 1,
        // corpus hits: 11
        fires: [
          "Honestly, yes. I was counting on it, and that's shameful.",
          "Yes. I thought about you, and I went anyway. That's the part I can't excuse.",
        ],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\b(?:it|that|this) (?:was|is) (?:not|never) mine to (?:tell|share|give|spend|decide)\b|\bi will keep owning\b|\bi chose (?:badly|wrong|not to|myself|my comfort)\b`,
        weight: 1,
        // corpus hits: 10
        fires: [
          "No, it doesn't undo it. I'll keep owning it, today and after.",
          "I won't. I should have left hours earlier, and I chose not to.",
        ],
        doesNotFire: ['ur not a side piece, ur the one i chose'],
      },
    ],
  },
  {
    signal: 'apology',
    cues: [
      {
        cue: String.raw`\bi am (?:so |really |truly |very |deeply |genuinely |incredibly )*sorry\b(?! (?:you|if|that you|for how you|it upset|this upset|you feel|but)\b)`,
        weight: 1,
        // corpus hits: 98
        fires: ["I'm sorry.", "I lied. I'm sorry."],
        doesNotFire: ["Understood. I'm here."],
      },
      {
        cue: String.raw`\bsorry (?:for (?:lying|what i|the|hurting|breaking|hiding|not|everything|my|all)|that i|i)\b`,
        weight: 1,
        // corpus hits: 27
        fires: ['thats ok. im sorry i wasnt there', "You don't need to answer. I'm sorry I lied about seeing him."],
        doesNotFire: ["I'm sorry."],
      },
      {
        cue: String.raw`\bi (?:apologize|apologise|regret)\b(?! (?:if|that you|for how you)\b)`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["I'm not going to apologise for having a friend who understands me."],
      },
      {
        cue: String.raw`^(?:i am )?(?:so |really )?sorry(?: \.)?$`,
        weight: 0.8,
        // corpus hits: 2
        fires: ["I'm sorry.", 'im so sorry'],
        doesNotFire: ["I lied. I'm sorry."],
      },
    ],
  },
  {
    signal: 'feeling-named',
    cues: [
      {
        cue: String.raw`\byou (?:are|were|must be|must have been|must feel|feel|felt|have been|might be|might feel|seem|sound|are feeling|were feeling|would be|would feel|had every reason to (?:be|feel)) (?:so |really |completely |still |totally |just |absolutely )?(?:${FEELINGS})\b`,
        weight: 1,
        // corpus hits: 16
        fires: [
          'i know you feel alone with it again 😞 thats on me',
          'youre furious and you should be. i said id be at the scan and i wasnt',
        ],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:your|the) (?:hurt|pain|anger|grief|sadness|fear|shock|humiliation|rage|disappointment|loneliness|exhaustion)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'I did promise, and I failed to keep it. I accept full responsibility, and I understand your anger.',
          'i know ur hurt but its done now. lets not let it wreck us 🙏',
        ],
        doesNotFire: ['then dont'],
      },
      {
        cue: String.raw`\b(?:made|make|left|leave) you (?:feel )?(?:${FEELINGS})\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["I'll make coffee."],
      },
      {
        cue: String.raw`\byou have every (?:right|reason)\b`,
        weight: 1,
        // corpus hits: 7
        fires: [
          "You have every right to be angry that I lied. I'd be angry too.",
          "Okay. I won't lead with sorry. You have every right to be furious with me.",
        ],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bof course you (?:are|feel|would|do|can not|do not|did|want|need)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['Of course you can. It was a mistake, one stupid mistake.'],
      },
      {
        cue: String.raw`\b(?:it makes|that makes) (?:complete |total )?sense (?:that )?you\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["that makes sense. i'd want them gone too if i were u"],
      },
      {
        cue: String.raw`\bno wonder you\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:how|so) (?:much |badly )?(?:i|this|that|it) (?:hurt|humiliated|scared|embarrassed|betrayed|broke) you\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['how is that my problem'],
      },
      {
        cue: String.raw`\b(?:anyone|anybody) would (?:be|feel)\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['has anyone rung about the boiler yet'],
      },
      {
        cue: String.raw`\b(?:that|it|this) must (?:have )?(?:been|felt|feel|be) (?:${HOW_HARD_IT_WAS}|like\b)`,
        weight: 0.8,
        // corpus hits: 10
        fires: [
          'that must have been awful to read, every single one',
          'it must have felt like everything tipped over at once',
        ],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\bi can only imagine (?:how|what)\b`,
        weight: 0.8,
        // corpus hits: 1
        fires: ["I can only imagine what that night was like for you. I won't explain it away."],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:that|it|this) sounds ${HOW_HARD_IT_WAS}`,
        weight: 0.8,
        // corpus hits: 3
        fires: [
          'That sounds so lonely, carrying it on your own all week.',
          'that sounds so lonely. im sorry u were on ur own with it',
        ],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\b(?:that|it|this) (?:makes sense|is a real loss|cuts deep|must (?:hurt|cut|sting)|is a lonely|is awful|is a horrible|is a terrible)\b|\bi (?:can )?see how (?:deep|much|hard|badly)\b`,
        weight: 1,
        // corpus hits: 12
        fires: [
          'thats a horrible way to feel and i made u feel it',
          "that makes sense. i'd want them gone too if i were u",
        ],
        doesNotFire: ['It must be nice never making a mistake.'],
      },
      {
        cue: String.raw`\b(?:i get|i understand|i can see|i know) why (?:you|it|this|that)\b|\byou (?:are|were) right to (?:be|feel)\b|\band you should be\b|\byou (?:are|were) not (?:paranoid|crazy|imagining it|wrong|stupid|a fool)\b`,
        weight: 1,
        // corpus hits: 14
        fires: [
          'like i didnt care. and i get why it felt like that',
          'u werent stupid. i was lying to u really well, thats on me',
        ],
        doesNotFire: ['yeah i know'],
      },
    ],
  },
  {
    signal: 'open-question',
    cues: [
      {
        cue: String.raw`\bwhat (?:is|was|has been|feels|felt|would|part|parts|hurts|hurt|do you need|can i|are you (?:feeling|thinking|most)|is the (?:hardest|worst)|was (?:it|that) like|went through|goes through|keeps)\b[^?.!]*(?:\byou|\byour|\?)`,
        weight: 1,
        // corpus hits: 22
        fires: [
          'what are you most worried about now that people know?',
          'what part of this is confusing you most? ill answer straight',
        ],
        doesNotFire: ['do what u want'],
      },
      {
        cue: String.raw`\bhow (?:are you|do you feel|did (?:it|that|this|you) feel|has (?:it|this) been|is (?:it|this) (?:for|sitting)|can i (?:help|show|make|earn|be)|would you like|are you holding)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "You're no fool. I hid the statements on purpose. How are you feeling about it right now?",
          "a few, its friendly stuff, 'how r u' stuff",
        ],
        doesNotFire: ['how is that my problem'],
      },
      {
        cue: String.raw`\b(?:can|could|would|will) you tell me (?:more|what|how|about)\b`,
        weight: 1,
        // corpus hits: 1
        fires: [
          "I'm starting to. Will you tell me about it? I want to hear all of it, even the parts that are hard to hear.",
        ],
        doesNotFire: ['i wont'],
      },
      {
        cue: String.raw`\b(?:do|would) you want to (?:talk|tell|say|ask|go on|keep going)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['tbh i didnt think u would'],
      },
      {
        cue: String.raw`\b(?:is there|what is) (?:anything|something) (?:you|i)\b[^?]*\?`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['whats the new one'],
      },
      {
        cue: String.raw`\btell me (?:more|what|how|about)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'i do. a lot. tell me what its doing to u',
          "I'm starting to. Will you tell me about it? I want to hear all of it, even the parts that are hard to hear.",
        ],
        doesNotFire: ['u cant tell me who i can be friends with'],
      },
      {
        cue: String.raw`\bi want to (?:understand|hear|know) (?:what|how|more|everything|about|it|all)\b`,
        weight: 0.8,
        // corpus hits: 2
        fires: [
          "I'd like to explain how it started, but first I want to hear everything you need to say. Go ahead.",
          "I'm starting to. Will you tell me about it? I want to hear all of it, even the parts that are hard to hear.",
        ],
        doesNotFire: ["No. I want to be with you, and I know I'm the one who made that hard to believe."],
      },
      {
        cue: String.raw`\b(?:what|how) (?:do|would|could) you (?:need|want|like) (?:from me|me to|right now|now)\b`,
        weight: 0.8,
        // corpus hits: 1
        fires: [
          "You're wondering what my promises are worth. Right now, very little, and that's my doing. What would you want me to show you first?",
        ],
        doesNotFire: ['do what u want'],
      },
      {
        cue: String.raw`\bwould it help\b`,
        weight: 0.8,
        // corpus hits: 2
        fires: [
          "You've been carrying this alone. Would it help if I found a counsellor you could see on your own, and I covered it?",
          "You keep seeing her car outside our house, the place that was supposed to be safe for you, and I brought her there. I'm sorry. When that picture comes back, would it help to tell me, even at 3am?",
        ],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bask me (?:anything|whatever|everything|what you)\b`,
        weight: 0.6,
        // corpus hits: 4
        fires: [
          "Okay. Here's the truth: I haven't worked since February. Ask me anything else.",
          'what are you trying to piece together right now? ask me anything, i wont dodge it',
        ],
        doesNotFire: ["Yes, I did, more than once. Ask me what I said and I'll tell you word for word."],
      },
      {
        cue: String.raw`\bwhat (?:questions|do you miss|do you need to hear|has it been like|is going round|are you wondering|would make|would help)\b|\bhow is (?:this|that) landing\b`,
        weight: 1,
        // corpus hits: 10
        fires: [
          'what do you need to hear from me to make sense of this',
          "You didn't do this. I did. What questions keep coming back to you?",
        ],
        doesNotFire: ["I'd rather you ask me the hard questions than have to guess. What's sitting with you most?"],
      },
    ],
  },
  {
    signal: 'patience',
    cues: [
      {
        cue: String.raw`\b(?:take|taking|have|need) (?:all |as much |as long as you need|whatever )?(?:the )?(?:time|space|long)\b(?! (?:to get over|to move on))`,
        weight: 1,
        // corpus hits: 1
        fires: ['you dont have to look at me. take whatever space you need tonight'],
        doesNotFire: ['9, ive booked it'],
      },
      {
        cue: String.raw`\b(?:as long as|however long|however much time) (?:it takes|you need|this takes|you want|you like)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'take as long as u need, i mean that',
          "I'll stay up with you as long as you want, or leave you be. Whatever you need.",
        ],
        doesNotFire: ["i dont expect it. i'll earn it if u let me, however long that is"],
      },
      {
        cue: String.raw`\b(?:whatever|whichever way) you (?:decide|choose|need)\b(?! (?:to get over|to move on))`,
        weight: 0.8,
        // corpus hits: 3
        fires: [
          "i get it. whatever u decide i'll respect it",
          "I'll stay up with you as long as you want, or leave you be. Whatever you need.",
        ],
        doesNotFire: ['whatever u want'],
      },
      {
        cue: String.raw`\bi am not (?:going|leaving|giving up|walking away)\b(?! to (?:say|do|talk))`,
        weight: 1,
        // corpus hits: 24
        fires: ["Then we won't. I'm not going anywhere.", 'im not gonna argue with anything u feel rn'],
        doesNotFire: ["I'm not doing this tonight."],
      },
      {
        cue: String.raw`\b(?:no|there is no) (?:rush|hurry|pressure|deadline|timeline)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'ok. ill be downstairs. no rush on anything',
          "I will. I'll check in tomorrow, and there's no pressure to answer.",
        ],
        doesNotFire: ["There's nothing else. Stop looking for the next thing."],
      },
      {
        cue: String.raw`\byou do not (?:have|need) to (?:forgive|decide|talk|answer|say|trust|be ok|know|explain|respond|look at|forget|get over|feel|pretend|hold|make)\b`,
        weight: 1,
        // corpus hits: 11
        fires: [
          "You don't have to say anything. I'm not going anywhere.",
          "You don't need to answer. I'm sorry I lied about seeing him.",
        ],
        doesNotFire: ['u dont even use insta'],
      },
      {
        cue: String.raw`\bi (?:do not|will not|would not|can not) (?:expect|ask|need|pressure|push|rush) you\b`,
        weight: 1,
        // corpus hits: 4
        fires: [
          "I don't expect you to trust me tonight, or this month. I'm sorry.",
          "I won't forget it, and I won't ask you to. I'll be around tomorrow, and the day after.",
        ],
        doesNotFire: ['idk'],
      },
      {
        cue: String.raw`\b(?:i am not|not) (?:asking|expecting|pushing|rushing|pressuring) (?:you|for)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "I missed it. I know. I'm not asking you to say anything.",
          "Again. I know that word carries every other time I didn't show up too: the recital, your scan, the funeral. I'm not asking you to feel anything about it tonight. I'll be at the next one.",
        ],
        doesNotFire: ['idk'],
      },
      {
        cue: String.raw`\bwhen(?:ever)? you are (?:ready|able)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "I'm not going to. I told her I won't be in contact again, and that message is yours to read when you're ready.",
          'talk to me when youre ready to be fair',
        ],
        doesNotFire: ["dinner's ready whenever"],
      },
      {
        cue: String.raw`\bat your (?:own )?pace\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['after. the 14th. u were at ur mums that weekend'],
      },
      {
        cue: String.raw`\bi (?:will|can|am going to) (?:wait|be here|keep showing|keep proving|keep earning|earn)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          "Alright. I'll be here whenever there is.",
          "You're right, words won't fix this. I'll keep showing up anyway.",
        ],
        doesNotFire: ['i wont'],
      },
      {
        cue: String.raw`\b(?:earn|rebuild|win) (?:back )?(?:your|that|the) trust\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['its cooking wine'],
      },
      {
        cue: String.raw`\bif you need (?:space|time|to)\b`,
        weight: 0.8,
        // corpus hits: 1
        fires: ['what questions do you have? ask the same one ten times if you need to, ill answer every time'],
        doesNotFire: ['the pharmacy closes at 9 if you need anything'],
      },
      {
        cue: String.raw`\bi am (?:here|right here|still here|staying)\b|\b(?:i will|i am going to) (?:keep|be) (?:turning up|showing up|here|there|going|coming)\b`,
        weight: 1,
        // corpus hits: 11
        fires: ["Understood. I'm here.", 'i wont text. im here when ur ready'],
        doesNotFire: ['i wont'],
      },
      {
        cue: String.raw`\byou do not owe me\b|\byou are allowed to\b|\byou (?:set|decide|choose) (?:the pace|when|how|what happens)\b|\bnot tonight\b|\bone (?:thing|day|step|question) at a time\b`,
        weight: 1,
        // corpus hits: 7
        fires: ['thats ok. you set the pace, not me', 'ok. youre allowed to be done for tonight'],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:watch|see) what i do\b|\bwithout asking (?:anything|you|for)\b|\b(?:whenever|when) you (?:want|decide|choose|feel ready|are ready)\b|\bslowly\b`,
        weight: 1,
        // corpus hits: 11
        fires: [
          "I'll bother. Slowly, and without asking anything of you.",
          "i'll leave it on the table face up, look whenever u want",
        ],
        doesNotFire: ["dinner's ready whenever"],
      },
      {
        cue: String.raw`\b(?:it is|that is) (?:ok|fair|alright|understandable) (?:not to|to not|if you|that you)\b|\byou do not have to (?:believe|give|decide|say|do|answer)\b`,
        weight: 1,
        // corpus hits: 5
        fires: [
          "You don't have to say anything. I'm not going anywhere.",
          "Another lie, yes. It's fair not to believe anything I say today.",
        ],
        doesNotFire: ['i can take the sofa if u want'],
      },
    ],
  },
  {
    signal: 'transparency',
    cues: [
      {
        cue: String.raw`\byou can (?:see|look at|look through|check|read|have|go through|ask|call|track) (?:my|me|anything|everything|the|all|it|whatever)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'yes. everything. u can have my passcodes',
          "About six thousand. I'll show you the account so you can see the exact figure.",
        ],
        doesNotFire: ['u can, this was a one off'],
      },
      {
        cue: String.raw`\b(?:my|the) (?:phone|passwords?|accounts?|statements?|messages|emails|location|bank|laptop|banking|logins?)\b[^.?!]*\b(?:open|any ?time|whenever|yours|share|unlocked|available)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['then dont'],
      },
      {
        cue: String.raw`\bi (?:will|want to|need to|am going to|am ready to) (?:tell|show|give) you (?:everything|all|the (?:whole |full )?truth|the rest|every|whatever|the (?:statements|messages|passwords|numbers))\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          "I emptied it. I'm sorry. I'll show you every withdrawal.",
          "It started in March at the conference in Denver. I'll tell you every part of it, in whatever order you want.",
        ],
        doesNotFire: ['i wont'],
      },
      {
        cue: String.raw`\bi will answer (?:any|every|all|whatever|anything)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["I had feelings for her, yes. I've ended all contact, and I'll answer anything you ask about it."],
        doesNotFire: [
          "I understand why you can't tell which parts were true anymore. Go through it with me, one thing at a time, and I'll answer each one.",
        ],
      },
      {
        cue: String.raw`\b(?:no more|not (?:one|any) more|without any) (?:secrets|lies|hiding)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["I've started applying for jobs, and I'll forward you every application. No more secrets about work."],
        doesNotFire: ['yeah £12 more a month'],
      },
      {
        cue: String.raw`\bhere is (?:everything|the truth|what (?:really )?happened|all of it|the whole)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["Okay. Here's the truth: I haven't worked since February. Ask me anything else."],
        doesNotFire: ['did u eat? theres leftover curry'],
      },
      {
        cue: String.raw`\bthere is (?:more|something (?:else|more)) (?:i|you) (?:should|need|have|must|want)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['did u eat? theres leftover curry'],
      },
      {
        cue: String.raw`\b(?:the (?:whole|full|complete) truth|full honesty|completely honest|totally honest)\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['uve got the truth now so can we stop'],
      },
      {
        cue: String.raw`\bi (?:have|had) not told you\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['i had hayfever'],
      },
      {
        cue: String.raw`\bi (?:will|can|am going to|want to) (?:tell|show|answer|walk you through|go through|give|pour|explain|read|send) (?:you|it|them|her|him|every|each|the|all|anything|whatever|that|exactly)\b`,
        weight: 1,
        // corpus hits: 26
        fires: [
          "I emptied it. I'm sorry. I'll show you every withdrawal.",
          "that makes sense. i'll tell u where i am and u can call whenever",
        ],
        doesNotFire: ['i wont'],
      },
      {
        cue: String.raw`\b(?:anything|whatever|everything) (?:else )?you (?:want|need) to (?:know|ask|see|hear)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['whatever u want'],
      },
      {
        cue: String.raw`\b(?:the (?:ugly |whole |plain |honest |true |real )?(?:truth|answer|number|story|timeline)|that is all of it|that is the last|the last of it|you deserve to (?:hear|know))\b`,
        weight: 1,
        // corpus hits: 26
        fires: ['a hangover. thats the honest answer', 'weed and two edibles. thats all of it'],
        doesNotFire: ['Ok, I see the history.'],
      },
      {
        cue: String.raw`\b(?:here is|here are) my (?:phone|email|laptop|passwords?|logins?|statements?|accounts?)\b|\b(?:the code|the password|my password) is\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'heres my email and my bank login. check whatever you want, whenever',
          'heres my phone. the code is your birthday. look at whatever you want',
        ],
        doesNotFire: ['Where are the car keys?'],
      },
      {
        cue: String.raw`\byou (?:can|could|are welcome to) (?:check|pull|see|read|look|call|verify)\b|\b(?:check|look at|read|go through) (?:whatever|anything|everything|each one|every one)\b`,
        weight: 1,
        // corpus hits: 13
        fires: ['doing it rn. done. u can check', "that makes sense. i'll tell u where i am and u can call whenever"],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:they are|it is|keys are|everything is) yours\b|\bi am telling you (?:anyway|now|everything|because)\b|^(?:honestly|truthfully|to be honest) (?:\?|,)`,
        weight: 1,
        // corpus hits: 8
        fires: [
          "Honestly, yes. I was counting on it, and that's shameful.",
          "I was at the casino. I'm telling you anyway, even if you don't want to hear it right now.",
        ],
        doesNotFire: ['idk tbh'],
      },
    ],
  },
  {
    signal: 'growth',
    cues: [
      {
        cue: String.raw`\b(?:booked|started|joined|called|found|signed up|enrolled|been going|started going|going to go|will go|will start|went|made an appointment|reached out|talked) (?:to |for |with |at |into )?(?:a |an |the |my |our |some )?(?:therap|counsel|meeting|group|sponsor|program|programme|rehab|aa\b|na\b|gamblers anonymous|doctor|gp\b|treatment|debt advi|financial advi|course|couples)`,
        weight: 1,
        // corpus hits: 8
        fires: [
          'okay. went to a meeting this morning. first of a lot of them',
          'I signed up for Gamblers Anonymous. The first meeting is Wednesday night.',
        ],
        doesNotFire: ['9, ive booked it'],
      },
      {
        cue: String.raw`\b(?:i|i have|i will|i am going to) (?:blocked|deleted|block|delete|cut off|ended|end|closed|close|cancelled|canceled|cancel|cut up|handed over|hand over|uninstalled|uninstall|quit|poured out|gave up|give up|changed|moved|reported)\b`,
        weight: 1,
        // corpus hits: 16
        fires: [
          'yes. since about a week after i said i quit',
          'I closed both cards today and forwarded you the confirmation letters.',
        ],
        doesNotFire: ['ill send it u now'],
      },
      {
        cue: String.raw`\bi (?:am|will be|have been) (?:working on|getting help|seeing (?:someone|a)|in therapy|in treatment|going to meetings|sober|in recovery)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "I don't have a good answer yet. I'm seeing a counsellor to understand it, and I'll tell you what I find.",
          "I don't have an answer that excuses it, and I'm not going to pretend I do. I'm working on the why with a therapist, and I'll share what I find.",
        ],
        doesNotFire: ["ok. i'll be in the garage"],
      },
      {
        cue: String.raw`\b(?:therapy|therapist|counsell?or|counsell?ing|sponsor|meetings|rehab|treatment)\b`,
        weight: 1,
        // corpus hits: 18
        fires: [
          'im sorry i told your friends about your therapy. that wasnt mine to tell',
          "I know. I've booked an appointment with my addiction counsellor for Monday.",
        ],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bi (?:want|need|have) to (?:understand|figure out|work out|find out|learn) (?:why|myself|what (?:made|in me)|how i)\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['do what u want'],
      },
      {
        cue: String.raw`\b(?:self ?-?exclusion|unfollowed|uninstalled|transferred|moved to another|in my calendar|the day off is booked|booked (?:us|a|an|the|myself|in)|another team|a new number|changed my number)\b`,
        weight: 1,
        // corpus hits: 8
        fires: [
          'not anymore. unfollowed and blocked her this morning, you can check',
          "I know. I've booked an appointment with my addiction counsellor for Monday.",
        ],
        doesNotFire: ['9, ive booked it'],
      },
    ],
  },
];
