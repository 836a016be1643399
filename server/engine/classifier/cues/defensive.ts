import type { CueGroup } from './cue-types.js';

export const DEFENSIVE: CueGroup[] = [
  {
    signal: 'blame-shift',
    cues: [
      {
        // The reason given is the partner's reaction: "because you'd have kicked off".
        cue: String.raw`\b(?:because|since|cause) you (?:would have (?:gone|kicked|freaked|gone mad|made|gone mental|lost it|had a go|blown up|left)|would (?:go|kick|freak|make|lose|have a go|blow up|never|just)|get (?:so )?(?:jealous|angry|upset|mad|funny|weird|paranoid|suspicious)|go (?:mad|mental|ballistic|nuts|off on one)|always|never|kick off|freak out|overreact)\b`,
        weight: 1,
        fires: ['because you would have kicked off', 'cos u get jealous whenever i mention him'],
        doesNotFire: ['because you deserved to hear it from me', 'because you would have been right to leave'],
      },
      {
        cue: String.raw`\b(?:because|since|if) you (?:had (?:been|not|just)|would not|did not|never|always|kept|stopped|pushed|left me|made me|were not|were never|were always|are always|are never|could not|refused|shut me)\b`,
        weight: 1,
        // corpus hits: 4
        fires: ['cuz u always go off on me', 'because u kept going through it'],
        doesNotFire: ['4 months. since march'],
      },
      {
        cue: String.raw`\byou (?:never|always|constantly|barely|hardly ever|stopped) (?:\w+ ){0,2}?(?:listen|care|cared|notice|noticed|have time|had time|were home|are home|talk|talked|make time|made time|nag|check|complain|bring|touch|touched|look at|looked at|pay|paid|help|helped|show|showed|appreciate|appreciated)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'stop yelling at me about money when you never even look at the statements',
          'im sorry but u kind of made it easy to hide, you never notice anything i do',
        ],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\byou (?:pushed|drove|forced|made) me (?:to|into|away|do|feel)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:it is|it was|that is|that was) (?:also |partly |half |just as much )?(?:your|both of our|our) (?:fault|doing|problem)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["It's 2am."],
      },
      {
        cue: String.raw`\b(?:we both|you also|you too|you have your|you had your|you played a) (?:part|share|role|blame|messed|made mistakes)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['babe its late, we both have lectures at 9'],
      },
      {
        cue: String.raw`\bit takes two\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bwhat did you expect\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bif you (?:had (?:been|just|paid|listened|cared|not)|would have|had not|paid|listened|cared)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['i can take the sofa if u want'],
      },
      {
        cue: String.raw`\bbut you\b`,
        weight: 1,
        // corpus hits: 7
        fires: ['u say that but u forgave ur dad', 'i do want to stop, but u make it harder going on about it'],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:you|she|he|they|the kids|my boss|work|your mother) (?:left me no|gave me no) choice\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['Because you go ballistic whenever her name comes up! You gave me no choice.'],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\byou (?:were|are) (?:so |always |never |too )?(?:cold|distant|busy|absent|obsessed|controlling|never there|not there|never around|checked out|wrapped up)\b`,
        weight: 0.8,
        // corpus hits: 5
        fires: ['u are controlling tho', "No. And stop telling me what I felt, you weren't there."],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:because|since) (?:the last time|your (?:hours|job|mum|mom|mother|car|family))\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'I went to the pub because your mum swore it would be hours yet. Ask her.',
          "Since your car broke down and you told me to sort it out. That's when it started.",
        ],
        doesNotFire: ['4 months. since march'],
      },
      {
        cue: String.raw`\b(?:listen|look) (?:to|at) how you\b|\b(?:we were|things were) (?:ok|fine|good|happy) until you\b|\bmakes me want to\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'we were ok until you started counting every beer i have',
          'You want to know why I drink? Listen to how you talk to me.',
        ],
        doesNotFire: ['do u hear how u sound rn'],
      },
      {
        cue: String.raw`\byou (?:checked out|told me to|started (?:checking|counting|it|this)|did not speak to me|stopped (?:asking|trying|touching|talking))\b`,
        weight: 1,
        // corpus hits: 7
        fires: [
          'we were ok until you started counting every beer i have',
          'You stopped asking. Somewhere along the way I gave up trying.',
        ],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\byour (?:mum|mom|mother|sister|brother|dad|father) (?:swore|said|told|gave)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'I went to the pub because your mum swore it would be hours yet. Ask her.',
          "The kids have swim at five, then your mum said she can keep them overnight, so I'll drop their bags at hers on the way back.",
        ],
        doesNotFire: ['Okay. Your ex.'],
      },
    ],
  },
  {
    signal: 'justification',
    cues: [
      {
        cue: String.raw`\bi (?:was|had been|felt|have been|am) (?:so |really |just |very |completely |under )?(?:stressed|lonely|drunk|tired|exhausted|pressure|overwhelmed|depressed|struggling|busy|going through|in a bad place|not myself|trying to protect|protecting|trying to help|desperate|broke|neglected|unhappy|miserable|bored|starved)\b`,
        weight: 1,
        // corpus hits: 14
        fires: ['i was tired not drunk', 'i was drunk when i sent that'],
        doesNotFire: ['it was the 3rd'],
      },
      {
        cue: String.raw`\b(?:because|since) (?:of )?(?:work|the (?:job|kids|stress|pressure|money|bills|baby|move)|my (?:job|boss|mother|dad|work|stress|friends|family|anxiety|depression)|money|things were|it was (?:easier|hard|the only)|we (?:needed|were)|i (?:needed|felt|did not want|could not|thought you|knew you))\b`,
        weight: 1,
        // corpus hits: 4
        fires: [
          "Because I knew you'd read them exactly like this, hunting for the worst in every line.",
          'because i didnt want to sit with ur family all day and i didnt have the guts to tell u that',
        ],
        doesNotFire: ['4 months. since march'],
      },
      {
        cue: String.raw`\bi (?:only )?did (?:it|that|this) (?:because|for (?:the|us|our)|to (?:protect|help|save|keep|make|get|feel|spare))\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["You didn't see how worried they were about you. I did it because I care."],
        doesNotFire: ['yeah i did'],
      },
      {
        cue: String.raw`\bi was (?:going|about|planning|gonna|always going) to tell you\b`,
        weight: 0.8,
        // corpus hits: 5
        fires: ['i was gonna tell u after ur exams', 'i was always going to tell you, you just found out first'],
        doesNotFire: ['like 6 but i was fine'],
      },
      {
        cue: String.raw`\bi (?:had|needed) (?:to|a reason|my reasons|no choice|no other)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'i had to pop out, i was back by 3 wasnt i',
          "Well, I can't help you with that. I've said what I had to say.",
        ],
        doesNotFire: ['i had hayfever'],
      },
      {
        cue: String.raw`\bwhat (?:else )?was i supposed to do\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'my manager made me come in, what was i supposed to do',
          'I did block him. He made a new account. What was I supposed to do, change my number?',
        ],
        doesNotFire: ['do what u want'],
      },
      {
        cue: String.raw`\bi was (?:just )?(?:trying|doing what i could|doing my best) to\b`,
        weight: 1,
        // corpus hits: 4
        fires: [
          'I was going to, after your surgery. I was trying to protect you.',
          "I thought I'd have a new job before it came to that. I was trying to fix it first.",
        ],
        doesNotFire: ['like 6 but i was fine'],
      },
      {
        cue: String.raw`\bi did not (?:tell|say|mention)[^.?!]*\b(?:because|since|so)\b`,
        weight: 1,
        // corpus hits: 1
        fires: [
          'cuz i was stressed and it was easier than dealing with it and i didnt tell u cuz i didnt want to be the person who failed again',
        ],
        doesNotFire: ['i should of. i didnt'],
      },
      {
        cue: String.raw`\b(?:to protect|to spare|for the sake of|for your own good|for the family)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['I was going to, after your surgery. I was trying to protect you.'],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:you have to understand|you need to understand|try to understand|let me explain|you do not understand|you do not know what it)\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bi (?:needed|wanted) (?:someone|something|attention|an escape|a break|to feel|to be)\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["I needed you plenty of days and you weren't there either."],
      },
      {
        cue: String.raw`\b(?:there are|i had|i have) (?:my )?reasons\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['Well, there are reasons, whether you want them or not. The business was going under.'],
        doesNotFire: ['i had hayfever'],
      },
      {
        cue: String.raw`\bi was (?:venting|stuck|ashamed|scared|desperate|broke|only trying|looking out)\b`,
        weight: 1,
        // corpus hits: 6
        fires: [
          'I was stuck on the motorway. I was crying in the car too, you know.',
          'Those were bad days. I was venting, and I think I was allowed to vent somewhere.',
        ],
        doesNotFire: ['like 6 but i was fine'],
      },
      {
        cue: String.raw`\b(?:somebody|someone) had to\b|\bcan not afford\b|\bsince you are asking\b|\ba roof over\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          "Keeping a roof over our heads, since you're asking.",
          'I opened them because somebody had to cover the bills when your hours got cut.',
        ],
        doesNotFire: ['Just someone to talk to when work was boring.'],
      },
      {
        cue: String.raw`\b(?:i was|i am|i think i was) allowed to\b|\byou can not expect me to\b|\bi have (?:a|every) right to\b|\bi had a plan\b`,
        weight: 1,
        // corpus hits: 4
        fires: [
          "We were together nine years. You can't expect me to act like he doesn't exist.",
          'Those were bad days. I was venting, and I think I was allowed to vent somewhere.',
        ],
        doesNotFire: ['ok. youre allowed to be done for tonight'],
      },
      {
        cue: String.raw`\b(?:that is|that was) (?:the|why|my) reason\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["She is part of my past. We still co-own the dog, that's the reason we were in touch."],
        doesNotFire: ['no thats all of them'],
      },
    ],
  },
  {
    signal: 'counter-attack',
    cues: [
      {
        cue: String.raw`\bwhat about (?:you|your|when you|the time|that time|all the)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:like|as if) you (?:are|were) (?:so |any |some )?(?:perfect|innocent|a saint|better|the one to talk|one to talk|never)\b|\bas if you (?:have never|never|did not|have not)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["Nobody's perfect."],
      },
      {
        cue: String.raw`\byou (?:are|were) (?:no|not (?:exactly )?(?:a|an)?) ?(?:saint|angel|perfect|innocent)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\byou (?:do|did|have done) (?:it|the same|this|that) (?:too|yourself|all the time)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\bwhy (?:are|do|did|would|must|should|can not|will not|does|is) (?:you|it|this|everything) (?:always |even |keep |have to |need to |so |still |suddenly )?(?:keep|bring|go|going|looking|look|check|checking|snoop|snooping|care|make|making|turn|turning|think|act|acting|assume|do|be|have|need|blow|dig|punish|treat|talk|yell|throw|read|go through)\b`,
        weight: 1,
        // corpus hits: 13
        fires: ['why do u care if he was there', 'why r u acting like the police'],
        doesNotFire: ['why are u timing me'],
      },
      {
        cue: String.raw`\bhow (?:dare|could) you\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['how is that my problem'],
      },
      {
        cue: String.raw`\bwho are you to\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bstop (?:snooping|spying|nagging|checking|going through|attacking|yelling|being|interrogating|acting|twisting|throwing)\b`,
        weight: 1,
        // corpus hits: 4
        fires: ['nothing, stop going through my stuff', 'at work. u know where i met her stop acting like u dont'],
        doesNotFire: ['i had stopped, this is a blip'],
      },
      {
        cue: String.raw`\byou (?:went|were going|go) through my\b`,
        weight: 1,
        // corpus hits: 3
        fires: ['because u go through my stuff', 'i panic when u go through my stuff'],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:happy now|that is rich|look who is talking|says you|pot calling|are you done|are you finished|you are one to talk|nice try)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["Sure, I'm the worst husband on the planet. Happy now?"],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bhere we go (?:again)?\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['Here we go again.'],
        doesNotFire: ['does it matter where we go'],
      },
      {
        cue: String.raw`\byou (?:always|never) (?:do|say|make|have|turn) (?:this|that|it|everything)\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:very mature|real nice|really helpful|thanks for the vote|cheap shot|problem solved|oh please|nice try|thanks a lot|good for you|must be nice|typical)\b`,
        weight: 1,
        // corpus hits: 7
        fires: ['Real nice. Really helpful.', "That's a cheap shot and you know it."],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bdo not (?:act like|tell me (?:i|what|how|that)|say (?:i|things|that i)|you dare|start|turn this)\b`,
        weight: 1,
        // corpus hits: 5
        fires: [
          "Then don't start with the accusations the second I walk through the door.",
          "They were asleep. They didn't see anything, so don't say things that aren't true.",
        ],
        doesNotFire: ['idk'],
      },
      {
        cue: String.raw`\byou (?:still|also|yourself) (?:follow|do|have|spend|spent|drink|talk|text|lied|lie|keep|went)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          "Oh please. You still follow your ex on everything and I've never said a word.",
          "I have said sorry in every way I know. I went to the counsellor you picked, I moved into the spare room, I handed over my phone, and you still talk to me like I'm the enemy in my own home.",
        ],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:you have|you have got) no idea (?:what|how)\b`,
        weight: 1,
        // corpus hits: 1
        fires: [
          "Don't tell me I threw it away. You have no idea what it took to get through those nine months while you were never home.",
        ],
        doesNotFire: ["u have it, i'll get the bus"],
      },
      {
        cue: String.raw`\byou (?:do not|did not) (?:know that|even (?:check|ask|look|listen|care))\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["You don't know that. You've never been in my position."],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:you have|you) never been in my\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["You don't know that. You've never been in my position."],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:this|that) is what you (?:always )?do\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["Don't 'okay' me. This is what you always do, shut down and let me be the bad guy."],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\bwhy (?:did not|do not|can not) you\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'why didnt YOU call ME? my phone was on all afternoon',
          "Why can't YOU ever talk to me, instead of making me guess what's going on?",
        ],
        doesNotFire: ['why are u timing me'],
      },
      {
        cue: String.raw`\bdid you even\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          "I texted you that I'd be late. Did you even tell him that?",
          'How do you live with someone for six weeks and not notice? Did you even look at me?',
        ],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:name|give me) one\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['Always? Name one other time. Go on, name one.'],
        doesNotFire: ['Give me a second.'],
      },
      {
        cue: String.raw`\byou (?:could|can) at least\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['You could at least pretend to listen to my side of it.'],
        doesNotFire: ['ya'],
      },
      {
        cue: String.raw`\b(?:stop|quit) (?:punishing|treating|telling|making)\b`,
        weight: 1,
        // corpus hits: 3
        fires: ['Then stop punishing me for it.', "No. And stop telling me what I felt, you weren't there."],
        doesNotFire: ['i had stopped, this is a blip'],
      },
      {
        cue: String.raw`\b(?:write|writing) me off\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["Nice. Write me off, that'll really help."],
        doesNotFire: ["People write stuff like that in messages. They're words."],
      },
      {
        cue: String.raw`\byou think (?:i am not|i do not|screaming|shouting|yelling|i like|i enjoy|this is)\b`,
        weight: 1,
        // corpus hits: 4
        fires: [
          'do you think i dont know that? i think about it every single day',
          "You think I'm not falling apart too? I threw up this morning before work.",
        ],
        doesNotFire: ['what do u think i was doing'],
      },
      {
        cue: String.raw`\b(?:so )?i am not (?:even )?allowed to\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["So I'm not allowed to laugh now? Should I hand my phone over at the door every night?"],
        doesNotFire: ["I'm not doing this tonight."],
      },
      {
        cue: String.raw`\b(?:should i|am i supposed to|was i supposed to|do you want me to just) (?:hand|just|get|ask|carry|leave|stop|quit|wear|report|check in)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'It was dead. Am I supposed to carry three chargers everywhere now?',
          "So I'm not allowed to laugh now? Should I hand my phone over at the door every night?",
        ],
        doesNotFire: ['should i close the laptop'],
      },
      {
        cue: String.raw`\b(?:while you were|when you were) (?:never|always|out|busy|on your)\b`,
        weight: 1,
        // corpus hits: 1
        fires: [
          "Don't tell me I threw it away. You have no idea what it took to get through those nine months while you were never home.",
        ],
        doesNotFire: ['some nights yeah. like 1 or 2am while u were asleep'],
      },
      {
        cue: String.raw`\b(?:the bad guy|on trial|like a criminal|like a suspect|like a child|interrogat\w*|the silent treatment|cold shoulder)\b`,
        weight: 1,
        // corpus hits: 7
        fires: ['why r u talking to me like a child', 'why is it an interrogation every time i go out'],
        doesNotFire: [],
      },
    ],
  },
  {
    signal: 'detail-correction',
    cues: [
      {
        cue: String.raw`, not (?:a |an |the |\d+ |every |all |two |three |four |five |six |months?|weeks?|years?|thousands?|hundreds?)`,
        weight: 1,
        // corpus hits: 9
        fires: ['like 40 mins, not 2 hours', 'it was a few days before, not the same day'],
        doesNotFire: ['like 30 quid, not much'],
      },
      {
        cue: String.raw`\bnot (?:what|how) (?:it|that|this) (?:happened|was|went|is)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['idk'],
      },
      {
        cue: String.raw`\b(?:that|this|it) is not (?:true|right|fair|accurate|what (?:happened|i said)|how it)\b`,
        weight: 1,
        // corpus hits: 9
        fires: ['thats not true, i do loads for u', 'thats not true, we watched a film sunday'],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\b(?:she|he|they) (?:\w+ )?(?:texted|messaged|called|kissed|contacted|started|came on to|reached out to|made the first move|added|asked) (?:me )?first\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['Four months, not six. And she texted me first, after her dad died.'],
        doesNotFire: ['what did she say'],
      },
      {
        cue: String.raw`\bi (?:never|did not) (?:(?:said|say|promise|promised) (?:that|it|anything|i would|i was|i did|i had|we would|we were|those words|so)|lie|lied|technically)\b`,
        weight: 1,
        // corpus hits: 6
        fires: ['i never said that', 'i didnt say crazy i said paranoid'],
        doesNotFire: ['no. i never asked'],
      },
      {
        cue: String.raw`\b(?:actually|technically|to be (?:fair|clear|accurate)|for the record|in fairness|get your facts|that is an exaggeration|you are exaggerating|you have it wrong|you got it wrong|you have got it wrong)\b`,
        weight: 1,
        // corpus hits: 8
        fires: [
          'talk to me when youre ready to be fair',
          "She invited both of us, actually. You'd know that if you'd opened the card.",
        ],
        doesNotFire: ['idk tbh'],
      },
      {
        cue: String.raw`\b(?:it|that) was (?:not|never) (?:an? )?(?:affair|relationship|date|secret|lie|lying|cheating|gambling|a problem)\b`,
        weight: 1,
        // corpus hits: 1
        fires: [
          "With respect, it wasn't an affair. I'd appreciate it if you stopped using that word in front of our friends.",
        ],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\bi (?:just )?(?:did not|never) (?:tell|mention|bring (?:it|that) up)\b[^.?!]*\b(?:not|never) (?:lie|lied|lying)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\b(?:only|just) (?:\d+|one|two|three|twice|once) (?:times?|weeks?|months?|nights?)\b[^.?!]*\bnot\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['just her. once'],
      },
      {
        cue: String.raw`\w , not (?!(?:from|by) me\b)(?:to |from |by |at |with |in |on |for )?(?:me|him|her|us|them|my|your|his|the|a|an|\d+|home|work)\b`,
        weight: 1,
        // corpus hits: 11
        fires: ['like 40 mins, not 2 hours', 'it was a few days before, not the same day'],
        doesNotFire: ['like 30 quid, not much'],
      },
      {
        cue: String.raw`\b(?:you have|you have got|you got) the (?:dates?|facts|numbers?|details|story|time|order) wrong\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["It's not okay, because you've got the dates wrong and you won't let me fix them."],
        doesNotFire: ['last night before u got in'],
      },
      {
        cue: String.raw`\bi did (?:try|call|text|warn)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["He wasn't picking up. I did try. Everyone acts like I didn't do a single thing right."],
        doesNotFire: ['yeah i did'],
      },
      {
        cue: String.raw`\bi (?:texted|told|warned|called|messaged) you (?:ahead|three|two|weeks|days|before|that i would be|i would be)\b|\bi warned you\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "I texted you that I'd be late. Did you even tell him that?",
          'I told you three weeks ahead that I might have to travel. I warned you.',
        ],
        doesNotFire: ['I told Mark and Lisa.'],
      },
      {
        cue: String.raw`\b(?:was|were) (?:already )?(?:winding down|over before|cancelled|canceled|rescheduled|dead|asleep)\b`,
        weight: 1,
        // corpus hits: 8
        fires: [
          'It was already winding down before you saw anything.',
          'The appointment was rescheduled twice. By the clinic, not by me.',
        ],
        doesNotFire: ['it was the 3rd'],
      },
      {
        cue: String.raw`\b(?:half|most) of (?:that|those|it|them) (?:is|are|was|were|went|came) (?:not|never|just|only|from|for|mine|legit|real|fine|normal|work|paid)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          "It's not like I spent it on myself. Most of it went on the car repairs and your sister's loan.",
          'half of those are from the group chat not from her. did you even check before you started counting',
        ],
        doesNotFire: ['half a carton'],
      },
      {
        cue: String.raw`\b(?:there are|there were) (?:badge|phone|bank) ?records\b|(?<!you can |and i will |i will let you )\bask (?:her|him|them|your (?:mum|mom|mother|dad|sister|brother))(?: yourself)?(?= \.| !|$)`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'I went to the pub because your mum swore it would be hours yet. Ask her.',
          'No! I was at the office, there are badge records. Why would you even ask me that?',
        ],
        doesNotFire: ['no. i never asked'],
      },
      {
        cue: String.raw`\b(?:not|was not|is not) (?:a |some )?(?:stranger|random)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          'shes not a stranger ive known her a year',
          "He's not a stranger. We've known each other since college.",
        ],
        doesNotFire: ['idk'],
      },
    ],
  },
  {
    signal: 'denial',
    cues: [
      {
        cue: String.raw`\bnothing (?:happened|was going on|went on|is going on)\b`,
        weight: 1,
        // corpus hits: 3
        fires: ['nothing happened so', 'nothing happened, we went out, its not that serious'],
        doesNotFire: ["It's nothing."],
      },
      {
        cue: String.raw`\b(?:it|this|that|none of (?:it|this|that)) (?:is|was) (?:not|never) (?:all |really |entirely )?my fault\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['thats not my fault lol'],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\b(?:you are|you have been) (?:imagining|making (?:this|that|it|things) up|seeing things|paranoid)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["I don't think they do, love. I reckon you're imagining it."],
        doesNotFire: ['u are controlling tho'],
      },
      {
        cue: String.raw`\bi (?:do not know|have no idea) what you are talking about\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['idk'],
      },
      {
        cue: String.raw`\bit is not what (?:it looks|you think)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:that is a lie|prove it|i did nothing wrong|i have done nothing wrong|i never did anything|there is nothing going on|there was nothing)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['There was nothing to tell, really. We catch up sometimes.'],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bi (?:never|did not) (?:cheat|cheated|sleep with|slept with|touch|touched|hide|hid|take|took|spend|spent|drink|drank|tell|told) (?:her|him|them|anything|anyone|a|your|the|any)\b`,
        weight: 0.8,
        // corpus hits: 4
        fires: [
          'i didnt tell him anything, he went along with it by himself',
          "I didn't hide them, I put them in my desk drawer. You never asked.",
        ],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\bi (?:was|am) not (?:in love|a thief|a liar|cheating|lying|drunk|seeing)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "I'm not a thief. Half of that account is mine.",
          'I was not in love with him. Stop putting words in my mouth.',
        ],
        doesNotFire: ['it was the 3rd'],
      },
      {
        cue: String.raw`\b(?:there is|there was) nothing (?:going on|to tell|between)\b|\bnot once\b|\b(?:was|is) never at risk\b`,
        weight: 1,
        // corpus hits: 5
        fires: [
          'We never met up. Not once. Whatever she told your cousin is wrong.',
          'She is a friend. Nothing physical ever happened, not once, and you know that.',
        ],
        doesNotFire: ['did u eat? theres leftover curry'],
      },
    ],
  },
  {
    signal: 'self-pity',
    cues: [
      {
        cue: String.raw`\b(?:i am|i was) the one (?:who|that|whos) (?:is |has been |have been |been |who is )?(?:sleeping|suffering|hurting|can not|carrying|holding|paying|losing|feels|feel|gets|got|has to|had to|does|did everything|cleaning|keeping)\b`,
        weight: 1,
        // corpus hits: 3
        fires: [
          "And I can? I'm the one who has to fight this every single day.",
          'ur done?? im the one whos been sleeping on the couch for a week',
        ],
        doesNotFire: ["I'm sorry."],
      },
      {
        cue: String.raw`\b(?:do you (?:know|have any idea|realize)|you have no idea) how (?:hard|difficult|bad|awful|much|terrible)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['do u want a tea'],
      },
      {
        cue: String.raw`\bwhat about (?:me|my feelings|how i feel)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\b(?:this|it) is (?:hard|hard enough|not easy|killing me|tearing me) (?:for|on) me\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['ugh not this again'],
      },
      {
        cue: String.raw`\bi (?:feel|am feeling|am being|get) (?:so |really )?(?:attacked|ganged up on|under attack|punished|treated like|judged)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["i'll get them at 2"],
      },
      {
        cue: String.raw`\b(?:i am|i guess i am|so i am) (?:just )?(?:a|the|such a) (?:terrible|horrible|worst|awful|bad|monster|villain|evil)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "Sure, I'm the worst husband on the planet. Happy now?",
          'oh so now im the monster. like you never flirted with anyone at your work parties',
        ],
        doesNotFire: ["I'm sorry."],
      },
      {
        cue: String.raw`\b(?:nobody|no one) (?:cares|asks|thinks) (?:about|how) (?:me|i)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["Nobody's perfect."],
      },
      {
        cue: String.raw`\bi (?:am|have been) suffering\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['ive been stressed with uni, its not all about her'],
      },
      {
        cue: String.raw`\b(?:you think|you know) this is easy for me\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['what do u think i was doing'],
      },
      {
        cue: String.raw`\b(?:i|me) (?:too|as well)\b[^.?!]*\b(?:hurt|hurting|suffer|pain|awful|miserable)\b`,
        weight: 0.8,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['me too'],
      },
      {
        cue: String.raw`\b(?:i can not|i have not been able to) (?:sleep|eat|work|think|breathe)\b`,
        weight: 0.8,
        // corpus hits: 1
        fires: ["I can't sleep, I can't eat, I feel sick all day. This is tearing me apart as well."],
        doesNotFire: ['i was busy, i cant be on my phone 24/7'],
      },
      {
        cue: String.raw`\bi am (?:hurting|falling apart|losing my mind|running on empty|worn out|sick of|tired of|exhausted) (?:too|here|over here|as well|of being|from being)\b`,
        weight: 1,
        // corpus hits: 4
        fires: [
          "You think I do? I'm running on empty over here.",
          "And I'm supposed to feel okay about that? I'm losing my mind here.",
        ],
        doesNotFire: ["I'm sorry."],
      },
      {
        cue: String.raw`\b(?:nobody|no one) (?:in this house |here |ever )?(?:seems to )?(?:cares?|helps?|asks?|notices?)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["I know you're hurt. I'm hurting too, and nobody in this house seems to care about that."],
        doesNotFire: ["Nobody's perfect."],
      },
      {
        cue: String.raw`\b(?:what it is like|how it feels) (?:carrying|living|being|to carry|to be)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [
          'honestly ive felt like that for years and you never noticed. so i guess now you know how it feels 💔',
        ],
      },
      {
        cue: String.raw`\b(?:makes two of us|nothing i do is|never (?:good )?enough for you|i think about it every|do you think i do not know|after everything i|not the villain|the villain here)\b`,
        weight: 1,
        // corpus hits: 5
        fires: ['i feel like im never enough for you either so', 'i will since apparently nothing i do is ever right'],
        doesNotFire: [
          'i missed it and ive said so. me feeling awful about it every day isnt enough for you apparently',
        ],
      },
      {
        cue: String.raw`\b(?:i was|i am|i have been) (?:crying|suffering|miserable|sleeping on the couch) (?:too|as well|for)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ["I'm sorry."],
      },
    ],
  },
  {
    signal: 'stonewall',
    cues: [
      {
        cue: String.raw`\bi am (?:done(?! (?:hiding|lying|keeping|with (?:lying|hiding|secrets|the|drinking|gambling)))|finished|not (?:doing|discussing|talking about|going through|going over|having|getting into|rehashing) (?:this|that|it))\b`,
        weight: 1,
        // corpus hits: 4
        fires: ["I'm not doing this tonight.", "Fine by me. I'm done explaining myself."],
        doesNotFire: ["I'm sorry."],
      },
      {
        cue: String.raw`\bi (?:will not|refuse to|am not going to) (?:talk|discuss|do this|go over|keep|explain|justify|get into|rehash|argue)\b(?! (?:it |this |that )?away| with| about (?:the )?(?:details|facts|numbers|dates))`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "Okay, then I won't talk about it either.",
          "No, I'm not, and I'm not going to keep repeating it until you decide to believe me.",
        ],
        doesNotFire: ['i wont'],
      },
      {
        cue: String.raw`(?:^|[.,!?] )(?:just )?(?:drop|leave|forget) it(?= \.| !|$)`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: ['leave my mates out of it'],
      },
      {
        cue: String.raw`\b(?:end of (?:discussion|story|conversation)|this conversation is over|i have nothing (?:more|else) to say|not this again|enough is enough)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['ugh not this again'],
        doesNotFire: ['Since about the end of August.'],
      },
      {
        cue: String.raw`(?:^|[.,!?] )whatever\b(?! (?:you|it takes|helps|it is|order|space|time|we call|we want to call|the word|happens|comes))|\bwhatever(?= (?:\.|!)|$)`,
        weight: 1,
        // corpus hits: 3
        fires: ['whatever back. im not begging', "Exactly. Whatever I say, you won't believe it, so why bother."],
        doesNotFire: ['whatever u want'],
      },
      {
        cue: String.raw`\b(?:believe|think) what(?:ever)? you (?:want|like)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['Believe what you want then.'],
        doesNotFire: ['i gotta think'],
      },
      {
        cue: String.raw`\bi already (?:apologized|said (?:i am|i was) sorry|said sorry|told you|explained)\b`,
        weight: 1,
        // corpus hits: 0
        fires: [],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bhow many (?:more )?times do i have to\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          'how many times do i have to say no. seriously how many',
          'i didnt know!! how many times do i have to explain the shift got changed last minute',
        ],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bwhat (?:more|else) do you want(?: from me)?\b(?! to (?:know|ask|hear|see)| me to (?:tell|show|answer|do for))`,
        weight: 1,
        // corpus hits: 1
        fires: ['uve seen enough to hate me, what more do u want'],
        doesNotFire: ['do what u want'],
      },
      {
        cue: String.raw`\bi am not (?:going to )?(?:stand here|sit here|listen to|be (?:screamed|yelled|shouted) at|playing|doing the|reading|explaining|going through|discussing) ?`,
        weight: 1,
        // corpus hits: 5
        fires: [
          "I'm not going to stand here and get screamed at.",
          "I can see you're doing the cold thing. I'm not playing that game.",
        ],
        doesNotFire: ["I'm not doing this tonight."],
      },
      {
        cue: String.raw`\bi am not (?:going to )?apologi[sz]e for\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["I'm not going to apologise for having a friend who understands me."],
        doesNotFire: ["I'm not doing this tonight."],
      },
      {
        cue: String.raw`\b(?:i|i have) (?:said|told you) (?:i was |i am )?sorry (?:already|like|\d+|five|ten|a hundred|so many|every|a million)\b`,
        weight: 1,
        // corpus hits: 3
        fires: ['ive said sorry like a hundred times', 'i said sorry already. i dont know what else u want'],
        doesNotFire: ['i never said that'],
      },
      {
        cue: String.raw`\bi said sorry already\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['i said sorry already. i dont know what else u want'],
        doesNotFire: [],
      },
      {
        cue: String.raw`\bwhat (?:else|more) (?:am i supposed to|can i possibly|is there to) (?:say|do)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['i told you i was sorry like five times what else am i supposed to say'],
        doesNotFire: ['do what u want'],
      },
      {
        cue: String.raw`\bi (?:have|already|have already) answered (?:every|everything|all|your)\b`,
        weight: 1,
        // corpus hits: 2
        fires: [
          "What do you want, a full confession every night before bed? I've answered everything you asked.",
          'then stop asking me about her every night. its the same questions over and over and ive answered all of them',
        ],
        doesNotFire: ['9, ive booked it'],
      },
      {
        cue: String.raw`\b(?:no|there is no) point (?:in )?(?:me )?(?:saying|talking|explaining|trying)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ["Fine. Then there's no point in me saying anything, is there."],
        doesNotFire: ["There's nothing else. Stop looking for the next thing."],
      },
      {
        cue: String.raw`\b(?:i am going to bed|call me whatever|keep (?:shouting|yelling|screaming)|see if (?:it|that) changes|stop (?:looking for|putting words|asking me))\b`,
        weight: 1,
        // corpus hits: 6
        fires: ['Keep shouting. See if it changes anything.', "There's nothing else. Stop looking for the next thing."],
        doesNotFire: ['nothing is wrong with me, ur the one shouting'],
      },
      {
        cue: String.raw`\bi do not know what (?:else|more) (?:you want|to tell you|to say to you|you expect)\b`,
        weight: 1,
        // corpus hits: 1
        fires: ['i said sorry already. i dont know what else u want'],
        doesNotFire: ['idk what to say'],
      },
    ],
  },
];
