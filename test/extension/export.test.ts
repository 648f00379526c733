import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compactExport, IndicatorExportFile } from '../../core/indicators/export-file.js';
import { readSavedCapture } from '../../core/watch/saved.js';
import { buildExport, exportFile, readBackup } from '../../extension/src/export/backup.js';
import { toCsv, toTsv } from '../../extension/src/export/delimited.js';
import { exportTable } from '../../extension/src/export/table.js';
import { buildXlsx } from '../../extension/src/export/xlsx.js';
import { translator } from '../../extension/src/i18n.js';
import { createStore } from '../../extension/src/storage/store.js';
import { memoryArea } from './memory-area.js';
import { sofficeAll } from '../../scripts/harness/office-html.js';
import { snapshot } from './snapshots.js';
import { monthCaptures } from '../watch/month-days.js';
import { seasonSaves } from '../watch/season-days.js';
import { askedOn, captureOf, RANKING } from '../watch/six-lists-days.js';
import { MISREAD, MISREAD_DAYS, nationalCaptures } from '../watch/national-days.js';

const t = translator('vi');
const snapshots = [
  snapshot({ unit: 'Xã Tà Mung; Than Uyên', values: { TONG_SCORE: 78.5 } }),
  snapshot({ unit: '=HYPERLINK("x")', hash: 'h2', values: { CKMB: 16 } }),
];

