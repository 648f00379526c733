// thidua papers: the papers of the last closed round as Word documents — the registry of core/papers/index.ts: the
// council's proposal, its minutes, the list for posting, the chairman's draft decision, the submission to the
// province, an achievement report per nominee — refused while a nominee has no vote in the round.
import { join, resolve } from 'node:path';
import { writePaper } from '../../adapters/docx/write-document.js';
import { describeRound } from '../../core/run/closing.js';
import { unverified, type PreviousSummary } from '../../core/run/previous-summary.js';
import { unvotedPlace } from '../../core/run/open-at-closing.js';
import { postingAfterMeeting, postingBeforeVote, postingBegun, postingFrom, postingRefused, postingSaid, postingUndecided } from '../../core/papers/nominee-list.js';
import { councilSheetNamesOf } from '../../core/run/plan-copy.js';
import { councilPlace } from '../../core/workbook/council-sheets.js';
import { defaultPaperOptions, papersCheck, papersOf, POSTING_DAYS } from '../../core/papers/index.js';
import { termsOf, type PaperOptions } from '../../core/papers/wording.js';
import { termsText, type PrizeRounding } from '../../core/papers/prizes.js';
import { formatDateVi, officerDay, parseDateText } from '../../core/values.js';
import { folderCopies, readFolderSummary } from '../closed-rounds.js';
import { shown } from '../files.js';
import { writeOutput } from '../outputs.js';
import { EXIT, parseCommandArgs, UnusableFile, UsageError, type Command, type Io } from '../command.js';

const HELP = `thidua papers <thư mục kết quả> --out <thư mục> [--decision-date <dd/mm/yyyy>] [--received-on <dd/mm/yyyy>] [--received-upward <dd/mm/yyyy>] [--base-salary <đồng>] [--rounding <chuc-nghin|khong>] [--posting-from <dd/mm/yyyy>] [--posting-days <số ngày>] [--posting-list] [--force]

Lập hồ sơ khen thưởng từ kết quả đã chốt (thidua close), theo kết quả biểu quyết đã niêm phong cùng lần chốt: tờ
trình của Hội đồng Thi đua - Khen thưởng gửi Chủ tịch UBND xã, biên bản họp Hội đồng (quyết định trên từng cảnh báo,
nội dung còn mở khi chốt, kết quả biểu quyết), danh sách niêm yết công khai, dự thảo quyết định của Chủ tịch UBND xã
kèm danh sách và tiền thưởng, tờ trình đề nghị cấp trên (khi có trường hợp đề nghị hình thức khen thưởng trên cấp
xã), báo cáo thành tích của từng tập thể, cá nhân — tệp .docx khổ A4, Times New Roman, theo thể thức Nghị định
30/2020/NĐ-CP. Tờ trình và quyết định chỉ ghi các trường hợp đạt số phiếu đồng ý. Chưa lập khi còn trường hợp chưa
có kết quả biểu quyết trong lần chốt (lệnh nêu tên từng trường hợp), hoặc khi thư mục không khớp với lần chốt (như
«thidua verify»). Không ghi đè tệp đã có trừ khi thêm --force.

--decision-date: ngày ký quyết định khen thưởng, chọn mức lương cơ sở để tính tiền thưởng (2.340.000 đồng từ
01/7/2024, 2.530.000 đồng từ 01/7/2026) và năm ghi trên dự thảo quyết định; mặc định ngày chốt. --base-salary: mức lương cơ sở (đồng) do cán bộ nhập,
thay cho mức theo ngày. --rounding: chuc-nghin (mặc định: làm tròn lên hàng chục nghìn đồng, theo Nghị định
91/2017/NĐ-CP, chưa kiểm chứng với Nghị định 152/2025/NĐ-CP) hoặc khong (không làm tròn).
--received-on: ngày Chủ tịch UBND xã nhận hồ sơ của Hội đồng, --received-upward: ngày cấp tỉnh nhận tờ trình đề nghị
cấp trên — căn cứ pháp lý chọn theo ngày nhận hồ sơ (Luật 06/2026/QH16 áp dụng cho hồ sơ nhận từ 01/10/2026); mặc định
ngày chốt.
--posting-from, --posting-days: ngày bắt đầu và số ngày làm việc niêm yết danh sách; mặc định ${POSTING_DAYS} ngày làm việc
ngay trước ngày họp ghi ở trang «Biểu quyết» (chưa ghi ngày họp: từ ngày làm việc sau ngày chốt).
--posting-list: chỉ lập danh sách niêm yết công khai (danh-sach-cong-khai.docx) — TRƯỚC khi Hội đồng họp, chưa cần
biểu quyết hay chốt: các trường hợp kết quả chấm đề nghị, ngày họp, chủ trì và nơi niêm yết ghi ở trang «Biểu
quyết» của tong-hop.xlsx. Danh sách trong hồ sơ sau khi chốt giống hệt danh sách này khi cùng các trường hợp và
cùng cuộc họp; biên bản ghi ngày và nơi đã niêm yết.

English: writes the award papers of the last closed round as .docx files into --out, listing only the nominees the
council's sealed vote passed; refused while a nominee has no vote. --decision-date picks the base salary of the
day from a dated table; --base-salary overrides it; --rounding chooses the prizes' rounding (up to ten thousand by
default); --received-on and --received-upward the days the commune chairman and the province receive the dossier,
which pick the legal bases; --posting-from and --posting-days the posting period of the public list (by default the
${POSTING_DAYS} working days before the meeting day typed on «Biểu quyết»). --posting-list writes the posting list alone,
before the council meets, votes or closes: from the nominees the scoring proposes and the meeting on «Biểu quyết»;
the closed round's papers carry the same list for the same nominees and meeting.`;

