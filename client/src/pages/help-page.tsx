// "How it works": the four verdicts with an example each, hints, trying again, the report and its
// score, the journal (and that it lives in this browser), safety and privacy. The introduction can
// be opened again from here.
import { LABELS } from '../../../server/engine/types.js';
import { LabelChip } from '../components/label-chip.js';
import { PageHeading } from '../components/page-heading.js';
import { ScoreHelp } from '../components/score-help.js';
import { href } from '../route.js';
import { LABEL_WORDS } from '../words.js';

export function HelpPage({ onShowIntro }: { onShowIntro: () => void }) {
  return (
    <div class="page help-page">
      <PageHeading title="How it works">How Mend works</PageHeading>
      <p class="lead">
        You pick a situation, your partner speaks, and you answer in your own words. After each reply Mend tells you how
        it may land, and why. Nothing here is a test: stop, go back and try again as often as you like.
      </p>
      <p>
        <button type="button" class="button secondary small" onClick={onShowIntro}>
          Show the introduction again
        </button>
      </p>

      <section class="section" aria-labelledby="verdicts-heading">
        <h2 id="verdicts-heading">The four verdicts</h2>
        <p>Every reply gets one. The note under it quotes the words that decided it and offers a way to say it.</p>
        <ul class="verdict-list">
          {LABELS.map((label) => (
            <li key={label} class="card verdict">
              <p class="verdict-name">
                <LabelChip label={label} />
              </p>
              <p>{LABEL_WORDS[label].meaning}</p>
              <p class="quiet small">For example: “{LABEL_WORDS[label].example}”</p>
            </li>
          ))}
        </ul>
        <p>
          A reply that mixes kinds is judged by its hardest part: “I'm sorry, but you were never home” is defensive. A
          plain, true answer to what your partner asked counts as openness, even when it is hard to hear.
        </p>
      </section>

      <section class="section" aria-labelledby="during-heading">
        <h2 id="during-heading">During the conversation</h2>
        <dl class="help-terms">
          <dt>Your reply</dt>
          <dd>
            Enter sends; Shift+Enter starts a new line. Replies can be up to 2,000 characters; a count appears near the
            limit.
          </dd>
          <dt>What you did</dt>
          <dd>
            What happened in this situation, dates and sums included. Your partner's questions are about these, and an
            answer that tells it differently is heard as another story, so answer from the list rather than from a
            guess.
          </dd>
          <dt>“What could I say?”</dt>
          <dd>
            Puts a suggestion in the box, to send or change into your own words. Replies from a suggestion count a
            little less in the score than words you found yourself.
          </dd>
          <dt>“More”</dt>
          <dd>
            Opens the whole note on a reply: the principle it kept or broke, the words that mattered, and a better
            wording you can use. The chip on an earlier reply opens its note.
          </dd>
          <dt>“Try again from here”</dt>
          <dd>
            Starts a new session just before that reply, so you can answer differently. The original stays as it was,
            and <a href={href({ page: 'progress' })}>Your practice</a> shows the two side by side.
          </dd>
          <dt>How your partner feels</dt>
          <dd>
            Their hurt moves between anger, sadness, numbness and confusion, and not in a straight line: even a
            conversation that goes well has moments when the anger comes back. Trust grows slowly.
          </dd>
          <dt>How it ends</dt>
          <dd>
            Your partner may become willing to keep talking, walk away, or withdraw when too many replies do not answer
            them. You can also end it yourself at any time.
          </dd>
        </dl>
      </section>

      <section class="section" aria-labelledby="report-heading">
        <h2 id="report-heading">The report</h2>
        <p>
          At the end, or at any time, the report shows your replies by verdict, how your partner felt over the turns,
          the moments worth revisiting (each with “Try again from here”), your best replies and the principles you kept.
        </p>
        <h3>The listening score</h3>
        <ScoreHelp />
      </section>

      <section class="section" aria-labelledby="journal-heading">
        <h2 id="journal-heading">Your practice journal</h2>
        <p>
          The sessions you start are listed in <a href={href({ page: 'progress' })}>Your practice</a>, unfinished ones
          first, with your score across attempts. The journal lives in this browser only: it holds the keys to your
          sessions, and no one else has them. To use another browser, export the journal there as a file and import it
          in the other one. Clearing this browser's data forgets the journal.
        </p>
      </section>

      <section class="section" aria-labelledby="care-heading">
        <h2 id="care-heading">Safety and privacy</h2>
        <p>
          What you write stays on the server that runs Mend and never appears in its logs. Deleting a session (from its
          report) removes it and everything made from it.
        </p>
        <p>
          If a reply says you or someone else may be in danger, the practice pauses and shows where to find real help.
          Mend is practice, not therapy: if you are not safe, stop and call your local emergency number.
        </p>
      </section>
    </div>
  );
}
