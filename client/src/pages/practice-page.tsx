// Practice: the conversation with the partner, live, laid out as a chat. The conversation scrolls in
// its own pane; the reply box stays pinned under it, in view and focused after every turn. The
// feedback on the latest reply is a compact line under it, with "More" for the whole card; earlier
// replies keep a chip that opens theirs. How the partner feels sits in a side column on a wide
// screen and in a one-line strip on a phone. When the conversation ends, an end panel takes the reply
// box's place, in view, announced and focused.
import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SessionView, Turn } from '../../../server/api-contract.js';
import { api } from '../api-client.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { ConnectionStatus } from '../components/connection-status.js';
import { AnswerLine, PartnerLine, YourLine } from '../components/conversation-lines.js';
import { EndPanel } from '../components/end-panel.js';
import { ErrorText } from '../components/error-text.js';
import { LoadingSession } from '../components/loading-session.js';
import { MissingSession } from '../components/missing-session.js';
import { PageHeading } from '../components/page-heading.js';
import { PartnerState, PartnerStrip } from '../components/partner-state.js';
import { draftProblem, ReplyComposer } from '../components/reply-composer.js';
import { useSafetyCheckIn } from '../components/safety-check-in.js';
import { EarlierFeedbackChip, LatestFeedbackLine, TurnCard } from '../components/turn-feedback.js';
import { WhatYouDid } from '../components/what-you-did.js';
import { journalEntry, saveToJournal } from '../journal.js';
import { href } from '../route.js';
import { syncJournal } from '../session-actions.js';
import type { ConnectionState, PendingReply } from '../session-connection.js';
import { useAction } from '../use-action.js';
import { useLiveSession } from '../use-live-session.js';
import { useReplyRewind } from '../use-reply-rewind.js';
import { DIFFICULTY_WORDS, endingWords } from '../words.js';

export function PracticePage({ id }: { id: string }) {
  const entry = useMemo(() => journalEntry(id), [id]);
  if (!entry) return <MissingSession id={id} />;
  return <Practice id={id} token={entry.token} />;
}

/** The id of the partner's latest line, which the reply box names as what it answers. */
const ANSWERS_ID = 'partner-latest';

