// Entry of taskpane.html: inside Excel the pane works on the open workbook; in a plain browser it
// becomes the standalone page (ExcelJS loaded on demand, never in the add-in).
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { detectHost } from './host.js';
import { excelSession } from './session.js';

async function examples(): Promise<string[]> {
  try {
    const res = await fetch('examples/index.json');
    return res.ok ? ((await res.json()) as string[]) : [];
  } catch {
    return [];
  }
}

const host = await detectHost();
document.documentElement.dataset.host = host;
createRoot(document.getElementById('root')!).render(host === 'excel' ? <App excel={excelSession} examples={[]} /> : <App examples={await examples()} />);
