// What to tell the person when something fails: what happened and what they can do, in plain words.
// The server's own messages are already written for people; these cover the cases where the page
// knows more about the situation (a session missing from this browser, a server that went away).
import { ApiError } from './api-client.js';

const WORDS: Record<string, string> = {
  network: 'Mend is not answering. Check that the Mend server is still running, then try again.',
  rate_limited: 'That was a lot at once. Wait a minute, then try again.',
  session_not_found: 'This practice session is not on the Mend server any more. It may have been deleted.',
  session_ended: 'This conversation has ended. You can read the report, or try again from an earlier reply.',
  empty_reply: 'Write something first.',
  shutting_down: 'Mend is restarting. Try again in a moment.',
  store_unavailable: 'Mend cannot reach its storage right now. Try again in a moment.',
  scenario_unavailable: 'The scenario of this session is no longer installed on this Mend server.',
  unknown_scenario: 'That scenario is no longer available. Pick another one.',
  turn_conflict: 'This conversation changed in another window. Reload the page to see the latest.',
  internal: 'Something went wrong on our side. Try again.',
};

export function errorWords(error: unknown): string {
  if (error instanceof ApiError) return WORDS[error.code] ?? error.message;
  if (error instanceof Error && error.name === 'AbortError') return 'That took too long. Try again.';
  return WORDS.internal as string;
}

/** Why a session could not be loaded: the code (so a page can tell "gone" from "try again") and the words. */
export interface SessionLoadError {
  code: string;
  message: string;
}

export function sessionLoadError(error: unknown): SessionLoadError {
  return { code: (error as { code?: string }).code ?? '', message: errorWords(error) };
}

/** An error frame from the socket: a code and the server's message. */
export function frameErrorWords(code: string, message: string): string {
  return WORDS[code] ?? message;
}
