// The practice journal: the sessions this browser started, kept in localStorage. The token is the
// only key to a session, so it lives here and nowhere else; nothing is ever sent to a third party.
import type { SessionStatus } from '../../server/engine/types.js';

export interface JournalEntry {
  id: string;
  token: string;
  scenarioId: string;
  scenarioTitle: string;
  partnerName: string;
  /** ISO date the session started. */
  createdAt: string;
  status: SessionStatus;
  /** Listening score, once a report has been seen. */
  score?: number;
  /** Replies taken so far. */
  turns: number;
  /** Set when this session is a new try from an earlier point of another. */
  parentId?: string | null;
}

const KEY = 'mend.journal.v1';
/** A Record, so a new status fails to compile here until imported journals accept it. */
const STATUSES: Record<SessionStatus, true> = {
  active: true,
  repaired: true,
  shutdown: true,
  withdrawn: true,
  ended: true,
};
const listeners = new Set<() => void>();

export function readJournal(): JournalEntry[] {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    // Storage blocked or corrupted: an empty journal is better than a broken page.
    return [];
  }
}

function isEntry(value: unknown): value is JournalEntry {
  const entry = value as Partial<JournalEntry> | null;
  return typeof entry?.id === 'string' && typeof entry.token === 'string' && typeof entry.scenarioId === 'string';
}

function write(entries: JournalEntry[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Private mode or a full disk: the session still works for this visit.
  }
  for (const listener of listeners) listener();
}

export function journalEntry(id: string): JournalEntry | undefined {
  return readJournal().find((entry) => entry.id === id);
}

/** Adds the session, or updates the fields given for one already there. */
export function saveToJournal(entry: Partial<JournalEntry> & { id: string }): void {
  const entries = readJournal();
  const index = entries.findIndex((existing) => existing.id === entry.id);
  if (index === -1) {
    if (entry.token === undefined || entry.scenarioId === undefined) return;
    entries.push({
      scenarioTitle: entry.scenarioId,
      partnerName: '',
      createdAt: new Date().toISOString(),
      status: 'active',
      turns: 0,
      ...entry,
    } as JournalEntry);
  } else {
    entries[index] = { ...(entries[index] as JournalEntry), ...entry };
  }
  write(entries);
}

export function removeFromJournal(id: string): void {
  write(readJournal().filter((entry) => entry.id !== id));
}

export function onJournalChange(listener: () => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent): void => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

/** Unfinished sessions first (the newest of them on top), then the finished ones, newest first. */
export function inPracticeOrder(entries: JournalEntry[]): JournalEntry[] {
  return [...entries].sort(
    (a, b) => Number(b.status === 'active') - Number(a.status === 'active') || b.createdAt.localeCompare(a.createdAt),
  );
}

export interface ScoreTrend {
  title: string;
  /** Finished attempts with a score, oldest first. */
  attempts: Array<{ id: string; score: number; createdAt: string; retry: boolean }>;
}

/** The listening score across finished attempts at each scenario, oldest first: the trend "Your practice" draws. */
export function scoreTrends(entries: JournalEntry[]): Map<string, ScoreTrend> {
  const trends = new Map<string, ScoreTrend>();
  const scored = entries
    .filter((entry) => entry.score !== undefined && entry.status !== 'active')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const entry of scored) {
    const trend = trends.get(entry.scenarioId) ?? { title: entry.scenarioTitle, attempts: [] };
    trend.attempts.push({
      id: entry.id,
      score: entry.score as number,
      createdAt: entry.createdAt,
      retry: Boolean(entry.parentId),
    });
    trends.set(entry.scenarioId, trend);
  }
  return trends;
}

// A journal file moves the practice to another browser. It holds the keys to the sessions, so
// whoever has the file (and can reach this server) can open them: the page says so.
const FILE_FORMAT = 'mend-journal';

export function journalFile(): Blob {
  const body = { format: FILE_FORMAT, version: 1, exportedAt: new Date().toISOString(), entries: readJournal() };
  return new Blob([`${JSON.stringify(body, null, 2)}\n`], { type: 'application/json' });
}

export class JournalFileError extends Error {
  override readonly name = 'JournalFileError';
}

/** Adds the sessions of a journal file that this browser does not have yet; keeps the ones it has. */
export function importJournal(text: string): { added: number; known: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new JournalFileError('That file is not a Mend journal: it is not JSON.');
  }
  const file = parsed as { format?: unknown; version?: unknown; entries?: unknown } | null;
  if (file?.format !== FILE_FORMAT || file.version !== 1 || !Array.isArray(file.entries)) {
    throw new JournalFileError('That file is not a Mend journal. Choose a file made by "Export the journal".');
  }
  const incoming = file.entries.filter(isEntry).map(withDefaults);
  if (incoming.length === 0 && file.entries.length > 0) {
    throw new JournalFileError('That journal file holds no sessions Mend can read.');
  }
  const entries = readJournal();
  const have = new Set(entries.map((entry) => entry.id));
  const fresh = incoming.filter((entry) => !have.has(entry.id));
  if (fresh.length > 0) write([...entries, ...fresh]);
  return { added: fresh.length, known: incoming.length - fresh.length };
}

/** Only the fields a journal entry has, with safe values for any left out. */
function withDefaults(entry: JournalEntry): JournalEntry {
  const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
  return {
    id: entry.id,
    token: entry.token,
    scenarioId: entry.scenarioId,
    scenarioTitle: text(entry.scenarioTitle, entry.scenarioId),
    partnerName: text(entry.partnerName, ''),
    createdAt: text(entry.createdAt, new Date(0).toISOString()),
    status: Object.hasOwn(STATUSES, entry.status) ? entry.status : 'active',
    turns: Number.isInteger(entry.turns) ? entry.turns : 0,
    ...(typeof entry.score === 'number' ? { score: entry.score } : {}),
    parentId: typeof entry.parentId === 'string' ? entry.parentId : null,
  };
}