describe('CSV and copied table', () => {
  it('CSV starts with a UTF-8 BOM, keeps diacritics and quotes cells with ; , or "', () => {
    const csv = toCsv(exportTable(snapshots, t), '.');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // Indicators by their Vietnamese names, page types by theirs: no internal code in a sheet.
    expect(lines[0]!.startsWith('Đơn vị,Mã định danh,Nhóm đơn vị,Xếp hạng,Kỳ,Số liệu ngày,Chỉ số,Giá trị')).toBe(true);
    expect(csv).not.toContain('TONG_SCORE');
    expect(csv).not.toContain('dvc-766-tinh-thanh-pho');
    expect(lines[1]).toContain('"Xã Tà Mung; Than Uyên"');
    expect(lines[1]).toContain(',78.5,');
    // A formula-looking name stays text.
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('copied table is tab-separated with the officer’s decimal separator', () => {
    const [header, first] = toTsv(exportTable(snapshots, t), ',').split('\r\n');
    expect(header!.split('\t')[0]).toBe('Đơn vị');
    const cells = first!.split('\t');
    expect(cells[0]).toBe('Xã Tà Mung; Than Uyên');
    expect(cells[7]).toBe('78,5');
    expect(cells[14]).toMatch(/^2026-10-0\d \d\d:\d\d$/);
    expect(toTsv(exportTable(snapshots, t), '.').split('\r\n')[1]!.split('\t')[7]).toBe('78.5');
  });
});

describe('.xlsx export', () => {
  it('is read back by ExcelJS with Vietnamese text, numbers as numbers and the capture time as a date', async () => {
    const bytes = await buildXlsx(exportTable(snapshots, t), 'Chỉ số');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Chỉ số')!;
    expect(sheet.getCell('A1').value).toBe('Đơn vị');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Xã Tà Mung; Than Uyên');
    expect(sheet.getCell('G2').value).toBe('Tổng điểm');
    expect(sheet.getCell('H2').value).toBe(78.5);
    expect(sheet.getCell('M2').value).toBe(100);
    expect(sheet.getCell('O2').value).toBeInstanceOf(Date);
    expect(sheet.getCell('Q2').value).toBe('https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html');
    expect(sheet.rowCount).toBe(3);
  });
});

describe('JSON export and backup import', () => {
  it('exports the IndicatorExport schema without the store’s ids, and imports it back without duplicates', async () => {
    const store = createStore(memoryArea());
    await store.save(snapshots);
    const stored = (await store.snapshots()).snapshots;
    const text = JSON.stringify(buildExport(stored, '2026-11-20T00:00:00.000Z'));
    const parsed = IndicatorExportFile.parse(JSON.parse(text));
    expect(parsed.snapshots).toHaveLength(2);
    expect(text).not.toContain('"id"');

    const read = readBackup(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const outcome = await createStore(memoryArea()).save(read.backup.snapshots);
    expect(outcome.saved).toHaveLength(2);
    expect((await store.save(read.backup.snapshots)).duplicates).toHaveLength(2);
  });

  it('refuses a bad file with what is wrong and where', () => {
    expect(readBackup('{"format": "thidua-indicators",')).toMatchObject({ ok: false, problem: { kind: 'not-json' } });
    expect(readBackup('{"snapshots": []}')).toMatchObject({ ok: false, problem: { kind: 'wrong-format' } });
    const good = buildExport(snapshots, '2026-11-20T00:00:00.000Z');
    // The two units differ in their indicators: each its own column of figures, in the first capture.
    expect(good.captures[0]!.figures.map((f) => good.indicators[f.indicator]!.code)).toEqual(['TONG_SCORE', 'CKMB']);
    const noValue = structuredClone(good) as unknown as { captures: { figures: Record<string, unknown>[] }[] };
    delete noValue.captures[0]!.figures[1]!.value;
    expect(readBackup(JSON.stringify(noValue))).toEqual({ ok: false, problem: { kind: 'missing', path: 'captures[0].figures[1].value' } });
    const textValue = structuredClone(good) as unknown as { captures: { figures: { value: unknown[] }[] }[] };
    textValue.captures[0]!.figures[0]!.value = ['78,5'];
    expect(readBackup(JSON.stringify(textValue))).toEqual({ ok: false, problem: { kind: 'wrong-type', path: 'captures[0].figures[0].value[0]', expected: 'số' } });
    // A column as long as neither one cell nor the capture's units, a reference past the file's list: named where.
    const long = structuredClone(good);
    long.captures[0]!.contentHash = ['h1', 'h2', 'h3'];
    expect(readBackup(JSON.stringify(long))).toMatchObject({ ok: false, problem: { kind: 'invalid', path: 'captures[0].contentHash', detail: expect.stringContaining('có 3 ô, phải là 1 (chung mọi dòng) hoặc 2') } });
    const past = structuredClone(good);
    past.captures[0]!.figures[0]!.indicator = 7;
    expect(readBackup(JSON.stringify(past))).toMatchObject({ ok: false, problem: { kind: 'invalid', path: 'captures[0].figures[0].indicator', detail: expect.stringContaining('chỉ số thứ 8, tệp chỉ có 2') } });
  });

  it('refuses snapshots from anywhere but an https gov.vn portal, or whose portal is not their host', () => {
    const good = buildExport(snapshots, '2026-11-20T00:00:00.000Z');
    const withUrl = (url: string, portal = new URL(url).host) => {
      const bad = structuredClone(good);
      bad.pages[0] = { ...bad.pages[0]!, url, portal };
      return readBackup(JSON.stringify(bad));
    };
    expect(withUrl('https://motcua.dienbien.gov.vn/bao-cao').ok).toBe(true);
    for (const url of ['http://dichvucong.gov.vn/x', 'https://dichvucong.gov.vn.evil.example/x', 'javascript:alert(1)//gov.vn', 'https://evilgov.vn/x']) {
      expect(withUrl(url, 'dichvucong.gov.vn')).toMatchObject({ ok: false, problem: { kind: 'not-portal', path: 'snapshots[0]' } });
    }
    expect(withUrl('https://motcua.dienbien.gov.vn/bao-cao', 'dichvucong.gov.vn')).toMatchObject({ ok: false, problem: { kind: 'not-portal' } });
  });

  it('guards every string cell of CSV and TSV against formulas, the capture time of an imported backup too', () => {
    const hostile = { ...snapshots[0]!, capturedAt: '=cmd|"/c calc"!A1', period: { kind: 'year' as const, year: 2026, label: ' +SUM(A1)' } };
    const csv = toCsv(exportTable([hostile], t), '.').slice(1).split('\r\n')[1]!;
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(csv).toContain(",' +SUM(A1),");
    const tsv = toTsv(exportTable([hostile], t), ',').split('\r\n')[1]!.split('\t');
    expect(tsv[14]).toBe(`'=cmd|"/c calc"!A1`);
    expect(tsv[4]).toBe("' +SUM(A1)");
  });
});

describe('the compact file over a month of a real province', () => {
  // 29 captures of Phú Thọ's real answers (163 units' progress, 10 units' and the province's transparency).
  const month = monthCaptures().flatMap((c) => c.snapshots);
  const v1 = JSON.stringify({ format: 'thidua-indicators', version: 1, exportedAt: '2026-10-01T00:00:00.000Z', snapshots: month });

  it('reads back to the very snapshots exported, and the file of version 1 still reads', () => {
    const text = JSON.stringify(buildExport(month, '2026-10-01T00:00:00.000Z'));
    const read = readBackup(text);
    expect(read.ok && read.backup.snapshots).toEqual(month);
    const old = readBackup(v1);
    expect(old.ok && old.backup.snapshots).toEqual(month);
  });

  it('is read by thidua watch as the captures it holds, as version 1 is', () => {
    const compact = readSavedCapture(JSON.parse(JSON.stringify(compactExport(month, '2026-10-01T00:00:00.000Z'))), 'chi-so.json', '2026-10-01T00:00:00.000Z');
    const old = readSavedCapture(JSON.parse(v1), 'chi-so.json', '2026-10-01T00:00:00.000Z');
    expect(compact.ok && compact.captures.length).toBe(29);
    expect(compact).toEqual(old);
  });

  it('writes what every unit shares once: the province’s «0/89», each indicator’s name, each page and period', () => {
    const file = buildExport(month, '2026-10-01T00:00:00.000Z');
    const text = JSON.stringify(file);
    // Names of the indicators once in the file, not once a unit and a day.
    expect(text.split('Tỷ lệ hồ sơ xử lý đúng hạn').length - 1).toBe(1);
    const published = file.indicators.findIndex((i) => i.code === 'CKMB_CONG_BO_DUNG_HAN');
    const column = file.captures.flatMap((c) => c.figures).filter((f) => f.indicator === published);
    expect(column.length).toBeGreaterThan(0);
    for (const f of column) expect([f.numerator, f.denominator]).toEqual([[0], [89]]);
    expect(text.length).toBeLessThan(v1.length / 4);
  });
});

describe('times as the officer saw them, no data in words', () => {
  // 02:00 UTC is 09:00 in Việt Nam: every export says 09:00, never 02:00.
  const zone = process.env.TZ;
  const withNull = { ...snapshot({ unit: 'Xã Tam Sơn', capturedAt: '2026-10-05T02:00:00.000Z', values: { TONG_SCORE: 70 } }) };
  withNull.indicators = [...withNull.indicators, { code: 'CKMB', label: 'Công khai, minh bạch', value: null, unit: 'points', max: 18 }];
  const inVietnam = async <T>(run: () => Promise<T> | T): Promise<T> => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      return await run();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  };

  it('CSV and .xlsx: local time, and «không có số liệu» where the portal has none', async () => {
    const { csv, bytes } = await inVietnam(async () => ({ csv: toCsv(exportTable([withNull], t), '.'), bytes: await buildXlsx(exportTable([withNull], t), 'Chỉ số') }));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toContain('2026-10-05 09:00');
    expect(lines[2]).toContain(',không có số liệu,');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Chỉ số')!;
    expect(sheet.getCell('H3').value).toBe('không có số liệu');
    // ExcelJS reads a date serial as that wall-clock time in UTC: 09:00 is what the cell shows.
    expect((sheet.getCell('O2').value as Date).toISOString()).toBe('2026-10-05T09:00:00.000Z');
  });

  it('JSON: local time with its offset, read back as the same instant', async () => {
    const text = await inVietnam(() => JSON.stringify(buildExport([withNull], '2026-11-20T03:30:00.000Z')));
    const file = IndicatorExportFile.parse(JSON.parse(text));
    expect(file.exportedAt).toBe('2026-11-20T10:30:00+07:00');
    expect(file.snapshots[0]!.capturedAt).toBe('2026-10-05T09:00:00+07:00');
    expect(file.snapshots[0]!.indicators[1]!.value).toBeNull();
    const read = readBackup(text);
    expect(read.ok && read.backup.snapshots[0]!.capturedAt).toBe('2026-10-05T02:00:00.000Z');
  });
});

describe('what the watch captured, said on the rows of the sheet', () => {
  // Phú Thọ's season (test/watch/season-days.ts): 14/10 the portal refused «Mức độ hài lòng» and the ranking; from 20/10
  // «UBND xã Bình Phú» is «UBND xã Phú Bình», its code kept.
  const saves = seasonSaves('2026-10-20', (d) => ['2026-10-14', '2026-10-19', '2026-10-20'].includes(d));
  const table = exportTable(saves.flatMap((s) => s.capture.snapshots), t);
  const column = (header: string) => table.headers.indexOf(header);
  const of = (day: string) => table.rows.filter((r) => r[column('Số liệu ngày')] === day);

  it('each row’s data day, the day «Bản tin» names its figures by, a date in the .xlsx', async () => {
    // Captured at 04:10 the next morning: before, only «Thời điểm ghi nhận» 15/10/2026 04:10 said when.
    expect(saves.map((s) => s.capturedAt)).toEqual(['2026-10-14T21:10:00.000Z', '2026-10-19T21:10:00.000Z', '2026-10-20T21:10:00.000Z']);
    expect(['2026-10-14', '2026-10-19', '2026-10-20'].map((d) => of(d).length)).toEqual(saves.map((s) => s.capture.snapshots.reduce((n, x) => n + x.indicators.length, 0)));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await buildXlsx({ ...table, rows: table.rows.slice(0, 1) }, 'Chỉ số')) as unknown as ArrayBuffer);
    const cell = workbook.getWorksheet('Chỉ số')!.getCell(2, column('Số liệu ngày') + 1);
    expect((cell.value as Date).toISOString()).toBe('2026-10-14T00:00:00.000Z');
    expect(cell.numFmt).toBe('dd/mm/yyyy');
    expect(toCsv({ ...table, rows: table.rows.slice(0, 1) }, ',').split('\r\n')[1]).toContain(';Tháng 10/2026;2026-10-14;');
  });

  it('CSV with the decimal comma (the settings’ default): `;` between cells, its numbers read as numbers by a spreadsheet set for Vietnamese', async () => {
    // The province's first rows of 14/10: «Điểm theo công thức» 1,955, «… (tỷ lệ)» 97,75 %. Before: «1.955» and «97.75»
    // with `,` between cells, which LibreOffice set for Vietnamese (vi-VN, 1066) read as 1955 and as text.
    const some = { ...table, rows: table.rows.slice(0, 40) };
    const dir = await mkdtemp(join(tmpdir(), 'thidua-csv-vi-'));
    await writeFile(join(dir, 'chi-so.csv'), toCsv(some, ','));
    const [read] = await sofficeAll([join(dir, 'chi-so.csv')], dir, 'xlsx', 'Calc MS Excel 2007 XML', 'CSV:59,34,76,1,,1066');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(read!);
    const sheet = workbook.worksheets[0]!;
    // To 12 digits: LibreOffice keeps 15 (15.6764022047227 of 15.676402204722704).
    const digits = (v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v);
    const numbers = some.rows.flatMap((row, r) => row.flatMap((v, c) => (typeof v === 'number' ? [{ at: `${r + 2}:${c + 1}`, v: digits(v) }] : [])));
    expect(numbers.map((n) => n.v)).toEqual(expect.arrayContaining([1.955, 97.75]));
    expect(numbers.map(({ at }) => ({ at, v: digits(sheet.getCell(Number(at.split(':')[0]), Number(at.split(':')[1])).value) }))).toEqual(numbers);
    expect(sheet.getCell(2, column('Đơn vị') + 1).value).toBe('UBND tỉnh Phú Thọ');
  }, 60_000);

  it('the groups and the total a capture lacks, on each of its rows; none on a whole capture’s', () => {
    const notes = (day: string) => new Set(of(day).map((r) => String(r[column('Ghi chú')] ?? '').split('; ').find((n) => n.startsWith('chụp chưa đủ'))));
    // Before: «chụp chưa đủ: Mức độ hài lòng», the total and the ranking gone without a word.
    expect(notes('2026-10-14')).toEqual(new Set(['chụp chưa đủ: «Mức độ hài lòng», «Tổng điểm của mọi đơn vị»']));
    expect(notes('2026-10-19')).toEqual(new Set([undefined]));
  });

  it('of what a capture lacks, the lists the portal refused apart from the group the page did not load, each a note in «Bản tin»’s words and counts, kept by the store', async () => {
    // 22/9 of the walk (six-lists-days.ts), observe only: «Mức độ hài lòng» and the ranking refused (403), «Số hóa hồ sơ» not loaded.
    const asked = askedOn('2026-09-22', { opened: ['transparency', 'dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree', 'handling-satisfaction', RANKING], observeOnly: true, refused: ['handling-satisfaction', RANKING] });
    const store = createStore(memoryArea());
    await store.save(captureOf('2026-09-22', asked).snapshots);
    const stored = (await store.snapshots()).snapshots;
    const sheet = exportTable(stored, t);
    // Every row's note from «chụp chưa đủ» on (a formula's note before it).
    const notes = new Set(sheet.rows.map((r) => String(r[sheet.headers.indexOf('Ghi chú')]).replace(/^.*?(?=chụp chưa đủ)/, '')));
    // Before: «chụp chưa đủ: Mức độ hài lòng, Số hóa hồ sơ, Tổng điểm», a refusal and a group never opened alike.
    expect(notes).toEqual(new Set([
      'chụp chưa đủ: «Mức độ hài lòng», «Số hóa hồ sơ», «Tổng điểm của mọi đơn vị»; cổng không trả 2 danh sách: «Mức độ hài lòng» (mã 403), «Tổng điểm của mọi đơn vị» (mã 403) — lỗi phía cổng, ghi nhận lại sau; trang chưa tải 1 nhóm: «Số hóa hồ sơ» — lần sau mở các nhóm đó trên trang rồi ghi nhận',
    ]));
    expect(new Set(stored.map((s) => JSON.stringify(s.refusedLists)))).toEqual(new Set([JSON.stringify([{ list: 'Mức độ hài lòng', status: 403 }, { list: 'Tổng điểm của mọi đơn vị', status: 403 }])]));
  });

  it('a unit the portal renamed, on every row of its code, its names in the order captured', () => {
    const said = 'cổng đổi tên đơn vị (cùng mã H44.116): UBND xã Bình Phú - Tỉnh Phú Thọ → UBND xã Phú Bình - Tỉnh Phú Thọ';
    const renamed = table.rows.filter((r) => String(r[column('Ghi chú')] ?? '').includes(said));
    expect(renamed.length).toBeGreaterThan(0);
    expect(renamed).toEqual(table.rows.filter((r) => r[column('Mã định danh')] === 'H44.116'));
    expect(new Set(renamed.map((r) => r[column('Đơn vị')]))).toEqual(new Set(['UBND xã Bình Phú - Tỉnh Phú Thọ', 'UBND xã Phú Bình - Tỉnh Phú Thọ']));
  });
});

