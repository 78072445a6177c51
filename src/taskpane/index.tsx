import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './boot/detectHost';
import { readQuery } from './boot/query';
import { defaultDeps } from './pipeline/ports';

declare const OFFICE_JS_URL: string;

/** Decide Excel or preview mode (loading office.js only when Office may host the page), then render the pane. */
async function main(): Promise<void> {
  const query = readQuery(window.location.search);
  const host = await detectHost({ query, officeUrl: OFFICE_JS_URL, timeoutMs: 5000, win: window });
  const container = document.getElementById('root');
  if (!container) return;
  document.body.dataset['mode'] = host.kind;
  createRoot(container).render(
    <App
      host={host}
      query={query}
      deps={defaultDeps}
      browserLanguage={navigator.language ?? null}
      prefersDark={window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false}
    />,
  );
}

void main();
