// thidua papers: the papers of the last closed round as Word documents — proposal letter, council minutes,
// the chairman's draft decision — for the office to edit and sign.
import { join, resolve } from 'node:path';
import { writePaper } from '../../adapters/docx/write-document.js';
import { describeRound } from '../../core/run/closing.js';
import { unverified } from '../../core/run/previous-summary.js';
import { papersOf } from '../../core/papers/index.js';
import { folderCopies, readFolderSummary } from '../closed-rounds.js';
import { shown } from '../files.js';
import { writeOutput } from '../outputs.js';
import { EXIT, parseCommandArgs, UnusableFile, UsageError, type Command } from '../command.js';

const HELP = `thidua papers <thư mục kết quả> --out <thư mục> [--force]

Lập hồ sơ khen thưởng từ kết quả đã chốt (thidua close): tờ trình đề nghị khen thưởng kèm danh sách, biên
bản họp Hội đồng Thi đua - Khen thưởng (để trống phần biểu quyết), dự thảo quyết định của Chủ tịch UBND xã
kèm danh sách — tệp .docx khổ A4, Times New Roman, theo thể thức Nghị định 30/2020/NĐ-CP, để sửa tiếp
trong Word hoặc LibreOffice. Chỉ lập khi thư mục khớp với lần chốt (như «thidua verify»). Không ghi đè tệp đã
có trừ khi thêm --force.

English: writes the award papers of the last closed round as .docx files into --out.`;

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('Cần đúng một thư mục kết quả. / One output folder is required.');
    if (!values.out?.trim()) throw new UsageError('Thiếu --out <thư mục>. / --out is required.');
    const folder = resolve(io.cwd, positionals[0]!);
    const out = resolve(io.cwd, values.out);
    const { summaryPath, summary } = await readFolderSummary(folder, io.cwd, 'Không lập hồ sơ.');
    const last = summary.rounds.at(-1);
    if (!last) throw new UnusableFile(`${shown(summaryPath, io.cwd)} chưa được chốt: hồ sơ chỉ lập từ kết quả đã chốt («thidua close ${shown(folder, io.cwd)} --by "<người chốt>"»).`);
    // The papers speak for the closed round: only from a folder that still is what was closed.
    const changed = unverified(summary, folderCopies(folder));
    if (changed.length > 0) {
      throw new UnusableFile(
        [`Không lập hồ sơ: thư mục ${shown(folder, io.cwd)} không khớp với kết quả đã chốt (${describeRound(last)}):`, ...changed.map((c) => `  - ${c}`), 'Hồ sơ chỉ lập từ thư mục khớp với lần chốt («thidua verify»); đã chấm lại thì chốt lần mới bằng «thidua close».'].join('\n'),
      );
    }
    const written: string[] = [];
    for (const paper of papersOf(last)) {
      const path = join(out, `${paper.name}.docx`);
      if (!(await writeOutput(path, await writePaper(paper), values.force ?? false))) {
        throw new UsageError(`Tệp ${shown(path, io.cwd)} đã có; thêm --force để ghi đè. / ${shown(path, io.cwd)} exists; add --force.`);
      }
      written.push(`  ${paper.title}: ${shown(path, io.cwd)}`);
    }
    io.out([`Hồ sơ khen thưởng theo kết quả đã chốt ${describeRound(last)}:`, ...written].join('\n'));
    return EXIT.ok;
  },
};

/* Made for: `thidua papers` (issue 26): the last closed round's papers as Word documents — proposal, minutes, draft decision — for the office to edit and sign. */
