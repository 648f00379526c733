// «Chấm cả xã» on the standalone page without Chromium: what the panel says of the files chosen and of a run of the
// example commune (excel-addin/page/commune-files.ts), and its step views drawn as markup from that state and read
// back by their labels, as the officer's screen reader would. Drag and drop, the thread and the downloads stay in
// test/browser/standalone-commune.test.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { Cancelled, runCommune, runDownloadName, type CommuneRun, type StepThread } from '../../excel-addin/page/commune-run.js';
import { criteriaCandidates, failureSaid, fileState, isOwnOrLock, line, runSaid, whyNotScore, withFiles, type CommuneCriteria, type Line } from '../../excel-addin/page/commune-files.js';
import { CommuneCriteriaStep } from '../../excel-addin/page/CommuneCriteriaStep.js';
import { CommuneFilesStep } from '../../excel-addin/page/CommuneFilesStep.js';
import { CommuneScoreStep } from '../../excel-addin/page/CommuneScoreStep.js';
import { readCriteriaFile } from '../../excel-addin/page/criteria-file.js';
import { answer } from '../../excel-addin/page/run-steps.js';
import { translator } from '../../excel-addin/shared/i18n.js';
import { Pane, type PaneContext } from '../../excel-addin/shared/pane-context.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPORTS = ['ban-hua-ca.xlsx', 'ban-ta-ma.xlsx', 'truong-mam-non-ta-ma.xlsx'];

/** The page's thread, its steps answered in this process (the Web Worker's own code, without the Worker). */
const inProcess: StepThread = { step: (r) => answer({ ...r, id: 0 } as Parameters<typeof answer>[0]), close: () => undefined };

const exampleFile = async (path: string) => new File([await readFile(join(ROOT, path))], path.split('/').pop()!);

/** The view drawn as the page draws it (the pane's words in Vietnamese), as a document to query. */
function draw(view: ReactElement): Document {
  // What the step views read of the pane: its words, and what the understood tree asks (nothing chosen here).
  const pane = { t: translator('vi'), lang: 'vi', mode: 'standalone', busy: false, chosen: undefined } as unknown as PaneContext;
  return parseHTML(`<!doctype html><html><body>${renderToStaticMarkup(<Pane.Provider value={pane}>{view}</Pane.Provider>)}</body></html>`).document as unknown as Document;
}
const labelled = (doc: Document, label: string) => doc.querySelector(`[aria-label="${label}"]`);

describe('the files chosen on the page', () => {
  it('skips what is not a report .xlsx, saying why, and never lists lock files or its own scored copies', async () => {
    const xlsx = line(await exampleFile('examples/bao-cao/ban-hua-ca.xlsx'), 'bao-cao/ban-hua-ca.xlsx');
    expect(xlsx.skipped).toBeUndefined();
    expect(line(new File(['x'], 'ke-hoach.docx'), 'ke-hoach.docx').skipped).toBe('văn bản Word: chỉ dùng làm bộ tiêu chí, không phải sổ tính báo cáo .xlsx');
    expect(line(new File(['x'], 'anh.pdf'), 'bao-cao/anh.pdf').skipped).toBe('không phải sổ tính .xlsx');
    expect(['bao-cao/~$ban-hua-ca.xlsx', '~$a.xlsx', 'ban-hua-ca.cham-diem.xlsx'].filter(isOwnOrLock)).toHaveLength(3);
    expect(isOwnOrLock('bao-cao/ban-hua-ca.xlsx')).toBe(false);
  });

  it('tries a Word document as the criteria first, then a workbook named «tiêu chí» (with or without marks), never a run’s summary', () => {
    const lines = ['bao-cao/ban-a.xlsx', 'tong-hop.xlsx', 'Tiêu chí 2025.xlsx'.normalize('NFD'), 'ke-hoach.docx', 'anh.pdf'].map((n) => line(new File(['x'], n), n));
    expect(criteriaCandidates(lines).map((l) => l.name)).toEqual(['ke-hoach.docx', 'Tiêu chí 2025.xlsx'.normalize('NFD'), 'bao-cao/ban-a.xlsx']);
  });

  it('keeps one line per name, the newer one, in name order', () => {
    const a = line(new File(['1'], 'b.xlsx', { lastModified: 1 }), 'b.xlsx');
    const again = line(new File(['2'], 'b.xlsx', { lastModified: 2 }), 'b.xlsx');
    const merged = withFiles([a, line(new File(['x'], 'c.xlsx'), 'c.xlsx')], [again, line(new File(['x'], 'a.xlsx'), 'a.xlsx')]);
    expect(merged.map((l) => [l.name, l.lastModified])).toEqual([['a.xlsx', expect.any(Number)], ['b.xlsx', 2], ['c.xlsx', expect.any(Number)]]);
  });

  it('says the first thing missing before step 3 can score', () => {
    const criteria = { set: {}, roster: [], shown: 'x' } as unknown as CommuneCriteria;
    expect(whyNotScore(undefined, false, 3)).toMatch(/^Chọn bộ tiêu chí ở bước 1/);
    expect(whyNotScore(criteria, true, 3)).toMatch(/^Xác nhận bộ tiêu chí ở bước 1/);
    expect(whyNotScore(criteria, false, 0)).toBe('Chọn ít nhất một tệp báo cáo .xlsx ở bước 2.');
    expect(whyNotScore(criteria, false, 1)).toBeUndefined();
    expect(failureSaid(new Cancelled())).toBe('Đã hủy lượt chấm; chưa có gì được tải về.');
  });
});

