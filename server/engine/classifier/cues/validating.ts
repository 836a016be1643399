import type { CueGroup } from './cue-types.js';

export const VALIDATING: CueGroup[] = [
  {
    signal: 'responsibility',
    cues: [
      {
        // Letting the partner's account stand rather than arguing it (listen before defending).
        cue: String.raw`\bi (?:do not|will not|am not going to) (?:need to |have to |try to )?(?:win|be right|argue (?:the|about the|over the) (?:details|facts|numbers|dates)|correct you|split hairs)\b`,
        weight: 1,
        fires: [
          "I don't need to be right about the dates. You've got what matters.",
          'im not going to argue the details. u were there for the worst of it',
        ],
        doesNotFire: ['I need to be right about this one.', 'you will not win this'],
      },
      {
        // Refusing the way out ("I'm not going to pretend otherwise", "I won't explain it away").
        cue: String.raw`\bi (?:am not going to|will not|am not gonna) (?:pretend (?:otherwise|i did not|i was not|it did not happen|it was not (?:me|my))|pretend(?= [.,]|$)|explain (?:it|this|that) away|make out (?:it|that|this)|deny (?:it|that|any of it)|dress (?:it|this|that) up|sugar ?coat|(?:try to )?(?:shrink|minimi[sz]e|downplay|play down|make (?:it|this|that) (?:sound |look )?(?:smaller|better|less))\b|tell you (?:that )?you are wrong (?:to|for)\b)`,
        weight: 1,
        fires: [
          "I did. I'm not going to pretend otherwise.",
          "I hurt you. I'm not going to explain it away.",
          "No. I won't dress it up. I went to her flat twice.",
          "I'm not going to try to make it sound better than it is.",
          "I won't tell you you're wrong to be furious.",
        ],
        doesNotFire: [
          "I'm not going to pretend I'm the bad guy here.",
          "I'm not going to pretend it was some huge deal.",
          "I'm not going to pretend to be sorry.",
          'It is not true that i will not deny it.',
        ],
      },
      {
        cue: String.raw`\bi (?:(?:really|completely|totally|deliberately|knowingly) )?(?:lied|cheated|betrayed|hid|deceived|broke (?:my|your|our|the) (?:promise|trust|word)|broke it|let you down|failed you|hurt you|humiliated you|embarrassed you|went behind your back|kept (?:it|this|that|secrets?|things) (?:from|secret)|was not there|was not honest|did not tell you|did not show up|never told you|chose (?:to|her|him|them|that|this|the|drinking|gambling)|made (?:that|this|the|a) (?:choice|decision)|took (?:your|our|the) (?:trust|money)|spent (?:our|the|your)|told (?:them|her|him|people|everyone|your|my)|drank|relapsed|gambled|slept with|kissed|texted (?:her|him|them)|stayed in touch|started (?:it|this|drinking|gambling|talking))\b`,
        weight: 1,
        fires: ['i lied', 'I relapsed.', 'Yes, I told her.'],
        doesNotFire: ['It is not true that i lied.', 'I never lied to you about the money.'],
      },
      {
        cue: String.raw`\b(?:that|this|it|all of (?:it|this|that)) (?:is|was) (?:all )?(?:on me|mine|my (?:fault|choice|decision|doing|responsibility|mess|failure))\b|^(?:(?:yes|yeah|okay|ok|right) [.,] )?(?:those|these|they) (?:are|were) (?:all )?mine\b`,
        weight: 1,
        fires: [
          'Those are mine. I have been going since Christmas.',
          'its not ur fault at all. its mine',
          'i know you feel alone with it again 😞 thats on me',
          'u didnt look stupid, i made u look stupid. thats on me',
        ],
        // Negation and challenging questions turn ownership around, whichever side a cue is on.
        doesNotFire: [
          'None of this is on me.',
          "Honestly I don't see how that is on me.",
          'How is that my fault?',
          'It is not true that it is mine.',
        ],
      },
      {
        cue: String.raw`\b(?:my|all my|entirely my|completely my) (?:fault|choice|decision|doing|responsibility)\b`,
        weight: 1,
        fires: ['my doing.', 'My fault. All of it.', "Don't take it out on Carol. This was my doing, not hers."],
        doesNotFire: ['None of this is my fault.', 'How is this my fault?', 'It was never my choice to move here.'],
      },
      {
        cue: String.raw`\b(?:no one|nobody|nothing) (?:made|forced|pushed) me\b`,
        weight: 1,
        fires: ['Nobody made me do it. I chose it.'],
        doesNotFire: ["It's nothing.", 'It is not true that nobody made me.'],
      },
      {
        cue: String.raw`\bi (?:take|own|accept|carry) (?:full |complete |all |total )?(?:the )?(?:responsibility|blame)\b`,
        weight: 1,
        fires: ['I did promise, and I failed to keep it. I accept full responsibility, and I understand your anger.'],
        doesNotFire: ['It is not true that i accept full responsibility.'],
      },
      {
        // Owning the hiding itself: "You couldn't have seen it. I made sure of that."
        cue: String.raw`\bi made (?:very )?sure (?:of (?:that|it)|you (?:would|could|did) not (?:see|know|find|notice|hear|catch)|you never (?:saw|knew|found|noticed|heard))\b|\bso (?:that )?(?:you|he|she|they|[a-z]+) would (?:never have|never|not have|not) (?:known|know|found out|find out|seen|see|noticed|notice)\b`,
        weight: 1,
        fires: [
          "You couldn't have seen it. I made sure of that.",
          'i made sure u wouldnt find out',
          'I meant to find a new job first and then tell you I had moved jobs, so you would never have known.',
        ],
        doesNotFire: ['I made sure you were safe first.', 'It is not true that i made sure of that.'],
      },
      {
        cue: String.raw`\bi own (?:that|this|it|what i did)\b`,
        weight: 1,
        fires: [
          "I saved her under a fake name so you wouldn't find her. That's how deliberate it was, and I own that.",
          "I said I wasn't in the mood and hid where my attention was really going. That was dishonest, it hurt you, and I own it.",
        ],
        doesNotFire: ['It is not true that i own that.'],
      },
      {
        cue: String.raw`\b(?:there is|there was|i have|i had) no (?:excuse|good reason|justification)\b`,
        weight: 1,
        fires: [
          'i lied becuase i knew it would hurt you and i did it anyway. theres no good reason',
          "I missed the birth of our son. I promised I'd be there and I wasn't. There's no excuse for it.",
        ],
        doesNotFire: ['It is not true that there is no good reason.'],
      },
      {
        cue: String.raw`\bi (?:will not|am not going to|refuse to|do not want to|can not) (?:make|give|offer|look for|hide behind) (?:any )?(?:excuses?|reasons)\b`,
        weight: 1,
        fires: [
          'i did. the rent money. im not going to make excuses for it',
          'im not gonna make excuses this time. i lied cuz it was easier for me',
          "I'm not going to make excuses. I promised you, I broke it, and I hid it.",
        ],
        doesNotFire: ['It is not true that i am not going to make excuses.'],
      },
      {
        cue: String.raw`\b(?:i was|i have been|that was|what i did was) (?:so |completely |totally |really )?(?:wrong|selfish|a coward|cowardly|dishonest|cruel|careless|unfair to you)\b`,
        weight: 1,
        fires: [
          'because i was scared of losing u and i was a coward about it',
          "I didn't forget. I decided something else mattered more that afternoon, and I was wrong.",
          'i wanted them on my side about the argument. that was wrong',
        ],
        doesNotFire: ['It is not true that i was a coward.'],
      },
      {
        cue: String.raw`\bi (?:still |really |definitely |absolutely )?should (?:have|not have|never have)\b`,
        weight: 1,
        fires: [
          'i didnt know that. im sorry. i shouldve been there',
          'You were ill, I know, and I still should have been there.',
          'i shouldnt have told her that. that was urs to tell',
          "I wasn't thinking of you, and I should have been.",
        ],
        doesNotFire: ['It is not true that i should have.'],
      },
      {
        cue: String.raw`\b(?:that|it|this|none of (?:that|this)) (?:is|was|does not|is not|was not) (?:no|not an|an|any) excuse\b`,
        weight: 1,
        fires: [
          'a scared one. thats not an excuse, it was still a choice',
          'i do keep saying that. its an excuse and im done using it. i chose to go back to his',
        ],
        doesNotFire: ['i never said that', 'It is not true that that is not an excuse.'],
      },
      {
        cue: String.raw`\b(?:nothing|none of (?:that|this|it)) (?:excuses|justifies|makes (?:it|that|this) ok)\b`,
        weight: 1,
        fires: ['None of that excuses what I did to you.'],
        doesNotFire: ["It's nothing.", 'It is not true that none of that excuses.'],
      },
      {
        cue: String.raw`\bi did (?:this|that|it)\b(?! (?:because|for|to))`,
        weight: 0.8,
        fires: [
          "It is, and I did it. I'm sorry.",
          'nothing about this should help me sleep. i did it',
          "The kind I was when I did it. I'm sorry. I did this.",
        ],
        doesNotFire: ['It is not true that i did it.'],
      },
      {
        cue: String.raw`\byou are (?:right|not wrong)\b`,
        weight: 0.8,
        fires: [
          "I wasn't there. You're right.",
          'youre right, i was at the bar with sam. i lied about the gym',
          "You're right, words won't fix this. I'll keep showing up anyway.",
        ],
        doesNotFire: ['It is not true that you are right.'],
      },
      {
        cue: String.raw`\bi (?:was|have been) (?:lying|hiding|keeping|sneaking|using)\b`,
        weight: 0.8,
        fires: [
          'oh god. u defended me and i was lying. im sorry',
          'u werent stupid. i was lying to u really well, thats on me',
          'Four months. Every day I left the house I was lying to you, and I chose to.',
        ],
        doesNotFire: ['It is not true that i was lying.'],
      },
      {
        cue: String.raw`\b(?:i|you) (?:deserved|deserve) (?:better|the truth|to know|an honest)\b`,
        weight: 0.8,
        fires: [
          "I should have told you the first time she messaged. You deserved to know then, and I'm sorry I waited.",
          "I lied because I wanted to keep drinking. I'm sorry. You deserved the truth every time.",
        ],
        doesNotFire: ["You didn't deserve any of this.", 'It is not true that you deserved to know.'],
      },
      {
        cue: String.raw`\byou (?:did not|do not|never|have never) deserve(?:d)? (?:any of |all of |one bit of )?(?:this|that|it|what i did|to be (?:lied to|treated|hurt|deceived|made))\b`,
        weight: 0.8,
        fires: [
          "You didn't deserve any of this.",
          'im so sorry. u didnt deserve any of this',
          'you never deserved to be lied to like that, not once',
        ],
        doesNotFire: ['It is not true that you did not deserve any of this.'],
      },
      {
        cue: String.raw`\bi (?:know|understand|realise|realize) (?:that )?(?:sorry|an apology|saying sorry|my apology|words) (?:does not|do not|will not|can not|is not going to|are not going to|is not|are not) (?:fix|undo|change|mend|make up for|enough|going to fix)\b`,
        weight: 0.8,
        fires: [
          "i realise words aren't enough after what i did",
          "I know sorry doesn't undo any of it. I'm saying it anyway because it's true.",
        ],
        doesNotFire: ['It is not true that i realise words are not enough.'],
      },
      {
        cue: String.raw`\bi (?:did|caused|broke|took|used|taught you|put you|gave it to|messaged (?:her|him) first|started it|did it anyway|went anyway|told it anyway)\b(?! (?:not|it because|that because))`,
        weight: 1,
        fires: ['yeah i did', 'i know. and i broke that', 'Yes, I did.'],
        doesNotFire: ['It is not true that i did.'],
      },
      {
        cue: String.raw`\b(?:it|this|that|all of it) (?:started|began) with me\b|\byou did not do this\b|\bi put you there\b|\bnothing to defend\b|\bi can not excuse\b`,
        weight: 1,
        fires: [
          "You didn't do this. I did. What questions keep coming back to you?",
          "Yes. I thought about you, and I went anyway. That's the part I can't excuse.",
          'i dont know who, everyones denying it, but it started with me posting it',
        ],
        doesNotFire: ['It is not true that you did not do this.'],
      },
      {
        cue: String.raw`\b(?:the|that|this) (?:failing|shame|fault|blame|damage|lie|choice) (?:was|is|belongs to|is all) (?:mine|me|on me)\b`,
        weight: 1,
        fires: ['No. You deserved my attention and I gave it to someone else. The failing was mine.'],
        doesNotFire: ['It is not true that the failing was mine.'],
      },
      {
        cue: String.raw`\bi am the (?:reason|cause|one who (?:made|took|broke|did|caused|hurt|lied|chose|let))\b`,
        weight: 1,
        fires: [
          "I miss it too, and I know I'm the reason it's gone. What do you miss the most?",
          "No. I want to be with you, and I know I'm the one who made that hard to believe.",
          "You are nobody's fool. I'm the one who did this, and I kept it from you deliberately.",
        ],
        doesNotFire: ['It is not true that i am the reason.'],
      },
      {
        cue: String.raw`\b(?:that|it|this) (?:is|was) (?:a |the )?(?:betrayal|shameful|dangerous|cruel|wrong of me|a lie|the part i can not excuse)\b`,
        weight: 1,
        fires: [
          "Honestly, yes. I was counting on it, and that's shameful.",
          "Yes. I thought about you, and I went anyway. That's the part I can't excuse.",
          "I treated it as mine to talk about, and it wasn't. That was a betrayal of you.",
        ],
        doesNotFire: ['i never said that', 'It is not true that that is shameful.'],
      },
      {
        cue: String.raw`\b(?:it|that|this) (?:was|is) (?:not|never) mine to (?:tell|share|give|spend|decide)\b|\bi will keep owning\b|\bi chose (?:badly|wrong|not to|myself|my comfort)\b`,
        weight: 1,
        fires: [
          "No, it doesn't undo it. I'll keep owning it, today and after.",
          "I won't. I should have left hours earlier, and I chose not to.",
          "I chose not to. I knew he'd talk me out of it. That's the truth.",
        ],
        doesNotFire: ['ur not a side piece, ur the one i chose', 'It is not true that i will keep owning.'],
      },
      {
        // Agency taken back: "it didn't just happen".
        cue: String.raw`\b(?:it|this|that|none of (?:it|this|that)) did not (?:just )?happen(?: by itself| on (?:its|it is) own)?\b|\b(?:none of (?:it|this|that)|nothing(?: about (?:it|this|that))?) happened (?:by itself|on (?:its|it is) own)\b`,
        weight: 1,
        fires: ["It didn't just happen. I chose it.", 'none of it happened on its own. i made it happen'],
        doesNotFire: ['It just happened.', 'It is not true that it did not just happen.'],
      },
    ],
  },
  {
    signal: 'apology',
    cues: [
      {
        cue: String.raw`\bi am (?:so |really |truly |very |deeply |genuinely |incredibly )*sorry\b(?! (?:you|if|that you|for how you|it upset|this upset|you feel|but)\b)`,
        weight: 1,
        fires: ["I'm sorry.", "I lied. I'm sorry.", "No. None of it. I'm sorry."],
        doesNotFire: ['It is not true that i am sorry.'],
      },
      {
        cue: String.raw`\bsorry (?:for (?:lying|what i|the|hurting|breaking|hiding|not|everything|my|all)|that i|i)\b`,
        weight: 1,
        fires: [
          'thats ok. im sorry i wasnt there',
          "You don't need to answer. I'm sorry I lied about seeing him.",
          'yes. on whatsapp. since january. im sorry i lied',
        ],
        doesNotFire: ['It is not true that sorry i.'],
      },
      {
        cue: String.raw`\bi (?:apologize|apologise|regret)\b(?! (?:if|that you|for how you)\b)`,
        weight: 1,
        fires: ['I regret every lie I told you.'],
        doesNotFire: [
          "I'm not going to apologise for having a friend who understands me.",
          'It is not true that i regret.',
        ],
      },
      {
        cue: String.raw`^(?:i am )?(?:so |really )?sorry(?: \.)?$`,
        weight: 0.8,
        fires: ["I'm sorry.", 'im so sorry', 'sorry'],
        doesNotFire: ['It is not true that i am sorry ..'],
      },
    ],
  },
  {
    signal: 'feeling-named',
    cues: [
      {
        // Imagining how it is for them: "you must feel like you've been living with a stranger".
        cue: String.raw`\byou (?:must|might|probably|would) (?:feel|have felt|be feeling|have been feeling) (?:like|as if|as though)\b`,
        weight: 0.8,
        fires: ['You must feel like the last year was a lie.', 'u must feel like ur going mad'],
        doesNotFire: ['You must think I am stupid.', 'It is not true that you must feel like that.'],
      },
      {
        cue: String.raw`\byou (?:are|were|must be|must have been|must feel|must have felt|feel|felt|have been|might be|might feel|seem|sound|are feeling|were feeling|would be|would feel|had every reason to (?:be|feel)) (?:so |really |completely |still |totally |just |absolutely )?(?:hurt|hurting|angry|furious|livid|betrayed|humiliated|devastated|scared|afraid|frightened|terrified|lonely|alone|sad|crushed|heartbroken|ashamed|embarrassed|confused|lost|numb|exhausted|shocked|stupid|foolish|used|small|invisible|disrespected|abandoned|worthless|unsafe|broken|empty|upset|mad|gutted|(?<=(?:feel|felt|feeling) (?:so |really |completely |still |totally |just |absolutely )?)sick|sick(?= (?:to|of|about)\b)|lied to|shut out|replaced|made a fool of|second|blindsided|like a fool|like an idiot|like nothing|like you do not matter|like you did not matter|like (?:an|a) afterthought|rage|grief|sadness|pain|fear|anger|resentment|shame|disgust)\b`,
        weight: 1,
        fires: [
          'i know you feel alone with it again 😞 thats on me',
          'youre furious and you should be. i said id be at the scan and i wasnt',
          'You felt made a fool of in front of my family. I did that, not her.',
          'You felt sick reading them.',
          'You are sick of hearing sorry, I know.',
        ],
        // Ill is not a feeling: "You were sick" said of the partner's flu.
        doesNotFire: ['It is not true that you feel alone.', 'You were sick that week, and I went anyway.'],
      },
      {
        cue: String.raw`\b(?:your|the) (?:hurt|pain|anger|grief|sadness|fear|shock|humiliation|rage|disappointment|loneliness|exhaustion)\b`,
        weight: 1,
        fires: [
          'I did promise, and I failed to keep it. I accept full responsibility, and I understand your anger.',
          'I can see your pain and I caused it.',
        ],
        doesNotFire: ['It is not true that your anger.'],
      },
      {
        cue: String.raw`\b(?:made|make|left|leave) you (?:feel )?(?:hurt|hurting|angry|furious|livid|betrayed|humiliated|devastated|scared|afraid|frightened|terrified|lonely|alone|sad|crushed|heartbroken|ashamed|embarrassed|confused|lost|numb|exhausted|shocked|stupid|foolish|used|small|invisible|disrespected|abandoned|worthless|unsafe|broken|empty|upset|mad|gutted|sick|lied to|shut out|replaced|made a fool of|second|blindsided|like a fool|like an idiot|like nothing|like you do not matter|like you did not matter|like (?:an|a) afterthought|rage|grief|sadness|pain|fear|anger|resentment|shame|disgust)\b`,
        weight: 1,
        fires: ['I made you feel stupid for trusting me.'],
        doesNotFire: ['It is not true that made you feel stupid.'],
      },
      {
        cue: String.raw`\byou have every (?:right|reason)\b`,
        weight: 1,
        fires: [
          "You have every right to be angry that I lied. I'd be angry too.",
          "Okay. I won't lead with sorry. You have every right to be furious with me.",
          'I swore on our kids and I drank anyway. You have every right to be this angry.',
        ],
        doesNotFire: ['It is not true that you have every right.'],
      },
      {
        cue: String.raw`\bof course you (?:are|feel|would|do|can not|do not|did|want|need)\b`,
        weight: 1,
        fires: ['Of course you do. She was your friend there, and I took that from you as well.'],
        doesNotFire: ['It is not true that of course you do.'],
      },
      {
        cue: String.raw`\b(?:it makes|that makes) (?:complete |total )?sense (?:that )?you\b`,
        weight: 1,
        fires: ["It makes sense that you don't believe a word I say."],
        doesNotFire: ['It is not true that it makes sense that you.'],
      },
      {
        cue: String.raw`\bno wonder you\b`,
        weight: 1,
        fires: ["No wonder you couldn't sleep after finding that."],
        doesNotFire: ['It is not true that no wonder you.'],
      },
      {
        cue: String.raw`\b(?:how|so) (?:much |badly )?(?:i|this|that|it) (?:hurt|humiliated|scared|embarrassed|betrayed|broke) you\b`,
        weight: 0.8,
        fires: ['I can see how badly I hurt you.'],
        doesNotFire: ['It is not true that how badly i hurt you.'],
      },
      {
        cue: String.raw`\b(?:anyone|anybody) would (?:be|feel)\b`,
        weight: 0.8,
        fires: ['Anyone would feel sick finding those messages.'],
        doesNotFire: ['It is not true that anyone would feel.'],
      },
      {
        cue: String.raw`\b(?:that|it|this) must (?:have )?(?:been|felt|feel|be) (?:(?:so |really |completely |just |absolutely |truly )?(?:awful|horrible|terrible|horrendous|devastating|humiliating|frightening|terrifying|lonely|painful|crushing|shocking|unbearable|brutal|sickening|exhausting|heartbreaking|agonizing)\b|like\b)`,
        weight: 0.8,
        fires: [
          'that must have been awful to read, every single one',
          'it must have felt like everything tipped over at once',
          'That must be exhausting, listening for my phone all day.',
        ],
        doesNotFire: ['i never said that', 'It is not true that that must have been awful.'],
      },
      {
        cue: String.raw`\bi can only imagine (?:how|what)\b`,
        weight: 0.8,
        fires: ["I can only imagine what that night was like for you. I won't explain it away."],
        doesNotFire: ['It is not true that i can only imagine what.'],
      },
      {
        cue: String.raw`\b(?:that|it|this) sounds (?:so |really |completely |just |absolutely |truly )?(?:awful|horrible|terrible|horrendous|devastating|humiliating|frightening|terrifying|lonely|painful|crushing|shocking|unbearable|brutal|sickening|exhausting|heartbreaking|agonizing)\b`,
        weight: 0.8,
        fires: [
          'That sounds so lonely, carrying it on your own all week.',
          'that sounds so lonely. im sorry u were on ur own with it',
          'It sounds exhausting, doing the sums in your head every time the post comes.',
        ],
        doesNotFire: ['i never said that', 'It is not true that that sounds so lonely.'],
      },
      {
        cue: String.raw`\b(?:that|it|this) (?:makes sense|is a real loss|cuts deep|must (?:hurt|cut|sting)|is a lonely|is awful|is a horrible|is a terrible)\b|\bi (?:can )?see how (?:deep|much|hard|badly)\b`,
        weight: 1,
        fires: [
          'thats a horrible way to feel and i made u feel it',
          "that makes sense. i'd want them gone too if i were u",
          'i dont know. and i know thats a horrible answer to get',
        ],
        doesNotFire: ['It must be nice never making a mistake.', 'It is not true that that is a horrible.'],
      },
      {
        cue: String.raw`\b(?:i get|i understand|i can see|i know) why (?:you|it|this|that)\b|\byou (?:are|were) right to (?:be|feel)\b|\band you should be\b|\byou (?:are|were) not (?:paranoid|crazy|imagining it|wrong|stupid|a fool)\b`,
        weight: 1,
        fires: [
          'like i didnt care. and i get why it felt like that',
          'u werent stupid. i was lying to u really well, thats on me',
          'i get why it feels pointless. ill keep turning up, every day',
        ],
        doesNotFire: ['It is not true that i get why it.'],
      },
      {
        // Refusing to shrink what they feel: "you're not overreacting", "it wasn't nothing".
        cue: String.raw`\byou are not (?:overreacting|being (?:dramatic|silly|unreasonable|paranoid|stupid)|wrong to (?:feel|be))\b|\b(?:it is|that is|this is|it was|that was) not (?:too much|small|nothing|a small thing|a little thing|minor)\b|\bnothing (?:small|little|minor) about\b`,
        weight: 1,
        fires: [
          "You're not overreacting. This is a lot.",
          "It wasn't nothing. It was a huge thing to do to you.",
          'its not too much. its what this does to someone',
        ],
        doesNotFire: ["You're overreacting.", 'It is small.', 'It is not true that you are not overreacting.'],
      },
    ],
  },
  {
    signal: 'open-question',
    cues: [
      {
        cue: String.raw`\bwhat (?:is|was|has been|feels|felt|would|part|parts|hurts|hurt|do you need|can i|are you (?:feeling|thinking|most)|is the (?:hardest|worst)|was (?:it|that) like|went through|goes through|keeps)\b[^?.!]*(?:\byou|\byour|\?)`,
        weight: 1,
        fires: [
          'what are you most worried about now that people know?',
          'what part of this is confusing you most? ill answer straight',
          'what was going through ur head when u saw it',
        ],
        doesNotFire: ['It is not true that what are you most worried about now that people know ?.'],
      },
      {
        cue: String.raw`\bhow (?:are you|do you feel|did (?:it|that|this|you) feel|has (?:it|this) been|is (?:it|this) (?:for|sitting)|can i (?:help|show|make|earn|be)|would you like|are you holding)\b`,
        weight: 1,
        fires: [
          "You're no fool. I hid the statements on purpose. How are you feeling about it right now?",
          "a few, its friendly stuff, 'how r u' stuff",
        ],
        doesNotFire: ['It is not true that how are you.'],
      },
      {
        cue: String.raw`\b(?:can|could|would|will) you tell me (?:more|what|how|about)\b`,
        weight: 1,
        fires: [
          "I'm starting to. Will you tell me about it? I want to hear all of it, even the parts that are hard to hear.",
          'i think i didnt. will u tell me what it meant?',
          'Can you tell me what went through your head right then?',
        ],
        doesNotFire: ['It is not true that will you tell me about.'],
      },
      {
        cue: String.raw`\b(?:do|would) you want to (?:talk|tell|say|ask|go on|keep going)\b`,
        weight: 1,
        fires: ['Do you want to tell me what you saw that night?'],
        doesNotFire: ['It is not true that do you want to tell.'],
      },
      {
        cue: String.raw`\b(?:is there|what is) (?:anything|something) (?:you|i)\b[^?]*\?`,
        weight: 1,
        fires: ['Is there anything you need from me tonight?'],
        doesNotFire: ['It is not true that is there anything you need from me tonight ?.'],
      },
      {
        cue: String.raw`\btell me (?:more|what|how|about)\b`,
        weight: 1,
        fires: [
          'i do. a lot. tell me what its doing to u',
          "I'm starting to. Will you tell me about it? I want to hear all of it, even the parts that are hard to hear.",
          'i think i didnt. will u tell me what it meant?',
        ],
        doesNotFire: ['It is not true that tell me what.'],
      },
      {
        cue: String.raw`\bi want to (?:understand|hear|know) (?:what|how|more|everything|about|it|all)\b`,
        weight: 0.8,
        fires: [
          "I'd like to explain how it started, but first I want to hear everything you need to say. Go ahead.",
          "I'm starting to. Will you tell me about it? I want to hear all of it, even the parts that are hard to hear.",
        ],
        doesNotFire: ['It is not true that i want to hear everything.'],
      },
      {
        cue: String.raw`\b(?:what|how) (?:do|would|could) you (?:need|want|like) (?:from me|me to|right now|now)\b`,
        weight: 0.8,
        fires: [
          "You're wondering what my promises are worth. Right now, very little, and that's my doing. What would you want me to show you first?",
          'what do u want me to say, i cant undo it',
        ],
        doesNotFire: ['It is not true that what would you want me to.'],
      },
      {
        cue: String.raw`\bwould it help\b`,
        weight: 0.8,
        fires: [
          "You've been carrying this alone. Would it help if I found a counsellor you could see on your own, and I covered it?",
          "You keep seeing her car outside our house, the place that was supposed to be safe for you, and I brought her there. I'm sorry. When that picture comes back, would it help to tell me, even at 3am?",
        ],
        doesNotFire: ['It is not true that would it help.'],
      },
      {
        cue: String.raw`\bask me (?:anything|whatever|everything|what you)\b`,
        weight: 0.6,
        fires: [
          "Okay. Here's the truth: I haven't worked since February. Ask me anything else.",
          'what are you trying to piece together right now? ask me anything, i wont dodge it',
          'No. There is nobody else. You can ask me anything, and my phone code is the same, 0412.',
        ],
        doesNotFire: ['It is not true that ask me anything.'],
      },
      {
        cue: String.raw`\bwhat (?:questions|do you miss|do you need to hear|has it been like|is going round|are you wondering|would make|would help)\b|\bhow is (?:this|that) landing\b`,
        weight: 1,
        fires: [
          'what do you need to hear from me to make sense of this',
          "You didn't do this. I did. What questions keep coming back to you?",
          'You were proud of me, and I broke that. How is this landing for you?',
        ],
        doesNotFire: [
          "I'd rather you ask me the hard questions than have to guess. What's sitting with you most?",
          'It is not true that what do you need to hear.',
        ],
      },
      {
        // Asking for more of their side: "what else did it do to you?", "can you say more?".
        cue: String.raw`\bwhat else (?:did|has|have|is|was|does|do) (?:it|this|that|i)\b[^?.!]*\?|\b(?:can|could|would|will) you say (?:a bit |a little |some )?more\b|\btell me (?:a bit|a little) more\b|\b(?:sad|angry|hurt|numb|scared|lost) how \?`,
        weight: 1,
        fires: ['What else has it done to you?', 'Sad how? Can you say a bit more?', 'what else did it do to u?'],
        doesNotFire: ['What else do you want from me?', 'It is not true that what else did it do to you?.'],
      },
      {
        // Asking after what it was like for them: what they saw, gave up, planned, carried.
        cue: String.raw`(?<=\bwhat (?:do|did|have|had|were) you )(?:see|picture|imagine|give up|given up|gave up|plan|planned|hope|hoped|notice|noticed|go through|gone through|lose|lost|miss|missed|been carrying|been holding)\b[^?.!]*\?|\bwhat had you (?:planned|hoped|wanted|saved)\b[^?.!]*\?|\bwhat else (?:is there|happened|is on your mind)\b[^.!]*\?|\bhow long have you been (?:carrying|holding|feeling|living with|dealing with|sitting with|keeping)\b[^.!]*\?|\bis that (?:how|what) it feels(?: like)?\b[^.!]*\?`,
        weight: 1,
        fires: [
          'What do you see, when it comes back to you?',
          'I never asked. What have you given up, these three years?',
          'What had you planned to spend it on?',
          'go on. what else is there?',
          'How long have you been holding that on your own?',
          'Like a stranger in your own kitchen? Is that how it feels?',
        ],
        doesNotFire: [
          'What did you expect me to do?',
          'What do you want me to say?',
          'What did you think would happen?',
          'I know what you gave up.',
          "It's not as if what else is there to do.",
        ],
      },
    ],
  },
  {
    signal: 'patience',
    cues: [
      {
        cue: String.raw`\b(?:take|taking|have|need) (?:all |as much |as long as you need|whatever )?(?:the )?(?:time|space|long)\b(?! (?:to get over|to move on))`,
        weight: 1,
        fires: ['you dont have to look at me. take whatever space you need tonight'],
        doesNotFire: ['It is not true that take whatever space.'],
      },
      {
        cue: String.raw`\b(?:as long as|however long|however much time) (?:it takes|you need|this takes|you want|you like)\b`,
        weight: 1,
        fires: [
          'take as long as u need, i mean that',
          "I'll stay up with you as long as you want, or leave you be. Whatever you need.",
          "You needn't say anything. I'll sit here as long as you want.",
        ],
        doesNotFire: ['It is not true that as long as you need.'],
      },
      {
        cue: String.raw`\b(?:whatever|whichever way) you (?:decide|choose|need)\b(?! (?:to get over|to move on))`,
        weight: 0.8,
        fires: [
          "i get it. whatever u decide i'll respect it",
          "I'll stay up with you as long as you want, or leave you be. Whatever you need.",
          "Whatever you decide about us, I'll respect it. You don't owe me an answer tonight.",
        ],
        doesNotFire: ['It is not true that whatever you decide.'],
      },
      {
        // Staying ("I'm not going anywhere"); declining to pretend or explain away is owning, not patience.
        // Any other "not going to ..." is about something else ("I'm not going to try to make it
        // sound better"), and quoting "I'm not going" from it told the user they had offered time.
        cue: String.raw`\bi am not (?:going|leaving|giving up|walking away)\b(?! to (?!(?:argue|fight|rush|push|leave|give up|walk away|go anywhere)\b))`,
        weight: 1,
        fires: ["Then we won't. I'm not going anywhere.", 'im not gonna argue with anything u feel rn'],
        doesNotFire: [
          "I'm not doing this tonight.",
          'It is not true that i am not going.',
          "I did. I'm not going to pretend otherwise.",
          "I'm not going to try to make it sound better than it is.",
        ],
      },
      {
        cue: String.raw`\b(?:no|there is no) (?:rush|hurry|pressure|deadline|timeline)\b`,
        weight: 1,
        fires: [
          'ok. ill be downstairs. no rush on anything',
          "I will. I'll check in tomorrow, and there's no pressure to answer.",
          "Stay here as long as you want, I'll be in the other room. No rush from me.",
        ],
        doesNotFire: ["There's nothing else. Stop looking for the next thing.", 'It is not true that no rush.'],
      },
      {
        cue: String.raw`\byou do not (?:have|need) to (?:forgive|decide|talk|answer|say|trust|be ok|know|explain|respond|look at|forget|get over|feel|pretend|hold|make|accept|have (?:a|any) (?:reaction|answer|response|feeling)|react|show|be (?:calm|kind|nice|polite|fair|civil|strong|okay|fine)|protect|spare|carry|manage|soften|hide)\b`,
        weight: 1,
        fires: [
          "You don't have to be calm about any of this with me.",
          'u dont have to accept it. i just wanted u to hear it from me',
          "You don't have to say anything. I'm not going anywhere.",
          "You don't need to answer. I'm sorry I lied about seeing him.",
          'thats ok. u dont have to feel anything in particular. im here',
        ],
        doesNotFire: ['It is not true that you do not have to say.'],
      },
      {
        cue: String.raw`\bi (?:do not|will not|would not|can not) (?:expect|ask|need|pressure|push|rush) you\b`,
        weight: 1,
        fires: [
          "I don't expect you to trust me tonight, or this month. I'm sorry.",
          "I won't forget it, and I won't ask you to. I'll be around tomorrow, and the day after.",
          'i dont expect u to. id rather earn it back slowly',
        ],
        doesNotFire: ['It is not true that i do not expect you.'],
      },
      {
        cue: String.raw`\b(?:i am not|not) (?:asking|expecting|pushing|rushing|pressuring) (?:you|for)\b`,
        weight: 1,
        fires: [
          "I missed it. I know. I'm not asking you to say anything.",
          "Again. I know that word carries every other time I didn't show up too: the recital, your scan, the funeral. I'm not asking you to feel anything about it tonight. I'll be at the next one.",
        ],
        doesNotFire: ['It is not true that i am not asking you.'],
      },
      {
        cue: String.raw`\bwhen(?:ever)? you are (?:ready|able)\b`,
        weight: 1,
        fires: [
          "I'm not going to. I told her I won't be in contact again, and that message is yours to read when you're ready.",
          'talk to me when youre ready to be fair',
          'Okay. Whenever you are ready. I am not going to push.',
        ],
        doesNotFire: ["dinner's ready whenever", 'It is not true that when you are ready.'],
      },
      {
        cue: String.raw`\bat your (?:own )?pace\b`,
        weight: 1,
        fires: ['We go at your pace, not mine.'],
        doesNotFire: ['It is not true that at your pace.'],
      },
      {
        cue: String.raw`\bi (?:will|can|am going to) (?:wait|be here|keep showing|keep proving|keep earning|earn)\b`,
        weight: 1,
        fires: [
          "Alright. I'll be here whenever there is.",
          "You're right, words won't fix this. I'll keep showing up anyway.",
          "That's fine. Whenever you want to, I'll be here.",
        ],
        doesNotFire: ['It is not true that i will be here.'],
      },
      {
        cue: String.raw`\b(?:earn|rebuild|win) (?:back )?(?:your|that|the) trust\b`,
        weight: 0.8,
        fires: ['I want to earn back your trust, however slowly.'],
        doesNotFire: ['It is not true that earn back your trust.'],
      },
      {
        cue: String.raw`\bif you need (?:space|time|to)\b`,
        weight: 0.8,
        fires: ['what questions do you have? ask the same one ten times if you need to, ill answer every time'],
        doesNotFire: ['It is not true that if you need to.'],
      },
      {
        cue: String.raw`\bi am (?:here|right here|still here|staying)\b|\b(?:i will|i am going to) (?:keep|be) (?:turning up|showing up|here|there|going|coming)\b`,
        weight: 1,
        fires: [
          "Understood. I'm here.",
          'i wont text. im here when ur ready',
          "Alright. I'll be here whenever there is.",
        ],
        doesNotFire: ['It is not true that i am here.'],
      },
      {
        cue: String.raw`\byou do not owe me\b|\byou are allowed to\b|\byou (?:set|decide|choose) (?:the pace|when|how|what happens)\b|\bnot tonight\b|\bone (?:thing|day|step|question) at a time\b`,
        weight: 1,
        fires: [
          'thats ok. you set the pace, not me',
          'ok. youre allowed to be done for tonight',
          "You don't owe me a conversation tonight. I'll sleep in the guest room.",
        ],
        doesNotFire: ['It is not true that you set the pace.'],
      },
      {
        cue: String.raw`\b(?:watch|see) what i do\b|\bwithout asking (?:anything|you|for)\b|\b(?:whenever|when) you (?:want|decide|choose|feel ready|are ready)\b|\bslowly\b`,
        weight: 1,
        fires: [
          "I'll bother. Slowly, and without asking anything of you.",
          "i'll leave it on the table face up, look whenever u want",
          "That's fine. Whenever you want to, I'll be here.",
        ],
        doesNotFire: ["dinner's ready whenever", 'It is not true that slowly.'],
      },
      {
        cue: String.raw`\b(?:it is|that is) (?:ok|okay|fair|alright|all right|understandable) (?:not to|to not|if you|that you)\b|\byou do not have to (?:believe|give|decide|say|do|answer)\b|\bif you (?:would rather|want|need|prefer)\b[^.?!]{0,40}, (?:that is|it is) (?:ok|okay|fine|all right|alright)(?: too| as well| with me)?(?= [.!]|$)`,
        weight: 1,
        fires: [
          "If you'd rather I slept downstairs, that's all right.",
          'if u want to stop for tonight, thats ok too',
          "You don't have to say anything. I'm not going anywhere.",
          "Another lie, yes. It's fair not to believe anything I say today.",
          'you dont have to believe me right now. im sorry i broke your trust',
        ],
        doesNotFire: ['It is not true that you do not have to say.'],
      },
      {
        // Room to go on, offered as listening: "I'm listening", "I won't interrupt".
        cue: String.raw`\bi am (?:listening|all ears)\b|\bi will (?:listen|hear (?:you|it|all|every))\b|\bi (?:will not|am not going to) (?:interrupt|talk over you|cut you off|argue with you|defend myself)\b`,
        weight: 1,
        fires: ["Go on. I'm listening.", "I won't interrupt. Say all of it.", 'i wont argue with u, i will listen'],
        doesNotFire: ['Are you even listening to me?', 'It is not true that i am listening.'],
      },
    ],
  },
  {
    signal: 'transparency',
    cues: [
      {
        // Telling how it was hidden is telling the truth about the hiding.
        cue: String.raw`\bi (?:deleted|hid|cleared|wiped|locked|archived|muted|renamed|saved) [^.?!]*?\bso (?:that )?(?:you|u) (?:would not|could not|would never|could never|did not|never) (?:see|find|know|notice|check|read|hear)\b`,
        weight: 1,
        fires: [
          "I deleted the threads every night so you wouldn't see them.",
          'i saved her as K so u wouldnt notice her name',
        ],
        doesNotFire: ['Why would I hide anything so you could not see it?', "You hid it so I wouldn't see."],
      },
      {
        // Welcoming the question is openness offered: "I'm glad you asked" to "Is there more?".
        cue: String.raw`\bi am (?:glad|relieved|grateful) (?:that )?you (?:asked|are asking|said it|told me|brought it up|want to know)\b|\bkeep asking\b(?! me the same)|\bask me (?:anything|whatever|again|as many)\b`,
        weight: 1,
        fires: [
          "I'm glad you asked me. Yes, there's one more card.",
          'im relieved u brought it up honestly',
          'Keep asking. I would rather you asked than wondered.',
        ],
        doesNotFire: ["I'm not glad you asked, I'm tired of it.", 'Why do you keep asking me the same thing?'],
      },
      {
        cue: String.raw`\byou can (?:see|look at|look through|check|read|have|go through|ask|call|track) (?:my|me|anything|everything|the|all|it|whatever)\b`,
        weight: 1,
        fires: [
          'yes. everything. u can have my passcodes',
          "About six thousand. I'll show you the account so you can see the exact figure.",
          'No. There is nobody else. You can ask me anything, and my phone code is the same, 0412.',
        ],
        doesNotFire: ['It is not true that you can have my.'],
      },
      {
        cue: String.raw`\b(?:my|the) (?:phone|passwords?|accounts?|statements?|messages|emails|location|bank|laptop|banking|logins?)\b[^.?!]*\b(?:open|any ?time|whenever|yours|share|unlocked|available)\b`,
        weight: 1,
        fires: ['My phone is open to you any time you want it.'],
        doesNotFire: ['It is not true that my phone is open to you any time.'],
      },
      {
        cue: String.raw`\bi (?:will|want to|need to|am going to|am ready to) (?:tell|show|give) you (?:everything|all|the (?:whole |full )?truth|the rest|every|whatever|the (?:statements|messages|passwords|numbers))\b`,
        weight: 1,
        fires: [
          "I emptied it. I'm sorry. I'll show you every withdrawal.",
          "It started in March at the conference in Denver. I'll tell you every part of it, in whatever order you want.",
          "I saw you too, and I drove off. I'd been there since nine. I'll tell you all of it.",
        ],
        doesNotFire: ['It is not true that i will show you every.'],
      },
      {
        cue: String.raw`\bi will answer (?:any|every|all|whatever|anything)\b`,
        weight: 1,
        fires: [
          "I had feelings for her, yes. I've ended all contact, and I'll answer anything you ask about it.",
          "I'll answer every question, I promise.",
        ],
        doesNotFire: ['It is not true that i will answer anything.'],
      },
      {
        cue: String.raw`\b(?:no more|not (?:one|any) more|without any) (?:secrets|lies|hiding)\b`,
        weight: 1,
        fires: ["I've started applying for jobs, and I'll forward you every application. No more secrets about work."],
        doesNotFire: ['It is not true that no more secrets.'],
      },
      {
        cue: String.raw`\bhere is (?:everything|the truth|what (?:really )?happened|all of it|the whole)\b`,
        weight: 1,
        fires: ["Okay. Here's the truth: I haven't worked since February. Ask me anything else."],
        doesNotFire: ['did u eat? theres leftover curry', 'It is not true that here is the truth.'],
      },
      {
        cue: String.raw`\bthere is (?:more|something (?:else|more)) (?:i|you) (?:should|need|have|must|want)\b`,
        weight: 1,
        fires: ['There is something else I need to tell you about the loan.'],
        doesNotFire: ['did u eat? theres leftover curry', 'It is not true that there is something else i need.'],
      },
      {
        cue: String.raw`\b(?:the (?:whole|full|complete) truth|full honesty|completely honest|totally honest)\b`,
        weight: 0.8,
        fires: ["You'll get the whole truth from me now, every part of it."],
        doesNotFire: ['It is not true that the whole truth.'],
      },
      {
        cue: String.raw`\bi (?:have|had) not told you\b`,
        weight: 0.8,
        fires: ["There's a second card I have not told you about."],
        doesNotFire: ['It is not true that i have not told you.'],
      },
      {
        cue: String.raw`\bi (?:will|can|am going to|want to) (?:tell|show|answer|walk you through|go through|give|pour|explain|read|send) (?:you|it|them|her|him|every|each|the|all|anything|whatever|that|exactly)\b`,
        weight: 1,
        fires: [
          "I emptied it. I'm sorry. I'll show you every withdrawal.",
          "that makes sense. i'll tell u where i am and u can call whenever",
          'yeah we did. i got tested on monday too, i can show u the results',
        ],
        doesNotFire: ['It is not true that i will show you.'],
      },
      {
        cue: String.raw`\b(?:anything|whatever|everything) (?:else )?you (?:want|need) to (?:know|ask|see|hear)\b`,
        weight: 1,
        fires: ["Anything you want to know, ask me and I'll answer."],
        doesNotFire: ['It is not true that anything you want to know.'],
      },
      {
        cue: String.raw`\b(?:the (?:ugly |whole |plain |honest |true |real )?(?:truth|answer|number|story|timeline)|that is all of it|that is the last|the last of it|you deserve to (?:hear|know))\b`,
        weight: 1,
        fires: [
          'a hangover. thats the honest answer',
          'weed and two edibles. thats all of it',
          'All of it. The number too. I told her at Thanksgiving.',
        ],
        doesNotFire: ['It is not true that the honest answer.'],
      },
      {
        cue: String.raw`\b(?:here is|here are) my (?:phone|email|laptop|passwords?|logins?|statements?|accounts?)\b|\b(?:the code|the password|my password) is\b`,
        weight: 1,
        fires: [
          'heres my email and my bank login. check whatever you want, whenever',
          'heres my phone. the code is your birthday. look at whatever you want',
        ],
        doesNotFire: ['Where are the car keys?', 'It is not true that here is my email.'],
      },
      {
        cue: String.raw`\byou (?:can|could|are welcome to) (?:check|pull|see|read|look|call|verify)\b|\b(?:check|look at|read|go through) (?:whatever|anything|everything|each one|every one)\b`,
        weight: 1,
        fires: [
          'doing it rn. done. u can check',
          "that makes sense. i'll tell u where i am and u can call whenever",
          'doing it rn / done / u can check',
        ],
        doesNotFire: ['It is not true that you can check.'],
      },
      {
        cue: String.raw`\b(?:they are|it is|keys are|everything is) yours\b|\bi am telling you (?:anyway|now|everything|because)\b|^(?:honestly|truthfully|to be honest) (?:\?|,)`,
        weight: 1,
        fires: [
          "Honestly, yes. I was counting on it, and that's shameful.",
          "I was at the casino. I'm telling you anyway, even if you don't want to hear it right now.",
          "Honestly, I don't know. I don't think I ever meant it as much as I said it.",
        ],
        doesNotFire: ['It is not true that honestly ,.'],
      },
      {
        // Offering it all, said by what is not held back: "nothing I'm keeping back", "no question is off limits".
        cue: String.raw`\bnothing (?:else )?(?:i am|i have been|that i am) (?:keeping|holding) back\b|\bi am not (?:keeping|holding) (?:anything|any of it) back\b|\bnot leaving (?:anything|any of it) out\b|\bnothing (?:is|has been|was) left out\b|\bno question (?:is|will be) off (?:limits|the table)\b|\bnothing (?:you can not|that you can not) ask\b`,
        weight: 1,
        fires: [
          'There is nothing else I am keeping back from you.',
          "I'm not leaving anything out this time.",
          'no question is off limits. go on',
        ],
        doesNotFire: ["You're leaving something out.", 'Why are you holding back?'],
      },
    ],
  },
  {
    signal: 'growth',
    cues: [
      {
        cue: String.raw`\b(?:booked|started|joined|called|found|signed up|enrolled|been going|started going|going to go|will go|will start|went|made an appointment|reached out|talked) (?:to |for |with |at |into )?(?:a |an |the |my |our |some )?(?:therap|counsel|meeting|group|sponsor|program|programme|rehab|aa\b|na\b|gamblers anonymous|doctor|gp\b|treatment|debt advi|financial advi|course|couples)`,
        weight: 1,
        fires: [
          'okay. went to a meeting this morning. first of a lot of them',
          'I signed up for Gamblers Anonymous. The first meeting is Wednesday night.',
        ],
        doesNotFire: ['It is not true that went to a meeting.'],
      },
      {
        // Not the deleting that hid it ("I deleted the threads so you wouldn't see them", "...before
        // you could find them", "every night"), nor letting someone down ("I cancelled on her twice").
        cue: String.raw`\b(?:i|i have|i will|i am going to) (?:blocked|deleted|block|delete|cut off|ended|end|closed|close|cancelled|canceled|cancel|cut up|handed over|hand over|uninstalled|uninstall|quit|poured out|gave up|give up|changed|moved|reported)\b(?! on (?:you|her|him|them|us|me)\b)(?![^.?!]*\b(?:so (?:that )?(?:you|u) (?:would|could|did|will|can|might) (?:not|never) (?:see|find|know|notice|check|read|hear)|before (?:you|u|anyone) (?:could|saw|found|got|noticed|checked))\b)(?![^.?!]*\b(?:every|each) (?:night|day|evening|morning)\b)`,
        weight: 1,
        fires: [
          'yes. since about a week after i said i quit',
          'I closed both cards today and forwarded you the confirmation letters.',
          "Yes. I deleted them the night before. I'm sorry.",
          "I blocked her number so she can't contact me.",
        ],
        doesNotFire: [
          'It is not true that i quit.',
          "I deleted the threads every night so you wouldn't see them.",
          'I cancelled on her twice to go to the match.',
          'i deleted the app before u could check my phone',
          'i deleted everything every night',
        ],
      },
      {
        cue: String.raw`\bi (?:am|will be|have been) (?:working on|getting help|seeing (?:someone|a)|in therapy|in treatment|going to meetings|sober|in recovery)\b`,
        weight: 1,
        fires: [
          "I don't have a good answer yet. I'm seeing a counsellor to understand it, and I'll tell you what I find.",
          "I don't have an answer that excuses it, and I'm not going to pretend I do. I'm working on the why with a therapist, and I'll share what I find.",
        ],
        doesNotFire: ['It is not true that i am seeing a.'],
      },
      {
        // Meetings of the kind people go to for help, not the "late meetings" that covered for an affair.
        cue: String.raw`\b(?:therapy|therapist|counsell?or|counsell?ing|sponsor|(?<!\b(?:late|work|team|board|sales|business|office|client|staff|thursday|friday|evening|night) )meetings|rehab|treatment)\b`,
        weight: 1,
        fires: [
          'im sorry i told your friends about your therapy. that wasnt mine to tell',
          "I know. I've booked an appointment with my addiction counsellor for Monday.",
          'None. I blocked his number tonight and told my therapist, so she can hold me to it.',
          "I'm going back to meetings on Tuesday.",
        ],
        doesNotFire: ['It is not true that therapy.', 'At her flat, most Thursdays. The late meetings were her.'],
      },
      {
        cue: String.raw`\bi (?:want|need|have) to (?:understand|figure out|work out|find out|learn) (?:why|myself|what (?:made|in me)|how i)\b`,
        weight: 0.8,
        fires: ['I need to figure out why I keep running from hard things.'],
        doesNotFire: ['It is not true that i need to figure out why.'],
      },
      {
        // "I'd booked the afternoon off" is what was planned before, not a step taken since.
        cue: String.raw`\b(?:self ?-?exclusion|unfollowed|uninstalled|transferred|moved to another|in my calendar|the day off is booked|(?<!\bhad )booked (?:us|a|an|the|myself|in)|another team|a new number|changed my number)\b`,
        weight: 1,
        fires: [
          'not anymore. unfollowed and blocked her this morning, you can check',
          "I know. I've booked an appointment with my addiction counsellor for Monday.",
          'yes every time. ive booked us both in for testing anyway and ill come with you if you want',
        ],
        doesNotFire: ['It is not true that unfollowed.', "I'd booked the afternoon off for the scan."],
      },
    ],
  },
];
