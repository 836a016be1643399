// Whether the page is talking to the server right now, in words and with a shape.
import type { ConnectionState } from '../session-connection.js';

const WORDS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting… your replies are kept and will be sent',
  unavailable: 'Mend cannot reach its storage right now. Trying again… your replies are kept and will be sent',
  gone: 'Not connected',
};

export function ConnectionStatus({ state }: { state: ConnectionState }) {
  return (
    <p class={`connection connection-${state}`} role="status">
      <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
        {state === 'connected' ? <circle cx="5" cy="5" r="5" /> : <circle cx="5" cy="5" r="4" class="hollow" />}
      </svg>
      {WORDS[state]}
    </p>
  );
}
