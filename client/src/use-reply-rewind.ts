// "Try again from here" on a list of replies: one rewind at a time, and which reply it was started
// from, so its busy label and its error show at that reply and nowhere else.
import { useState } from 'preact/hooks';
import { rewindTo } from './session-actions.js';
import { useAction } from './use-action.js';

export interface ReplyRewind {
  /** The reply whose button was pressed last. */
  chosen: number | undefined;
  busy: boolean;
  error: string | undefined;
  /** A new session holding the turns before reply `reply`, to answer it differently. */
  rewindBefore: (reply: number) => void;
}

export function useReplyRewind(id: string, token: string): ReplyRewind {
  const [chosen, setChosen] = useState<number>();
  const rewind = useAction((turn: number) => rewindTo(id, token, turn));
  return {
    chosen,
    busy: rewind.busy,
    error: rewind.error,
    rewindBefore: (reply) => {
      setChosen(reply);
      void rewind.run(reply - 1);
    },
  };
}
