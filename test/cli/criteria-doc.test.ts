// An old Word document (.doc, Word 97–2003), the form many plans and decisions are still shared in, on the command
// line: recognised by its content, converted by LibreOffice (a copy, in a folder of its own that is removed after, the
// officer's file untouched), then read as any Word document; without LibreOffice, refused with the hint to save it as
// .docx, exit 1. The document is a real school's scoring form (test/fixtures/real/criteria/), written as .doc by
// LibreOffice at test time.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { xlsxByLibreOffice } from '../criteria/fixtures/office-tables.js';
import { conductForm, docByLibreOffice } from '../../scripts/harness/real-tables.js';
import { hashes, runChild, runInProcess, tempDir } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  // Made apart: only the .doc goes where the command runs.
  await copyFile(await docByLibreOffice([await conductForm()], await tempDir(), 'hanh-kiem'), join(dir, 'hanh-kiem.doc'));
  await mkdir(join(dir, 'lop'));
  await xlsxByLibreOffice([await conductForm({ 'I.1': ['6', '5'], 'V.1': ['10', '10'], 'V.2': ['10', '8'] })], join(dir, 'lop'), 'sinh-vien-a');
}, 300_000);

// The command's temporary folders in a folder of its own (TMPDIR): other files' imports running beside it make theirs
// in the machine's, and one caught half-way is not this command's leftover.
const leftovers = async (tmp: string) => (await readdir(tmp)).filter((f) => f.startsWith('thidua-doc-'));

describe('thidua criteria import <.doc>', () => {
  it('converts a copy through LibreOffice, reads its scoring table and leaves the .doc and no folder behind', async () => {
    const before = await hashes(dir);
    const tmp = await tempDir();
    const run = await runChild(['criteria', 'import', 'hanh-kiem.doc', '--out', 'bo.json'], dir, { TMPDIR: tmp });
    expect([run.code, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Tệp hanh-kiem.doc là văn bản Word 97–2003 (.doc): đã chuyển một bản sao sang .docx bằng LibreOffice để đọc, tệp gốc giữ nguyên.');
    expect(lines[1]).toBe('Dùng Bảng 1 của tệp hanh-kiem.doc làm bảng tiêu chí.');
    expect(lines[2]).toMatch(/^Đã nhập bộ tiêu chí hanh-kiem@1 «hanh-kiem» \(19 tiêu chí, 5 nhóm\) từ Bảng 1 của tệp hanh-kiem\.doc: /);
    const after = await hashes(dir);
    expect(after['hanh-kiem.doc']).toBe(before['hanh-kiem.doc']);
    expect(await leftovers(tmp)).toEqual([]);
  }, 180_000);

  it('without LibreOffice, refuses it with the hint to save it as .docx, exit 1', async () => {
    const run = await runChild(['criteria', 'import', 'hanh-kiem.doc', '--out', 'x.json'], dir, { PATH: '/nonexistent' });
    expect([run.code, run.stdout, run.stderr.trim()]).toEqual([
      1,
      '',
      'Tệp hanh-kiem.doc là văn bản Word 97–2003 (.doc) và máy này không có LibreOffice để chuyển sang .docx: mở trong Word và lưu lại dạng .docx.',
    ]);
  }, 60_000);
});

describe('thidua score --criteria <.doc>', () => {
  it('scores the units against the .doc’s table, not a built-in set named after the path', async () => {
    const run = await runInProcess(['score', 'lop', '--criteria', 'hanh-kiem.doc', '--out', 'kq', '--json'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Tệp hanh-kiem.doc là văn bản Word 97–2003 (.doc): đã chuyển một bản sao sang .docx bằng LibreOffice để đọc, tệp gốc giữ nguyên.');
    const out = JSON.parse(run.stdout) as { cards: { unitName: string; total: number; applicableMax: number; selfTotal: number }[] };
    // 5 + min(10 + 8, 10): section V counts at most its 10 points, as the form says.
    expect(out.cards.map((c) => [c.total, c.applicableMax, c.selfTotal])).toEqual([[15, 100, 26]]);
  }, 180_000);
});