const ROUNDING_ARGS: Record<string, PrizeRounding | undefined> = { 'chuc-nghin': 'up-ten-thousand', khong: 'none' };

export const command: Command = {
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      force: { type: 'boolean' },
      'decision-date': { type: 'string' },
      'received-on': { type: 'string' },
      'received-upward': { type: 'string' },
      'base-salary': { type: 'string' },
      rounding: { type: 'string' },
      'posting-from': { type: 'string' },
      'posting-days': { type: 'string' },
      'posting-list': { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('Cần đúng một thư mục kết quả. / One output folder is required.');
    if (!values.out?.trim()) throw new UsageError('Thiếu --out <thư mục>. / --out is required.');
    const folder = resolve(io.cwd, positionals[0]!);
    const out = resolve(io.cwd, values.out);
    const { summaryPath, summary } = await readFolderSummary(folder, io.cwd, 'Không lập hồ sơ.');
    if (values['posting-list']) return postingListOnly(summary, summaryPath, out, values, io);
    const last = summary.rounds.at(-1);
    if (!last) throw new UnusableFile(`${shown(summaryPath, io.cwd)} chưa được chốt: hồ sơ chỉ lập từ kết quả đã chốt («thidua close ${shown(folder, io.cwd)} --by "<người chốt>"»).`);
    // The papers speak for the closed round: only from a folder that still is what was closed.
    const changed = unverified(summary, folderCopies(folder));
    if (changed.length > 0) {
      throw new UnusableFile(
        [`Không lập hồ sơ: thư mục ${shown(folder, io.cwd)} không khớp với kết quả đã chốt (${describeRound(last)}):`, ...changed.map((c) => `  - ${c}`), 'Hồ sơ chỉ lập từ thư mục khớp với lần chốt («thidua verify»); đã chấm lại thì chốt lần mới bằng «thidua close».'].join('\n'),
      );
    }
    const options = defaultPaperOptions(last);
    const day = (name: 'decision-date' | 'received-on' | 'received-upward', fallback: string): string => {
      const typed = values[name];
      if (typed === undefined) return fallback;
      const parsed = parseDateText(typed);
      if (parsed === undefined) throw new UsageError(`--${name} «${typed}»: cần ngày dd/mm/yyyy. / --${name} needs a date dd/mm/yyyy.`);
      return parsed;
    };
    options.decisionDate = day('decision-date', options.decisionDate);
    options.receivedOn = day('received-on', options.receivedOn);
    options.receivedUpward = day('received-upward', options.receivedUpward);
    if (values.rounding !== undefined) {
      const rounding = ROUNDING_ARGS[values.rounding];
      if (!rounding) throw new UsageError(`--rounding «${values.rounding}»: cần chuc-nghin hoặc khong. / --rounding needs chuc-nghin or khong.`);
      options.rounding = rounding;
    }
    if (values['base-salary'] !== undefined) {
      const salary = Number(values['base-salary'].replace(/[.\s]/g, ''));
      if (!Number.isSafeInteger(salary) || salary <= 0) throw new UsageError(`--base-salary «${values['base-salary']}»: cần số đồng, ví dụ 2340000. / --base-salary needs a whole number of đồng.`);
      options.baseSalary = salary;
    }
    options.posting = typedPosting(values, options.posting.from) ?? options.posting;
    // The council's sheets by the names they have in this tong-hop.xlsx.
    const sheets = councilSheetNamesOf(summary);
    const check = papersCheck(last, { ...sheets, file: shown(summaryPath, io.cwd) }, options, TYPE_POSTING, summary.review);
    if (check.unvoted.length > 0) {
      throw new UnusableFile(
        [
          `Chưa lập hồ sơ: lần chốt ${describeRound(last)} chưa có kết quả biểu quyết của ${check.unvoted.length} trường hợp được đề nghị:`,
          ...check.unvoted.map((n) => `  - ${n.text}`),
          `Tờ trình và quyết định chỉ ghi các trường hợp Hội đồng biểu quyết đạt. Hãy ghi tổng số thành viên, số có mặt, số đồng ý ở ${unvotedPlace(last.open ?? {}, { ...sheets, file: shown(summaryPath, io.cwd) })}, rồi chốt lại («thidua close ${shown(folder, io.cwd)} --by "<người chốt>" --reason "Ghi kết quả biểu quyết"») và lập hồ sơ.`,
        ].join('\n'),
      );
    }
    const late = postingAfterMeeting(options.posting, last.votes?.meeting.date, TYPE_POSTING);
    for (const w of [...check.warnings.map((l) => l.text), ...(late ? [late] : [])]) io.err(`Lưu ý: ${w}`);
    const written: string[] = [];
    for (const paper of papersOf(last, options)) {
      const path = join(out, `${paper.name}.docx`);
      if (!(await writeOutput(path, await writePaper(paper), values.force ?? false))) {
        throw new UsageError(`Tệp ${shown(path, io.cwd)} đã có; thêm --force để ghi đè. / ${shown(path, io.cwd)} exists; add --force.`);
      }
      written.push(`  ${paper.title}: ${shown(path, io.cwd)}`);
    }
    io.out(
      [
        `Hồ sơ khen thưởng theo kết quả đã chốt ${describeRound(last)} (${termsText(termsOf(options))}; niêm yết từ ${formatDateVi(options.posting.from)} đến ${formatDateVi(options.posting.to)}):`,
        ...written,
      ].join('\n'),
    );
    return EXIT.ok;
  },
};

