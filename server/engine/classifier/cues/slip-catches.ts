import type { CueGroup } from './cue-types.js';

// Catching one's own slip (taxonomy rule 6: "That was me making excuses again. You're right."): the
// speaker names what they just said as an excuse, or takes it back. The judge lets no excuse or
// shrink said before such a cue decide the reply. A group of its own, compiled after the other sides,
// so adding it left every other cue's index (its feature in the model) where it was.
export const SLIP_CATCHES: CueGroup[] = [
  {
    signal: 'responsibility',
    cues: [
      {
        // The excuse named as an excuse, in the speaker's own words.
        cue: String.raw`\b(?:that|this|there) (?:is|was) me (?:making|putting|blaming|doing|dressing|hiding|covering|turning|twisting|shrinking|playing|excusing|dodging|passing)\b|\bthere i go again\b|\bi am (?:doing|making) (?:it|that|this|the (?:same )?thing) again\b|\b(?:that|this) (?:is|was|sounds like|came out as) (?:an |another |the same |just an? |me making an? )?excuses?\b|\bi am (?:making|giving you) excuses\b|\bi hear (?:how|what) (?:that|it|i) (?:sounds?|just said)\b`,
        weight: 1,
        catchesSlip: true,
        fires: [
          'The bus was late and my phone died. No, there I go again. I stayed because I wanted to.',
          "I was only trying to keep the peace. That's me dressing it up. I lied to you.",
          'she kept messaging me so i answered. ugh im doing the thing again. i answered because i wanted to',
          "It was a stressful month at work. That's an excuse, and you've had enough of those.",
          "I hear how that sounds. I'm not going to hide behind work.",
          'the bank made it so easy... no, that is excuse again. i took it.',
        ],
        doesNotFire: [
          "That's not an excuse, it's what happened.",
          'You always say I make excuses.',
          "I'm not making excuses for him.",
        ],
      },
      {
        // The same catch said as taking it back: "scratch that", "no, that's not true".
        cue: String.raw`\b(?:scratch|scrap) that\b|\bforget (?:i said (?:it|that)|what i (?:just )?said)\b|\bi take (?:that|it) back\b|\bstrike that\b|\b(?:that|it) came out wrong\b|\blet me (?:say|put|try) (?:that|it|this) (?:again|properly|differently|straight|honestly)\b|(?<=[.!?;] (?:no|sorry|actually|wait) [,.]? ?(?:sorry [,.]? ?)?(?:that|that is|that was) not )(?:true|fair|honest|right|the truth|the whole truth|what happened)\b|(?<=[.!?;] )that is not the whole truth\b|(?<=^(?:i am (?:so |really )?)?sorry [,.] (?:that|that is|that was|what i said was) not )(?:true|the truth|what happened)(?= [.,] i (?:messaged|texted|called|rang|contacted|lied|started|took|spent|hid|told|made|kept|chose|wrote|met|slept|went|sent|did it|did that|was the one)\b)`,
        weight: 1,
        catchesSlip: true,
        fires: [
          'I hardly saw him. No, sorry, that is not true. We met every week.',
          'It was a one-off. Actually, that was not the whole truth. It went on till June.',
          'Scratch that. I knew exactly what I was doing.',
          'work was mad so, no, scrap that. i went because i wanted to',
          'It was only the once. Forget I said that. It was every Friday.',
          "that came out wrong. it wasn't the stress, it was me",
          'Let me say it properly: I spent it, all of it, on the betting app.',
          // Opening a reply, "sorry" takes back what was said the turn before, when the truth follows.
          "I'm sorry. That's not true. I messaged him first.",
        ],
        doesNotFire: [
          "That's not true, I was home by ten.",
          // Said first, it denies the partner's account; only after the speaker's own words is it a catch.
          "No, that's not true, I never saw her.",
          "You're saying I lied. That is not fair.",
          'Say that again and I am leaving.',
          "That's not the whole truth, and you know it.",
          "I'm sorry, that's not true, I was home by ten.",
          "Sorry, that's not true. I never met her.",
        ],
      },
      {
        // The dodge or the dig named for what it was ("Sorry, that's a dodge.", "Sorry, that was
        // nasty."), or the excuse broken off halfway ("she was having a hard time and... no."). The
        // common words ("that is") sit in lookbehinds so the prefilter keys on the rare ones.
        cue: String.raw`(?<=[.!?;,] (?:that|this) (?:is|was) )(?:a dodge|a cop out|a deflection|rubbish|sidestepping|beside the point)\b|(?<=[.!?;,] (?:that|this) (?:is|was) me )(?:dodging|deflecting|shaving|sidestepping|minimising|minimizing|downplaying|spinning|wriggling|rewriting|rewording)\b|(?<=(?:sorry|no|god) [,.] (?:that|this) (?:is|was) )(?:defensive|nasty|unfair|cruel|cheap|low|spiteful|uncalled for)\b|(?<=(?:sorry|no|god) [,.] (?:that|this) (?:is|was) (?:an? )?(?:\w+ )?)(?:thing to say|shot|dig)\b|\bi (?:can )?hear myself\b|\. \. \. (?:no|wait|stop)\b|(?<=\S )actually(?: ,)? no \.`,
        weight: 1,
        catchesSlip: true,
        fires: [
          "It was a silly word, you're reading too much into it. Sorry, that's a dodge. I called her that because I felt it.",
          "As if you've never lied to me. Sorry, that was nasty. I'm the one who lied, for months.",
          'She was having a rough time and... no. I kept going because I liked it.',
          "it wasn't that serious— actually no. it was serious and i knew it",
          'He kept pushing, he... I hear myself. I chose to go.',
          "Hardly any, it was the odd one. No, that's me shaving it down. It was most weekends.",
        ],
        doesNotFire: [
          "That's a dodge and you know it.",
          "Actually, no. I didn't see her that week.",
          'So no, I never told her.',
          // A plain no said twice is an answer, however sharp.
          'No, and no, and no.',
          'That was cruel of her.',
          "I can't hear myself think.",
        ],
      },
    ],
  },
];
