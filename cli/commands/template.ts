// thidua template: a blank report workbook for one unit, its criteria rows filled in, A4-ready; or, with --units, the
// commune's blank list of units («Danh sách đơn vị») that `thidua score --units` reads.
import { extname, resolve } from 'node:path';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { resolveKind } from '../../core/criteria/kinds.js';
import { planTemplate } from '../../core/workbook/plan-template.js';
import { loadCriteriaArg, shown } from '../files.js';
import { saveWorkbook } from '../outputs.js';
import { EXIT, parseCommandArgs, UsageError, type Command, type Io } from '../command.js';
import { planRosterTemplate } from '../../core/workbook/plan-roster.js';
import { ROSTER_HEADERS, ROSTER_SHEET } from '../../core/ranking/roster.js';

/** «Tên đơn vị | Loại đơn vị | Giới tính | …»: the list's columns as the help and the message name them. */
const rosterColumns = ROSTER_HEADERS.map(([, h]) => h).join(' | ');

const HELP = `thidua template --criteria <bộ tiêu chí> --unit "<tên đơn vị>" --kind <loại> --out <tệp.xlsx> [--period "<kỳ>"] [--force]
thidua template --criteria <bộ tiêu chí> --units --out <tệp.xlsx> [--force]

Tạo một tệp báo cáo trống cho đơn vị: các dòng tiêu chí áp dụng cho loại đơn vị đã điền sẵn, in vừa
khổ A4. Đơn vị điền cột Kết quả (hoặc Tử số, Mẫu số), Minh chứng, Điểm tự chấm rồi gửi lại để chấm.
Với --units: tạo trang «${ROSTER_SHEET}» trống (${rosterColumns}) để cán bộ ghi mỗi dòng một
đơn vị, dùng với «thidua score --units»; bốn cột sau không bắt buộc, ghi cho cá nhân để báo cáo thành tích theo
mẫu Nghị định 152/2025/NĐ-CP điền sẵn các mục ấy.

  --criteria  mã bộ tiêu chí có sẵn, tệp .json, hoặc tệp .xlsx có trang tiêu chí
  --unit      tên đơn vị, ví dụ "Bản Hua Ca"
  --kind      loại đơn vị theo bộ tiêu chí (mã hoặc tên, ví dụ "ban" hay "Bản")
  --period    kỳ báo cáo (mặc định: kỳ của bộ tiêu chí)
  --units     thay cho --unit, --kind: danh sách đơn vị trống, các loại đơn vị của bộ tiêu chí ghi ở đầu trang
  --out       tệp .xlsx sẽ tạo; không ghi đè tệp đã có trừ khi thêm --force

English: writes a blank report workbook for one unit (the criteria that apply to its kind filled in,
A4 layout). --kind takes a subject-kind id or label of the set. --units instead writes the blank list of units
(«${rosterColumns}») that «thidua score --units» reads; the last four columns are optional, for a
person's achievement report. Refuses to overwrite --out unless --force.`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      criteria: { type: 'string' },
      unit: { type: 'string' },
      kind: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      units: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`Tham số thừa: ${positionals.join(' ')}. / Unexpected arguments.`);
    if (values.units) return writeRoster(values, io);
    for (const name of ['criteria', 'unit', 'kind', 'out'] as const) {
      if (!values[name]?.trim()) throw new UsageError(`Thiếu --${name}. / --${name} is required.`);
    }
    const out = xlsxOut(values.out!, io.cwd);
    const set = await loadCriteriaArg(values.criteria!, io.cwd);
    const kind = resolveKind(set, values.kind!);
    if (!kind) {
      const known = set.subjectKinds.map((k) => `${k.id} (${k.label})`).join(', ');
      throw new UsageError(`Bộ tiêu chí ${set.id} không có loại đơn vị «${values.kind}». Các loại: ${known}.`);
    }

    const workbook = OoxmlWorkbook.create();
    const unit = { name: values.unit!.trim(), kindId: kind.id, ...(values.period ? { period: values.period } : {}) };
    await workbook.apply({ sheets: [planTemplate(set, unit)] });
    if (!(await saveWorkbook(workbook, out, values.force ?? false))) {
      throw new UsageError(`Tệp ${shown(out, io.cwd)} đã có; thêm --force để ghi đè. / ${shown(out, io.cwd)} exists; add --force to overwrite.`);
    }
    io.out(`Đã tạo mẫu báo cáo cho ${unit.name} (${kind.label}): ${shown(out, io.cwd)}`);
    return EXIT.ok;
  },
};

/** --units: the blank «Danh sách đơn vị» of the set's kinds. */
async function writeRoster(values: { criteria?: string; unit?: string; kind?: string; out?: string; force?: boolean }, io: Io): Promise<number> {
  if (values.unit !== undefined || values.kind !== undefined) throw new UsageError('--units lập danh sách mọi đơn vị: bỏ --unit, --kind. / --units takes no --unit or --kind.');
  for (const name of ['criteria', 'out'] as const) {
    if (!values[name]?.trim()) throw new UsageError(`Thiếu --${name}. / --${name} is required.`);
  }
  const out = xlsxOut(values.out!, io.cwd);
  const set = await loadCriteriaArg(values.criteria!, io.cwd);
  const workbook = OoxmlWorkbook.create();
  await workbook.apply({ sheets: [planRosterTemplate(set)] });
  if (!(await saveWorkbook(workbook, out, values.force ?? false))) {
    throw new UsageError(`Tệp ${shown(out, io.cwd)} đã có; thêm --force để ghi đè. / ${shown(out, io.cwd)} exists; add --force to overwrite.`);
  }
  io.out(`Đã tạo danh sách đơn vị trống (trang «${ROSTER_SHEET}»: ${rosterColumns}): ${shown(out, io.cwd)}`);
  return EXIT.ok;
}

/** --out, resolved, when it names an .xlsx. */
function xlsxOut(path: string, cwd: string): string {
  const out = resolve(cwd, path);
  if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError(`Tệp --out phải có đuôi .xlsx: ${path}.`);
  return out;
}

/* Made for: `thidua template`: a blank report workbook for one unit, its criteria rows filled in, ready to print on A4. */
