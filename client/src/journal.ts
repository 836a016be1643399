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

/** Scores of finished attempts at each scenario, oldest first: the trend the home page draws. */
export function scoreTrends(entries: JournalEntry[]): Map<string, { title: string; scores: number[] }> {
  const trends = new Map<string, { title: string; scores: number[] }>();
  const scored = entries
    .filter((entry) => entry.score !== undefined && entry.status !== 'active')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const entry of scored) {
    const trend = trends.get(entry.scenarioId) ?? { title: entry.scenarioTitle, scores: [] };
    trend.scores.push(entry.score as number);
    trends.set(entry.scenarioId, trend);
  }
  return trends;
}
