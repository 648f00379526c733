// Entry of taskpane.html: inside Excel the pane works on the open workbook; in a plain browser it
// becomes the standalone page (ExcelJS loaded on demand, never in the add-in).
import '../../core/zod-jitless.js';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { detectHost } from './host.js';
import { excelSession } from './session.js';

/** The whole commune (criteria sheet and every unit's report): what «Mở sổ tính ví dụ» opens first. */
const FIRST_EXAMPLE = 'xa-ta-ma-2025.xlsx';

async function examples(): Promise<string[]> {
  try {
    const res = await fetch('examples/index.json');
    const names = res.ok ? ((await res.json()) as string[]) : [];
    return names.sort((a, b) => Number(b === FIRST_EXAMPLE) - Number(a === FIRST_EXAMPLE));
  } catch {
    return [];
  }
}

const host = await detectHost();
document.documentElement.dataset.host = host;
createRoot(document.getElementById('root')!).render(host === 'excel' ? <App excel={excelSession} examples={[]} /> : <App examples={await examples()} />);
