// Bước chấm điểm: the smallest step a score may take, as a table's guide writes it («cho điểm lẻ đến 0,5 điểm», «chấm
// lẻ đến 0,25 điểm»). Read from the lines under the table (a sheet's rows after its end, a Word document's paragraphs)
// and said where it stands, so a self-score off it is flagged for the council (core/checks/score-off-step.ts) and «Còn
// thiếu gì» asks for whole steps. A rate's «làm tròn đến 0,25đ» rounds a formula's result: not this.
import { parseNumberText } from '../../values.js';
import type { LineUnder } from './evidence-rule.js';
import type { SheetReader } from './sheet-reader.js';

/** «(cho) điểm lẻ đến 0,5 điểm», «chấm lẻ tới 0,25đ», «điểm lẻ tối thiểu 0,5 điểm». */
const STEP = /(?:(?:cho|chấm)\s+)?(?:điểm\s+lẻ|lẻ)\s+(?:đến|tới|tối\s+thiểu(?:\s+là)?)\s+(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)(?![\p{L}])/iu;

/** The set's step and its words when a line under the table writes one, said where it is; else nothing. */
export function scoreStepWritten(sheet: SheetReader, under: readonly LineUnder[]): { scoreStep?: number; scoreStepWording?: string } {
  for (const line of under) {
    const found = STEP.exec(line.text);
    const step = found ? parseNumberText(found[1]!) : undefined;
    if (!found || step === undefined || step <= 0) continue;
    const where = line.cell === undefined ? `văn bản ghi dưới bảng (đoạn ${line.paragraph})` : 'dòng dưới bảng';
    sheet.note(
      line.cell,
      `Bước chấm điểm ${found[1]} điểm theo ${where}: «${found[0]}»: điểm tự chấm, điểm thẩm định không theo bước này được gắn cờ «Điểm không theo bước chấm của bảng» để Hội đồng quyết định (điểm vẫn tính như đã ghi); «Còn thiếu gì» đề xuất điểm thêm theo bước ${found[1]} điểm.`,
    );
    return { scoreStep: step, scoreStepWording: found[0] };
  }
  return {};
}

// Made for Ho Chi Minh City's Công văn 5155 (community learning centres), whose guide under its table says «Tùy theo
// các minh chứng ở mỗi tiêu chí mà cho điểm phù hợp (cho điểm lẻ đến 0,5 điểm)»: a centre's self-score of 2,3 was
// taken silently, and «Còn thiếu gì» could ask +0,2.
