// The parts of a criteria sheet every layout may carry around its table, read the same whichever layout holds
// them: the metadata block above the first section (name, period, legal basis, tolerances), «XẾP LOẠI» and
// «HÌNH THỨC KHEN THƯỞNG». A part whose section is absent reads as its default, said as a notice.
import { findLabeledCells, isBlank } from '../../sheet/grid.js';
import type { ReportCell } from '../../sheet/cell.js';
import { labelLookup, matchesLabel, normalizeLabel, parseAddress } from '../../text.js';
import { cellText, formatNumberVi, formatPoints, parseNumberText } from '../../values.js';
import { sharesGoRound } from '../check-set.js';
import { resolveKind } from '../kinds.js';
import { AWARD_ROUND_TITLES, type AwardForm, type AwardQuota, type ClassificationBand, type Criterion, type SubjectKind } from '../schema.js';
import { bandsText, DEFAULT_BANDS, defaultAward } from './defaults.js';
import { aroundLines, bandsWritten, gradingUnread, placeOf, writtenAround, writtenBands, type Paragraphs } from './written-bands.js';
import { inferIdentity, inferPeriod } from './infer.js';
import { topBlockCap } from './top-block-cap.js';
import { topBlockLines } from './top-block-lines.js';
import type { ReadCriteriaSheetOptions, SheetReader } from './sheet-reader.js';
import { ALSO_QUOTA_WORDS, AWARD_COLUMNS, BAND_COLUMNS, COUNCIL_LABELS, findBand, fromLabels, LEVEL_LABELS, META, QUOTA_ROUNDING_WORDS, QUOTA_SUBJECTS, splitList } from './vocabulary.js';

/**
 * A value that runs on over the rows below it, their label cells empty (the writer puts long notes a printed
 * line a row): a piece ending in a space goes on in the next one, joined with a space; any other ends a line
 * of its own, joined with a line break (a paragraph of the notes, or a line an officer typed).
 */
function continuedText(sheet: SheetReader, cell: ReportCell | undefined): string {
  if (!cell) return '';
  const at = parseAddress(cell.address)!;
  const r0 = at.row - (sheet.grid.origin?.row ?? 1);
  const c = at.col - (sheet.grid.origin?.col ?? 1);
  let text = sheet.text(cell);
  let goesOn = typeof cell.raw === 'string' && /\s$/.test(cell.raw);
  for (let r = r0 + 1; r < sheet.firstSectionRow; r++) {
    const row = sheet.grid.values[r] ?? [];
    if (isBlank(row[c]) || row.slice(0, c).some((v) => !isBlank(v))) break;
    text += (text === '' ? '' : goesOn ? ' ' : '\n') + cellText(row[c]);
    goesOn = typeof row[c] === 'string' && /\s$/.test(row[c]);
  }
  return text;
}

