// Word lists the crisis patterns share, as regular-expression source. Every pattern reads the
// canonical text of crisis-text.ts: lower case, no apostrophes, one space between words, " . "
// between sentences ("I'm gonna" reads "i am going to").

/** Any run of ordinary intensifiers between "i" and a verb: "i just really want to". */
export const ADV = `(?:(?:just|really|honestly|seriously|literally|actually|kind of|sort of|kinda|sometimes|often|still|also|even|truly|genuinely|simply|so|totally|completely|fully|definitely|probably|maybe|properly|secretly|quietly|almost|nearly|very) )*`;

/** Up to n words, never across a sentence end. */
export const gap = (n: number): string => `(?:[a-z0-9]+ ){0,${n}}`;

/** The end of a sentence (or of the reply). */
export const END = String.raw`(?= \.| ?$)`;

/** Family and partners, after "my". */
export const FAMILY = `(?:wife|husband|partner|boyfriend|girlfriend|fiance|fiancee|ex|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|stepmother|brother|sister|son|daughter|kids?|children|family|parents|uncle|aunt|grandad|grandfather|nan|gran|grandmother)`;

/**
 * The first person meaning to, wanting to, or close to doing something. Followed by a verb in its
 * base form: "i want to", "i am going to", "i could just", "why do not i just".
 */
export const I_MEAN_TO = String.raw`(?:\bi ${ADV}(?:want to|would like to|would love to|would rather|wish i could|wish to|am going to|was going to|will|am about to|was about to|plan to|am planning to|was planning to|have been planning to|have decided to|decided to|need to|have to|should|ought to|might|could|am ready to|tried to|have tried to|wanted to|have wanted to|have been wanting to|been wanting to|am wanting to|keep wanting to|feel like i want to|think i want to|am tempted to|was tempted to|swear i will|promise i will|am gonna|really want to|kinda want to|wish i would|hope i|hope to|pray i|pray to|would rather just) |(?:^ |\. )(?:going to|want to|about to|gonna|will|ready to) |\bwhy (?:do not i|not) (?:just )?|\bi am not sure i (?:will not|would not) )`;

/** The first person thinking about something, followed by a verb ending in -ing. */
export const I_THINK_OF = `(?:(?:thinking|think|thought|thoughts|picture|picturing|pictured|imagine|imagining|imagined|fantasi[sz]e|fantasi[sz]ing|fantasi[sz]ed|dream|dreaming|dreamt|dreamed|obsessing|obsessed|considering|considered|consider|planning|plan) ${ADV}(?:a lot |all the time |constantly |every day |sometimes |seriously |again )?(?:about|of|on)? ?)`;

/** Ways of ending one's own life, in the base form ("kill myself", "end it all"). */
export const SELF_END = `(?:kill myself|end my (?:own )?life|take my (?:own )?life|end it all|end everything|end it for good|end it tonight|end it now|end me|commit suicide|hang myself|shoot myself(?! in the foot)|drown myself|gas myself|poison myself|stab myself|top myself|off myself|do myself in|slit my (?:wrists?|throat)|overdose|od|take an overdose|jump off (?:a |the |that )?(?:bridge|roof|building|cliff|balcony|tower|car park|multi storey|ledge)|jump in front of (?:a |the )?(?:train|bus|lorry|truck|car)|throw myself (?:off|in front of|under|from)|step in front of (?:a |the )?(?:train|bus|lorry|truck|car)|walk into the (?:sea|ocean|river|lake)|not wake up|never wake up|stop living|stop breathing|die(?! (?:of|on my feet|for (?!a while|a bit|ages|years|months|weeks|days|so long)|before|laughing|happy|trying|inside|a little|on this hill|old|alone))|be dead|not be alive|not exist|stop existing|cease to exist|not be here anymore|not be around anymore|disappear (?:forever|for good|permanently))`;

/** The same, ending in -ing ("thinking about killing myself"). */
export const SELF_ENDING = String.raw`(?:killing myself|ending it(?! with| between| for (?:us|her|him|you))|walking into the (?:sea|ocean|river|lake|water)|stepping off|letting go of the wheel|topping myself|offing myself|doing myself in|jumping(?= \.| ?$| off| from| in front)|ending my (?:own )?life|taking my (?:own )?life|ending it all|ending everything|committing suicide|hanging myself|shooting myself(?! in the foot)|drowning myself|gassing myself|overdosing|jumping off|jumping in front|throwing myself (?:off|in front|under)|stepping in front|dying|death|being dead|suicide|not being here|not being alive|not existing|not waking up|disappearing forever|ways to die|how to die|how to kill myself|how i would do it)`;

