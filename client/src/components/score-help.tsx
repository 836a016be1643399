// The listening score in words: the same definition as listeningScore in
// server/engine/build-report.ts, for the report and the "How it works" page.
export function ScoreHelp() {
  return (
    <div class="score-help">
      <p>The listening score, out of 100, says how much your replies made room for the other person's hurt.</p>
      <ul>
        <li>
          Each reply earns points out of 10: <strong>validating 10</strong> (7.5 when the words came from "What could I
          say?"), <strong>neutral 4</strong>, <strong>minimizing 1</strong>, <strong>defensive 0</strong>.
        </li>
        <li>
          The score is the share of the points you could have earned. A conversation shorter than five replies counts as
          five: one good reply and then ending scores 20, because one reply shows too little listening.
        </li>
        <li>
          The ending adds 10 when your partner was willing to keep talking, and takes 10 away when they walked away or
          withdrew.
        </li>
        <li>
          Each defensive or minimizing reply takes 10 off the most you can score: one such reply keeps the score at 90
          or below, two at 80, whatever else happened.
        </li>
      </ul>
      <p>
        Replies made while the practice was paused for your safety are not scored. The score is a guide to practise
        with, not a grade of you.
      </p>
    </div>
  );
}
