// Where the person is, for the emergency and crisis lines the safety check-in shows: chosen on the
// page and kept in this browser, or else read from the browser's language region ("en-GB" -> GB).
// "elsewhere" means a region without lines of its own: the notice names the local emergency number.
import { regionOfLocale } from '../../server/engine/safety/crisis-lines.js';

export const ELSEWHERE = 'elsewhere';
const KEY = 'mend.region.v1';

export function savedRegion(): string {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved) return saved;
  } catch {
    // Storage blocked: fall back to the browser's language.
  }
  return browserRegion();
}

export function saveRegion(region: string): void {
  try {
    localStorage.setItem(KEY, region);
  } catch {
    // Storage blocked: the choice lasts until the page is closed.
  }
}

/** The first of the browser's languages that names a region we have lines for. */
export function browserRegion(): string {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const language of languages) {
    const region = regionOfLocale(language);
    if (region !== undefined) return region;
  }
  return ELSEWHERE;
}