/** Someone other than the speaker, as the object of a violent verb. */
export const TARGET = String.raw`(?:him|her|them|that (?:man|woman|guy|girl|bloke|lad|person|prick|bastard|bitch|cow|idiot|[a-z]+)|the other (?:man|woman|guy|girl|person|bloke)|(?:my|your|his|her|our) (?:${FAMILY}|boss|friend|mate|colleague|neighbour|neighbor)|the (?:kids|children|baby)|someone|somebody|everyone|anyone|[a-z]+s (?:husband|wife|boyfriend|girlfriend|partner))\b`;

/** Violent verbs, base form: never "hurt" alone, which in this app is about the betrayal. */
export const VIOLENT = `(?:kill|murder|stab|shoot|strangle|choke|throttle|beat|beat up|batter|punch|hit|attack|poison|knife|smash|slap|kick|glass|maim|bury)`;
export const VIOLENT_ING = `(?:killing|murdering|stabbing|shooting|strangling|choking|throttling|beating|battering|punching|hitting|attacking|poisoning|knifing|smashing|slapping|kicking|hurting)`;

/** Pills and the like. */
export const PILLS = `(?:pills|tablets|meds|medication|medicine|painkillers|paracetamol|sleeping pills|sleeping tablets|antidepressants|insulin|codeine|tramadol|oxy|oxys)`;

/** Someone who might hurt the speaker. */
export const ABUSER = `(?:he|she|they|my ${FAMILY})`;

/** Things people use to end their lives: the nouns of the "means" rule. */
export const MEANS_NOUN = `(?:pills|tablets|meds|medication|medicine|painkillers|paracetamol|antidepressants|insulin|prescription|codeine|tramadol|oxy|rope|noose|hosepipe|hose|exhaust|fumes|charcoal|bridge(?! club)|cliffs?|roof|rooftop|ledge|railway|tracks|trains?|motorway|reservoir|river|sea|lake|quarry|viaduct|multi storey|top floor|gun|shotgun|rifle|pistol|bullets?|knife|knifes|blade|blades|razor|razors)`;

/** What turns a means into a crisis: kept for it, looked at, gone to, measured. */
export const MEANS_PURPOSE = `(?:saved|saving|save up|save them|saving them|keep them for|putting aside|put aside|put by|stockpil[a-z]*|hoard[a-z]*|stash[a-z]*|collecting|drawer full|enough|counted out|lined up|keep looking at|kept looking at|keep staring at|staring at|keep thinking about|kept thinking about|can not stop thinking about|slower than|sitting on the edge|sat on the edge|looking down|looked down|looked over|over the edge|over the railing|step off|in front of|tied|beam|do not (?:even )?know why|for a reason|i know why|on purpose|(?:hosepipe|hose|charcoal|exhaust) (?:[a-z]+ ){0,3}in the car|which (?:bridge|one|spot|building|train)|a spot|the spot|in my hand|to my (?:wrist|throat|head|neck|chest)|loaded|how easy|how high|how far down|the drop|would not hurt|painless)`;

/** An ordinary reason for the same things: the rule stays quiet when one is given. */
export const ORDINARY_USE = `(?:for (?:my |the |a |our |your |his |her )?(?:headache|back|cold|flu|pain|blood pressure|cholesterol|hay fever|allergies|period|migraine|kids|party|garden|shed|tent|camping|climbing|fishing|holiday|work|club|dog|swing|wedding|job|boat|van|bike|christening|trip)|prescribed|doctor|pharmacy|chemist|swing|bridge club|fireworks|exit|commute|shed|dishwasher|sink|as a kid|when i was (?:a kid|young|little)|years ago|by accident|accidentally|the kids love|picked up|put (?:it |them )?away|on the way (?:to|home|back)|drove over|drove across|crossed|traffic jam|stuck in traffic|stuck on the motorway|stuck on|train was late|missed the train|caught the train|on the train|took the train|by train|walk the dog|walked the dog|swimming|picnic|cooking|chopping|dinner|shaving|antibiotics|vitamins|the view)`;
