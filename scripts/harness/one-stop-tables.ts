// One-stop statistics tables nobody hand-wrote (issue 22): a generator that crosses the wordings of DOMAIN §7 (with
// and without marks, Tỷ/Tỉ, kỳ/kì) with the structures the platforms draw (1, 2 or 3 header rows; <th> or
// <td><strong>; title and numbering rows inside the table; a «Tổng số» footer; multi-line «Số lượng: / Tỷ lệ:»
// cells; Vietnamese numbers), each page with the figures it holds. Shared by the reader's test and the extension's
// browser test.
import fc from 'fast-check';

interface Leaf {
  words: readonly string[];
  code: string;
  percent?: boolean;
}
interface Group {
  words: readonly string[];
  leaves: readonly Leaf[];
}

const TOTAL = ['Tổng số', 'Tổng', 'Số lượng'];
const GROUPS: readonly Group[] = [
  {
    words: ['Tiếp nhận', 'Nhận giải quyết', 'Đã nhận', 'Số hồ sơ tiếp nhận', 'Tổng tiếp nhận'],
    leaves: [
      { words: TOTAL, code: 'HS_TIEP_NHAN' },
      { words: ['Kỳ trước', 'Kì trước chuyển sang', 'Tồn trước'], code: 'HS_KY_TRUOC' },
      { words: ['Trong kỳ', 'Nhận trong kì'], code: 'HS_TRONG_KY' },
      { words: ['Trực tuyến', 'Qua mạng'], code: 'HS_TRUC_TUYEN' },
      { words: ['Trực tiếp', 'Một cửa'], code: 'HS_TRUC_TIEP' },
      { words: ['BCCI', 'Qua BCCI', 'Bưu chính', 'Qua bưu chính'], code: 'HS_BCCI' },
    ],
  },
  {
    words: ['Đã xử lý', 'Đã giải quyết', 'Hoàn thành', 'Kết quả nhận giải quyết'],
    leaves: [
      { words: TOTAL, code: 'HS_DA_GIAI_QUYET' },
      { words: ['Trước hạn', 'Sớm hạn'], code: 'HS_TRUOC_HAN' },
      { words: ['Đúng hạn', 'Trong hạn'], code: 'HS_DUNG_HAN' },
      { words: ['Quá hạn', 'Trễ hạn'], code: 'HS_QUA_HAN' },
    ],
  },
  {
    words: ['Đang xử lý', 'Đang giải quyết'],
    leaves: [
      { words: TOTAL, code: 'HS_DANG_GIAI_QUYET' },
      { words: ['Trong hạn', 'Còn hạn'], code: 'HS_DANG_TRONG_HAN' },
      { words: ['Quá hạn', 'Trễ hạn'], code: 'HS_DANG_QUA_HAN' },
    ],
  },
];
const SINGLES: readonly Leaf[] = [
  { words: ['Tạm dừng xử lý', 'Bổ sung', 'Chờ bổ sung'], code: 'HS_TAM_DUNG' },
  { words: ['Trả lại/ Rút HS', 'Rút hồ sơ', 'Trả lại, rút'], code: 'HS_RUT' },
  { words: ['Tỷ lệ trước hạn, đúng hạn', 'Tỉ lệ sớm và đúng hạn', 'Tỷ lệ giải quyết đúng hạn (%)'], code: 'TY_LE_DUNG_HAN', percent: true },
];
/** The statistics page's own codes, when it is the page type that reads the table. */
export const TTHC: Record<string, string> = {
  HS_TIEP_NHAN: 'TTHC_TONG', HS_DA_GIAI_QUYET: 'TTHC_DA_XU_LY', HS_DANG_GIAI_QUYET: 'TTHC_CHUA_XU_LY', HS_TRUOC_HAN: 'TTHC_TRUOC_HAN', HS_DUNG_HAN: 'TTHC_DUNG_HAN', HS_QUA_HAN: 'TTHC_TRE_HAN',
};
const UNIT_HEADERS = ['Tên đơn vị', 'Đơn vị', 'Tên cơ quan', 'Cơ quan', 'Địa phương', 'Đơn vị xử lý'];
const NAMES = ['UBND xã Ta Ma', 'UBND xã Quài Tở', 'UBND xã Mường Phăng', 'UBND phường Vĩnh Phúc', 'UBND xã Tam Sơn', 'Sở Tư pháp', 'UBND xã Cát Nê'];

const bare = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const viCount = (n: number) => n.toLocaleString('de-DE');
const viPercent = (n: number, comma: boolean) => (comma ? String(n).replace('.', ',') : String(n));

/** One column: its group (or none), its leaf, the words chosen, and the multi-line layout. */
const column = fc.oneof(
  fc.integer({ min: 0, max: GROUPS.length - 1 }).chain((g) =>
    fc.record({
      group: fc.constant(g),
      leaf: fc.integer({ min: 0, max: GROUPS[g]!.leaves.length - 1 }),
      groupWord: fc.nat(GROUPS[g]!.words.length - 1),
      leafWord: fc.nat(3),
    }),
  ),
  fc.record({ group: fc.constant(-1), leaf: fc.integer({ min: 0, max: SINGLES.length - 1 }), groupWord: fc.constant(0), leafWord: fc.nat(3) }),
);

