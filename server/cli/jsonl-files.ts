// The JSON-lines files of a data folder (corpus batches, challenge files, safety training lines), by
// name in a fixed order, so everything read from a folder is read the same way every run.
import { existsSync, readdirSync } from 'node:fs';

/** The `.jsonl` file names in `dir`, sorted; none when the folder is not there. */
export function jsonlFileNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}
