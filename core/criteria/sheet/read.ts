// Reading each part of a criteria sheet: the metadata block and each section's table. A part whose section is
// absent reads as undefined; references between parts are checked only against parts that were read.
import { isTotal, numberedCodes } from '../../report/read.js';
import { findLabeledCells, isBlank } from '../../sheet/grid.js';
import type { ReportCell } from '../../sheet/cell.js';
import { matchesLabel, normalizeLabel, parseAddress } from '../../text.js';
import { cellText, formatNumberVi, parseCell, parseNumberText } from '../../values.js';
import { resolveKind } from '../kinds.js';
import {
  AWARD_ROUND_TITLES,
  type AwardForm, type AwardQuota, type ClassificationBand, type CriteriaGroup, type Criterion, type Measure,
  type ScoringRule, type SubjectKind, type Target, type TieBreak,
} from '../schema.js';
import { parseTarget } from '../target.js';

type GroupNamer = ReturnType<typeof groupNamer>;
type KindNamer = ReturnType<typeof kindNamer>;
import { bandsText, DEFAULT_BANDS, defaultAward } from './defaults.js';
import { headingOf, inferIdentity, inferPeriod, type groupNamer, type Heading, type kindNamer } from './infer.js';
import type { SheetReader } from './reader.js';
import { deriveMeasure, parseRule } from './rule.js';
import { readRubric, type RubricRule } from './rubric.js';
import {
  AWARD_COLUMNS, BAND_COLUMNS, COUNCIL_LABELS, CRITERIA_COLUMNS, EVIDENCE_REQUIRED, findBand, fromLabels, GROUP_COLUMNS,
  KIND_COLUMNS, LEVEL_LABELS, MEASURE_LABELS, META, QUOTA_SUBJECTS, splitList, TIE_COLUMNS, TIE_LABELS,
} from './vocabulary.js';

/**
 * A value that runs on over the rows below it, their label cells empty (the writer splits long notes so
 * each row prints whole): the pieces joined with a space.
 */
function continuedText(sheet: SheetReader, cell: ReportCell | undefined): string {
  if (!cell) return '';
  const at = parseAddress(cell.address)!;
  const r0 = at.row - (sheet.grid.origin?.row ?? 1);
  const c = at.col - (sheet.grid.origin?.col ?? 1);
  const parts = [sheet.text(cell)];
  for (let r = r0 + 1; r < sheet.firstSectionRow; r++) {
    const row = sheet.grid.values[r] ?? [];
    if (isBlank(row[c]) || row.slice(0, c).some((v) => !isBlank(v))) break;
    parts.push(cellText(row[c]));
  }
  return parts.filter((p) => p !== '').join(' ');
}

/** The metadata block: label–value pairs above the first section; the set's name, when missing, is inferred. */
export function readMetadata(sheet: SheetReader, fileName: string | undefined, caption?: string) {
  const meta = findLabeledCells(sheet.grid, META, 0, sheet.firstSectionRow);
  const given = { id: sheet.text(meta.id), version: sheet.text(meta.version), title: sheet.text(meta.title) };
  if (given.id !== '' && !/^[a-z0-9][a-z0-9-]*$/.test(given.id)) {
    sheet.fail(meta.id!.address, `«Mã bộ tiêu chí» chỉ gồm chữ thường không dấu, số và gạch nối (ví dụ ta-ma-2025), đang là «${given.id}»`);
  }
  const { id, version, title } = inferIdentity(sheet, given, meta, fileName, caption);
  const council = sheet.text(meta.council);
  const onRejectedFigure = council === '' ? 'withdraw_points' : fromLabels(COUNCIL_LABELS, council);
  if (onRejectedFigure === undefined) {
    sheet.fail(meta.council!.address, `«Số liệu bị bác» phải là «Rút điểm» hoặc «Không xét khen thưởng», đang là «${council}»`);
  }
  const ratioMismatch = sheet.number(meta.ratioMismatch, 'Sai lệch tỷ lệ cho phép', true);
  const selfScoreGap = sheet.number(meta.selfScoreGap, 'Sai lệch điểm tự chấm cho phép', true);
  const deadline = sheet.date(meta.deadline, 'Hạn nộp');
  const deadlineWording = sheet.text(meta.deadlineWording);
  const notes = continuedText(sheet, meta.notes);
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
    tolerances: {
      ...(ratioMismatch !== undefined && { ratioMismatch }),
      ...(selfScoreGap !== undefined && { selfScoreGap }),
    },
    council: { onRejectedFigure },
    ...(notes !== '' && { notes }),
  };
}