/** The metadata block: label–value pairs above the first section; the set's name, when missing, is inferred. */
export function readMetadata(sheet: SheetReader, { fileName, caption, documentTitle }: ReadCriteriaSheetOptions) {
  const meta = findLabeledCells(sheet.grid, META, 0, sheet.firstSectionRow);
  const given = { id: sheet.text(meta.id), version: sheet.text(meta.version), title: sheet.text(meta.title) };
  if (given.id !== '' && !/^[a-z0-9][a-z0-9-]*$/.test(given.id)) {
    sheet.fail(meta.id!.address, `«Mã bộ tiêu chí» chỉ gồm chữ thường không dấu, số và gạch nối (ví dụ ta-ma-2025), đang là «${given.id}»`);
  }
  const { id, version, title } = inferIdentity(sheet, given, meta, fileName, caption, documentTitle);
  const council = sheet.text(meta.council);
  const onRejectedFigure = council === '' ? 'withdraw_points' : fromLabels(COUNCIL_LABELS, council);
  if (onRejectedFigure === undefined) {
    sheet.fail(meta.council!.address, `«Số liệu bị bác» phải là «Rút điểm» hoặc «Không xét khen thưởng», đang là «${council}»`);
  }
  const ratioMismatch = sheet.number(meta.ratioMismatch, 'Sai lệch tỷ lệ cho phép', true);
  const selfScoreGap = sheet.number(meta.selfScoreGap, 'Sai lệch điểm tự chấm cho phép', true);
  const deadline = sheet.date(meta.deadline, 'Hạn nộp');
  const deadlineWording = sheet.text(meta.deadlineWording);
  const scoreStep = sheet.number(meta.scoreStep, 'Bước chấm điểm', true);
  const scoreStepWording = sheet.text(meta.scoreStepWording);
  const notes = continuedText(sheet, meta.notes);
  const underTotal = topBlockLines(sheet.grid, sheet.firstSectionRow).map((l) => l.line);
  const totalCap = topBlockCap(sheet.grid, sheet.firstSectionRow)?.cap;
  const periodLabel = sheet.text(meta.periodLabel);
  // Inferred only when the sheet has no «Từ ngày»/«Đến ngày» rows at all: left empty is the officer's choice.
  const period = meta.from || meta.to
    ? { from: sheet.date(meta.from, 'Từ ngày'), to: sheet.date(meta.to, 'Đến ngày'), label: periodLabel }
    : inferPeriod(sheet, periodLabel, [
      { text: periodLabel, cell: meta.periodLabel?.address },
      { text: title, cell: meta.title?.address ?? sheet.titleRow()?.address },
      { text: fileName ?? '' },
    ]);
  return {
    id,
    version,
    title,
    commune: sheet.text(meta.commune),
    district: sheet.text(meta.district),
    province: sheet.text(meta.province),
    legalBasis: {
      document: sheet.text(meta.document),
      date: sheet.date(meta.documentDate, 'Ngày ban hành'),
      title: sheet.text(meta.documentTitle),
    },
    period,
    ...(deadline !== '' && { deadline }),
    ...(deadlineWording !== '' && { deadlineWording }),
    ...(scoreStep !== undefined && scoreStep > 0 && { scoreStep }),
    ...(scoreStepWording !== '' && { scoreStepWording }),
    tolerances: {
      ...(ratioMismatch !== undefined && { ratioMismatch }),
      ...(selfScoreGap !== undefined && { selfScoreGap }),
    },
    council: { onRejectedFigure },
    ...(notes !== '' && { notes }),
    ...(underTotal.length > 0 && { underTotal }),
    ...(totalCap && { totalCap }),
  };
}

/**
 * Where a table stands in its sheet, for its grading: its criteria's rows from `from` (`criterion`: a row of points), its
 * header at `top` and its end at `end` (rows above and from it are the document around it; none given, those after its
 * criteria), the set's base total, and a document's paragraphs under (`below`) and above (`above`) the table.
 */
export type GradedTable = { from: number; criterion: (r: number) => boolean; base: number; top?: number; end?: number; below?: readonly string[] | undefined; above?: readonly string[] | undefined };

/**
 * «XẾP LOẠI»: the section; else the grading the form writes in words in or under its table (rows from `under.from`, its
 * criteria aside; or a document's paragraphs under its table), or above it (its rows, or paragraphs), its points held as
 * a share of the set's base total; else the defaults. What was taken is said; so is every line of grading around the
 * table that was not read, never a word that the document writes none.
 */