/** How the command line takes the days a list was really posted. */
const TYPE_POSTING = 'ghi ngày đã niêm yết thật bằng --posting-from <dd/mm/yyyy>';

type Values = { out?: string; force?: boolean; 'posting-from'?: string; 'posting-days'?: string };

/**
 * The posting period the officer typed (--posting-from, --posting-days: its first day counts, then `days` working
 * days; without --posting-from it starts on `from`); undefined when neither was typed.
 */
function typedPosting(values: Values, from: string | undefined): PaperOptions['posting'] | undefined {
  if (values['posting-from'] === undefined && values['posting-days'] === undefined) return undefined;
  const days = values['posting-days'] === undefined ? POSTING_DAYS : Number(values['posting-days']);
  if (!Number.isInteger(days) || days < 1 || days > 60) throw new UsageError(`--posting-days «${values['posting-days']}»: cần số ngày làm việc từ 1 đến 60. / --posting-days needs 1 to 60.`);
  const typed = values['posting-from'] === undefined ? undefined : parseDateText(values['posting-from']);
  if (typed === undefined && values['posting-from'] !== undefined) throw new UsageError(`--posting-from «${values['posting-from']}»: cần ngày dd/mm/yyyy. / --posting-from needs a date dd/mm/yyyy.`);
  const start = typed ?? from;
  return start === undefined ? undefined : postingFrom(start, days);
}

/**
 * --posting-list: the list for posting alone, before the council votes — from the result as scored (closed or not)
 * and the meeting typed on «Biểu quyết», dated the working days before the meeting — the same paper the closed
 * round's papers carry for the same nominees and meeting.
 */
async function postingListOnly(summary: PreviousSummary, summaryPath: string, out: string, values: Values, io: Io): Promise<number> {
  const record = summary.record ?? summary.rounds.at(-1)?.record;
  if (!record) throw new UnusableFile(`${shown(summaryPath, io.cwd)} không có kết quả chấm: hãy chấm trước («thidua score … --out <thư mục>»).`);
  const meeting = summary.votes.meeting;
  const made = postingBeforeVote(record, meeting, typedPosting(values, meeting.date || undefined));
  if (!made.ok) {
    // The meeting's day is typed on «Biểu quyết» (its first part, of a sheet in parts), at the cell read.
    const where = summary.council.votes ? councilPlace({ ...councilSheetNamesOf(summary), file: shown(summaryPath, io.cwd) }, 'votes', summary.votes.fieldsAt?.date) : shown(summaryPath, io.cwd);
    const typedDate = summary.votes.typedDate;
    if (typedDate && !typedPosting(values, undefined)) throw new UnusableFile(`Chưa lập danh sách niêm yết: không hiểu ngày họp «${typedDate}» ở ${where} (ghi ngày dd/mm/yyyy), hoặc thêm --posting-from <dd/mm/yyyy>.`);
    throw new UnusableFile(postingRefused(made.why, where, 'thêm --posting-from <dd/mm/yyyy>'));
  }
  const path = join(out, `${made.paper.name}.docx`);
  if (!(await writeOutput(path, await writePaper(made.paper), values.force ?? false))) {
    throw new UsageError(`Tệp ${shown(path, io.cwd)} đã có; thêm --force để ghi đè. / ${shown(path, io.cwd)} exists; add --force.`);
  }
  io.out(`${postingSaid(made, meeting, record.set.commune)}: ${shown(path, io.cwd)}`);
  // Worked back from the meeting day, not typed: a first day already past is said.
  const begun = typedPosting(values, undefined) || !meeting.date ? undefined : postingBegun(made.posting, meeting.date, officerDay(), TYPE_POSTING);
  if (begun) io.err(`Lưu ý: ${begun}`);
  const late = postingAfterMeeting(made.posting, meeting.date || undefined, TYPE_POSTING);
  if (late) io.err(`Lưu ý: ${late}`);
  const undecided = postingUndecided(record, summary.review, councilSheetNamesOf(summary));
  if (undecided) io.err(`Lưu ý: ${undecided}`);
  return EXIT.ok;
}

/* Made for: `thidua papers` (issue 26): the last closed round's papers as Word documents — proposal, minutes, draft decision — for the office to edit and sign. */