export function readGroups(sheet: SheetReader): CriteriaGroup[] | undefined {
  const rows = sheet.table('groups', GROUP_COLUMNS, ['id', 'title'], true);
  const unique = sheet.uniqueIds('mã nhóm');
  return rows?.map(({ cells, first }) => {
    const id = sheet.required(cells.id, 'Mã', first);
    const title = sheet.required(cells.title, 'Tên nhóm', first);
    const maxPoints = sheet.number(cells.maxPoints, 'Điểm tối đa', true);
    unique(cells.id!, id);
    return { id, title, ...(maxPoints !== undefined && { maxPoints }) };
  });
}

export function readKinds(sheet: SheetReader): SubjectKind[] | undefined {
  const rows = sheet.table('kinds', KIND_COLUMNS, ['id', 'label', 'collective'], true);
  const unique = sheet.uniqueIds('mã loại đối tượng');
  return rows?.map(({ cells, first }) => {
    const id = sheet.required(cells.id, 'Mã', first);
    const label = sheet.required(cells.label, 'Tên', first);
    const which = sheet.text(cells.collective);
    const collective = matchesLabel(which, ['Tập thể']) ? true : matchesLabel(which, ['Cá nhân']) ? false : undefined;
    if (collective === undefined) sheet.fail(cells.collective!.address, `«Tập thể/Cá nhân» phải là «Tập thể» hoặc «Cá nhân», đang là «${which}»`);
    unique(cells.id!, id);
    return { id, label, collective: collective ?? true, aliases: splitList(sheet.text(cells.aliases)) };
  });
}

/** Classification bands, best first: «Từ (%)» must fall from row to row. Without the section, the defaults. */
export function readBands(sheet: SheetReader): ClassificationBand[] | undefined {
  if (!sheet.sections.has('bands')) {
    sheet.note(undefined, `Chưa có mục «XẾP LOẠI»: dùng mặc định ${bandsText(DEFAULT_BANDS)}.`);
    return DEFAULT_BANDS;
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
        `các mức xếp loại phải xếp từ cao xuống thấp («Từ (%)» giảm dần), ${formatNumberVi(minPercent)} không nhỏ hơn ${formatNumberVi(previous)}`,
      );
    }
    previous = minPercent ?? previous;
    return { id, label, minPercent: minPercent ?? 0 };
  });
}

/**
 * The criteria table, with its groups and kinds: those of the sections when present (references checked
 * against them), else inferred. Without a «Cách tính» column every criterion is scored by hand.
 */