export function readBands(sheet: SheetReader, under?: GradedTable): ClassificationBand[] | undefined {
  const section = sheet.sections.get('bands');
  // A «XẾP LOẠI» title over grades in words («Xếp loại:» over «- Tốt: từ 75 đến dưới 90 điểm»), not over the section's table.
  const table = section && sheet.grid.values.slice(section.start, section.end).some((row) => row.some((v) => bandColumn(v) === 'minPercent'));
  if (!table) {
    const paragraphs: Paragraphs[] = [
      ...(under?.below ? [{ lines: under.below, side: 'below' as const }] : []),
      ...(under?.above ? [{ lines: under.above, side: 'above' as const }] : []),
    ];
    const inGrid = under && writtenBands(sheet.grid, section ? section.start : under.from, section ? () => false : under.criterion, (r, c) => sheet.at(r, c));
    // Under the table first, as forms most often write it; above it only where nothing is written under.
    const top = under?.top ?? 0;
    const aboveRows = () => (top > 0 ? writtenBands(sheet.grid, 0, (r) => r >= top, (r, c) => sheet.at(r, c)) : undefined);
    const written = inGrid ?? (section ? undefined : (writtenAround(paragraphs[0] ?? { lines: [], side: 'below' }) ?? aboveRows() ?? (paragraphs[1] && writtenAround(paragraphs[1]))));
    const inSection = !section || (written !== undefined && written[0]!.row < section.end);
    const bands = written && inSection ? bandsWritten(sheet, written, under!.base, sheet.headerCell('criteria') ?? sheet.at(0, 0)) : undefined;
    if (!section || bands) {
      const used = bands ? 'xếp loại theo các mức đã đọc (xem ghi chú «Xếp loại theo cách …»)' : `dùng mặc định ${bandsText(DEFAULT_BANDS)}`;
      const said = under !== undefined && gradingUnread(sheet, aroundLines(gridAround(sheet, under), paragraphs), written, used);
      if (bands) return bands;
      if (!said) sheet.note(undefined, written ? `Không dùng được cách xếp loại bảng ghi (xem ghi chú ở ${placeOf(written[0]!)}): dùng mặc định ${bandsText(DEFAULT_BANDS)}.` : `Chưa có mục «XẾP LOẠI»: dùng mặc định ${bandsText(DEFAULT_BANDS)}.`);
      return DEFAULT_BANDS;
    }
  }
  const rows = sheet.table('bands', BAND_COLUMNS, ['id', 'label', 'minPercent']);
  const unique = sheet.uniqueIds('mã xếp loại');
  let previous: number | undefined;
  return rows?.map(({ cells, first }) => {
    const id = sheet.required(cells.id, 'Mã', first);
    const label = sheet.required(cells.label, 'Xếp loại', first);
    const minPercent = sheet.number(cells.minPercent, 'Từ (%)', false, 100);
    unique(cells.id!, id);
    if (minPercent !== undefined && previous !== undefined && !(minPercent < previous)) {
      sheet.fail(
        cells.minPercent!.address,
        `các mức xếp loại phải xếp từ cao xuống thấp («Từ (%)» giảm dần), ${formatPoints(minPercent)} không nhỏ hơn ${formatPoints(previous)}`,
      );
    }
    previous = minPercent ?? previous;
    const condition = cellText(cells.condition?.raw).trim();
    return { id, label, minPercent: minPercent ?? 0, ...(condition !== '' && { condition }) };
  });
}

const bandColumn = labelLookup(BAND_COLUMNS);

/** The cells of the rows around a table (above its header; from its end, or else after its criteria), each with its address. */
function gridAround(sheet: SheetReader, { from, criterion, top = 0, end }: GradedTable) {
  return sheet.grid.values.flatMap((row, r) =>
    r < top || (r >= (end ?? from) && !criterion(r)) ? row.flatMap((v, c) => (isBlank(v) ? [] : [{ text: cellText(v), cell: sheet.at(r, c) }])) : [],
  );
}

