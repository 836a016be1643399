// One practice session, live: loaded over HTTP, then kept current by the WebSocket (turns from this
// tab or another, the end, a reconnect). Replies go through the connection's queue.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionView, TurnFrame } from '../../server/api-contract.js';
import { pauseAt } from '../../server/engine/safety/safety-pause.js';
import { api } from './api-client.js';
import { frameErrorWords, type SessionLoadError, sessionLoadError } from './error-words.js';
import { saveToJournal } from './journal.js';
import { type ConnectionState, type PendingReply, SessionConnection } from './session-connection.js';

export interface LiveSession {
  view: SessionView | undefined;
  loadError: SessionLoadError | undefined;
  connection: ConnectionState;
  /** Replies sent but not answered yet, oldest first. */
  pending: PendingReply[];
  send: (text: string, hinted: boolean) => void;
  /** The session ended through HTTP: show it now, before the socket's report frame arrives. */
  markEnded: (status: SessionView['status']) => void;
}

/** `onRejected` hears why a reply failed, with the reply itself when it was one of ours. */
export function useLiveSession(
  id: string,
  token: string,
  onRejected: (message: string, reply: PendingReply | undefined) => void,
): LiveSession {
  const [view, setView] = useState<SessionView>();
  const [loadError, setLoadError] = useState<LiveSession['loadError']>();
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [pending, setPending] = useState<PendingReply[]>([]);
  const socket = useRef<SessionConnection>();
  const rejected = useRef(onRejected);
  rejected.current = onRejected;

  useEffect(() => {
    let stale = false;
    api.session(id, token).then(
      (loaded) => {
        if (!stale) setView((current) => current ?? loaded);
      },
      (error: unknown) => {
        if (!stale) setLoadError(sessionLoadError(error));
      },
    );
    const live = new SessionConnection(id, token, {
      state: setConnection,
      session: setView,
      turn: (frame) => setView((current) => (current ? withTurn(current, frame) : current)),
      report: (report) => {
        setView((current) => (current ? { ...current, status: report.status } : current));
        saveToJournal({ id, status: report.status, score: report.score });
      },
      checkedIn: (frame) =>
        setView((current) => (current ? { ...current, status: frame.status, safety: frame.safety } : current)),
      error: (frame, reply) => rejected.current(frameErrorWords(frame.code, frame.message), reply),
      pending: setPending,
    });
    socket.current = live;
    live.start();
    return () => {
      stale = true;
      live.stop();
    };
  }, [id, token]);

  return {
    view,
    loadError,
    connection,
    pending,
    send: (text, hinted) => socket.current?.sendReply(text, hinted),
    markEnded: (status) => setView((current) => (current ? { ...current, status } : current)),
  };
}

/** Adds or replaces the turn a frame carries (a turn can arrive twice: a resend, a second tab). */
function withTurn(view: SessionView, frame: TurnFrame): SessionView {
  const turns = view.turns.filter((turn) => turn.index !== frame.turn.index);
  turns.push(frame.turn);
  turns.sort((a, b) => a.index - b.index);
  const newest = turns[turns.length - 1]?.index === frame.turn.index;
  if (!newest) return { ...view, turns };
  // A crisis reply pauses the session, as the engine records it: the page asks the check-in.
  const safety = frame.turn.safety ? pauseAt(frame.turn.index, frame.turn.safety) : view.safety;
  return { ...view, turns, status: frame.status, partner: frame.partner, ...(safety ? { safety } : {}) };
}