export function readCriteria(sheet: SheetReader, groups: GroupNamer, kinds: KindNamer): Criterion[] | undefined {
  const rows = sheet.table('criteria', CRITERIA_COLUMNS, ['title', 'maxPoints']);
  if (!rows) return undefined;
  if (rows.length > 0 && !rows[0]!.cells.code && !rows[0]!.cells.ordinal) {
    sheet.fail(sheet.headerCell('criteria')!, 'bảng tiêu chí thiếu cột «Mã» (hoặc «STT»)');
    return undefined;
  }
  const unique = sheet.uniqueIds('mã tiêu chí');
  const criteria: Criterion[] = [];
  const noRuleColumn = rows.length > 0 && rows[0]!.cells.rule === undefined && rows[0]!.cells.rubric === undefined;
  const codes = codesOf(sheet, rows);
  const parents = new Map<string, { max: ReportCell | undefined; children: Criterion[] }>();
  let heading: Heading | undefined;
  let total: ReportCell | undefined;
  for (const [i, { cells: c, texts }] of rows.entries()) {
    const code = codes[i]!;
    // The table ends at its «Tổng cộng» row; what it says is compared with the criteria below.
    if (isTotal(code) || isTotal(sheet.text(c.title)) || isTotal(texts[0])) {
      total = c.maxPoints;
      break;
    }
    // Group headings officers add between criteria: "II. XÃ HỘI SỐ", or "II | Xã hội số" with no «Cách tính».
    const ruleCell = c.rule ?? c.rubric;
    const asHeading = headingOf({ code, title: sheet.text(c.title), rule: sheet.text(ruleCell), texts, max: c.maxPoints });
    if (asHeading) {
      heading = asHeading;
      continue;
    }
    const codeCell = (c.code ?? c.ordinal)!;
    if (code === '') {
      sheet.fail(codeCell.address, 'thiếu «Mã» của tiêu chí');
      continue;
    }
    unique(codeCell, code);
    // An item with sub-items ("1" over "1.1", "1.2") is scored by its sub-items; its points are checked against theirs.
    // With a «Cách tính» of its own it is scored itself (its sub-items are its deductions or bonus).
    if (codes.slice(i + 1).find((next) => next !== '')?.startsWith(`${code}.`) && sheet.text(c.rule) === '') {
      parents.set(code, { max: c.maxPoints, children: [] });
      continue;
    }
    const title = sheet.required(c.title, 'Tiêu chí', codeCell);

    const group = groups.of(sheet.text(c.group), c.group, heading, codeCell);

    const maxPoints = sheet.number(c.maxPoints, 'Điểm tối đa', false);
    const read = c.rule || noRuleColumn ? ruleOf(sheet, c.rule, codeCell) : rubricOf(sheet, c.rubric!, maxPoints, heading);
    const rule = read?.rule;
    if (rule?.kind === 'tiers' && maxPoints !== undefined) {
      const top = Math.max(...rule.tiers.map((t) => t.points));
      if (top > maxPoints) sheet.fail(ruleCell!.address, `bậc cao nhất (${formatNumberVi(top)} điểm) vượt «Điểm tối đa» (${formatNumberVi(maxPoints)})`);
    }

    const unit = sheet.text(c.unit) || (read?.unit ?? '');
    const measureText = sheet.text(c.measure);
    let measure: Measure | undefined = rule ? deriveMeasure(unit, rule) : undefined;
    if (measureText !== '') {
      measure = fromLabels(MEASURE_LABELS, measureText);
      if (!measure) sheet.fail(c.measure!.address, `không hiểu đại lượng «${measureText}» (dùng: ${Object.values(MEASURE_LABELS).join('; ')})`);
    }

    const target = readTarget(sheet, c.target, measure);

    const appliesTo = splitList(sheet.text(c.appliesTo)).flatMap((name) => kinds.of(name, c.appliesTo!) ?? []);

    const evidence = readEvidence(sheet, c.evidence, c.selfScore);

    const portal = readPortal(sheet, c.portal);
    const note = [sheet.text(c.note), read?.note ?? '', evidence.note ?? ''].filter(Boolean).join(' ');
    if (!rule || !measure || maxPoints === undefined || group === undefined) continue;
    const criterion: Criterion = {
      code,
      title,
      group,
      unit,
      measure,
      ...(target && { target }),
      maxPoints,
      rule,
      appliesTo,
      evidenceRequired: evidence.required,
      source: sheet.text(c.source),
      ...(note !== '' && { note }),
      ...(portal && { portal }),
    };
    criteria.push(criterion);
    const parent = [...parents.keys()].filter((p) => code.startsWith(`${p}.`)).sort((a, b) => b.length - a.length)[0];
    if (parent !== undefined) parents.get(parent)!.children.push(criterion);
  }
  // Compared only when every criterion read: a sum short of a row in error would say nothing.
  if (sheet.errors.length === 0) {
    for (const [code, { max, children }] of parents) checkSubItems(sheet, code, max, children);
    checkTotal(sheet, total, criteria);
  }
  if (noRuleColumn) {
    sheet.note(sheet.headerCell('criteria'), 'Bảng tiêu chí không có cột «Cách tính»: mọi tiêu chí chấm thủ công (cán bộ nhập điểm từ 0 đến điểm tối đa).');
  }
  return criteria;
}

/**
 * «Minh chứng»: «Bắt buộc» (or yes) or empty. In an all-in-one scoring sheet the column is also where a unit
 * lists its documents: there a row with a self-score is the unit's and requires nothing, and the commune's blank
 * form asks for documents by naming them (kept as the note).
 */
