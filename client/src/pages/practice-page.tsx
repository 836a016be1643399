// Practice: the conversation with the partner, live. In reading order: how the partner feels, what
// was said, how the last reply landed, and the box for the next one. Any reply can be tried again
// (a rewind), a hint can start the next one, and the person can end whenever they want.
import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SessionView, Turn } from '../../../server/api-contract.js';
import { api } from '../api-client.js';
import { ConnectionStatus } from '../components/connection-status.js';
import { AnswerLine, PartnerLine, YourLine } from '../components/conversation-lines.js';
import { ErrorText } from '../components/error-text.js';
import { FeedbackCard } from '../components/feedback-card.js';
import { LoadingSession } from '../components/loading-session.js';
import { MissingSession } from '../components/missing-session.js';
import { PageHeading } from '../components/page-heading.js';
import { PartnerState } from '../components/partner-state.js';
import { ReplyComposer } from '../components/reply-composer.js';
import { useSafetyCheckIn } from '../components/safety-check-in.js';
import { journalEntry, saveToJournal } from '../journal.js';
import { href, navigate } from '../route.js';
import { syncJournal } from '../session-actions.js';
import type { ConnectionState, PendingReply } from '../session-connection.js';
import { useAction } from '../use-action.js';
import { useLiveSession } from '../use-live-session.js';
import { useReplyRewind } from '../use-reply-rewind.js';
import { DIFFICULTY_WORDS, LABEL_WORDS, statusWords } from '../words.js';

export function PracticePage({ id }: { id: string }) {
  const entry = useMemo(() => journalEntry(id), [id]);
  if (!entry) return <MissingSession id={id} />;
  return <Practice id={id} token={entry.token} />;
}

