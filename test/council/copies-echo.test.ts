// A unit's scored copy (kq/<tên>.cham-diem.xlsx) shows in its «Rà soát» the decisions the run wrote there. Opened and
// saved unchanged by LibreOffice, it still shows them: when the council then changes one in tong-hop.xlsx, that is no
// decision typed in the copy — `thidua score` applies tong-hop.xlsx's and goes on. A decision really typed in the copy,
// unlike tong-hop.xlsx's, still stops the run, named alone — and the remedy names tong-hop.xlsx's «Rà soát» as the
// council renamed it («Rà soát HĐ 2026»; before, «Rà soát» whatever its name). The example commune, its files edited by openpyxl and
// saved by LibreOffice (one start for both copies).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, type Run } from '../cli/helpers.js';
import { readSummary } from './council-meeting.js';
import { scoredCommune } from './example-commune.js';
import { savedByLibreOffice } from './saved-by-libreoffice.js';

/** Each «unit|flag|word» typed in the workbook's «Rà soát» on the flag's row, with who and when. */
const DECIDE = `
import sys, datetime
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb['Rà soát']
for spec in sys.argv[2:]:
    unit, flag, word = spec.split('|')
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column)]
    n = next(i + 1 for i, r in enumerate(rows) if r[1] == unit and r[4] == flag)
    for c, v in ((9, word), (10, 'Lò Văn Thành'), (11, datetime.date.today().strftime('%d/%m/%Y'))): ws.cell(n, c).value = v
wb.save(sys.argv[1])
`;
const decide = (path: string, ...specs: string[]) => execFileSync('/usr/bin/python3', ['-c', DECIDE, path, ...specs]);

const UNREADABLE = 'Bản Ta Ma|Số liệu không đọc được';
const FORMULA = 'Bản Ta Ma|Số liệu là công thức';
const COPY = 'ban-ta-ma.cham-diem.xlsx';
const STOP = 'Bản đã chấm của đơn vị ghi quyết định của Hội đồng khác';
/** The name the council gave «Rà soát» in «typed»'s tong-hop.xlsx. */
const RENAMED = 'Rà soát HĐ 2026';

let dir: string;
const runs: Record<'echo' | 'typed', { score: Run; before: string }> = {} as never;
const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

beforeAll(async () => {
  const scored = await scoredCommune();
  dir = scored.dir;
  // The council decides two of Bản Ta Ma's flags; the run writes them into its scored copy too.
  decide(join(dir, 'kq', 'tong-hop.xlsx'), `${UNREADABLE}|Chấp nhận`, `${FORMULA}|Chấp nhận`);
  const decided = await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', 'kq'], dir);
  expect(decided.code, decided.stderr).toBe(0);
  for (const name of ['echo', 'typed']) {
    await cp(join(dir, 'kq'), join(dir, name), { recursive: true });
    // Then changes its mind on one in tong-hop.xlsx.
    decide(join(dir, name, 'tong-hop.xlsx'), `${UNREADABLE}|Bác số liệu`);
  }
  // In «typed» someone types in the copy a decision tong-hop.xlsx does not hold; the council renamed tong-hop.xlsx's «Rà soát».
  decide(join(dir, 'typed', COPY), `${FORMULA}|Bác số liệu`);
  execFileSync('/usr/bin/python3', ['-c', `import sys\nfrom openpyxl import load_workbook\nwb = load_workbook(sys.argv[1])\nwb['Rà soát'].title = sys.argv[2]\nwb.save(sys.argv[1])`, join(dir, 'typed', 'tong-hop.xlsx'), RENAMED]);
  // Both copies opened and saved by LibreOffice, side by side under names of their own, and put back.
  const saved = await mkdtemp(join(tmpdir(), 'thidua-copies-echo-'));
  const named = { echo: join(saved, 'echo.xlsx'), typed: join(saved, 'typed.xlsx') };
  for (const [name, path] of Object.entries(named)) await copyFile(join(dir, name, COPY), path);
  await savedByLibreOffice(named.echo, named.typed);
  for (const [name, path] of Object.entries(named)) await copyFile(path, join(dir, name, COPY));
  await Promise.all(
    (['echo', 'typed'] as const).map(async (name) => {
      const before = await sha(join(dir, name, 'tong-hop.xlsx'));
      runs[name] = { score: await runInProcess(['score', 'bao-cao', '--criteria', 'tieu-chi.xlsx', '--out', name], dir), before };
    }),
  );
}, 240_000);

describe('a scored copy saved again by LibreOffice beside a decision changed in tong-hop.xlsx', () => {
  it('takes the copy unchanged as the run’s own: no stop, tong-hop.xlsx’s new decision applied', async () => {
    const { score } = runs.echo;
    expect(score.stderr).not.toContain(STOP);
    expect(score.code, score.stderr).toBe(0);
    expect(score.stderr).toContain('Đã áp dụng 2 quyết định của Hội đồng.');
    const decisions = (await readSummary(join(dir, 'echo'))).review.decisions.map((d) => [d.unitName, d.flagCode, d.decision]);
    expect(decisions).toEqual(expect.arrayContaining([['Bản Ta Ma', 'unparseable-value', 'reject'], ['Bản Ta Ma', 'formula-in-input', 'accept']]));
  });

  it('still stops on the decision typed in the copy, naming it alone — not the one the copy shows as the run wrote it', async () => {
    const { score, before } = runs.typed;
    expect(score.code).toBe(2);
    expect(score.stderr).toMatch(
      /Quyết định về cảnh báo «Số liệu là công thức» ô G\d+ của Bản Ta Ma \(trang «Bản Ta Ma»\): typed\/ban-ta-ma\.cham-diem\.xlsx ghi «Bác số liệu», [^,]+, \d\d\/\d\d\/\d{4} \(trang «Rà soát», ô I\d+\), typed\/tong-hop\.xlsx ghi «Chấp nhận»/,
    );
    expect(score.stderr).not.toContain('cảnh báo «Số liệu không đọc được»');
    expect(score.stderr).toContain(`chỉ trang «${RENAMED}» của tong-hop.xlsx được áp`);
    expect(score.stderr).toContain(`ghi quyết định Hội đồng chọn vào trang «${RENAMED}» của tong-hop.xlsx`);
    expect(score.stderr).not.toContain('«Rà soát» của tong-hop.xlsx');
    expect(await sha(join(dir, 'typed', 'tong-hop.xlsx'))).toBe(before);
  });
});

// Made for stop 92 item 5 (a scored copy re-saved unchanged is no decision typed): the run's record keeps what it wrote in each copy's «Rà soát».
