// What a session page shows until its session has arrived: why it could not be opened, or a
// heading saying it is on its way.
import type { ComponentChildren } from 'preact';
import type { SessionLoadError } from '../error-words.js';
import { MissingSession } from './missing-session.js';
import { PageHeading } from './page-heading.js';

interface LoadingSessionProps {
  id: string;
  error: SessionLoadError | undefined;
  /** The page's title while it waits (the document title). */
  title: string;
  /** The heading while it waits. */
  children: ComponentChildren;
}

export function LoadingSession({ id, error, title, children }: LoadingSessionProps) {
  if (error) return <MissingSession id={id} error={error} />;
  return (
    <div class="page">
      <PageHeading title={title}>{children}</PageHeading>
    </div>
  );
}
