import { type ParseArgsConfig, parseArgs } from 'node:util';
// How every command ends. A pipe closed early (`npm run eval | head`) is the reader being done,
// not an error. A failure is its message on one line, never a stack trace that could carry a
// reply's words, and an exit code that scripts can tell apart from "ran and found problems".
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** Runs a command's `main`, which resolves to its exit code; a thrown error exits with `failureCode`. */
export function runCli(main: () => Promise<number>, failureCode = 2): void {
  endQuietlyOnClosedPipe();
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = failureCode;
    },
  );
}

/**
 * parseArgs for a command that runs at the top level: a mistyped flag is one line naming it and exit
 * code 2, not a stack trace.
 */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
