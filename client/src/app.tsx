// The page shell: a header, the page the URL hash names, and a footer that always says what Mend is
// and is not, and where to find real help.
import { HomePage } from './pages/home-page.js';
import { PracticePage } from './pages/practice-page.js';
import { ReplayPage } from './pages/replay-page.js';
import { ReportPage } from './pages/report-page.js';
import { type Route, useRoute } from './route.js';

function CurrentPage({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'practice':
      return <PracticePage key={route.id} id={route.id} />;
    case 'report':
      return <ReportPage key={route.id} id={route.id} />;
    case 'replay':
      return <ReplayPage key={route.id} id={route.id} step={route.step} />;
  }
}

export function App() {
  const route = useRoute();
  return (
    <>
      {/* A button, not a link: the URL hash belongs to the router. */}
      <button type="button" class="skip-link" onClick={skipToMain}>
        Skip to the main content
      </button>
      <header class="site-header">
        <a class="brand" href="#/">
          <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <circle cx="16" cy="16" r="15" class="brand-disc" />
            <path d="M9 17c2.5 4 11.5 4 14 0" class="brand-smile" />
          </svg>
          Mend
        </a>
        <span class="tagline">Practise the hardest conversation</span>
      </header>
      <main id="main" tabIndex={-1}>
        <CurrentPage route={route} />
      </main>
      <footer class="site-footer">
        <p>
          <strong>Mend is practice, not therapy.</strong> The partner here is a script, not a person, and the feedback
          is a guide, not a judgement.
        </p>
        <p>
          If you are in crisis or not safe, stop and call your local emergency number, or a crisis line in your country.
          A doctor or a counsellor can help with what comes after.
        </p>
      </footer>
    </>
  );
}

function skipToMain(): void {
  document.getElementById('main')?.focus();
}
