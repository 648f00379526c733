// Draws the pane once the host is known: inside Excel on the open workbook; in a plain browser as
// the standalone page (ExcelJS loaded on demand, never in the add-in). Shared by both page builds.
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import type { ExampleBooks } from '../shared/examples.js';
import type { Host } from './host.js';
import { excelSession } from '../shared/session.js';

export function renderPane(host: Host, examples?: ExampleBooks, commune?: React.ReactNode, communeEnd?: React.ReactNode): void {
  document.documentElement.dataset.host = host;
  createRoot(document.getElementById('root')!).render(host === 'excel' ? <App excel={excelSession} /> : <App {...(examples ? { examples } : {})} commune={commune} communeEnd={communeEnd} />);
}

/* Made for: one pane for both builds: drawn on the open workbook inside Excel, or as the standalone page in a plain browser (ExcelJS loaded only there). */