function readEvidence(sheet: SheetReader, cell: ReportCell | undefined, selfScore: ReportCell | undefined): { required: boolean; note?: string } {
  const text = sheet.text(cell);
  const value = parseCell(text);
  if (matchesLabel(text, [EVIDENCE_REQUIRED]) || (value.kind === 'bool' && value.value)) return { required: true };
  if (text === '' || (value.kind === 'bool' && !value.value)) return { required: false };
  if (selfScore !== undefined) return sheet.text(selfScore) === '' ? { required: true, note: `Tài liệu kiểm chứng: ${text}.` } : { required: false };
  sheet.fail(cell!.address, `«Minh chứng» ghi «Bắt buộc» hoặc để trống, đang là «${text}»`);
  return { required: false };
}

/** «Cách tính» in the sheet's own words (an error when unreadable); without the column, manual. */
function ruleOf(sheet: SheetReader, cell: ReportCell | undefined, rowCell: ReportCell): { rule: ScoringRule; unit?: string; note?: string } | undefined {
  const text = cell ? sheet.required(cell, 'Cách tính', rowCell) : 'Thủ công';
  const parsed = text === '' ? undefined : parseRule(text);
  if (parsed && !parsed.ok) sheet.fail(cell!.address, parsed.message);
  return parsed?.ok ? { rule: parsed.rule } : undefined;
}

/**
 * A rubric's «Cách xác định và tính điểm»: our own wording, else the rubric's (./rubric.ts), else manual with
 * the wording kept as the note — said as a notice at the cell. Under an «ĐIỂM THƯỞNG» heading a criterion adds
 * on top of the total.
 */
function rubricOf(sheet: SheetReader, cell: ReportCell, max: number | undefined, heading: Heading | undefined): RubricRule | undefined {
  if (max === undefined) return undefined;
  const text = sheet.text(cell);
  const bonusGroup = heading !== undefined && /^diem (thuong|cong)\b/.test(normalizeLabel(heading.title));
  const own = text === '' ? undefined : parseRule(text);
  const read: RubricRule | undefined = own?.ok ? { rule: own.rule, unit: '' } : readRubric(text, max);
  if (bonusGroup && (read === undefined || read.rule.kind === 'manual')) {
    return { rule: { kind: 'bonus' }, unit: 'điểm', ...(text !== '' && { note: text }) };
  }
  if (read) return read;
  sheet.note(
    cell.address,
    text === ''
      ? 'Chưa ghi cách tính điểm: chấm thủ công (cán bộ nhập điểm từ 0 đến điểm tối đa).'
      : `Chưa chuyển được «${text}» thành cách tính: chấm thủ công, giữ nguyên lời này làm ghi chú của tiêu chí.`,
  );
  return { rule: { kind: 'manual' }, unit: '', ...(text !== '' && { note: text }) };
}

/** Codes as the table numbers its rows: «Mã», else «STT» numbered as the unit's scores are (numberedCodes). */
function codesOf(sheet: SheetReader, rows: { cells: Partial<Record<keyof typeof CRITERIA_COLUMNS, ReportCell>> }[]): string[] {
  const texts = rows.map(({ cells: c }) => sheet.text(c.code ?? c.ordinal));
  return rows[0]?.cells.code ? texts : numberedCodes(texts);
}

/** An item's «Điểm tối đa» against the sum of its sub-items' (the sheet's own arithmetic). */
function checkSubItems(sheet: SheetReader, code: string, max: ReportCell | undefined, children: Criterion[]): void {
  if (max?.value.kind !== 'number') return;
  const sum = children.reduce((s, c) => s + c.maxPoints, 0);
  if (Math.abs(sum - max.value.value) > 1e-9) {
    sheet.note(
      max.address,
      `Mục ${code} ghi ${formatNumberVi(max.value.value)} điểm, nhưng các mục con ${children.map((c) => c.code).join(', ')} cộng được ${formatNumberVi(sum)}: dùng điểm của từng mục con.`,
    );
  }
}

/** The sheet's own total of «Điểm tối đa» against the criteria above it (bonus and deductions aside). */
function checkTotal(sheet: SheetReader, total: ReportCell | undefined, criteria: Criterion[]): void {
  if (total?.value.kind !== 'number') return;
  const sum = criteria.filter((c) => c.rule.kind !== 'bonus' && c.rule.kind !== 'deduction').reduce((s, c) => s + c.maxPoints, 0);
  if (Math.abs(sum - total.value.value) > 1e-9) {
    sheet.note(
      total.address,
      `Dòng «Tổng cộng» ghi ${formatNumberVi(total.value.value)} điểm, nhưng cộng «Điểm tối đa» các tiêu chí (trừ điểm cộng, điểm trừ) được ${formatNumberVi(sum)}: dùng điểm của từng tiêu chí.`,
    );
  }
}