/** Award forms; without the section, the commune chairman's certificate (an empty section means none). */
export function readAwards(
  sheet: SheetReader,
  bands: ClassificationBand[] | undefined,
  criteria: Criterion[] | undefined,
  kinds: SubjectKind[] | undefined,
): AwardForm[] {
  if (!sheet.sections.has('awards') && bands) {
    const form = defaultAward(bands);
    const band = bands.find((b) => b.id === form.minClassification)!;
    sheet.note(undefined, `Chưa có mục «HÌNH THỨC KHEN THƯỞNG»: dùng mặc định ${form.label}, từ xếp loại ${band.label}, không có chỉ tiêu số lượng (Hội đồng quyết định).`);
    return [form];
  }
  const rows = sheet.table('awards', AWARD_COLUMNS, ['id', 'label', 'level', 'minClassification'], true);
  const unique = sheet.uniqueIds('mã hình thức');
  const forms: AwardForm[] = [];
  const wanted: { form: AwardForm | undefined; cell: ReportCell; also: string }[] = [];
  const ofForms: ShareOfForm[] = [];
  for (const { cells: c, first } of rows ?? []) {
    const id = sheet.required(c.id, 'Mã', first);
    const label = sheet.required(c.label, 'Hình thức', first);
    unique(c.id!, id);
    const levelText = sheet.text(c.level);
    const level = fromLabels(LEVEL_LABELS, levelText);
    if (!level) sheet.fail(c.level!.address, `«Cấp» phải là Xã, Huyện, Tỉnh hoặc Trung ương, đang là «${levelText}»`);
    const roundText = sheet.text(c.round);
    const round = roundText === '' ? 'hang-nam' : fromLabels(AWARD_ROUND_TITLES, roundText);
    if (!round) sheet.fail(c.round!.address, `«Đợt xét» phải là ${Object.values(AWARD_ROUND_TITLES).join(', ')} (để trống: hằng năm), đang là «${roundText}»`);
    const bandName = sheet.required(c.minClassification, 'Xếp loại tối thiểu', first);
    const band = bands && findBand(bands, bandName);
    if (bands && bandName !== '' && !band) sheet.fail(c.minClassification!.address, `xếp loại «${bandName}» không có trong mục «XẾP LOẠI»`);
    const gateCriteria: string[] = [];
    for (const name of splitList(sheet.text(c.gateCriteria))) {
      const n = normalizeLabel(name);
      const found = criteria?.find((x) => x.code === name) ?? criteria?.find((x) => normalizeLabel(x.code) === n);
      if (found) gateCriteria.push(found.code);
      else if (criteria) sheet.fail(c.gateCriteria!.address, `tiêu chí bắt buộc «${name}» không có trong bảng tiêu chí`);
    }
    const quotas = [...readQuotas(sheet, c.quotas, kinds ?? [], false, ofForms), ...readQuotas(sheet, c.quotaShare, kinds ?? [], true, ofForms)];
    if (level && round && band) forms.push({ id, label, level, round, minClassification: band.id, gateCriteria, quotas, source: sheet.text(c.source) });
    const also = sheet.text(c.alsoGives);
    if (also !== '') wanted.push({ form: forms.at(-1), cell: c.alsoGives!, also });
  }
  // Named by forms listed anywhere on the sheet, so read once all are.
  for (const { form, cell, also } of wanted) {
    const m = new RegExp(`^(.+?)\\s*(?:\\((${ALSO_QUOTA_WORDS.within}|${ALSO_QUOTA_WORDS.beyond})\\))?$`, 'iu').exec(also)!;
    const other = forms.find((f) => f.id === m[1] || normalizeLabel(f.label) === normalizeLabel(m[1]!));
    if (!other) sheet.fail(cell.address, `«Đồng thời tặng» «${also}» không phải hình thức khen thưởng nào của mục (viết tên hình thức, có thể thêm «(${ALSO_QUOTA_WORDS.within})» hay «(${ALSO_QUOTA_WORDS.beyond})»)`);
    else if (form) form.alsoGives = { form: other.id, withinQuota: m[2]?.toLocaleLowerCase('vi') !== ALSO_QUOTA_WORDS.beyond };
  }
  resolveSharesOfForms(sheet, forms, ofForms);
  return forms;
}

/** A share of another form's holders as typed («15% số cá nhân đạt Lao động tiên tiến»): its form named once all are read. */
type ShareOfForm = { quota: Extract<AwardQuota, { percent: number }>; cell: ReportCell; typed: string; named: string; say: (whose: string) => void };

/**
 * Each share's form found among the forms of the sheet (by its label or code) and its quota taken of that form's
 * holders; a form the sheet does not have, or a circle (A's quota of B's holders, B's of A's), said at the cell and
 * no quota taken — never a guess of which was meant.
 */
function resolveSharesOfForms(sheet: SheetReader, forms: AwardForm[], shares: ShareOfForm[]): void {
  const quotaOf = new Map<object, AwardForm>(forms.flatMap((f) => f.quotas.map((q) => [q, f] as const)));
  for (const s of shares) {
    const name = s.named.replace(/^[«"“]\s*|\s*[»"”]$/gu, '');
    // «đạt danh hiệu Lao động tiên tiến»: the form by its name as typed, else after the word for it.
    const names = [name, name.replace(/^(?:danh hiệu|hình thức)\s+[«"“]?\s*|\s*[»"”]$/giu, '')].map(normalizeLabel);
    const other = names.map((n) => forms.find((f) => normalizeLabel(f.id) === n || normalizeLabel(f.label) === n)).find((f) => f !== undefined);
    // Failed, the sheet gives no set: no quota is taken of a form guessed.
    if (other) s.quota.of = other.id;
    else sheet.fail(s.cell.address, `chỉ tiêu «${s.typed}»: «${name}» không phải hình thức khen thưởng nào của mục (viết tên hình thức như ở cột «${AWARD_COLUMNS.label[0]}»: ${forms.map((f) => `«${f.label}»`).join(', ')})`);
  }
  for (const s of shares.filter((x) => x.quota.of !== undefined)) {
    const owner = quotaOf.get(s.quota);
    const base = forms.find((f) => f.id === s.quota.of)!;
    // A form its row could not make (its level, round or band unread) is said at those cells already.
    if (!owner) continue;
    if (sharesGoRound(forms, owner.id, base.id)) {
      sheet.fail(
        s.cell.address,
        `chỉ tiêu «${s.typed}» của ${owner.label} tính theo số đạt ${base.label}, mà chỉ tiêu của ${base.label} lại tính (trực tiếp hay qua hình thức khác) theo số đạt ${owner.label}: vòng tròn, không tính được — ghi một trong hai chỉ tiêu bằng số suất hay tỷ lệ số được chấm điểm, xếp hạng`,
      );
    } else s.say(`đạt ${base.label} trong lượt chấm (sau quyết định của Hội đồng)`);
  }
}

