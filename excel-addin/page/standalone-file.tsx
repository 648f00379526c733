// Entry of thidua-doc-lap.html, the standalone page as one file that works opened from disk
// (file://): a classic script inlined into the page, examples carried inside it, never Office.js; its
// «Chấm cả xã» panel scores many files in a Web Worker whose code the build puts in the page too.
import '../../core/zod-jitless.js';
import { embeddedExamples } from '../shared/examples.js';
import { CommunePanel } from './CommunePanel.js';
import { CommuneVerify } from './CommuneCouncil.js';
import { renderPane } from '../taskpane/render.js';

/** The example workbooks as base64 by name, put in by the build (vite.config.ts). */
declare const THIDUA_EXAMPLES: Record<string, string>;

renderPane('standalone', embeddedExamples(THIDUA_EXAMPLES), <CommunePanel />, <CommuneVerify />);

/* Made for: thidua-doc-lap.html, the standalone page as one file opened from disk: a classic script, the examples inside it, never Office.js, its whole-commune run in a Web Worker. */
