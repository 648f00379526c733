// Minh chứng bắt buộc: the rule a document's guide writes for every criterion, «Các tiêu chí không có minh chứng phù hợp
// không được chấm điểm (không điểm)». Read from the lines under the table (a sheet's rows after its end, a Word
// document's paragraphs), it makes every criterion
// require its evidence, so a unit's self-score with a blank «Minh chứng» is flagged for the council, who decide its
// points; said with the sentence as written.
import type { Criterion } from '../schema.js';
import type { SheetReader } from './sheet-reader.js';

/** «… không có minh chứng (phù hợp) … không được chấm điểm / không tính điểm / không điểm». */
const RULE = /\bkhông\s+có\s+(?:tài\s+liệu\s+)?minh\s+chứng\b.*?\bkhông\s+(?:được\s+)?(?:chấm|tính|cho)\s+điểm/iu;

/** A line written under the table: a row's cell in a sheet (`cell`), or a paragraph of a Word document (`paragraph`, from 1). */
export type LineUnder = { text: string; cell?: string; paragraph?: number };

/** The criteria, each requiring evidence when a line under the table writes the rule, said where it is; else unchanged. */
export function evidenceRuled(sheet: SheetReader, criteria: Criterion[], under: readonly LineUnder[]): Criterion[] {
  const rule = under.find((line) => RULE.test(line.text));
  if (!rule || criteria.length === 0) return criteria;
  const where = rule.cell === undefined ? `Văn bản ghi dưới bảng (đoạn ${rule.paragraph})` : 'Dòng dưới bảng';
  sheet.note(
    rule.cell,
    `${where}: «${rule.text}»: mọi tiêu chí bắt buộc có minh chứng; tiêu chí có điểm tự chấm mà ô «Minh chứng» để trống được gắn cờ «Thiếu minh chứng» để Hội đồng quyết định (bác số liệu: không điểm).`,
  );
  return criteria.map((c) => ({ ...c, evidenceRequired: true }));
}

// Made for Ho Chi Minh City's Công văn 5155 (community learning centres), whose guide under its Word table says a
// criterion without fitting evidence scores nothing: a centre self-scoring 99 with three criteria unevidenced (16
// points) was ranked «Tốt» and proposed for a Giấy khen with no flag; by the table it has 83, «Khá».
