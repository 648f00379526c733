// The brief as a page to print (Ctrl+P → one A4 page, or «Lưu thành PDF»): the same content as the sheet, as a
// self-contained HTML document — no script, no outside resource — that any browser opens from disk.
import type { Brief, BriefTable } from './brief.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function table(t: BriefTable): string {
  const n = t.columns.filter(Boolean).length;
  const body = t.rows.length === 0
    ? '<p class="note">Không có.</p>'
    : `<table><thead><tr>${t.columns.slice(0, n).map((c) => `<th>${escape(c)}</th>`).join('')}</tr></thead><tbody>${t.rows
        .map((r) => `<tr>${r.slice(0, n).map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
  return `<h2>${escape(t.heading)}</h2>${body}${t.more ? `<p class="note">${escape(t.more)}</p>` : ''}`;
}

export function briefHtml(b: Brief): string {
  const drags = b.drags.length === 0
    ? '<p class="note">Không đơn vị nào đỏ, giảm điểm, hay là đơn vị của tôi.</p>'
    : b.drags.map((d) => `<h3>${escape(d.unit)}</h3><ul>${d.lines.map((l) => `<li>${escape(l).replace(/\n\s*/g, '<br>')}</li>`).join('')}</ul>`).join('');
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(b.title)}</title>
<style>
@page { size: A4 portrait; margin: 12mm 10mm; }
body { font-family: Calibri, Carlito, "Liberation Sans", Arial, sans-serif; font-size: 10pt; margin: 0; }
h1 { font-size: 12pt; margin: 0 0 2pt; } h2 { font-size: 10.5pt; background: #D9E1F2; margin: 6pt 0 2pt; padding: 1pt 3pt; }
h3 { font-size: 10pt; margin: 3pt 0 1pt; } p, ul { margin: 1pt 0; } ul { padding-left: 14pt; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #999; padding: 1pt 3pt; text-align: left; vertical-align: top; }
th { background: #EDEDED; } .note { font-style: italic; }
</style></head>
<body>
<h1>${escape(b.title)}</h1>
<p>${escape(b.subtitle)}</p>
<h2>1. Vị trí</h2>${b.standing.map((s) => `<p>${escape(s)}</p>`).join('')}
${table(b.changes)}
${table(b.red)}
<h2>4. Điều kéo điểm xuống và cần làm gì (theo công thức cổng công bố)</h2>${drags}
${b.clusters ? table(b.clusters) : ''}
${b.notes.map((n) => `<p class="note">${escape(n)}</p>`).join('')}
</body></html>
`;
}

/*
Made for: issue 39 item 3 — the brief «and/or PDF/HTML»: `thidua watch --out brief.html` and the extension's
«Báo cáo một trang», printed from any browser.
*/