function Practice({ id, token }: { id: string; token: string }) {
  const [draft, setDraft] = useState('');
  const [hinted, setHinted] = useState(false);
  const [replyError, setReplyError] = useState<string>();
  const textbox = useRef<HTMLTextAreaElement>(null);

  const fillDraft = (text: string, fromHelp: boolean): void => {
    setDraft(text);
    setHinted(fromHelp);
    setReplyError(undefined);
    textbox.current?.focus();
  };

  const live = useLiveSession(id, token, (message, reply) => {
    // Nothing the person wrote is lost: a refused reply goes back into the box to edit or send again.
    if (reply) {
      setDraft((current) => (current.trim() === '' ? reply.text : current));
      setHinted(reply.hinted);
    }
    setReplyError(message);
  });
  const { view, connection, pending } = live;
  const { announcement, lastLine } = useTurnArrivals(view);
  const checkIn = useSafetyCheckIn(view, token, () => textbox.current?.focus());

  const hint = useAction(async () => fillDraft((await api.hint(id, token)).hint, true));
  const end = useAction(async () => {
    const { status, report } = await api.end(id, token);
    saveToJournal({ id, status, score: report.score });
    navigate({ page: 'report', id });
  });

  if (!view) {
    return (
      <LoadingSession id={id} error={live.loadError} title="Practice">
        Opening the conversation…
      </LoadingSession>
    );
  }

  const name = view.partnerName;
  const active = view.status === 'active';
  const latest = view.turns[view.turns.length - 1];

  const send = (): void => {
    const problem =
      draft.trim() === ''
        ? 'Write your reply first.'
        : pending.length > 0
          ? `Wait for ${name} to answer your last reply first.`
          : connection === 'gone'
            ? 'This conversation cannot be reached any more.'
            : undefined;
    if (problem) {
      setReplyError(problem);
      return;
    }
    live.send(draft, hinted);
    setDraft('');
    setHinted(false);
    setReplyError(undefined);
  };

  const endNow = (): void => {
    if (pending.length > 0) {
      setReplyError(`Your last reply is still on its way. Wait for ${name} to answer, then end.`);
      return;
    }
    void end.run();
  };

  return (
    <div class="page practice-page">
      {checkIn.dialog}
      <p class="back-link">
        <a href="#/">← All situations</a>
      </p>
      <PracticeHeading view={view} connection={connection} />

      <div class="practice-layout">
        <div class="area-state">
          <PartnerState partner={view.partner} name={name} />
        </div>

        <ConversationLog view={view} token={token} pending={pending} connection={connection} lastLine={lastLine} />

        <section class="area-feedback feedback-region" aria-labelledby="feedback-heading">
          <h2 id="feedback-heading">Feedback</h2>
          <LatestFeedback turn={latest} onUseSuggestion={active ? (text) => fillDraft(text, true) : undefined} />
        </section>

        <div class="area-composer">
          {connection === 'gone' && (
            <ErrorText message="This conversation can no longer be reached. It may have been deleted in another window." />
          )}
          {active ? (
            <fieldset class="plain-fieldset" disabled={checkIn.paused}>
              <ReplyComposer
                draft={draft}
                hinted={hinted}
                error={replyError ?? hint.error}
                hintBusy={hint.busy}
                textboxRef={textbox}
                onDraft={(text) => {
                  setDraft(text);
                  if (text.trim() === '') setHinted(false);
                }}
                onSend={send}
                onHint={() => void hint.run()}
              />
              <div class="end-row">
                <button type="button" class="button quiet-button" onClick={endNow}>
                  {end.busy ? 'Ending…' : 'End conversation'}
                </button>
                <ErrorText message={end.error} />
              </div>
            </fieldset>
          ) : (
            <EndedBox view={view} />
          )}
        </div>
      </div>
      <div class="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}

/**
 * When a new turn arrives: keep the journal in step, bring the partner's answer into view, and
 * give screen readers the feedback (the log itself announces the new lines).
 */
function useTurnArrivals(view: SessionView | undefined) {
  const [announcement, setAnnouncement] = useState('');
  const lastLine = useRef<HTMLLIElement>(null);
  const turnsSeen = useRef(-1);
  useEffect(() => {
    if (!view) return;
    syncJournal(view);
    const count = view.turns.length;
    const latest = view.turns[count - 1];
    if (latest && turnsSeen.current !== -1 && count > turnsSeen.current) {
      setAnnouncement(
        latest.safety
          ? 'The practice is paused. A dialog asks how you are and says where to find help.'
          : `Feedback on your reply: ${LABEL_WORDS[latest.classification.label].name}. ${latest.feedback.summary}`,
      );
      lastLine.current?.scrollIntoView({ block: 'nearest' });
    }
    turnsSeen.current = count;
  }, [view]);
  return { announcement, lastLine };
}

function PracticeHeading({ view, connection }: { view: SessionView; connection: ConnectionState }) {
  const parent = view.parentId ? journalEntry(view.parentId) : undefined;
  return (
    <div class="practice-heading">
      <div>
        <PageHeading title={view.scenarioTitle}>{view.scenarioTitle}</PageHeading>
        <p class="quiet">
          With {view.partnerName} · {DIFFICULTY_WORDS[view.difficulty].name}
          {view.parentId && ' · A new try from an earlier point'}
          {parent && (
            <>
              {' '}
              (<a href={href({ page: 'replay', id: parent.id, step: 0 })}>see the earlier session</a>)
            </>
          )}
        </p>
      </div>
      <ConnectionStatus state={connection} />
    </div>
  );
}

interface ConversationLogProps {
  view: SessionView;
  token: string;
  pending: PendingReply[];
  connection: ConnectionState;
  lastLine: preact.Ref<HTMLLIElement>;
}

/** The live log (role="log", so screen readers hear new lines), with "Try again from here" on each reply. */
function ConversationLog({ view, token, pending, connection, lastLine }: ConversationLogProps) {
  const rewind = useReplyRewind(view.id, token);
  const name = view.partnerName;
  const latest = view.turns[view.turns.length - 1];
  return (
    <div class="area-log">
      <h2 class="visually-hidden">Conversation</h2>
      <div class="conversation" role="log" aria-label="Conversation">
        <ol>
          <PartnerLine name={name} line={view.opening.line} />
          {view.turns.map((turn) => (
            <Fragment key={turn.index}>
              <YourLine turn={turn}>
                <button type="button" class="link-button" onClick={() => rewind.rewindBefore(turn.index)}>
                  {rewind.busy && rewind.chosen === turn.index ? 'Going back…' : 'Try again from here'}
                  <span class="visually-hidden"> (before reply {turn.index})</span>
                </button>
                {rewind.chosen === turn.index && <ErrorText message={rewind.error} />}
              </YourLine>
              <AnswerLine turn={turn} name={name} lineRef={turn === latest ? lastLine : undefined} />
            </Fragment>
          ))}
          {pending.map((reply) => (
            <li key={reply.requestId} class="line you pending">
              <p class="speaker">You</p>
              <p class="words">{reply.text}</p>
              <p class="line-status">
                {connection === 'connected'
                  ? `Sent. Waiting for ${name}…`
                  : 'Not sent yet: it will go as soon as the connection is back.'}
              </p>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

function LatestFeedback({
  turn,
  onUseSuggestion,
}: {
  turn: Turn | undefined;
  onUseSuggestion?: (text: string) => void;
}) {
  if (!turn) return <p class="quiet">After each reply, a short note on how it landed appears here.</p>;
  if (turn.safety) return <p>{turn.feedback.summary}</p>;
  return (
    <>
      <p class="quiet small">On your reply {turn.index}</p>
      <FeedbackCard
        reply={turn.reply}
        classification={turn.classification}
        feedback={turn.feedback}
        onUseSuggestion={onUseSuggestion}
      />
    </>
  );
}

function EndedBox({ view }: { view: SessionView }) {
  return (
    <div class="ended-box">
      <h2>The conversation is over</h2>
      <p>{statusWords(view.status, view.partnerName)}.</p>
      <p class="link-row">
        <a class="button primary" href={href({ page: 'report', id: view.id })}>
          See the report
        </a>
        <a class="button secondary" href={href({ page: 'replay', id: view.id, step: 0 })}>
          Replay it step by step
        </a>
      </p>
    </div>
  );
}