/**
 * «Chỉ tiêu» of an award form: "tập thể: 5; cá nhân: 5", or a kind: "thôn: 2"; or a share of the units ranked
 * («cá nhân: 15%», «không quá 15% số cá nhân», 0,15 in a percent format as Excel keeps «15%»). `share`: the cell is
 * under «Tỷ lệ (%)», its figures percentages («15», «cá nhân: 15»).
 */
function readQuotas(sheet: SheetReader, cell: ReportCell | undefined, kinds: SubjectKind[], share: boolean, ofForms: ShareOfForm[]): AwardQuota[] {
  if (!cell || cell.value.kind === 'empty') return [];
  /** `of`: the form named after «đạt», whose holders the share is of: said once it is found (resolveSharesOfForms). */
  const shareOf = (subject: string, percent: number, rounding: string | undefined, typed: string, of?: string): AwardQuota[] => {
    if (!(percent > 0 && percent <= 100)) {
      sheet.fail(cell.address, `tỷ lệ khen thưởng «${typed}» phải lớn hơn 0% và không quá 100%`);
      return [];
    }
    const round = rounding ? fromLabels(QUOTA_ROUNDING_WORDS, rounding) : undefined;
    const whom = subject === 'all' ? 'đơn vị (tập thể và cá nhân chung)' : (QUOTA_SUBJECTS[subject] ?? kinds.find((k) => k.id === subject)?.label ?? subject);
    const say = (whose: string) =>
      sheet.note(
        cell.address,
        `Chỉ tiêu «${typed}»: ${formatNumberVi(percent)}% số ${whom} ${whose}, ${
          round ? `${QUOTA_ROUNDING_WORDS[round]} như ô ghi` : `làm tròn xuống để không vượt ${formatNumberVi(percent)}% — ô không ghi cách làm tròn; ghi thêm «(${QUOTA_ROUNDING_WORDS.up})» nếu kế hoạch quy định`
        }; số suất tính ở mỗi lượt chấm, ghi ở trang «Đề xuất khen thưởng».`,
      );
    const quota = { subject, percent, ...(round ? { rounding: round } : {}) };
    if (of === undefined) say('được chấm điểm, xếp hạng trong lượt chấm (đã nộp báo cáo)');
    else ofForms.push({ quota, cell, typed, named: of, say });
    return [quota];
  };
  // A number in a percent format (Excel keeps «15%» as 0,15), or any number under «Tỷ lệ (%)»: that share of all units.
  if (cell.value.kind === 'number' && (cell.value.percent || share)) {
    const typed = cell.value.percent ? `${formatNumberVi(cell.value.value)}%` : formatNumberVi(cell.value.value);
    if (!cell.value.percent && cell.value.value < 1) {
      sheet.fail(cell.address, `tỷ lệ khen thưởng «${typed}» dưới 1%: ghi ${formatNumberVi(cell.value.value * 100)} nếu là ${formatNumberVi(cell.value.value * 100)}%`);
      return [];
    }
    return shareOf('all', cell.value.value, undefined, cell.value.percent ? typed : `${typed}» ở cột «${AWARD_COLUMNS.quotaShare[0]}`);
  }
  const quotas: AwardQuota[] = [];
  const parts = sheet.text(cell).split(';').map((p) => p.trim()).filter(Boolean);
  // A bare number typed in «Chỉ tiêu» is that many of all units together: read so, and said.
  const bare = parts.length === 1 && !share ? parseNumberText(parts[0]!) : undefined;
  if (bare !== undefined && bare >= 0 && Number.isInteger(bare)) {
    sheet.note(cell.address, `Chỉ tiêu «${parts[0]}» không ghi đối tượng: đọc là tất cả: ${bare} (tập thể và cá nhân chung). Ghi «tập thể: ${bare}» hay «cá nhân: ${bare}» nếu chỉ tiêu dành riêng cho một đối tượng.`);
    return [{ subject: 'all', max: bare }];
  }
  for (const part of parts) {
    // «không quá 15% số cá nhân (làm tròn lên)», «15%» (its subject after «số», all units when none), or «cá nhân: 15%».
    const worded = SHARE_WORDS.exec(part) ?? (share ? SHARE_FIGURE.exec(part) : null);
    const m = worded ? undefined : /^(.+?)\s*:\s*(.+)$/.exec(part);
    const figure = m ? SHARE_FIGURE.exec(m[2]!) : undefined;
    const named = worded ? (worded.groups!.whom ?? 'all') : m?.[1];
    const subject = named === undefined ? undefined : (fromLabels(QUOTA_SUBJECTS, named) ?? resolveKind({ subjectKinds: kinds }, named)?.id);
    const asShare = worded ?? (figure && (figure.groups!.sign || share) ? figure : undefined);
    const max = m && !asShare ? parseNumberText(m[2]!) : undefined;
    if (!asShare && (max === undefined || max < 0 || !Number.isInteger(max))) {
      sheet.fail(cell.address, `không hiểu chỉ tiêu khen thưởng «${part}» (viết: tập thể: 5; cá nhân: 5 — hay tỷ lệ: cá nhân: 15%)`);
    } else if (!subject) sheet.fail(cell.address, `«${named}» trong chỉ tiêu khen thưởng không phải tập thể, cá nhân, tất cả hay một loại đối tượng`);
    else if (asShare) quotas.push(...shareOf(subject, parseNumberText(asShare.groups!.percent!)!, asShare.groups!.rounding, part, asShare.groups!.of));
    else quotas.push({ subject, max: max! });
  }
  return quotas;
}

