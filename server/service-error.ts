// The one error type the application layer throws. HTTP maps `code` to a status and a JSON body;
// the WebSocket handler turns it into an error frame. Messages are written for the person using the
// client: plain, and never containing what anyone typed.
export type ServiceErrorCode =
  | 'bad_request'
  | 'bad_turn'
  | 'empty_reply'
  | 'reply_too_long'
  | 'session_ended'
  | 'session_not_found'
  | 'unknown_scenario'
  | 'scenario_unavailable'
  | 'turn_conflict'
  | 'rate_limited'
  | 'shutting_down';

export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const sessionNotFound = (): ServiceError =>
  new ServiceError('session_not_found', 'No session with that id and token.');

export const shuttingDown = (): ServiceError =>
  new ServiceError('shutting_down', 'The server is restarting. Try again in a moment.');

/** Engine errors (EmptyReplyError, SessionEndedError) carry a string `code` like ServiceError. */
export function errorCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as unknown as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
