// Entry of taskpane.html (a module script: served over https by a host, or by the dev server):
// Office.js only when the page sits inside Office, the example workbooks fetched beside the page.
import '../../core/zod-jitless.js';
import { servedExamples } from '../shared/examples.js';
import { detectHost } from './host.js';
import { renderPane } from './render.js';

const host = await detectHost();
renderPane(host, host === 'excel' ? undefined : await servedExamples());

/* Made for: taskpane.html's entry: Office.js only inside Office, the example workbooks fetched beside the page. */
