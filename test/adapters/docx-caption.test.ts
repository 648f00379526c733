// The title a Word table is named by (adapters/docx/read.ts captionOf), on the real .docx files the corpus keeps
// (test/fixtures/real/criteria-corpus/manifest.json names their source): Lâm Đồng's PAR INDEX 2025 self-assessment,
// final and draft, whose annex writes its title, then «(Kèm theo Báo cáo số … của / UBND tỉnh Lâm Đồng)» broken over
// two paragraphs at another word in each file, then the table.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocxTables } from '../../adapters/docx/read.js';
import { readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { CORPUS } from '../../scripts/harness/criteria-corpus.js';

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const TITLE = 'TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG';
const balanced = (s: string) => (s.match(/\(/g)?.length ?? 0) === (s.match(/\)/g)?.length ?? 0);

describe('a table under its title and a note in brackets broken over two paragraphs', () => {
  for (const file of ['par-index-lam-dong-2025-tu-danh-gia.docx', 'par-index-lam-dong-2025-tu-danh-gia-du-thao.docx']) {
    it(`names the set by the annex’s title, never by the note’s last line with its bracket (${file})`, async () => {
      const tables = await readDocxTables(await readFile(join(CORPUS, file)), parse);
      expect(tables.every((t) => t.caption === undefined || balanced(t.caption))).toBe(true);
      const table = tables.find((t) => t.grid.values.some((row) => row.includes('Lĩnh vực/Tiêu chí/Tiêu chí thành phần')))!;
      expect(table.caption).toBe(TITLE);
      const read = readCriteriaSheet(table.grid, { fileName: file, caption: table.caption! });
      if (!read.ok) expect.fail(read.errors.map((e) => e.message).join('\n'));
      expect(read.set.title).toBe(TITLE);
      expect(read.notices.find((n) => n.message.startsWith('Chưa có «Tên bộ tiêu chí»'))?.message).toBe(`Chưa có «Tên bộ tiêu chí»: dùng «${TITLE}» (lấy từ dòng ngay trên bảng).`);
    });
  }
});

// Made for issue 55 (every table of the corpus read as its document states it): the draft's set was named
// «UBND tỉnh Lâm Đồng)», the final report's «của UBND tỉnh Lâm Đồng)».
