// Mend's corpus and patterns are English. A reply in another language gets `neutral` with low
// confidence rather than a confident wrong verdict. Function words are the cheapest reliable cue.
const ENGLISH = new Set(
  'i you he she it we they me my your the a an and but or not is am are was were be do did have has had this that what why how to of in on for with at so if no yes just sorry know'.split(
    ' ',
  ),
);
const OTHER = new Set(
  (
    'que de la el los las por para con una uno es está estoy pero como yo tú usted qué lo siento no sé ' +
    'je tu il elle nous vous les des est suis pas mais avec pour une dans qui ça c’est oui désolé ' +
    'ich du er sie wir ihr das die der und nicht ist bin aber mit für ein eine was wie es tut mir leid ' +
    'eu você ele ela nós não é sou mas com um uma por isso obrigado desculpa ' +
    'io sei lui lei noi non sono ma con per che il della mi dispiace ' +
    'ik jij hij zij wij het een en niet ben maar met voor wat hoe sorry ' +
    'nie jest jestem ale z na się co to że przepraszam ' +
    'jag du han hon vi inte är men med för och det ' +
    'ben sen o biz değil ama ile için ve bu ne'
  ).split(' '),
);

const WORD = /[\p{L}’']+/gu;

export function looksForeign(text: string): boolean {
  let english = 0;
  let other = 0;
  const lower = text.toLowerCase();
  // An exec loop over the shared pattern: matchAll would copy the regex and make an iterator per call.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    if (ENGLISH.has(m[0])) english++;
    else if (OTHER.has(m[0])) other++;
  }
  return other >= 2 && other > english * 2;
}
