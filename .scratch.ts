import { feedbackFor } from './server/engine/feedback/feedback-for.js';
const BLAME = "I'm sorry, but if you had been home more this wouldn't have happened.";
for (let i=0;i<40;i++){ const reply = `${BLAME} (${i})`; const st = reply.indexOf('if you had been home more'); const a = reply.indexOf("I'm sorry");
const f = feedbackFor({label:'defensive',confidence:0.8,signals:['blame-shift','apology'],evidence:[{signal:'blame-shift',text:'if you had been home more',start:st,end:st+25},{signal:'apology',text:"I'm sorry",start:a,end:a+9}]},{reply,emotion:'confusion',slots:{other:'Jess'}});
if (!/ask|answer|explain|tell you|go through|put it to me|fill in|start there|say it/i.test(f.suggestion)) console.log(f.suggestion);}
