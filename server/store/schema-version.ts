// Which migrations a database still needs, decided the same way for every store: a database whose
// schema is newer than this build knows is refused (an older server must not write into tables it
// does not understand), and the rest of the list is what remains to apply, in order.
import type { Migration } from './migrations.js';

export class SchemaTooNewError extends Error {
  override readonly name = 'SchemaTooNewError';
  constructor(
    readonly databaseVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `The database schema is at version ${databaseVersion}, newer than this server knows (${knownVersion}). Upgrade Mend.`,
    );
  }
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** The migrations after `current`, in order; throws SchemaTooNewError when `current` is ahead of them all. */
export function pendingMigrations(current: number, migrations: readonly Migration[]): Migration[] {
  const latest = latestVersion(migrations);
  if (current > latest) throw new SchemaTooNewError(current, latest);
  return migrations.filter((migration) => migration.version > current);
}
