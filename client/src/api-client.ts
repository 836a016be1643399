// The HTTP side of the API contract (server/api-contract.ts). Every failure becomes an ApiError with
// the server's code, so the page can say in plain words what went wrong and where.
import type {
  CheckInResult,
  ClassifyBody,
  ClassifyResult,
  CreatedSession,
  CreateSessionBody,
  EndResult,
  ErrorBody,
  HintResult,
  Report,
  ScenarioSummary,
  SessionView,
} from '../../server/api-contract.js';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** The server's error code, or `network` when the server could not be reached. */
    readonly code: string,
    message: string,
    readonly status = 0,
  ) {
    super(message);
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  token?: string;
  body?: unknown;
}

async function send(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('network', 'The Mend server could not be reached.');
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    if (body.error) return new ApiError(body.error.code, body.error.message, response.status);
  } catch {
    // Not JSON (a proxy's error page, say): fall through to a generic error.
  }
  return new ApiError('http', `The server answered ${response.status}.`, response.status);
}

async function json<T>(path: string, options?: RequestOptions): Promise<T> {
  return (await (await send(path, options)).json()) as T;
}

const sessionPath = (id: string, rest = ''): string => `/api/sessions/${encodeURIComponent(id)}${rest}`;

export const api = {
  scenarios: (): Promise<ScenarioSummary[]> => json('/api/scenarios'),

  createSession: (body: CreateSessionBody): Promise<CreatedSession> => json('/api/sessions', { method: 'POST', body }),

  session: (id: string, token: string): Promise<SessionView> => json(sessionPath(id), { token }),

  rewind: (id: string, token: string, turn: number): Promise<CreatedSession> =>
    json(sessionPath(id, '/rewind'), { method: 'POST', token, body: { turn } }),

  hint: (id: string, token: string): Promise<HintResult> => json(sessionPath(id, '/hint'), { token }),

  /** The safety check-in after a crisis reply: go on (`continue`) or "I need help now" (`help`). */
  checkIn: (id: string, token: string, choice: 'continue' | 'help'): Promise<CheckInResult> =>
    json(sessionPath(id, '/check-in'), { method: 'POST', token, body: { choice } }),

  end: (id: string, token: string): Promise<EndResult> => json(sessionPath(id, '/end'), { method: 'POST', token }),

  report: (id: string, token: string): Promise<Report> => json(sessionPath(id, '/report'), { token }),

  /** The transcript as a file to save: fetched with the token (a plain link cannot carry it). */
  exportFile: async (id: string, token: string, format: 'json' | 'markdown'): Promise<Blob> =>
    (await send(sessionPath(id, `/export?format=${format}`), { token })).blob(),

  delete: async (id: string, token: string): Promise<void> => {
    await send(sessionPath(id), { method: 'DELETE', token });
  },

  classify: (body: ClassifyBody): Promise<ClassifyResult> => json('/api/classify', { method: 'POST', body }),
};