describe('a total its groups do not add up to, in «Ghi chú»', () => {
  it('on the rows of the total and of each group, in «Bản tin»’s words; the units that add up say nothing', async () => {
    // The national ranking saved on 17/9/2026 with Phú Thọ's total alone edited (62,6 → 63,15), stored as the extension stores it.
    const store = createStore(memoryArea());
    await store.save(nationalCaptures(MISREAD_DAYS)[1]!.snapshots);
    const sheet = exportTable((await store.snapshots()).snapshots, t);
    const column = (header: string) => sheet.headers.indexOf(header);
    const said = 'Tổng điểm ghi nhận của UBND tỉnh Phú Thọ ngày 17/9/2026 là 63,15 nhưng 6 nhóm cộng lại 62,6 (chênh 0,55): kiểm tra lại trang của cổng trước khi dùng số liệu này.';
    const noted = sheet.rows.filter((r) => String(r[column('Ghi chú')] ?? '').includes(said));
    expect(noted.map((r) => r[column('Chỉ số')])).toEqual(['Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ', 'Tổng điểm']);
    expect(new Set(noted.map((r) => r[column('Đơn vị')]))).toEqual(new Set([MISREAD.name]));
    expect(sheet.rows.filter((r) => String(r[column('Ghi chú')] ?? '').includes('cộng lại'))).toHaveLength(7);
    // In English, the same figures.
    const en = exportTable((await store.snapshots()).snapshots, translator('en'));
    expect(en.rows.map((r) => r[en.headers.indexOf('Note')]).filter((n) => String(n ?? '').includes('add up'))).toContain('The total captured for UBND tỉnh Phú Thọ on 17/9/2026 is 63.15 but its 6 groups add up to 62.6 (a difference of 0.55): check the portal’s page before using these figures.');
  });

  it('in the JSON export’s totalMismatches, for a tool reading the file alone: whole or a day at a time alike, read back; the mornings as saved carry []', async () => {
    const said = 'Tổng điểm ghi nhận của UBND tỉnh Phú Thọ ngày 17/9/2026 là 63,15 nhưng 6 nhóm cộng lại 62,6 (chênh 0,55): kiểm tra lại trang của cổng trước khi dùng số liệu này.';
    const days = nationalCaptures(MISREAD_DAYS).map((c) => c.snapshots);
    const whole = buildExport(days.flat(), '2026-09-18T01:00:00.000Z');
    expect(whole.totalMismatches).toEqual([{ unit: MISREAD.name, day: '2026-09-17', total: MISREAD.total, groupsAddedUp: MISREAD.groups, groups: 6, difference: 0.55, words: said }]);
    async function* parts() {
      yield* days;
    }
    const text = await (await exportFile(parts(), '2026-09-18T01:00:00.000Z')).text();
    expect(text).toBe(JSON.stringify(whole));
    expect(readBackup(text)).toMatchObject({ ok: true });
    expect(buildExport(nationalCaptures().flatMap((c) => c.snapshots), '2026-09-18T01:00:00.000Z').totalMismatches).toEqual([]);
  });
});
