// thidua template: a blank report workbook for one unit, its criteria rows filled in, A4-ready.
import { extname, resolve } from 'node:path';
import { OoxmlWorkbook } from '../../adapters/ooxml/workbook.js';
import { resolveKind } from '../../core/criteria/kinds.js';
import { planTemplate } from '../../core/workbook/plan-template.js';
import { loadCriteriaArg, shown } from '../files.js';
import { saveWorkbook } from '../outputs.js';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../command.js';

const HELP = `thidua template --criteria <bộ tiêu chí> --unit "<tên đơn vị>" --kind <loại> --out <tệp.xlsx> [--period "<kỳ>"] [--force]

Tạo một tệp báo cáo trống cho đơn vị: các dòng tiêu chí áp dụng cho loại đơn vị đã điền sẵn, in vừa
khổ A4. Đơn vị điền cột Kết quả (hoặc Tử số, Mẫu số), Minh chứng, Điểm tự chấm rồi gửi lại để chấm.

  --criteria  mã bộ tiêu chí có sẵn, tệp .json, hoặc tệp .xlsx có trang tiêu chí
  --unit      tên đơn vị, ví dụ "Bản Hua Ca"
  --kind      loại đơn vị theo bộ tiêu chí (mã hoặc tên, ví dụ "ban" hay "Bản")
  --period    kỳ báo cáo (mặc định: kỳ của bộ tiêu chí)
  --out       tệp .xlsx sẽ tạo; không ghi đè tệp đã có trừ khi thêm --force

English: writes a blank report workbook for one unit (the criteria that apply to its kind filled in,
A4 layout). --kind takes a subject-kind id or label of the set. Refuses to overwrite --out unless --force.`;

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
    });
    if (positionals.length > 0) throw new UsageError(`Tham số thừa: ${positionals.join(' ')}. / Unexpected arguments.`);
    for (const name of ['criteria', 'unit', 'kind', 'out'] as const) {
      if (!values[name]?.trim()) throw new UsageError(`Thiếu --${name}. / --${name} is required.`);
    }
    const out = resolve(io.cwd, values.out!);
    if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError(`Tệp --out phải có đuôi .xlsx: ${values.out}.`);
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

/* Made for: `thidua template`: a blank report workbook for one unit, its criteria rows filled in, ready to print on A4. */
