import type { CueGroup } from './cue-types.js';

export const DEFENSIVE: CueGroup[] = [
  {
    signal: 'blame-shift',
    cues: [
      {
        // The blame spread over both ("We both said things we shouldn't have").
        cue: String.raw`\bwe (?:both|all) (?:said|did) (?:some )?(?:things|stuff)\b|\bwe (?:both|each) (?:messed|screwed|mucked|stuffed) (?:it |this |things )?up\b|\bwe (?:are|were) both to blame\b|\b(?:blame|faults?|mistakes) on both sides\b`,
        weight: 1,
        fires: [
          "I'm sorry. We both said things that night we shouldn't have.",
          'we both messed up tbh',
          "There's blame on both sides, if we're honest.",
        ],
        doesNotFire: [
          'We both know I did this.',
          "I'm not going to say we both messed up. I did.",
          'We both deserve the truth, so here it is.',
        ],
      },
      {
        cue: String.raw`\b(?:because|since|cause) you (?:would have (?:gone|kicked|freaked|gone mad|made|gone mental|lost it|had a go|blown up|left)|would (?:go|kick|freak|make|lose|have a go|blow up|never|just)|get (?:so )?(?:jealous|angry|upset|mad|funny|weird|paranoid|suspicious)|go (?:mad|mental|ballistic|nuts|off on one)|always|never|kick off|freak out|overreact|said|told me to|wanted|made me|asked me to|were (?:cold|never|always|out|away|busy|so))\b`,
        weight: 1,
        fires: [
          'because you would have kicked off',
          'cos u get jealous whenever i mention him',
          'cuz u always go off on me',
        ],
        doesNotFire: ["I'm not going to say because you would have kicked."],
      },
      {
        cue: String.raw`\b(?:because|since|if) you (?:had (?:been|not|just)|would not|did not|never|always|kept|stopped|pushed|left me|made me|were not|were never|were always|are always|are never|could not|refused|shut me)\b`,
        weight: 1,
        fires: [
          'cuz u always go off on me',
          'because u kept going through it',
          'Because you never ask me about my day. She did.',
        ],
        doesNotFire: ["I'm not going to say because you always."],
      },
      {
        cue: String.raw`\byou (?:never|always|constantly|barely|hardly ever|stopped) (?:\w+ ){0,2}?(?:listen|care|cared|notice|noticed|have time|had time|were home|are home|talk|talked|make time|made time|nag|check|complain|bring|touch|touched|look at|looked at|pay|paid|help|helped|show|showed|appreciate|appreciated)\b`,
        weight: 1,
        fires: [
          'stop yelling at me about money when you never even look at the statements',
          'im sorry but u kind of made it easy to hide, you never notice anything i do',
          'Quite easily, since you never look at me properly anyway.',
        ],
        doesNotFire: ["I'm not going to say you never even look at."],
      },
      {
        cue: String.raw`\byou (?:pushed|drove|forced|made) me (?:to|into|away|do|feel)\b`,
        weight: 1,
        fires: ['You drove me to it with all the checking.'],
        doesNotFire: ["I'm not going to say you drove me to."],
      },
      {
        cue: String.raw`\b(?:it is|it was|that is|that was) (?:also |partly |half |just as much )?(?:your|both of our|our) (?:fault|doing|problem)\b`,
        weight: 1,
        fires: ["But it was closure! You don't believe me, that's your problem, not mine."],
        doesNotFire: ["I'm not going to say that is your problem."],
      },
      {
        cue: String.raw`\b(?:we both|you also|you too|you have your|you had your|you played a) (?:part|share|role|blame|messed|made mistakes)\b`,
        weight: 1,
        fires: ['We both share the blame for how bad it got.'],
        doesNotFire: ["I'm not going to say we both share."],
      },
      {
        cue: String.raw`\bit takes two\b`,
        weight: 1,
        fires: ['It takes two to wreck a marriage.'],
        doesNotFire: ["I'm not going to say it takes two."],
      },
      {
        cue: String.raw`\bwhat did you expect\b`,
        weight: 1,
        fires: ['What did you expect when you stopped talking to me?'],
        doesNotFire: ["I'm not going to say what did you expect."],
      },
      {
        // Not a permission given ("I'd understand if you listened to her", "It's okay if you need to go").
        cue: String.raw`(?<!\b(?:understand|blame you|be okay|be ok|be fine|is okay|is ok|is fine|is alright|get it) )\bif you (?:had (?:been|just|paid|listened|cared|not)|would have|had not|paid|listened|cared)\b`,
        weight: 1,
        fires: ["Well, maybe if you hadn't blown up last time, I'd have told you everything."],
        doesNotFire: [
          "I'm not going to say if you had not.",
          "She might be right. I'd understand if you listened to her.",
          "I wouldn't blame you if you listened to your sister over me.",
        ],
      },
      {
        cue: String.raw`\bbut you\b`,
        weight: 1,
        fires: [
          'u say that but u forgave ur dad',
          'i do want to stop, but u make it harder going on about it',
          "I'm sorry I did, but you'd have gone spare if I'd asked you.",
        ],
        doesNotFire: ["I'm not going to say but you."],
      },
      {
        cue: String.raw`\b(?:you|she|he|they|the kids|my boss|work|your mother) (?:left me no|gave me no) choice\b`,
        weight: 1,
        fires: ['Because you go ballistic whenever her name comes up! You gave me no choice.'],
        doesNotFire: ["I'm not going to say you gave me no choice."],
      },
      {
        cue: String.raw`\byou (?:were|are) (?:so |always |never |too )?(?:cold|distant|busy|absent|obsessed|controlling|never there|not there|never around|checked out|wrapped up)\b`,
        weight: 0.8,
        fires: [
          'u are controlling tho',
          "No. And stop telling me what I felt, you weren't there.",
          "I needed you plenty of days and you weren't there either.",
        ],
        doesNotFire: ["I'm not going to say you are controlling."],
      },
      {
        cue: String.raw`\b(?:because|since) (?:the last time|your (?:hours|job|mum|mom|mother|car|family))\b`,
        weight: 1,
        fires: [
          'I went to the pub because your mum swore it would be hours yet. Ask her.',
          "Since your car broke down and you told me to sort it out. That's when it started.",
          "Why do you think I'm on something else? Because your mom says so?",
        ],
        doesNotFire: ["I'm not going to say because your mum."],
      },
      {
        cue: String.raw`\b(?:listen|look) (?:to|at) how you\b|\b(?:we were|things were) (?:ok|fine|good|happy) until you\b|\bmakes me want to\b`,
        weight: 1,
        fires: [
          'we were ok until you started counting every beer i have',
          'You want to know why I drink? Listen to how you talk to me.',
          'You think screaming at me makes me want to stay sober? It does the opposite.',
        ],
        doesNotFire: ["I'm not going to say we were ok until you."],
      },
      {
        cue: String.raw`\byou (?:checked out|told me to|started (?:checking|counting|it|this)|did not speak to me|stopped (?:asking|trying|touching|talking))\b`,
        weight: 1,
        fires: [
          'we were ok until you started counting every beer i have',
          'You stopped asking. Somewhere along the way I gave up trying.',
          'I miss who you were before you started checking up on me every hour.',
        ],
        doesNotFire: ["I'm not going to say you started counting."],
      },
      {
        cue: String.raw`\byour (?:mum|mom|mother|sister|brother|dad|father) (?:swore|said|told|gave)\b`,
        weight: 1,
        fires: [
          'I went to the pub because your mum swore it would be hours yet. Ask her.',
          "The kids have swim at five, then your mum said she can keep them overnight, so I'll drop their bags at hers on the way back.",
          'Your parents also lied to me. Your father said the flat was a gift, it was a loan.',
        ],
        doesNotFire: ["I'm not going to say your mum swore."],
      },
      {
        cue: String.raw`\b(?:you|u) (?:make|made) (?:it|honesty|the truth|telling you|being honest) (?:so |really |too )?(?:hard|expensive|impossible|difficult|scary)\b`,
        weight: 1,
        fires: ['You make honesty so hard in this house.', 'u made telling u impossible'],
        doesNotFire: ['You made it easy to be honest tonight.', 'I made it hard for you to trust me.'],
      },
      {
        cue: String.raw`\byou (?:do not|did not|never) (?:exactly )?make it easy\b`,
        weight: 1,
        fires: ["You don't exactly make it easy to tell you things."],
        doesNotFire: ["I'm not going to say you do not make it easy."],
      },
      {
        cue: String.raw`\b(?:i am not|i will not be) (?:taking|carrying) the blame\b|\byou can not (?:put|pin|hang) (?:that|this|it) on me\b`,
        weight: 1,
        fires: ["I'm not taking the blame for what your brother did.", "You can't pin that on me."],
        doesNotFire: ["I'm taking the blame, all of it.", "I'm not going to say you can not put that on me."],
      },
      {
        cue: String.raw`\b(?:take it up with|have a go at|be angry at|be angry with|blame|shout at|go after) (?:him|her|them|my (?:boss|mum|mom|mother|dad|brother|sister|mate|friend)|your (?:mum|mom|mother|dad|brother|sister|cousin|friend)|the (?:bank|company|council|school|boss))\b(?! (?:for (?:my|what i)|instead of me))`,
        weight: 1,
        fires: [
          'The office rang me in. Take it up with them.',
          'she told everyone before I did, so go and have a go at her',
          'Blame your sister, she was the one who posted it.',
        ],
        doesNotFire: ["Don't blame her for my lie. That was me.", "I'm not going to say take it up with them."],
      },
      {
        cue: String.raw`\bthat was (?:your|his|her|their) (?:decision|choice|idea|call|doing)\b`,
        weight: 1,
        fires: ['I never asked you to cover for me. That was your decision.'],
        doesNotFire: ['That was my decision and I own it.'],
      },
      {
        cue: String.raw`\byou (?:replaced|abandoned|ignored|dropped|shut out|gave up on|stopped wanting) me\b`,
        weight: 1,
        fires: ['You replaced me with the kids years ago.'],
        doesNotFire: ['I made you feel replaced.', "I'm not going to say you replaced me."],
      },
    ],
  },
  {
    signal: 'justification',
    cues: [
      {
        cue: String.raw`\bi (?:was|had been|felt|have been|am) (?:so |really |just |very |completely |under )?(?:stressed|lonely|drunk|tired|exhausted|pressure|overwhelmed|depressed|struggling|busy|going through|in a bad place|not myself|trying to protect|protecting|trying to help|desperate|broke|neglected|unhappy|miserable|bored|starved)\b`,
        weight: 1,
        fires: ['i was tired not drunk', 'i was drunk when i sent that', 'i didnt say its ok, i was drunk tho'],
        doesNotFire: ["I'm not going to say i was tired."],
      },
      {
        cue: String.raw`\b(?:because|since) (?:of )?(?:work|the (?:job|kids|stress|pressure|money|bills|baby|move)|my (?:job|boss|mother|dad|work|stress|friends|family|anxiety|depression)|money|things were|it was (?:easier|hard|the only)|we (?:needed|were)|i (?:needed|felt|did not want|could not|thought you|knew you))\b`,
        weight: 1,
        fires: [
          'because i didnt want to sit with ur family all day and i didnt have the guts to tell u that',
          "Yes, because I needed support too. I'm allowed to ask for help.",
          'Because my dad died and you wanted me back to normal in a week.',
        ],
        doesNotFire: ["I'm not going to say because i did not want."],
      },
      {
        cue: String.raw`\bi (?:only )?did (?:it|that|this) (?:because|for (?:the|us|our)|to (?:protect|help|save|keep|make|get|feel|spare))\b`,
        weight: 1,
        fires: ["You didn't see how worried they were about you. I did it because I care."],
        doesNotFire: ["I'm not going to say i did it because."],
      },
      {
        cue: String.raw`\bi was (?:going|about|planning|gonna|always going|hoping) to (?:tell you(?= [.,;!?]| (?:i swear|honestly|eventually|soon|at some point|after|when|once|before|but|everything|the truth|about it|properly)\b|$)|buy it back|pay (?:it|you|them) back|put it back|win it back|sort it|fix it|make it right|replace it)\b`,
        weight: 0.8,
        fires: [
          'I was going to buy it back before you ever noticed.',
          'i was gonna tell u after ur exams',
          'i was always going to tell you, you just found out first',
          'once id paid it off i was gonna tell u',
        ],
        doesNotFire: [
          "Then I was going to tell you I'd moved jobs, so you'd never have known.",
          "I'm not going to say i was going to tell you.",
        ],
      },
      {
        cue: String.raw`\bi (?:had|needed) (?:to|a reason|my reasons|no choice|no other)\b`,
        weight: 1,
        fires: [
          'i had to pop out, i was back by 3 wasnt i',
          "Well, I can't help you with that. I've said what I had to say.",
          'People kept asking where you were. I had to say something.',
        ],
        doesNotFire: ["I'm not going to say i had to."],
      },
      {
        // "I told myself there was no other way" owns the excuse it names.
        cue: String.raw`(?<!\b(?:told myself|pretended|convinced myself|kidded myself|thought|said) )\bthere (?:was|is) (?:no other (?:way|option|choice)(?! to (?:say|put|tell|explain|do this|start))|nothing else i could (?:do|have done))\b|\bi did not (?:have|see) (?:a|any|another|much of a) (?:choice|option)\b|\bwhat (?:choice|option) did i have\b`,
        weight: 1,
        fires: [
          'There was no other way to cover the rent that month.',
          'i didnt have a choice, they were ringing every day',
          'What choice did I have? The bailiffs were coming.',
        ],
        doesNotFire: [
          'I told myself there was no other way. There was: telling you.',
          'You had no other choice but to find out like that.',
          "There's no other way to say this: I slept with her.",
          "I'm not going to say there was no other way.",
        ],
      },
      {
        cue: String.raw`\bwhat (?:else )?was i supposed to do\b`,
        weight: 1,
        fires: [
          'my manager made me come in, what was i supposed to do',
          'I did block him. He made a new account. What was I supposed to do, change my number?',
          'What was I supposed to do, not go? People would have talked.',
        ],
        doesNotFire: ["I'm not going to say what was i supposed to do."],
      },
      {
        cue: String.raw`\bi was (?:just )?(?:trying|doing what i could|doing my best) to\b`,
        weight: 1,
        fires: [
          'I was going to, after your surgery. I was trying to protect you.',
          "I thought I'd have a new job before it came to that. I was trying to fix it first.",
          'Since last fall. I was trying to keep us afloat while you were out on leave.',
        ],
        doesNotFire: ["I'm not going to say i was trying to."],
      },
      {
        cue: String.raw`\bi did not (?:tell|say|mention)[^.?!]*\b(?:because|since|so)\b`,
        weight: 1,
        fires: [
          'cuz i was stressed and it was easier than dealing with it and i didnt tell u cuz i didnt want to be the person who failed again',
        ],
        doesNotFire: ["I'm not going to say i did not tell you because."],
      },
      {
        cue: String.raw`\b(?:to protect|to spare|for the sake of|for your own good|for the family)\b`,
        weight: 1,
        fires: ['I was going to, after your surgery. I was trying to protect you.'],
        doesNotFire: ["I'm not going to say to protect."],
      },
      {
        cue: String.raw`\b(?:you have to understand|you need to understand|try to understand|let me explain|you do not understand|you do not know what it)\b`,
        weight: 0.8,
        fires: [
          "And you promised you'd try to understand my family. Neither of us kept that.",
          "With everything I've been carrying since Mum died? You might try to understand.",
          "He is my brother. You don't understand this, in your family everybody is alone.",
        ],
        doesNotFire: ["I'm not going to say try to understand."],
      },
      {
        cue: String.raw`\bi (?:needed|wanted) (?:someone|something|attention|an escape|a break|to feel|to be)\b`,
        weight: 0.8,
        fires: ['I needed someone who actually listened.'],
        doesNotFire: [
          "I needed you plenty of days and you weren't there either.",
          "I'm not going to say i needed someone.",
        ],
      },
      {
        cue: String.raw`\b(?:there are|i had|i have) (?:my )?reasons\b`,
        weight: 1,
        fires: ['Well, there are reasons, whether you want them or not. The business was going under.'],
        doesNotFire: ["I'm not going to say there are reasons."],
      },
      {
        cue: String.raw`\bi was (?:venting|stuck|ashamed|scared|desperate|broke|only trying|looking out)\b`,
        weight: 1,
        fires: [
          'I was stuck on the motorway. I was crying in the car too, you know.',
          'Those were bad days. I was venting, and I think I was allowed to vent somewhere.',
          'And I was stuck at the office, you think I was happy? Nobody asks how my day was.',
        ],
        doesNotFire: ["I'm not going to say i was stuck."],
      },
      {
        cue: String.raw`\b(?:somebody|someone) had to\b|\bcan not afford\b|\bsince you are asking\b|\ba roof over\b`,
        weight: 1,
        fires: [
          "Keeping a roof over our heads, since you're asking.",
          'I opened them because somebody had to cover the bills when your hours got cut.',
          'In March, when the mortgage went up. Somebody had to.',
        ],
        doesNotFire: ["I'm not going to say a roof over."],
      },
      {
        cue: String.raw`\b(?:i was|i am|i think i was) allowed to\b|\byou can not expect me to\b|\bi have (?:a|every) right to\b|\bi had a plan\b`,
        weight: 1,
        fires: [
          "We were together nine years. You can't expect me to act like he doesn't exist.",
          'Those were bad days. I was venting, and I think I was allowed to vent somewhere.',
          "It was my loss too, you know. I'm allowed to talk about it.",
        ],
        doesNotFire: ["I'm not going to say you can not expect me to."],
      },
      {
        cue: String.raw`\b(?:that is|that was) (?:the|why|my) reason\b`,
        weight: 1,
        fires: ["She is part of my past. We still co-own the dog, that's the reason we were in touch."],
        doesNotFire: ['no thats all of them', "I'm not going to say that is the reason."],
      },
      {
        cue: String.raw`\b(?:because|since|cos|cause) (?:he|she|they|my (?:\w+ )?(?:mum|mom|mother|dad|father|boss|work|job|brother|sister|friend|mate|cousin|knee|back|doctor|paycheck|wages|salary)|the (?:market|bank|rent|car|boiler|business|shop|transmission|landlord|doctor)|work|everyone|everybody|nobody)\b(?! (?:deserved|did not deserve))`,
        weight: 0.8,
        fires: ['I told her because she asked me straight out.', 'cos my boss kept me late'],
        doesNotFire: ['I told her because I wanted to look interesting.', "I'm not going to say because she asked."],
      },
      {
        cue: String.raw`\b(?:was i|am i|what was i|which was i) (?:supposed|meant) to (?:do|say|let|leave|tell|choose)\b`,
        weight: 1,
        fires: ['He was about to be evicted. Was I supposed to let that happen?', 'which was i meant to do'],
        doesNotFire: ['You are supposed to be able to trust me.', "I'm not going to say was i supposed to do."],
      },
      {
        cue: String.raw`\bi (?:can not|could not) (?:exactly|really|just) (?:tell|say no|refuse|leave|ignore|walk away)\b`,
        weight: 1,
        fires: ["I can't exactly tell my boss no.", 'i couldnt really say no to her mum'],
        doesNotFire: ["I could have said no and I didn't.", "I'm not going to say i can not exactly tell."],
      },
      {
        cue: String.raw`\b(?:circumstances|things|plans) changed\b|\bit (?:made|makes) sense at the time\b|\bi had (?:good|my) reasons\b`,
        weight: 1,
        fires: ['I meant it at the time. Circumstances changed.', 'it made sense at the time'],
        doesNotFire: ["It makes sense that you're furious.", "I'm not going to say circumstances changed."],
      },
      {
        cue: String.raw`\b(?:i was|i am|i have been) (?:in (?:so much |a lot of |real )?pain|under (?:so much |a lot of |massive |huge |enormous |serious |real |insane |crazy |constant |intense |that much )?pressure|in a bad way|drowning|at the end of my rope)\b`,
        weight: 1,
        fires: [
          "I was in a lot of pain and the doctor wouldn't refill it.",
          'i was under so much pressure',
          'I was under huge pressure with the audit and I grabbed the easiest story.',
        ],
        doesNotFire: ['You were under so much pressure and I added to it.', "I'm not going to say i was in pain."],
      },
    ],
  },
  {
    signal: 'counter-attack',
    cues: [
      {
        cue: String.raw`\bwhat about (?:you|your|when you|the time|that time|all the)\b`,
        weight: 1,
        fires: ['What about when you lied about the car?'],
        doesNotFire: ["I'm not going to say what about when you."],
      },
      {
        cue: String.raw`\b(?:like|as if) you (?:are|were) (?:so |any |some )?(?:perfect|innocent|a saint|better|the one to talk|one to talk|never)\b|\bas if you (?:have never|never|did not|have not)\b`,
        weight: 1,
        fires: ['As if you were perfect this whole time.'],
        doesNotFire: ["I'm not going to say as if you were perfect."],
      },
      {
        cue: String.raw`\byou (?:are|were) (?:no|not (?:exactly )?(?:a|an)?) ?(?:saint|angel|perfect|innocent)\b`,
        weight: 1,
        fires: ["You're no saint either."],
        doesNotFire: ["I'm not going to say you are no saint."],
      },
      {
        // A figure answered, then the partner's own spending held up beside it.
        cue: String.raw`\b(?:and|but|well) you (?:spent|spend|drank|drink|wasted|blew|borrowed|owe|owed) (?:more|just as much|twice that|the same)\b|\byou (?:are|were) (?:just as bad|no better(?! off))\b`,
        weight: 1,
        fires: [
          'Four hundred. And you spent more than that on shoes in March.',
          'yeah i had a few but u drank the same at kerrys',
          "You're just as bad with the joint card.",
        ],
        doesNotFire: [
          'You spent more of your wages on the bills than I did, and I let you.',
          "I'm not going to say you are no better.",
          'You were no better off not knowing.',
        ],
      },
      {
        cue: String.raw`\byou (?:do|did|have done) (?:it|the same|this|that) (?:too|yourself|all the time)\b`,
        weight: 1,
        fires: ['You did it too, remember Marbella?'],
        doesNotFire: ["I'm not going to say you did it too."],
      },
      {
        cue: String.raw`\bwhy (?:are|do|did|would|must|should|can not|will not|does|is) (?:you|it|this|everything) (?:always |even |keep |have to |need to |so |still |suddenly )?(?:keep|bring|go|going|looking|look|check|checking|snoop|snooping|care|make|making|turn|turning|think|act|acting|assume|do|be|have|need|blow|dig|punish|treat|talk|yell|throw|read|go through)\b`,
        weight: 1,
        fires: ['why do u care if he was there', 'why r u acting like the police', 'why are u acting like my mom'],
        doesNotFire: ["I'm not going to say why do you care."],
      },
      {
        cue: String.raw`\bhow (?:dare|could) you\b`,
        weight: 1,
        fires: ['How dare you go through my phone.'],
        doesNotFire: ["I'm not going to say how dare you."],
      },
      {
        cue: String.raw`\bwho are you to\b`,
        weight: 1,
        fires: ['Who are you to lecture me about honesty?'],
        doesNotFire: ["I'm not going to say who are you to."],
      },
      {
        cue: String.raw`(?<!\bi (?:will|need to|have to|must|should|want to|am going to|am trying to|can|could) )(?<!\b(?:made|make|makes|making|let|helped|help) you )\bstop (?:snooping|spying|nagging|checking|going through|attacking|yelling|being|interrogating|acting|twisting|throwing|inventing|exaggerating|making (?:things|stuff|it|numbers) up|blowing (?:it|this|things) up|catastrophi[sz]ing)\b`,
        weight: 1,
        fires: [
          'three. stop exaggerating it to make me look worse',
          'Once. Stop making things up to win the argument.',
          'nothing, stop going through my stuff',
          'at work. u know where i met her stop acting like u dont',
          'nowhere, stop acting like im some gossip',
        ],
        doesNotFire: [
          "I'm not going to say stop going through.",
          "I'll stop twisting it round. You're right.",
          'I made you stop being surprised by it. That is on me.',
        ],
      },
      {
        cue: String.raw`\byou (?:went|were going|go) through my\b`,
        weight: 1,
        fires: ['because u go through my stuff', 'i panic when u go through my stuff', 'because u go thru my stuff'],
        doesNotFire: ["I'm not going to say you go through my."],
      },
      {
        cue: String.raw`\b(?:happy now|that is rich|look who is talking|says you|pot calling|are you done|are you finished|you are one to talk|nice try)\b|(?:^|[.,!?] )says the (?:one|person|man|woman|guy|girl|bloke|lad|fella) (?:who|that|with)\b`,
        weight: 1,
        fires: [
          "Sure, I'm the worst husband on the planet. Happy now?",
          'Oh yes, look at me, the worst husband in all of India and Canada. Happy now?',
          "That's rich, coming from you, after the business with the credit card in 2015.",
          'Says the man who spent our holiday money on a boat he never sails.',
        ],
        doesNotFire: ["I'm not going to say happy now.", 'The letter says the man who sold us the car owes us money.'],
      },
      {
        cue: String.raw`\bhere we go (?:again)?\b`,
        weight: 1,
        fires: ['Here we go again.'],
        doesNotFire: ["I'm not going to say here we go again."],
      },
      {
        cue: String.raw`\byou (?:always|never) (?:do|say|make|have|turn) (?:this|that|it|everything)\b`,
        weight: 0.8,
        fires: ['You always turn everything into a fight.'],
        doesNotFire: ["I'm not going to say you always turn everything."],
      },
      {
        cue: String.raw`\b(?:very mature|real nice|really helpful|thanks for the vote|cheap shot|problem solved|oh please|nice try|thanks a lot|good for you|must be nice|typical)\b`,
        weight: 1,
        fires: [
          'Real nice. Really helpful.',
          "That's a cheap shot and you know it.",
          'Wow. Thanks for the vote of confidence.',
        ],
        doesNotFire: ["I'm not going to say real nice."],
      },
      {
        cue: String.raw`\bdo not (?:act like|tell me (?:i|what|how|that)|say (?:i|things|that i)|you dare|start|turn this)\b`,
        weight: 1,
        fires: [
          "Then don't start with the accusations the second I walk through the door.",
          "They were asleep. They didn't see anything, so don't say things that aren't true.",
          "It's been a few months, not years, so please don't start with years.",
        ],
        doesNotFire: ["I'm not going to say do not start."],
      },
      {
        cue: String.raw`\byou (?:still|also|yourself) (?:follow|do|have|spend|spent|drink|talk|text|lied|lie|keep|went)\b`,
        weight: 1,
        fires: [
          "Oh please. You still follow your ex on everything and I've never said a word.",
          "I have said sorry in every way I know. I went to the counsellor you picked, I moved into the spare room, I handed over my phone, and you still talk to me like I'm the enemy in my own home.",
          'Maybe your friend Aisha told. Why always me? You also talk to many people.',
        ],
        doesNotFire: ["I'm not going to say you still follow."],
      },
      {
        cue: String.raw`\b(?:you have|you have got) no idea (?:what|how)\b`,
        weight: 1,
        fires: [
          "Don't tell me I threw it away. You have no idea what it took to get through those nine months while you were never home.",
          'Laughing? I was dying inside every day! You have no idea how I lived with this secret.',
        ],
        doesNotFire: ["I'm not going to say you have no idea what."],
      },
      {
        cue: String.raw`\byou (?:do not|did not) (?:know that|even (?:check|ask|look|listen|care))\b`,
        weight: 1,
        fires: ["You don't know that. You've never been in my position."],
        doesNotFire: ["I'm not going to say you do not know that."],
      },
      {
        cue: String.raw`\b(?:you have|you) never been in my\b`,
        weight: 1,
        fires: ["You don't know that. You've never been in my position."],
        doesNotFire: ["I'm not going to say you have never been in my."],
      },
      {
        cue: String.raw`\b(?:this|that) is what you (?:always )?do\b`,
        weight: 1,
        fires: ["Don't 'okay' me. This is what you always do, shut down and let me be the bad guy."],
        doesNotFire: ['i never said that', "I'm not going to say this is what you always do."],
      },
      {
        cue: String.raw`\bwhy (?:did not|do not|can not) you\b`,
        weight: 1,
        fires: [
          'why didnt YOU call ME? my phone was on all afternoon',
          "Why can't YOU ever talk to me, instead of making me guess what's going on?",
        ],
        doesNotFire: ["I'm not going to say why did not you."],
      },
      {
        cue: String.raw`\bdid you even\b`,
        weight: 1,
        fires: [
          "I texted you that I'd be late. Did you even tell him that?",
          'How do you live with someone for six weeks and not notice? Did you even look at me?',
        ],
        doesNotFire: ["I'm not going to say did you even."],
      },
      {
        cue: String.raw`\b(?:name|give me) one\b(?! more\b| last\b)`,
        weight: 1,
        fires: ['Always? Name one other time. Go on, name one.', 'Always? Name one other time.'],
        doesNotFire: ["I'm not going to say name one.", "I'll ask her to give me one more go, on her terms."],
      },
      {
        cue: String.raw`\byou (?:could|can) at least\b`,
        weight: 1,
        fires: ['You could at least pretend to listen to my side of it.'],
        doesNotFire: ["I'm not going to say you could at least."],
      },
      {
        cue: String.raw`(?<!\bi (?:will|need to|have to|must|should|want to|am going to|am trying to|can|could) )\b(?:stop|quit) (?:punishing|treating|telling|making)\b`,
        weight: 1,
        fires: [
          'Then stop punishing me for it.',
          "No. And stop telling me what I felt, you weren't there.",
          'obviously i care, stop making me out to be a monster',
        ],
        doesNotFire: ["I'm not going to say stop punishing."],
      },
      {
        cue: String.raw`\b(?:write|writing) me off\b`,
        weight: 1,
        fires: ["Nice. Write me off, that'll really help."],
        doesNotFire: ["I'm not going to say write me off."],
      },
      {
        cue: String.raw`\byou think (?:i am not|i do not|screaming|shouting|yelling|i like|i enjoy|this is)\b`,
        weight: 1,
        fires: [
          'do you think i dont know that? i think about it every single day',
          "You think I'm not falling apart too? I threw up this morning before work.",
          'My family also looks at me strange now. You think this is easy for me?',
        ],
        doesNotFire: ["I'm not going to say you think i do not."],
      },
      {
        cue: String.raw`\b(?:so )?i am not (?:even )?allowed to\b`,
        weight: 1,
        fires: ["So I'm not allowed to laugh now? Should I hand my phone over at the door every night?"],
        doesNotFire: ["I'm not doing this tonight.", "I'm not going to say so i am not allowed to."],
      },
      {
        cue: String.raw`\b(?:should i|am i supposed to|was i supposed to|do you want me to just) (?:hand|just|get|ask|carry|leave|stop|quit|wear|report|check in)\b`,
        weight: 1,
        fires: [
          'It was dead. Am I supposed to carry three chargers everywhere now?',
          "So I'm not allowed to laugh now? Should I hand my phone over at the door every night?",
        ],
        doesNotFire: ["I'm not going to say am i supposed to carry."],
      },
      {
        cue: String.raw`\b(?:while you were|when you were) (?:never|always|out|busy|on your)\b`,
        weight: 1,
        fires: [
          "Don't tell me I threw it away. You have no idea what it took to get through those nine months while you were never home.",
          'Since last fall. I was trying to keep us afloat while you were out on leave.',
        ],
        doesNotFire: ["I'm not going to say while you were never."],
      },
      {
        cue: String.raw`\b(?:the bad guy|on trial|like a criminal|like a suspect|like a child|interrogat\w*|the silent treatment|cold shoulder)\b`,
        weight: 1,
        fires: [
          'why r u talking to me like a child',
          'why is it an interrogation every time i go out',
          'Why, are you going to interrogate them all?',
        ],
        doesNotFire: ["I'm not going to say like a child."],
      },
      {
        cue: String.raw`\bwhy (?:are|do|did) you (?:(?:always|even|now|so|suddenly) )?(?:reading|read|counting|count|checking|check|going through|go through|snooping|tracking|track|singling|looking at|look at|digging|dig|keeping tabs|inspecting|spying)\b`,
        weight: 1,
        fires: ['why are u reading my bank statements', 'Why do you always go through my coat pockets?'],
        doesNotFire: ['You are right to check my statements.', "I'm not going to say why are you reading."],
      },
      {
        cue: String.raw`\byou are (?:(?:always|now|just|really|actually|seriously) )?(?:checking|counting|reading|snooping|spying|inventing|twisting|tracking|interrogating|grilling|policing|monitoring|digging|stalking|obsessing|acting like|talking like)\b|\byou (?:act|talk) like\b`,
        weight: 1,
        fires: ["You're checking my location now as well?", 'u act like im an alcoholic'],
        doesNotFire: ['You were right to check.', "You're not imagining it."],
      },
      {
        cue: String.raw`\b(?:that is|it is|this is) (?:a bit |pretty |very )?(?:rich|spiteful|low|hypocritical|pathetic|a low blow)\b`,
        weight: 1,
        fires: ["That's a bit rich coming from you.", 'this is low, even for you'],
        doesNotFire: ['What I did was low.', "I'm not going to say that is rich."],
      },
      {
        cue: String.raw`\b(?:are you|you are) (?:my|the) (?:parole officer|probation officer|police|detective|boss|mother|mum|mom|warden|keeper)\b|\bis this (?:a|an) (?:quiz|interrogation|trial|test|inquisition)\b`,
        weight: 1,
        fires: ['are you my parole officer now', 'Is this a quiz now?'],
        doesNotFire: ['You are the person I hurt most.', 'It is not a test, I know.'],
      },
      {
        cue: String.raw`\b(?:do not|don't|stop) (?:bring|bringing|drag|dragging) (?:my|your|the) \w+ into (?:this|it)\b|\bmind (?:your|his|her|their) own\b`,
        weight: 1,
        fires: ["Don't bring my mother into this.", 'ur dad needs to mind his own'],
        doesNotFire: [
          "I brought my mother into this and I shouldn't have.",
          "I'm not going to say do not bring my mum into this.",
        ],
      },
      {
        cue: String.raw`\bwhat were you doing (?:in|with|going through|looking|on) my\b|\byou had no (?:right|business)\b`,
        weight: 1,
        fires: ['What were you doing in my shed in the first place?', 'You had no right to open my post.'],
        doesNotFire: ['You had every right to open it.', "I'm not going to say you had no right."],
      },
      {
        cue: String.raw`\b(?:which|that) is more than you\b|\bmore than you (?:would|ever|did|do)\b|\bnobody (?:forces|forced|makes|made) you\b`,
        weight: 1,
        fires: ["I protected the kids, which is more than you'd have done.", 'Nobody forces you to look at my phone.'],
        doesNotFire: ['You deserved more than I gave you.', "I'm not going to say nobody forced you."],
      },
      {
        // A question that throws it back: "...or had you forgotten?", "Will that do?", "This again?".
        cue: String.raw`\bor (?:had|have|did) you forgotten\b[^.!]*\?|(?<=^|[.!?] )(?:will|does) that do \?|(?<=^|[.!?] )(?:this|that) again \?|\b(?:and|so) what about (?:you|yours|your \w+)\b[^.!]*\?`,
        weight: 1,
        fires: [
          'I was scared too, or had you forgotten?',
          'No. There is nothing else. Will that do?',
          'This again? I told you on Sunday.',
          'And what about your credit card, while we are at it?',
        ],
        doesNotFire: [
          'I had forgotten, and I should not have.',
          'Is there anything I can do that would help?',
          'I did that again. I am sorry.',
          'What about you? How are you holding up?',
        ],
      },
    ],
  },
  {
    signal: 'detail-correction',
    cues: [
      {
        cue: String.raw`, not (?:a |an |the |\d+ |every |all |two |three |four |five |six |months?|weeks?|years?|thousands?|hundreds?)`,
        weight: 1,
        fires: [
          'like 40 mins, not 2 hours',
          'it was a few days before, not the same day',
          'like 2 weeks ago, not every weekend like u think',
        ],
        doesNotFire: ['like 30 quid, not much', "I'm not going to say , not 2 ."],
      },
      {
        cue: String.raw`\bnot (?:what|how) (?:it|that|this) (?:happened|was|went|is)\b`,
        weight: 1,
        fires: ["That's not how it happened at all."],
        doesNotFire: ["I'm not going to say not how it happened."],
      },
      {
        cue: String.raw`\b(?:that|this|it) is not (?:true|right(?! (?:that|of me|what i did)\b)|fair(?! (?:to|on|for) (?:you|her|him|them|the (?:kids|children|girls|boys))\b)|accurate|what (?:happened|i said)|how it)\b`,
        weight: 1,
        fires: [
          'thats not true, i do loads for u',
          'thats not true, we watched a film sunday',
          'thats not fair, i turned up for ur brothers thing',
        ],
        // Owning that it was unfair on them is no correction.
        doesNotFire: [
          'i never said that',
          "I'm not going to say that is not true.",
          "I kept it from you to end the row. That's not fair on you.",
          "It isn't right that you had to find out from a letter.",
        ],
      },
      {
        cue: String.raw`\b(?:she|he|they) (?:\w+ )?(?:texted|messaged|called|kissed|contacted|started|came on to|reached out to|made the first move|added|asked) (?:me )?first\b`,
        weight: 1,
        fires: ['Four months, not six. And she texted me first, after her dad died.'],
        doesNotFire: ["I'm not going to say she texted me first."],
      },
      {
        cue: String.raw`\bi (?:never|did not) (?:(?:said|say|promise|promised) (?:that|it|anything|i would|i was|i did|i had|we would|we were|those words|so)|lie|lied|technically)\b`,
        weight: 1,
        fires: ['i never said that', 'i didnt lie, i left some bits out', 'i didnt say its ok, i was drunk tho'],
        doesNotFire: ['no. i never asked', "I'm not going to say i never said that."],
      },
      {
        // "Someone actually at that table with you", "who actually listened": there, it means "really".
        cue: String.raw`\b(?:(?<!\b(?:someone|somebody|who) )actually(?! (?:at|in|there|here|with|present|listening|listened|cared|looked|meant|tried|wanted)\b)|technically|to be (?:fair|clear|accurate)|for the record|in fairness|get your facts|that is an exaggeration|you are exaggerating|you have it wrong|you got it wrong|you have got it wrong)\b`,
        weight: 1,
        fires: [
          "She invited both of us, actually. You'd know that if you'd opened the card.",
          'I was there for the second half, actually.',
          "Since May, actually, not April. Let's at least get it right.",
        ],
        doesNotFire: ["I'm not going to say actually.", 'You deserved someone actually at that table with you.'],
      },
      {
        cue: String.raw`\b(?:it|that) was (?:not|never) (?:an? )?(?:affair|relationship|date|secret|lie|lying|cheating|gambling|a problem)\b`,
        weight: 1,
        fires: [
          "With respect, it wasn't an affair. I'd appreciate it if you stopped using that word in front of our friends.",
          "It wasn't lying every day as such. Most days you didn't ask.",
          "I was at Colin's for part of it, so it wasn't a lie exactly.",
        ],
        doesNotFire: ['i never said that', "I'm not going to say it was not an affair."],
      },
      {
        cue: String.raw`\bi (?:just )?(?:did not|never) (?:tell|mention|bring (?:it|that) up)\b[^.?!]*\b(?:not|never) (?:lie|lied|lying)\b`,
        weight: 1,
        fires: ["I didn't mention it, but I never lied to you."],
        doesNotFire: ['i never said that', "I'm not going to say i did not mention it , but i never lied."],
      },
      {
        cue: String.raw`\b(?:only|just) (?:\d+|one|two|three|twice|once) (?:times?|weeks?|months?|nights?)\b[^.?!]*\bnot\b`,
        weight: 0.8,
        fires: ['Yes, but only one time, is not like it was every week.'],
        doesNotFire: ["I'm not going to say only one time , is not."],
      },
      {
        cue: String.raw`\w , not (?!(?:from|by|with) me\b)(?:to |from |by |at |with |in |on |for )?(?:me|him|her|us|them|my|your|his|the|a|an|\d+|home|work)\b`,
        weight: 1,
        fires: [
          'like 40 mins, not 2 hours',
          'it was a few days before, not the same day',
          'I was picking Danny up. He was there, not me.',
        ],
        // "Not with me" offers them a place to stop being strong: "Then don't be, not with me."
        doesNotFire: [
          'like 30 quid, not much',
          "I'm not going to say s , not 2.",
          "You don't have to hold it together, not with me.",
        ],
      },
      {
        cue: String.raw`\b(?:you have|you have got|you got) the (?:dates?|facts|numbers?|details|story|time|order) wrong\b`,
        weight: 1,
        fires: ["It's not okay, because you've got the dates wrong and you won't let me fix them."],
        doesNotFire: ["I'm not going to say you have got the dates wrong."],
      },
      {
        cue: String.raw`\bi did (?:try|call|text|warn)\b`,
        weight: 1,
        fires: ["He wasn't picking up. I did try. Everyone acts like I didn't do a single thing right."],
        doesNotFire: ["I'm not going to say i did try."],
      },
      {
        cue: String.raw`\bi (?:texted|told|warned|called|messaged) you (?:ahead|three|two|weeks|days|before|that i would be|i would be)\b|\bi warned you\b`,
        weight: 1,
        fires: [
          "I texted you that I'd be late. Did you even tell him that?",
          'I told you three weeks ahead that I might have to travel. I warned you.',
        ],
        doesNotFire: ["I'm not going to say i texted you that i would be."],
      },
      {
        cue: String.raw`\b(?:was|were) (?:already )?(?:winding down|over before|cancelled|canceled|rescheduled|dead|asleep)\b`,
        weight: 1,
        fires: [
          'It was already winding down before you saw anything.',
          'The appointment was rescheduled twice. By the clinic, not by me.',
          'It was dead. Am I supposed to carry three chargers everywhere now?',
        ],
        doesNotFire: ["I'm not going to say was already winding down."],
      },
      {
        cue: String.raw`\b(?:half|most) of (?:that|those|it|them) (?:is|are|was|were|went|came) (?:not|never|just|only|from|for|mine|legit|real|fine|normal|work|paid)\b`,
        weight: 1,
        fires: ['half of those are from the group chat not from her. did you even check before you started counting'],
        doesNotFire: ["I'm not going to say half of those are from."],
      },
      {
        cue: String.raw`\b(?:there are|there were) (?:badge|phone|bank) ?records\b|(?<!you can |and i will |i will let you )\bask (?:her|him|them|your (?:mum|mom|mother|dad|sister|brother))(?: yourself)?(?= \.| !|$)`,
        weight: 1,
        fires: [
          'I went to the pub because your mum swore it would be hours yet. Ask her.',
          'No! I was at the office, there are badge records. Why would you even ask me that?',
        ],
        doesNotFire: ['no. i never asked', "I'm not going to say ask her."],
      },
      {
        cue: String.raw`\b(?:not|was not|is not) (?:a |some )?(?:stranger|random)\b`,
        weight: 1,
        fires: [
          'shes not a stranger ive known her a year',
          "He's not a stranger. We've known each other since college.",
          'She is not a stranger, she is a colleague of six years.',
        ],
        doesNotFire: ["I'm not going to say is not a stranger."],
      },
      {
        cue: String.raw`(?:^|[.?!] )not (?!(?:your|our) (?:fault|doing|blame)\b)(?:since|all|every|everyone|everybody|the whole|that many|that much|that long|our|your|a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|dozens|hundreds?|thousands?)\b`,
        weight: 1,
        fires: ['Not since the wedding. Since last year.', 'not everyone, it was like two people'],
        // Not your fault is reassurance, not a correction of the partner's account.
        doesNotFire: [
          "I'm not going to say not since.",
          'It was not small, it was everything to you.',
          'Not your fault. Not any of it.',
        ],
      },
      {
        cue: String.raw`\b(?:it|that|this) (?:was|is) not (?!(?:your|our) (?:fault|doing|blame)\b)(?:a year|a month|every|all|our|your|the same (?:place|hotel|one|thing)|that many|that much|that long|ten|thirty|hundreds|thousands)\b`,
        weight: 1,
        fires: ["It wasn't a year. It started in March.", 'It was not the same hotel at all.'],
        doesNotFire: [
          'It was not fair to you.',
          'It was not okay, and I knew it.',
          "It wasn't your fault, not any part of it.",
        ],
      },
      {
        cue: String.raw`\b(?:that is|it is|this is) not the same (?:thing|as)\b|\b(?:that is|it is) (?:different|a different thing)\b|\byou make it sound like\b`,
        weight: 1,
        fires: ["I promised to think about it. That's not the same thing.", 'You make it sound like an affair.'],
        doesNotFire: ['I know it is the same thing to you.', "I'm not going to say that is different."],
      },
      {
        cue: String.raw`\b(?!i |we )[a-z']+ (?:has|have|got|has got|have got) it (?:all )?wrong\b|\b(?:he|she|they) (?:is|are) (?:mistaken|confused|exaggerating)\b`,
        weight: 1,
        fires: ["Mark's got it wrong, I was there for part of the night.", "She's exaggerating, it was twice."],
        doesNotFire: ['I got it wrong, all of it.', "I'm not going to say she is exaggerating."],
      },
    ],
  },
  {
    signal: 'denial',
    cues: [
      {
        cue: String.raw`\bnothing (?:happened|was going on|went on|is going on)\b`,
        weight: 1,
        fires: [
          'nothing happened so',
          'nothing happened, we went out, its not that serious',
          "That's the sort of phrase you get off daytime telly. Nothing happened.",
        ],
        doesNotFire: ["It's nothing.", "I'm not going to say nothing happened."],
      },
      {
        cue: String.raw`\b(?:it|this|that|none of (?:it|this|that)) (?:is|was) (?:not|never) (?:all |really |entirely )?(?:my fault|on me|down to me|my problem|my responsibility|my doing)\b`,
        weight: 1,
        fires: [
          'thats not my fault lol',
          'If she told the whole street, that is not on me.',
          'how she took it was never my problem',
        ],
        doesNotFire: ['i never said that', "I'm not going to say that is not my fault."],
      },
      {
        cue: String.raw`\b(?:you are|you have been) (?:imagining|making (?:this|that|it|things) up|seeing things|paranoid)\b`,
        weight: 1,
        fires: [
          "I don't think they do, love. I reckon you're imagining it.",
          "Now and then. It was never as serious as you're imagining.",
        ],
        doesNotFire: ["I'm not going to say you are imagining."],
      },
      {
        cue: String.raw`\bi (?:do not know|have no idea) what you are talking about\b`,
        weight: 1,
        fires: ["I don't know what you're talking about."],
        doesNotFire: ["I'm not going to say i do not know what you are talking about."],
      },
      {
        cue: String.raw`\bit is not what (?:it looks|you think)\b`,
        weight: 1,
        fires: ["It's not what it looks like, I promise."],
        doesNotFire: ["I'm not going to say it is not what it looks."],
      },
      {
        cue: String.raw`\b(?:that is a lie|prove it|i did nothing wrong|i have done nothing wrong|i never did anything|there is nothing going on|there was nothing)\b`,
        weight: 1,
        fires: ['There was nothing to tell, really. We catch up sometimes.'],
        doesNotFire: ["I'm not going to say there was nothing."],
      },
      {
        cue: String.raw`\bi (?:never|did not) (?:cheat|cheated|sleep with|slept with|touch|touched|hide|hid|take|took|spend|spent|drink|drank|tell|told) (?:her|him|them|anything|anyone|a|your|the|any)\b`,
        weight: 0.8,
        fires: [
          'i didnt tell him anything, he went along with it by himself',
          "I didn't hide them, I put them in my desk drawer. You never asked.",
          "She saw the hospital letter on the counter. I didn't tell her anything.",
        ],
        doesNotFire: ['i never said that', "I'm not going to say i did not tell him."],
      },
      {
        cue: String.raw`\bi (?:was|am) not (?:in love|a thief|a liar|cheating|lying|drunk|seeing)\b`,
        weight: 1,
        fires: [
          "I'm not a thief. Half of that account is mine.",
          'I was not in love with him. Stop putting words in my mouth.',
          "Of course it was true. I'm not a liar.",
        ],
        doesNotFire: ["I'm not going to say i am not a thief."],
      },
      {
        cue: String.raw`\b(?:there is|there was) nothing (?:going on|to tell|between)\b|\bnot once\b|\b(?:was|is) never at risk\b`,
        weight: 1,
        fires: [
          'We never met up. Not once. Whatever she told your cousin is wrong.',
          'She is a friend. Nothing physical ever happened, not once, and you know that.',
          'The house was never at risk. I had a plan to clear it before it ever got that far.',
        ],
        doesNotFire: ['did u eat? theres leftover curry', "I'm not going to say not once."],
      },
      {
        // "It wasn't mine to give away" owns taking what was theirs.
        cue: String.raw`\b(?:that is|it is|those are|they are|it was|that was|these are) not mine\b(?! to\b)`,
        weight: 1,
        fires: ["That's not mine, it's Tyler's.", 'those arent mine i swear'],
        doesNotFire: [
          'That was mine to tell you, not hers.',
          "I'm not going to say it is not mine.",
          "It was yours, and it wasn't mine to give away.",
        ],
      },
      {
        cue: String.raw`\bi (?:did not|never) (?:steal|stole|choose|chose|start|started|touch|touched|kiss|kissed|cheat|cheated|lie|lied|gamble|gambled|drink|drank|take|took|spend|spent|sleep with|slept with|out|outed)\b(?! (?:to|until|because))`,
        weight: 0.8,
        fires: ["I didn't steal anything.", 'i never cheated on u'],
        doesNotFire: ["I'm not going to tell you I never lied.", 'It is not true I never lied, I lied a lot.'],
      },
      {
        cue: String.raw`\bi am not (?:a|the) (?:liar|cheat|cheater|thief|drunk|alcoholic|addict|gambler|criminal)\b|\bi am nothing like (?:him|her|them|my|your)\b`,
        weight: 1,
        fires: ["I'm not the liar you're making out.", 'im nothing like him, dont say that'],
        doesNotFire: ["I'm not going to say i am not a liar.", "I've been a liar to you."],
      },
    ],
  },
  {
    signal: 'self-pity',
    cues: [
      {
        // Asking to be seen trying, in place of seeing the partner.
        cue: String.raw`\b(?:see|notice|know|realise|realize|appreciate|understand) how hard i am (?:trying|working|fighting)\b|\bi am trying so hard\b|\bcan you not see (?:that )?i am trying\b`,
        weight: 1,
        fires: [
          "I hope one day you can see how hard I'm trying, because I really am.",
          "I'm trying so hard here and nothing is ever enough.",
        ],
        doesNotFire: [
          "Trying hard isn't the point. You're the one hurting.",
          "I'm not going to ask you to see how hard I'm trying.",
        ],
      },
      {
        cue: String.raw`\b(?:i am|i was) the one (?:who|that|whos) (?:is |has been |have been |been |who is )?(?:sleeping|suffering|hurting|can not|carrying|holding|paying|losing|feels|feel|gets|got|has to|had to|does|did everything|cleaning|keeping)\b`,
        weight: 1,
        fires: [
          "And I can? I'm the one who has to fight this every single day.",
          'ur done?? im the one whos been sleeping on the couch for a week',
          "I'm the one who has to work with him every day, not you. You don't know how it is.",
        ],
        doesNotFire: ["I'm not going to say i am the one who has to."],
      },
      {
        cue: String.raw`\b(?:do you (?:know|have any idea|realize)|you have no idea) how (?:hard|difficult|bad|awful|much|terrible)\b`,
        weight: 1,
        fires: ['Do you have any idea how hard this is for me?'],
        doesNotFire: ["I'm not going to say do you have any idea how hard."],
      },
      {
        cue: String.raw`\bwhat about (?:me|my feelings|how i feel)\b`,
        weight: 1,
        fires: ['And what about my feelings in all this?'],
        doesNotFire: ["I'm not going to say what about my feelings."],
      },
      {
        cue: String.raw`\b(?:this|it) is (?:hard|hard enough|not easy|killing me|tearing me) (?:for|on) me\b`,
        weight: 1,
        fires: ['This is hard on me too, you know.'],
        doesNotFire: ['ugh not this again', "I'm not going to say this is hard on me."],
      },
      {
        cue: String.raw`\bi (?:feel|am feeling|am being|get) (?:so |really )?(?:attacked|ganged up on|under attack|punished|treated like|judged)\b`,
        weight: 1,
        fires: ['I feel attacked every time we talk.'],
        doesNotFire: ["I'm not going to say i feel attacked."],
      },
      {
        cue: String.raw`\b(?:i am|i guess i am|so i am) (?:just )?(?:a|the|such a) (?:terrible|horrible|worst|awful|bad|monster|villain|evil)\b`,
        weight: 1,
        fires: [
          "Sure, I'm the worst husband on the planet. Happy now?",
          'oh so now im the monster. like you never flirted with anyone at your work parties',
          'yeah ok, im the worst person alive, happy?',
        ],
        doesNotFire: ["I'm not going to say i am the worst."],
      },
      {
        cue: String.raw`\b(?:nobody|no one) (?:cares|asks|thinks) (?:about|how) (?:me|i)\b`,
        weight: 1,
        fires: ['No one cares about me in this house.'],
        doesNotFire: ["I'm not going to say no one cares about me."],
      },
      {
        cue: String.raw`\bi (?:am|have been) suffering\b`,
        weight: 1,
        fires: ['I have been suffering with this for months.'],
        doesNotFire: [
          'ive been stressed with uni, its not all about her',
          "I'm not going to say i have been suffering.",
        ],
      },
      {
        cue: String.raw`\b(?:you think|you know) this is easy for me\b`,
        weight: 1,
        fires: ['My family also looks at me strange now. You think this is easy for me?'],
        doesNotFire: ["I'm not going to say you think this is easy for me."],
      },
      {
        cue: String.raw`\b(?:i|me) (?:too|as well)\b[^.?!]*\b(?:hurt|hurting|suffer|pain|awful|miserable)\b`,
        weight: 0.8,
        fires: ["Me too, I'm hurting as well, you know."],
        doesNotFire: ["I'm not going to say me too , i am hurting."],
      },
      {
        cue: String.raw`\b(?:i can not|i have not been able to) (?:sleep|eat|work|think|breathe)\b`,
        weight: 0.8,
        fires: [
          "I can't sleep, I can't eat, I feel sick all day. This is tearing me apart as well.",
          'ur on my back 24/7 i cant breathe',
        ],
        doesNotFire: ["I'm not going to say i can not sleep."],
      },
      {
        cue: String.raw`\bi am (?:hurting|falling apart|losing my mind|running on empty|worn out|sick of|tired of|exhausted) (?:too|here|over here|as well|of being|from being)\b`,
        weight: 1,
        fires: [
          "You think I do? I'm running on empty over here.",
          "And I'm supposed to feel okay about that? I'm losing my mind here.",
          "I miss us too, but I'm worn out from being treated like a criminal in my own house.",
        ],
        doesNotFire: ["I'm not going to say i am running on empty over here."],
      },
      {
        // "...in my suit every day, so nobody asks anything" is why it was hidden, not self-pity.
        cue: String.raw`(?<!\bso (?:that )?)\b(?:nobody|no one) (?:in this house |here |ever )?(?:seems to )?(?:cares?|helps?|asks?|notices?)\b`,
        weight: 1,
        fires: [
          "I know you're hurt. I'm hurting too, and nobody in this house seems to care about that.",
          'And I was stuck at the office, you think I was happy? Nobody asks how my day was.',
          'What is fair? I work twelve hours, I come home, nobody asks me how I am. This is fair?',
        ],
        doesNotFire: [
          "I'm not going to say nobody in this house seems to care.",
          'I sat in the library in my suit every day, so nobody asks anything.',
        ],
      },
      {
        cue: String.raw`\b(?:what it is like|how it feels) (?:carrying|living|being|to carry|to be)\b`,
        weight: 1,
        fires: ['Think about what it is like carrying this every day.'],
        doesNotFire: [
          'honestly ive felt like that for years and you never noticed. so i guess now you know how it feels 💔',
          "I'm not going to say what it is like carrying.",
        ],
      },
      {
        cue: String.raw`\b(?:makes two of us|nothing i do is|never (?:good )?enough for you|i think about it every|do you think i do not know|after everything i|not the villain|the villain here)\b`,
        weight: 1,
        fires: [
          'i feel like im never enough for you either so',
          'i will since apparently nothing i do is ever right',
          'I feel like nothing I do is ever enough for you.',
        ],
        doesNotFire: ["I'm not going to say never enough for you."],
      },
      {
        cue: String.raw`\b(?:i was|i am|i have been) (?:crying|suffering|miserable|sleeping on the couch) (?:too|as well|for)\b`,
        weight: 1,
        fires: ['I was crying too, every night for weeks.'],
        doesNotFire: ["I'm not going to say i was crying too."],
      },
    ],
  },
  {
    signal: 'stonewall',
    cues: [
      {
        cue: String.raw`\bi am (?:done(?! (?:hiding|lying|keeping|with (?:lying|hiding|secrets|the|drinking|gambling)))|finished|not (?:doing|discussing|talking about|going through|going over|having|getting into|rehashing) (?:this|that|it))\b`,
        weight: 1,
        fires: [
          "I'm not doing this tonight.",
          "Fine by me. I'm done explaining myself.",
          "I'm done with this conversation.",
        ],
        doesNotFire: ["I'm not going to say i am not doing this."],
      },
      {
        cue: String.raw`\bi (?:will not|refuse to|am not going to) (?:talk|discuss|do this|go over|keep|explain|justify|get into|rehash|argue)\b(?! (?:it |this |that )?away| (?:a)?round| with| about (?:the )?(?:details|facts|numbers|dates))`,
        weight: 1,
        fires: [
          "Okay, then I won't talk about it either.",
          "No, I'm not, and I'm not going to keep repeating it until you decide to believe me.",
          "You'd ask and I'd answer. I'm not going to keep a tally for you.",
        ],
        doesNotFire: ["I'm not going to say i will not talk.", "I won't talk around it. You asked, so here it is."],
      },
      {
        cue: String.raw`(?:^|[.,!?] )(?:just )?(?:drop|leave|forget) it(?= \.| !|$)`,
        weight: 1,
        fires: ['Why you are digging, digging? The past is the past, leave it.'],
        doesNotFire: ["I'm not going to say , leave it."],
      },
      {
        cue: String.raw`\b(?:end of (?:discussion|story|conversation)|this conversation is over|i have nothing (?:more|else) to say|not this again|enough is enough)\b`,
        weight: 1,
        fires: ['ugh not this again', 'The doctor is my business. My health, my body. End of discussion.'],
        doesNotFire: ["I'm not going to say not this again."],
      },
      {
        cue: String.raw`(?:^|[.,!?] )whatever\b(?! (?:you|it takes|helps|it is|order|space|time|we call|we want to call|the word|happens|comes))|\bwhatever(?= (?:\.|!)|$)`,
        weight: 1,
        fires: [
          'whatever back. im not begging',
          "Exactly. Whatever I say, you won't believe it, so why bother.",
          "Three, Pam. Not every week, whatever Sarah's told you.",
        ],
        doesNotFire: ["I'm not going to say whatever."],
      },
      {
        cue: String.raw`\b(?:believe|think) what(?:ever)? you (?:want|like)\b`,
        weight: 1,
        fires: ['Believe what you want then.'],
        doesNotFire: ["I'm not going to say believe what you want."],
      },
      {
        cue: String.raw`\bi already (?:apologized|said (?:i am|i was) sorry|said sorry|told you|explained)\b`,
        weight: 1,
        fires: ['I already said sorry, what more do you want?'],
        doesNotFire: ["I'm not going to say i already said sorry."],
      },
      {
        cue: String.raw`\bhow many (?:more )?times do i have to\b`,
        weight: 1,
        fires: [
          'how many times do i have to say no. seriously how many',
          'i didnt know!! how many times do i have to explain the shift got changed last minute',
        ],
        doesNotFire: ["I'm not going to say how many times do i have to."],
      },
      {
        cue: String.raw`\bwhat (?:more|else) do you want(?: from me)?\b(?! to (?:know|ask|hear|see)| me to (?:tell|show|answer|do for))`,
        weight: 1,
        fires: ['uve seen enough to hate me, what more do u want'],
        doesNotFire: ["I'm not going to say what more do you want."],
      },
      {
        cue: String.raw`\bi am not (?:going to )?(?:stand here|sit here|listen to|be (?:screamed|yelled|shouted) at|playing|doing the|reading|explaining|going through|discussing) ?`,
        weight: 1,
        fires: [
          "I'm not going to stand here and get screamed at.",
          "I can see you're doing the cold thing. I'm not playing that game.",
          "I'm not going through this with you tonight.",
        ],
        doesNotFire: ["I'm not doing this tonight.", "I'm not going to say i am not going to stand here ."],
      },
      {
        cue: String.raw`\bi am not (?:going to )?apologi[sz]e for\b`,
        weight: 1,
        fires: [
          "I'm not going to apologise for having a friend who understands me.",
          "Whatever it was, he's our son. I'm not going to apologise for helping him.",
        ],
        doesNotFire: ["I'm not doing this tonight.", "I'm not going to say i am not going to apologize for."],
      },
      {
        cue: String.raw`\b(?:i|i have) (?:said|told you) (?:i was |i am )?sorry (?:already|like|\d+|five|ten|a hundred|so many|every|a million)\b`,
        weight: 1,
        fires: [
          'ive said sorry like a hundred times',
          'i said sorry already. i dont know what else u want',
          'i told you i was sorry like five times what else am i supposed to say',
        ],
        doesNotFire: ['i never said that', "I'm not going to say i have said sorry like."],
      },
      {
        cue: String.raw`\bi said sorry already\b`,
        weight: 1,
        fires: ['i said sorry already. i dont know what else u want'],
        doesNotFire: ["I'm not going to say i said sorry already."],
      },
      {
        cue: String.raw`\bwhat (?:else|more) (?:am i supposed to|can i possibly|is there to) (?:say|do)\b`,
        weight: 1,
        fires: ['i told you i was sorry like five times what else am i supposed to say'],
        doesNotFire: ["I'm not going to say what else am i supposed to say."],
      },
      {
        cue: String.raw`\bi (?:have|already|have already) answered (?:every|everything|all|your)\b`,
        weight: 1,
        fires: [
          "What do you want, a full confession every night before bed? I've answered everything you asked.",
          'then stop asking me about her every night. its the same questions over and over and ive answered all of them',
        ],
        doesNotFire: ["I'm not going to say i have answered everything."],
      },
      {
        cue: String.raw`\b(?:no|there is no) point (?:in )?(?:me )?(?:saying|talking|explaining|trying)\b`,
        weight: 1,
        fires: ["Fine. Then there's no point in me saying anything, is there."],
        doesNotFire: [
          "There's nothing else. Stop looking for the next thing.",
          "I'm not going to say there is no point in me saying.",
        ],
      },
      {
        cue: String.raw`\b(?:i am going to bed|call me whatever|keep (?:shouting|yelling|screaming)|see if (?:it|that) changes|stop (?:looking for|putting words|asking me))\b`,
        weight: 1,
        fires: [
          'Keep shouting. See if it changes anything.',
          "There's nothing else. Stop looking for the next thing.",
          'thats all. stop asking me the same thing',
        ],
        doesNotFire: ['nothing is wrong with me, ur the one shouting', "I'm not going to say keep shouting."],
      },
      {
        cue: String.raw`\bi do not know what (?:else|more) (?:you want|to tell you|to say to you|you expect)\b`,
        weight: 1,
        fires: ['i said sorry already. i dont know what else u want'],
        doesNotFire: ["I'm not going to say i do not know what else you want."],
      },
    ],
  },
  {
    signal: 'evasion',
    cues: [
      {
        cue: String.raw`\b(?:does|did) (?:it|that|this) (?:really |even |honestly )?matter\b|\b(?:what|why) does (?:it|that) (?:even )?matter\b|\bwhy (?:would|should) (?:it|that|this) matter\b`,
        weight: 1,
        fires: ['Does it matter now?', 'why does that even matter'],
        doesNotFire: ["It matters, and I'll tell you.", "I'm not going to say does it matter."],
      },
      {
        cue: String.raw`\bwhy do you (?:need|want|have) to know\b|\bwhy (?:are|would) you (?:even )?(?:ask|asking)\b|\bwhy is (?:that|this|it) (?:so )?important\b`,
        weight: 1,
        fires: ['Why do you need to know that?', 'why are you even asking'],
        doesNotFire: ['You need to know, so here it is.', "I'm not going to say why do you need to know."],
      },
      {
        cue: String.raw`\bwhat (?:difference|good) (?:does|would|will|is) (?:it|that|this|the \w+)(?: make| do)?\b|\b(?:is|would|will) (?:knowing|that|it) (?:really |even )?(?:going to |gonna )?(?:help|change anything)\b`,
        weight: 1,
        fires: ['What difference does the number make?', 'Is knowing really going to help you?'],
        doesNotFire: [
          "Knowing will help you decide, so I'll tell you.",
          "I'm not going to say what difference does it make.",
        ],
      },
      {
        cue: String.raw`\bi am not (?:going to |gonna )?(?:get|go|getting|going) into (?:that|this|it|details|the details)\b|\bnot getting into (?:that|this|it)\b|\bi would rather not (?:say|go into|get into|talk about)\b|\bi am not answering (?:that|this)\b`,
        weight: 1,
        fires: ["I'm not getting into that tonight.", "I'd rather not say."],
        doesNotFire: ["I'll go into all of it with you.", "I'm not going to pretend i am not getting into it."],
      },
      {
        cue: String.raw`\bi (?:do not|did not|never) owe (?:you|anyone|anybody|nobody) (?:a|an|any|the|my|that|every)\b|\bi refuse to be (?:dragged|questioned|quizzed|grilled|interrogated|put through|cross-examined|made to)\b`,
        weight: 1,
        fires: [
          "I paid it back, and I don't owe anyone an explanation for my own wages.",
          'I refuse to be questioned like this in my own kitchen.',
        ],
        doesNotFire: ['I owe you an explanation, and here it is.', "I'm not going to say i do not owe you a thing."],
      },
      {
        cue: String.raw`\b(?:that is|it is) (?:private|personal|between (?:me|us|her|him) and|none of your (?:business|concern))\b|\bwhat business is (?:that|it) of (?:yours|you)\b|\bnone of your business\b`,
        weight: 1,
        fires: ["That's between me and her.", 'What business is that of yours?'],
        doesNotFire: ["It's your business, all of it.", "I'm not going to say that is private."],
      },
      {
        // Present tense only: "It was between the two of us, nobody else knew" answers "who knew?".
        cue: String.raw`\b(?:that is|it is|that stays|it stays) between (?:the two of us|us two|the pair of us)\b(?! now)|\bwhat (?:i|we) (?:say|said|talk about|talked about) (?:in there|in that room|with (?:him|her|them)) stays (?:in there|in that room|between us|with (?:him|her|them))\b`,
        weight: 1,
        fires: ["That's between the two of us, sorry.", 'what i say in there stays in there'],
        doesNotFire: [
          'It was between the two of us. Nobody else knew until you.',
          'It is between the two of us now, no more secrets.',
          "I'm not going to say that is between the two of us.",
        ],
      },
      {
        cue: String.raw`\bi (?:do not|don't) (?:need|have) to (?:give|tell|explain|answer|justify|account for)\b|\bi am not (?:keeping|doing|giving|writing|making) (?:you )?(?:a|any) (?:log|list|timeline|record|diary|schedule|register|report)\b`,
        weight: 1,
        fires: ["I don't have to explain every night out.", 'im not doing a timeline for u'],
        doesNotFire: [
          "I'll give you the whole timeline, night by night.",
          "I'm not going to say i do not need to explain.",
        ],
      },
      {
        cue: String.raw`\b(?:no idea|do not see|do not know) why (?:that|it|this) (?:is|was|would be) (?:relevant|important|your business|any of your business)\b|\bhow (?:am|would|should) i (?:supposed to )?know\b`,
        weight: 1,
        fires: ["I've no idea why that's relevant.", 'How am I supposed to know who she talks to?'],
        doesNotFire: ['I know why it matters to you.', 'It is not true that i do not know why it matters.'],
      },
      {
        cue: String.raw`\bwhy (?:do|would) you (?:want|need) to (?:torture|hurt|punish) yourself\b|\bwhy put yourself through\b|\bare we (?:really |seriously )?doing this\b`,
        weight: 1,
        fires: [
          'Why do you want to torture yourself with a timeline?',
          'Are we really doing this in front of your sister?',
        ],
        doesNotFire: [
          "I'll answer anything, even if it hurts to hear.",
          "I'm not going to say why put yourself through it.",
        ],
      },
    ],
  },
];
