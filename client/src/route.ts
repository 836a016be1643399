// Pages live in the URL hash (#/practice/<id>), so the server needs no page routes and a reload or
// a bookmark lands on the same page. Tokens never go in the URL: they stay in the journal.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'home' }
  | { page: 'progress' }
  | { page: 'help' }
  | { page: 'practice'; id: string }
  | { page: 'report'; id: string }
  | { page: 'replay'; id: string; step: number }
  /** A retry beside the attempt it was rewound from. */
  | { page: 'compare'; id: string };

export function parseRoute(hash: string): Route {
  const [page, rawId, rawStep] = hash.replace(/^#\/?/, '').split('/');
  if (page === 'progress' || page === 'help') return { page };
  const id = rawId === undefined ? '' : safeDecode(rawId);
  if (id !== '') {
    if (page === 'practice' || page === 'report' || page === 'compare') return { page, id };
    if (page === 'replay') {
      const step = Number(rawStep);
      return { page, id, step: Number.isInteger(step) && step >= 0 ? step : 0 };
    }
  }
  return { page: 'home' };
}

/** A hand-typed `%E0` must not break the page: it just names no session. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

export function href(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'progress':
    case 'help':
      return `#/${route.page}`;
    case 'replay':
      return `#/replay/${encodeURIComponent(route.id)}/${route.step}`;
    default:
      return `#/${route.page}/${encodeURIComponent(route.id)}`;
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const target = href(route);
  if (options.replace) {
    history.replaceState(null, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = target;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = (): void => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
