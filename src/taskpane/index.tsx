import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './boot/detectHost';
import { readQuery } from './boot/query';
import { defaultDeps } from './pipeline/ports';

/** Flags shared with the inline support check in taskpane.html. */
type BootWindow = Window & typeof globalThis & { __traguardoUnsupported?: boolean; __traguardoStarted?: boolean };

/** Decide Excel or preview mode (office.js has already run from the page head), then render the pane. */
async function main(win: BootWindow): Promise<void> {
  if (win.__traguardoUnsupported) return; // the page shows why this host cannot run the pane
  win.__traguardoStarted = true;
  const query = readQuery(win.location.search);
  const host = await detectHost({
    query,
    win,
    onSlow: () => {
      const boot = document.getElementById('boot');
      if (boot) boot.textContent = 'Traguardo: in attesa di Excel… / waiting for Excel…';
    },
  });
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

void main(window as BootWindow);