/** A quota's figure: «15%», «15 % (làm tròn lên)», «15» (a percentage under «Tỷ lệ (%)»). */
const SHARE_FIGURE = /^(?<percent>\d+(?:[.,]\d+)?)\s*(?<sign>%?)\s*(?:\((?<rounding>làm tròn (?:lên|xuống))\))?$/iu;
/**
 * A share in words, as plans write it: «không quá 15% số cá nhân», «tối đa 15% tổng số tập thể», «15%», and of those
 * reaching another form: «không quá 15% số cá nhân đạt danh hiệu Lao động tiên tiến» (`of`).
 */
const SHARE_WORDS =
  /^(?:(?:không quá|tối đa)\s+)?(?<percent>\d+(?:[.,]\d+)?)\s*%\s*(?:(?:của\s+)?(?:tổng\s+)?số\s+(?<whom>.+?)(?:\s+đạt\s+(?<of>.+?))?)?\s*(?:\((?<rounding>làm tròn (?:lên|xuống))\))?$/iu;

// Made for issue 24 item 5: what the layouts share (layouts/sectioned.ts and layouts/scoring-table.ts read these
// parts alike), apart from any one layout's table.

/** The base points of criteria (bonus and deductions aside), each group counted at most its stated cap. */
export function cappedSum(criteria: readonly Criterion[], caps: ReadonlyMap<string, number>): number {
  const byGroup = new Map<string, number>();
  for (const c of criteria) if (c.rule.kind !== 'bonus' && c.rule.kind !== 'deduction') byGroup.set(c.group, (byGroup.get(c.group) ?? 0) + c.maxPoints);
  return [...byGroup].reduce((s, [g, sum]) => s + Math.min(sum, caps.get(g) ?? sum), 0);
}

/** The verifier's column under the names it is documented by: nothing to say. */
const VERIFIED_AS_NAMED = ['Điểm thẩm định', 'Thẩm định', 'Điểm phúc tra', 'Phúc tra'];

/**
 * A verifier's column (Điểm thẩm định, HĐ chấm, SGD chấm, Điểm lớp đánh giá…) beside the self-score: said once at its
 * header cell, so the officer knows it is read, not ignored.
 */
export function noteVerifier(sheet: SheetReader, cell: string, label: string): void {
  const named = label.replace(/\s+/g, ' ').trim();
  // Under its own name (the column our sheets and docs/dinh-dang-tep.md call so) it is nothing inferred.
  if (matchesLabel(named, VERIFIED_AS_NAMED)) return;
  sheet.note(
    cell,
    `Cột «${named}» là điểm thẩm định: khi chấm bản của đơn vị, điểm ghi ở cột này được tính và in cạnh điểm tự chấm; dòng chưa có thì tạm tính theo điểm tự chấm và có cờ «Chưa có điểm thẩm định».`,
  );
}
