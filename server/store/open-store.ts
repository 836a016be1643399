// Picks the Store implementation for a DATABASE_URL (already parsed by config.ts).
import type { DatabaseLocation, DatabaseTimeouts } from '../config.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** PostgreSQL: an idle pooled connection failed (the pool replaces it). */
  onIdleError?: (error: Error) => void;
  /** PostgreSQL: how long to wait for a connection and an answer (SQLite runs in-process). */
  timeouts?: DatabaseTimeouts;
}

export async function openStore(location: DatabaseLocation, options: OpenStoreOptions = {}): Promise<Store> {
  if (location.kind === 'sqlite') return new SqliteStore(location.path);
  // Loaded only for PostgreSQL (lazily in the bundle too): a SQLite start does not evaluate `pg`.
  const { PostgresStore } = await import('./postgres-store.js');
  return PostgresStore.open({ connectionString: location.url, ...options });
}
