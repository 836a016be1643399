// The page shell: a header with the three places to go, the page the URL hash names, and a footer
// that says what Mend is and is not, and where to find real help. The practice page is a chat that
// fills the window; it carries that note in its own log instead of the footer. The first visit to
// the start page opens the introduction.
import { useState } from 'preact/hooks';
import { IntroDialog, introSeen } from './components/intro-dialog.js';
import { ComparePage } from './pages/compare-page.js';
import { HelpPage } from './pages/help-page.js';
import { HomePage } from './pages/home-page.js';
import { PracticePage } from './pages/practice-page.js';
import { ProgressPage } from './pages/progress-page.js';
import { ReplayPage } from './pages/replay-page.js';
import { ReportPage } from './pages/report-page.js';
import { href, type Route, useRoute } from './route.js';

function CurrentPage({ route, showIntro }: { route: Route; showIntro: () => void }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'progress':
      return <ProgressPage />;
    case 'help':
      return <HelpPage onShowIntro={showIntro} />;
    case 'practice':
      return <PracticePage key={route.id} id={route.id} />;
    case 'report':
      return <ReportPage key={route.id} id={route.id} />;
    case 'replay':
      return <ReplayPage key={route.id} id={route.id} step={route.step} />;
    case 'compare':
      return <ComparePage key={route.id} id={route.id} />;
  }
}

const NAV: Array<{ route: Route; label: string }> = [
  { route: { page: 'home' }, label: 'Practise' },
  { route: { page: 'progress' }, label: 'Your practice' },
  { route: { page: 'help' }, label: 'How it works' },
];

export function App() {
  const route = useRoute();
  const [intro, setIntro] = useState(() => route.page === 'home' && !introSeen());
  const chat = route.page === 'practice';
  return (
    <div class={chat ? 'shell chat-shell' : 'shell'}>
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
          <span class="brand-name">Mend</span>
        </a>
        <nav class="site-nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.label}>
                <a href={href(item.route)} aria-current={item.route.page === route.page ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <CurrentPage route={route} showIntro={() => setIntro(true)} />
      </main>
      {!chat && (
        <footer class="site-footer">
          <p>
            <strong>Mend is practice, not therapy.</strong> The partner here is a script, not a person, and the feedback
            is a guide, not a judgement.
          </p>
          <p>
            If you are in crisis or not safe, stop and call your local emergency number, or a crisis line in your
            country. A doctor or a counsellor can help with what comes after.
          </p>
        </footer>
      )}
      <IntroDialog open={intro} onClose={() => setIntro(false)} />
    </div>
  );
}

function skipToMain(): void {
  document.getElementById('main')?.focus();
}