export const oneStopTable = fc.record({
  columns: fc.uniqueArray(column, { minLength: 1, maxLength: 9, selector: (c) => `${c.group}/${c.leaf}` }),
  headerRows: fc.constantFrom(1, 2, 3),
  cell: fc.constantFrom('th', 'td-strong', 'td'),
  thead: fc.boolean(),
  titleRows: fc.nat(2),
  numbering: fc.boolean(),
  footer: fc.boolean(),
  multiLine: fc.boolean(),
  marks: fc.boolean(),
  comma: fc.boolean(),
  unitHeader: fc.nat(UNIT_HEADERS.length - 1),
  units: fc.uniqueArray(fc.nat(NAMES.length - 1), { minLength: 1, maxLength: 5 }),
  seed: fc.nat(10_000),
});
export type OneStopTable = typeof oneStopTable extends fc.Arbitrary<infer T> ? T : never;

export interface OneStopPage {
  html: string;
  /** Every figure on the page: the unit as written there, the code its header means, its value. */
  truth: { unit: string; code: string; value: number }[];
}

/** The page of a generated table, with its figures. */
export function buildOneStopPage(t: OneStopTable): OneStopPage {
  const text = (s: string) => (t.marks ? s : bare(s));
  const head = (s: string, span = '') => {
    const inner = t.cell === 'td-strong' ? `<strong>${text(s)}</strong>` : text(s);
    return t.cell === 'th' ? `<th${span}>${inner}</th>` : `<td${span}>${inner}</td>`;
  };
  // Columns sorted by group so a group's leaves sit together under one colspan.
  const cols = [...t.columns].sort((a, b) => a.group - b.group || a.leaf - b.leaf);
  const leafOf = (c: (typeof cols)[number]) => (c.group < 0 ? SINGLES[c.leaf]! : GROUPS[c.group]!.leaves[c.leaf]!);
  const wordOf = (c: (typeof cols)[number]) => leafOf(c).words[c.leafWord % leafOf(c).words.length]!;
  const groupWord = (c: (typeof cols)[number]) => GROUPS[c.group]!.words[c.groupWord]!;
  // The multi-line layout (count and percent in one cell) for the online channel.
  const pairCol = (c: (typeof cols)[number]) => t.multiLine && leafOf(c).code === 'HS_TRUC_TUYEN';
  const width = 2 + cols.length;
  const deep = t.headerRows;
  const rows: string[] = [];
  for (let i = 0; i < t.titleRows; i++) rows.push(`<tr><td colspan="${width}"><strong>${text(i === 0 ? 'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ' : 'Kỳ báo cáo: Tháng 5 năm 2026')}</strong></td></tr>`);
  const headerRows: string[] = [];
  if (deep === 1) {
    headerRows.push(head('STT') + head(UNIT_HEADERS[t.unitHeader]!) + cols.map((c) => head(c.group < 0 ? wordOf(c) : `${groupWord(c)} ${wordOf(c).toLowerCase()}`)).join(''));
  } else {
    const span = ` rowspan="${deep}"`;
    const top: string[] = [head('STT', span), head(UNIT_HEADERS[t.unitHeader]!, span)];
    const under: string[] = [];
    for (let i = 0; i < cols.length; ) {
      const c = cols[i]!;
      if (c.group < 0) {
        top.push(head(wordOf(c), ` rowspan="${deep - (deep === 3 ? 1 : 0)}"`));
        i++;
        continue;
      }
      let n = 0;
      while (cols[i + n]?.group === c.group) n++;
      top.push(head(groupWord(c), ` colspan="${n}"`));
      for (let k = 0; k < n; k++) under.push(head(wordOf(cols[i + k]!)));
      i += n;
    }
    // Three rows: one more group over every figure column.
    if (deep === 3) headerRows.push(top[0]! + top[1]! + head('Số liệu hồ sơ', ` colspan="${cols.length}"`), top.slice(2).join(''), under.join(''));
    else headerRows.push(top.join(''), under.join(''));
  }
  const numbering = t.numbering ? [`<tr>${Array.from({ length: width }, (_, i) => `<td>(${i + 1})</td>`).join('')}</tr>`] : [];
  const truth: OneStopPage['truth'] = [];
  const body = t.units.map((u, r) => {
    const unit = NAMES[u]!;
    const cells = cols.map((c, k) => {
      const leaf = leafOf(c);
      const seed = (t.seed + r * 31 + k * 7) % 10_000;
      if (leaf.percent) {
        const p = seed / 100;
        truth.push({ unit: t.marks ? unit : bare(unit), code: leaf.code, value: p });
        return `${viPercent(p, t.comma)}${seed % 2 ? '%' : ''}`;
      }
      const n = seed * 7 + r;
      truth.push({ unit: t.marks ? unit : bare(unit), code: leaf.code, value: n });
      if (!pairCol(c)) return viCount(n);
      const share = seed / 100;
      truth.push({ unit: t.marks ? unit : bare(unit), code: 'TY_LE_NOP_TRUC_TUYEN', value: share });
      return `${text('Số lượng')}: ${viCount(n)}<br>${text('Tỷ lệ')}: ${viPercent(share, t.comma)}%`;
    });
    return `<tr><td>${r + 1}</td><td>${text(unit)}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  const footer = t.footer ? [`<tr><td colspan="2"><strong>${text('Tổng số')}</strong></td>${cols.map(() => '<td>…</td>').join('')}</tr>`] : [];
  const headerHtml = headerRows.map((h) => `<tr>${h}</tr>`).join('');
  const html = t.thead
    ? `<table>${t.titleRows ? `<tbody>${rows.join('')}</tbody>` : ''}<thead>${headerHtml}</thead><tbody>${[...numbering, ...body, ...footer].join('')}</tbody></table>`
    : `<table>${[...rows, headerHtml, ...numbering, ...body, ...footer].join('')}</table>`;
  return { html: `<!DOCTYPE html><html><body><h3>${text('Tình hình giải quyết hồ sơ')}</h3>${html}</body></html>`, truth };
}
