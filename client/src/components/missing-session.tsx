// What a session page shows when the session cannot be opened: not in this browser's journal, or
// gone from the server (deleted, or the server's data was reset). Offers to tidy the journal.
import type { SessionLoadError } from '../error-words.js';
import { removeFromJournal } from '../journal.js';
import { navigate } from '../route.js';
import { ErrorText } from './error-text.js';
import { PageHeading } from './page-heading.js';

interface MissingSessionProps {
  id: string;
  error?: SessionLoadError;
}

export function MissingSession({ id, error }: MissingSessionProps) {
  if (!error) {
    return (
      <div class="page">
        <PageHeading title="Session not found">This session is not in this browser</PageHeading>
        <p>
          Mend keeps the key to each session in the browser that started it. Open it from that browser, or start a new
          one.
        </p>
        <p>
          <a class="button primary" href="#/">
            Go to the start page
          </a>
        </p>
      </div>
    );
  }
  const gone = error.code === 'session_not_found';
  return (
    <div class="page">
      <PageHeading title="Could not open the session">
        {gone ? 'This session is gone' : 'The session could not be opened'}
      </PageHeading>
      <ErrorText message={error.message} />
      <p class="link-row">
        {gone && (
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              removeFromJournal(id);
              navigate({ page: 'home' });
            }}
          >
            Remove it from the journal
          </button>
        )}
        {!gone && (
          <button type="button" class="button secondary" onClick={() => location.reload()}>
            Try again
          </button>
        )}
        <a class="button primary" href="#/">
          Go to the start page
        </a>
      </p>
    </div>
  );
}