/** «Chỉ tiêu»: text such as "≥ 80%", or a number Excel made of what was typed (100, or 0.8 shown as 80%). */
function readTarget(sheet: SheetReader, cell: ReportCell | undefined, measure: Measure | undefined): Target | undefined {
  if (!cell || cell.value.kind === 'empty') return undefined;
  const v = cell.value;
  const text = typeof cell.raw === 'number' && v.kind === 'number' ? `${formatNumberVi(v.value)}${v.percent ? '%' : ''}` : sheet.text(cell);
  const read = parseTarget(text, measure);
  if (read.ok) return read.target;
  sheet.fail(cell.address, read.message);
  return undefined;
}

/** «Chỉ số cổng DVC»: "TTTT ± 5" (the tolerance defaults to 5), optionally "(lưu ý: …)" when the figure differs in meaning. */
function readPortal(sheet: SheetReader, cell: ReportCell | undefined): Criterion['portal'] {
  const whole = sheet.text(cell);
  if (whole === '') return undefined;
  const noted = /^(.*?)\s*\(lưu ý:\s*(.*)\)\s*$/s.exec(whole);
  const text = noted ? noted[1]! : whole;
  const m = /^(\S+)(?:\s*(?:±|\+\/-|\+-)\s*(.+))?$/.exec(text);
  const tolerance = m?.[2] === undefined ? 5 : parseNumberText(m[2]);
  if (m && tolerance !== undefined && tolerance >= 0) return { indicator: m[1]!, tolerance, ...(noted ? { caveat: noted[2]! } : {}) };
  sheet.fail(cell!.address, `không hiểu «Chỉ số cổng DVC» «${whole}» (viết mã chỉ số và sai lệch cho phép, ví dụ «TTTT ± 5»)`);
  return undefined;
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
    const quotas = readQuotas(sheet, c.quotas, kinds ?? []);
    if (level && round && band) forms.push({ id, label, level, round, minClassification: band.id, gateCriteria, quotas, source: sheet.text(c.source) });
  }
  return forms;
}

/** «Chỉ tiêu» of an award form: "tập thể: 5; cá nhân: 5", or a kind: "thôn: 2". */
function readQuotas(sheet: SheetReader, cell: ReportCell | undefined, kinds: SubjectKind[]): AwardQuota[] {
  const quotas: AwardQuota[] = [];
  for (const part of sheet.text(cell).split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*:\s*(.+)$/.exec(part);
    const max = m ? parseNumberText(m[2]!) : undefined;
    if (!m || max === undefined || max < 0 || !Number.isInteger(max)) {
      sheet.fail(cell!.address, `không hiểu chỉ tiêu khen thưởng «${part}» (viết: tập thể: 5; cá nhân: 5)`);
      continue;
    }
    const subject = fromLabels(QUOTA_SUBJECTS, m[1]!) ?? resolveKind({ subjectKinds: kinds }, m[1]!)?.id;
    if (subject) quotas.push({ subject, max });
    else sheet.fail(cell!.address, `«${m[1]}» trong chỉ tiêu khen thưởng không phải tập thể, cá nhân, tất cả hay một loại đối tượng`);
  }
  return quotas;
}

/** Tie-breaks in row order; undefined when the section is absent (the set's default order applies). */
export function readTieBreaks(sheet: SheetReader): TieBreak[] | undefined {
  const rows = sheet.table('tieBreaks', TIE_COLUMNS, ['key'], true);
  if (!rows) return undefined;
  const tieBreaks: TieBreak[] = [];
  for (const { cells } of rows) {
    const text = sheet.text(cells.key);
    const key = fromLabels(TIE_LABELS, text);
    if (!key) sheet.fail(cells.key!.address, `không hiểu thứ tự ưu tiên «${text}» (dùng: ${Object.values(TIE_LABELS).join('; ')})`);
    else if (tieBreaks.includes(key)) sheet.fail(cells.key!.address, `thứ tự ưu tiên «${text}» đã ghi ở dòng trên`);
    else tieBreaks.push(key);
  }
  return tieBreaks;
}