function Practice({ id, token }: { id: string; token: string }) {
  const [draft, setDraft] = useState('');
  const [hinted, setHinted] = useState(false);
  const [replyError, setReplyError] = useState<string>();
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const textbox = useRef<HTMLTextAreaElement>(null);
  const focusBox = (): void => textbox.current?.focus();

  const fillDraft = (text: string, fromHelp: boolean): void => {
    setDraft(text);
    setHinted(fromHelp);
    setReplyError(undefined);
    focusBox();
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
  const checkIn = useSafetyCheckIn(view, token, focusBox);
  const flow = useConversationFlow(view, pending.length, textbox, confirmingEnd || checkIn.dialog !== null);

  const hint = useAction(async () => fillDraft((await api.hint(id, token)).hint, true));
  const end = useAction(async () => {
    const { status, report } = await api.end(id, token);
    saveToJournal({ id, status, score: report.score });
    setConfirmingEnd(false);
    live.markEnded(status);
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

  const send = (): void => {
    const problem =
      draftProblem(draft) ??
      (pending.length > 0
        ? `Wait for ${name} to answer your last reply first.`
        : connection === 'gone'
          ? 'This conversation cannot be reached any more.'
          : undefined);
    focusBox();
    if (problem) {
      setReplyError(problem);
      return;
    }
    live.send(draft, hinted);
    setDraft('');
    setHinted(false);
    setReplyError(undefined);
  };

  const askToEnd = (): void => {
    if (pending.length > 0) {
      setReplyError(`Your last reply is still on its way. Wait for ${name} to answer, then end.`);
      return;
    }
    setConfirmingEnd(true);
  };

  return (
    <div class="page practice-page">
      <div class="chat-column">
        {checkIn.dialog}
        <PracticeHeading view={view} connection={connection} />
        <PartnerStrip partner={view.partner} name={name} status={view.status} />
        <ConversationLog
          view={view}
          token={token}
          pending={pending}
          connection={connection}
          flow={flow}
          onUseSuggestion={active ? (text) => fillDraft(text, true) : undefined}
        />
        {connection === 'gone' && (
          <ErrorText message="This conversation can no longer be reached. It may have been deleted in another window." />
        )}
        {active ? (
          <ReplyComposer
            draft={draft}
            hinted={hinted}
            error={replyError ?? hint.error ?? end.error}
            hintBusy={hint.busy}
            textboxRef={textbox}
            answersId={ANSWERS_ID}
            disabled={checkIn.paused ? 'Paused until you answer how you are.' : undefined}
            onDraft={(text) => {
              setDraft(text);
              if (text.trim() === '') setHinted(false);
            }}
            onSend={send}
            onHint={() => void hint.run()}
          >
            <button
              type="button"
              class="button quiet-button small end-button"
              onClick={askToEnd}
              disabled={checkIn.paused}
            >
              End conversation
            </button>
          </ReplyComposer>
        ) : (
          <EndPanel view={view} headingRef={flow.endHeading} />
        )}
        {/* After the reply box in the page's order: Tab reaches the box first, then what to answer from. */}
        {active && <WhatYouDid facts={view.whatYouDid} partner={name} startOpen={false} where="under-reply" />}
      </div>
      <aside class="side-column" aria-label="How it is going">
        <PartnerState partner={view.partner} name={name} status={view.status} />
        <WhatYouDid facts={view.whatYouDid} partner={name} startOpen={true} where="side" />
        <p class="quiet small side-help">
          Not sure what the verdicts mean? <a href={href({ page: 'help' })}>How it works</a>
        </p>
      </aside>
      <ConfirmDialog
        open={confirmingEnd}
        title="End the conversation now?"
        confirmLabel={end.busy ? 'Ending…' : 'End it'}
        cancelLabel="Keep talking"
        onConfirm={() => void end.run()}
        onCancel={() => {
          end.clearError();
          setConfirmingEnd(false);
        }}
      >
        <p>
          {name} will not say any more in this session. You can still read the report, and try again from any reply.
        </p>
        <ErrorText message={end.error} />
      </ConfirmDialog>
      <div class="visually-hidden" aria-live="polite">
        {flow.announcement}
      </div>
    </div>
  );
}

interface ConversationFlow {
  /** The log's scrolling pane. */
  pane: preact.RefObject<HTMLDivElement>;
  /** The feedback line under the latest reply. */
  latestLine: preact.RefObject<HTMLLIElement>;
  endHeading: preact.RefObject<HTMLHeadingElement>;
  announcement: string;
}

/**
 * What happens as the conversation moves: the journal keeps in step; on opening and after each
 * turn the pane shows the newest lines (and the latest feedback line, even under a long answer);
 * focus stays in the reply box; an ending moves focus to the end panel and is announced.
 */
function useConversationFlow(
  view: SessionView | undefined,
  pendingCount: number,
  textbox: preact.RefObject<HTMLTextAreaElement>,
  dialogOpen: boolean,
): ConversationFlow {
  const pane = useRef<HTMLDivElement>(null);
  const latestLine = useRef<HTMLLIElement>(null);
  const endHeading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<{ turns: number; status: string } | undefined>(undefined);
  const [endNeedsFocus, setEndNeedsFocus] = useState(false);

  useEffect(() => {
    if (!view) return;
    syncJournal(view);
    const before = seen.current;
    seen.current = { turns: view.turns.length, status: view.status };
    if (before && before.turns === view.turns.length && before.status === view.status) return;
    revealLatest(pane.current, latestLine.current);
    const justEnded = before !== undefined && before.status === 'active' && view.status !== 'active';
    if (view.status === 'active') {
      // Opening the page, or a new turn: the next reply starts where the last one was typed.
      if (!isElsewhereOnPurpose(document.activeElement)) textbox.current?.focus({ preventScroll: true });
    } else if (justEnded || before === undefined) {
      setEndNeedsFocus(true);
      if (justEnded) setAnnouncement(`The conversation is over. ${endingWords(view.status, view.partnerName)}`);
    }
  }, [view]);

  useEffect(() => {
    if (!endNeedsFocus || dialogOpen) return;
    setEndNeedsFocus(false);
    // After this render's effects: a dialog that closed in it (End conversation's) gives focus back
    // to its opener, which the end panel has just replaced.
    setTimeout(() => endHeading.current?.focus({ preventScroll: true }), 0);
  }, [endNeedsFocus, dialogOpen]);

  useEffect(() => {
    if (pendingCount > 0) revealLatest(pane.current, null);
  }, [pendingCount]);

  return { pane, latestLine, endHeading, announcement };
}

/**
 * A pane scrolled to its end stays there when it gets smaller: a phone's keyboard opening, the
 * window turning, the end panel arriving. One scrolled back to read earlier lines is left alone.
 */
function useStayAtEnd(pane: preact.RefObject<HTMLElement>): void {
  useEffect(() => {
    const element = pane.current;
    if (!element) return;
    let atEnd = true;
    const onScroll = (): void => {
      atEnd = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
    };
    const observer = new ResizeObserver(() => {
      if (atEnd) element.scrollTop = element.scrollHeight;
    });
    element.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, []);
}

const FOCUSABLE = 'button, a[href], input, textarea, select, [tabindex]:not([tabindex="-1"])';

/**
 * Whether the pane needs its own tab stop: only while it scrolls and holds nothing focusable (after a
 * paused turn, say). Otherwise its buttons let the keyboard scroll it, and a new session's first tab
 * stop stays the reply box.
 */
function useKeyboardScroll(pane: preact.RefObject<HTMLElement>, changes: unknown[]): boolean {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    const element = pane.current;
    if (!element) return;
    const check = (): void =>
      setNeeded(element.scrollHeight > element.clientHeight + 1 && element.querySelector(FOCUSABLE) === null);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, changes);
  return needed;
}

/** Scrolls the pane to its end; if a long answer pushed the latest feedback line out of view, back to it. */
function revealLatest(pane: HTMLElement | null, feedbackLine: HTMLElement | null): void {
  if (!pane) return;
  pane.scrollTop = pane.scrollHeight;
  if (!feedbackLine) return;
  const above = feedbackLine.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  if (above < 0) pane.scrollTop += above - 8;
}

/** Focus the person put somewhere on purpose (a feedback card's button, a dialog): leave it there. */
function isElsewhereOnPurpose(element: Element | null): boolean {
  if (!element || element === document.body) return false;
  if (element.closest('dialog')) return true;
  return element.closest('.conversation-pane') !== null;
}

function PracticeHeading({ view, connection }: { view: SessionView; connection: ConnectionState }) {
  const parent = view.parentId ? journalEntry(view.parentId) : undefined;
  return (
    <div class="chat-header">
      <PageHeading title={view.scenarioTitle} focusOnOpen={false}>
        {view.scenarioTitle}
      </PageHeading>
      <div class="chat-meta">
        <p class="quiet small">
          With {view.partnerName} · {DIFFICULTY_WORDS[view.difficulty].name}
          {view.parentId && ' · '}
          {view.parentId &&
            (parent && view.turns.length > 0 ? (
              <a href={href({ page: 'compare', id: view.id })}>Compare with the first attempt</a>
            ) : (
              'A new try from an earlier point'
            ))}
        </p>
        {/* An ended conversation changes no more: whether it is connected no longer matters. */}
        {view.status === 'active' && <ConnectionStatus state={connection} />}
      </div>
    </div>
  );
}

interface ConversationLogProps {
  view: SessionView;
  token: string;
  pending: PendingReply[];
  connection: ConnectionState;
  flow: ConversationFlow;
  onUseSuggestion?: (text: string) => void;
}

/** The live log (role="log", so screen readers hear new lines), scrolling in its own pane. */
function ConversationLog({ view, token, pending, connection, flow, onUseSuggestion }: ConversationLogProps) {
  const rewind = useReplyRewind(view.id, token);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (index: number): void =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  const name = view.partnerName;
  const latest = view.turns[view.turns.length - 1];
  const feedbackProps = (turn: Turn) => ({
    turn,
    partnerName: name,
    open: open.has(turn.index),
    onToggle: () => toggle(turn.index),
    onRewind: () => rewind.rewindBefore(turn.index),
    rewindBusy: rewind.busy && rewind.chosen === turn.index,
    rewindError: rewind.chosen === turn.index ? rewind.error : undefined,
  });
  const keyboardScroll = useKeyboardScroll(flow.pane, [view, pending.length, open]);
  useStayAtEnd(flow.pane);
  return (
    <div
      class="conversation-pane"
      role="log"
      aria-label="Conversation"
      ref={flow.pane}
      tabIndex={keyboardScroll ? 0 : undefined}
    >
      <ol class="conversation">
        <li class="line note">
          {name} is a script, not a person, and this is practice, not therapy. If you are not safe, stop and call your
          local emergency number.
        </li>
        <PartnerLine
          name={name}
          line={view.opening.line}
          id={latest ? undefined : ANSWERS_ID}
          asks={latest || view.status !== 'active' ? undefined : view.opening.asks}
        />
        {view.turns.map((turn) => {
          const isLatest = turn === latest;
          return (
            <Fragment key={turn.index}>
              <YourLine turn={turn} chip={false}>
                {!turn.safety && !isLatest && <EarlierFeedbackChip {...feedbackProps(turn)} />}
              </YourLine>
              {isLatest && !turn.safety && (
                <LatestFeedbackLine
                  {...feedbackProps(turn)}
                  onUseSuggestion={onUseSuggestion}
                  lineRef={flow.latestLine}
                />
              )}
              {!isLatest && !turn.safety && open.has(turn.index) && (
                <li class="feedback-line earlier">
                  <TurnCard {...feedbackProps(turn)} />
                </li>
              )}
              <AnswerLine
                turn={turn}
                name={name}
                id={isLatest ? ANSWERS_ID : undefined}
                waiting={isLatest && view.status === 'active'}
              />
            </Fragment>
          );
        })}
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
  );
}