describe('a run of the example commune, as the page shows it', () => {
  let files: Line[];
  let run: CommuneRun;
  let criteria: CommuneCriteria;
  beforeAll(async () => {
    const read = await readCriteriaFile(await exampleFile('examples/tieu-chi-ta-ma-2025.xlsx'), 'tieu-chi-ta-ma-2025.xlsx');
    if (!read.ok) throw new Error(read.message);
    criteria = { set: read.set, roster: read.roster, shown: read.set.title };
    const chosen = await Promise.all(REPORTS.map(async (n) => line(await exampleFile(`examples/bao-cao/${n}`), n)));
    files = withFiles([], [...chosen, line(new File(['x'], 'ke-hoach.docx'), 'ke-hoach.docx')]);
    run = await runCommune(chosen, { set: read.set, roster: read.roster, date: '2025-11-27', thread: inProcess });
  }, 120_000);

  it('says of each file its units and its flags as the run counted them, and of the run its counts', () => {
    for (const name of REPORTS) {
      const cards = run.run.cards.filter((c) => c.file === name);
      const flags = cards.flatMap((c) => c.flags);
      const said = fileState(files.find((f) => f.name === name)!, run.states, false, run.run.cards);
      expect(said.key).toBe('da-cham');
      expect(said.text).toContain(`đã chấm (${cards.length} đơn vị) · ${flags.length === 0 ? 'không có cảnh báo' : `${flags.length} cảnh báo`}`);
    }
    expect(runSaid(run)).toContain(`Đã chấm ${run.run.cards.length} đơn vị, xếp hạng ${run.run.ranking.reduce((n, g) => n + g.entries.length, 0)}`);
    // Units eligible for a form with no quota are counted beside the proposals, never left as «đề xuất 0» alone.
    const eligible = run.run.proposals.filter((p) => p.eligible).length;
    expect(eligible).toBeGreaterThan(0);
    expect(runSaid(run)).toContain(`đề xuất ${run.run.proposals.filter((p) => p.proposed).length} lượt khen thưởng, ${eligible} lượt đủ điều kiện chờ Hội đồng quyết định (kế hoạch không nêu số lượng).`);
  });

  it('step 2 lists every file with its state and a way to remove it', () => {
    const doc = draw(<CommuneFilesStep files={files} states={run.states} cards={run.run.cards} busy={false} add={() => undefined} remove={() => undefined} />);
    const rows = [...doc.querySelectorAll('[aria-label="Tệp đã chọn"] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-file'))).toEqual([...REPORTS, 'ke-hoach.docx'].sort((a, b) => a.localeCompare(b)));
    for (const r of rows) {
      const name = r.getAttribute('data-file')!;
      const state = r.querySelector('[data-state]')!;
      expect(state.getAttribute('data-state')).toBe(name.endsWith('.docx') ? 'bo-qua' : 'da-cham');
      expect(state.textContent).toBe(fileState(files.find((f) => f.name === name)!, run.states, false, run.run.cards).text);
      expect(labelled(doc, `Bỏ ${name}`)?.textContent).toBe('Bỏ');
    }
  });

  it('step 2 before the run: every report waiting, while a run goes on «đang chờ»', () => {
    const waiting = draw(<CommuneFilesStep files={files} states={new Map()} cards={[]} busy add={() => undefined} remove={() => undefined} />);
    const texts = [...waiting.querySelectorAll('[data-state="cho"]')].map((c) => c.textContent);
    expect(texts).toEqual(REPORTS.map(() => 'đang chờ'));
    expect([...waiting.querySelectorAll('tbody button')].every((b) => b.hasAttribute('disabled'))).toBe(true);
  });

  it('step 3 says only why before its turn, then the count to score, the progress with «Hủy», the download named for the run', () => {
    const before = draw(<CommuneScoreStep reports={0} notToScore={whyNotScore(undefined, false, 0)} progress={undefined} result={undefined} message={undefined} score={() => undefined} cancel={() => undefined} conflicts={[]} keep={() => undefined} />);
    expect(labelled(before, 'Bước 3 chưa làm được')?.textContent).toMatch(/^Chọn bộ tiêu chí ở bước 1/);
    expect(before.querySelector('button')).toBeNull();

    const going = draw(<CommuneScoreStep reports={3} notToScore={undefined} progress={{ done: 2, total: 3, writing: false }} result={undefined} message={undefined} score={() => undefined} cancel={() => undefined} conflicts={[]} keep={() => undefined} />);
    expect(labelled(going, 'Tiến độ')?.textContent).toContain('Đang chấm 2/3 tệp');
    expect([...going.querySelectorAll('button')].map((b) => [b.textContent, b.hasAttribute('disabled')])).toEqual([['Chấm 3 tệp', true], ['Hủy', false]]);

    const done = draw(<CommuneScoreStep reports={3} notToScore={undefined} progress={undefined} result={run} message={runSaid(run)} score={() => undefined} cancel={() => undefined} conflicts={[]} keep={() => undefined} />);
    expect([...done.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Chấm 3 tệp', `Tải kết quả: ${runDownloadName(run)}`]);
    expect(labelled(done, 'Kết quả lượt chấm')?.textContent).toBe(runSaid(run));
    // Coloured as the pane colours its scoring: every report scored, no vote typed for no nominee.
    expect(done.querySelector('[data-intent]')?.getAttribute('data-intent')).toBe('success');
  });

  it('step 1 shows the set in use, the table said among several, and why a file chosen could not be read', () => {
    const none = draw(<CommuneCriteriaStep criteria={undefined} error={undefined} builtins={[]} busy={false} chooseFile={() => undefined} chooseSheet={() => undefined} chooseBuiltin={() => undefined} />);
    expect(labelled(none, 'Bộ tiêu chí đang dùng')?.textContent).toBe('chưa chọn');
    expect(none.querySelector('[role="alert"]')).toBeNull();
    const chosen = draw(<CommuneCriteriaStep criteria={{ ...criteria, said: 'Bảng 2 của tệp ke-hoach.docx' }} error="ke-hoach.docx: không có bảng tiêu chí" builtins={[]} busy={false} chooseFile={() => undefined} chooseSheet={() => undefined} chooseBuiltin={() => undefined} />);
    expect(labelled(chosen, 'Bộ tiêu chí đang dùng')?.textContent).toBe(criteria.set.title);
    expect(labelled(chosen, 'Bộ tiêu chí: bảng đã dùng')?.textContent).toBe('Bảng 2 của tệp ke-hoach.docx');
    expect(chosen.querySelector('[role="alert"]')?.textContent).toBe('ke-hoach.docx: không có bảng tiêu chí');
  });
});
