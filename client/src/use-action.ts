// A button's async action with its busy flag and its error in words, so each error shows next to
// the control that caused it.
import { useCallback, useRef, useState } from 'preact/hooks';
import { errorWords } from './error-words.js';

export interface Action<A extends unknown[]> {
  busy: boolean;
  error: string | undefined;
  run: (...args: A) => Promise<void>;
  clearError: () => void;
}

export function useAction<A extends unknown[]>(task: (...args: A) => Promise<void>): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // Buttons stay enabled while busy (a disabled button drops keyboard focus); repeat presses are ignored.
  const running = useRef(false);
  const run = useCallback(
    async (...args: A) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setError(undefined);
      try {
        await task(...args);
      } catch (caught) {
        setError(errorWords(caught));
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [task],
  );
  return { busy, error, run, clearError: () => setError(undefined) };
}
