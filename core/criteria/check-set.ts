// Những lỗi lược đồ không thấy (what the schema cannot see) in a criteria set that parsed: references between
// fields (a criterion's group, a form's gate criteria), ids that repeat, dates that are not dates, bands out of
// order, two kinds answering to one name.
import { describePath, quoted } from '../schema-messages.js';
import { normalizeLabel } from '../text.js';
import { formatNumberVi } from '../values.js';
import { CRITERIA_SET_LABELS } from './labels.js';
import { AwardLevel, type AwardForm, type CriteriaSet } from './schema.js';

/** A problem the schema cannot see, at a path into the set. */
export interface SetProblem {
  path: (string | number)[];
  message: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const QUOTA_SUBJECTS = ['collective', 'individual', 'all'];

/** Ids that repeat an earlier item's: "«X» trùng với <noun> thứ N". */
function duplicates(ids: readonly string[], at: (string | number)[], field: string, noun: string): SetProblem[] {
  const first = new Map<string, number>();
  return ids.flatMap((id, i) => {
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, i);
      return [];
    }
    return [{ path: [...at, i, field], message: `«${id}» trùng với ${noun} thứ ${seen + 1}` }];
  });
}

/** What the schema cannot check: references between fields, dates, ordering, names that read alike. */
export function checkCriteriaSet(set: CriteriaSet): SetProblem[] {
  const problems: SetProblem[] = [];
  const kindIds = new Set(set.subjectKinds.map((k) => k.id));
  const groupIds = new Set(set.groups.map((g) => g.id));
  const bandIds = new Set(set.classification.map((b) => b.id));
  // Reversed so that a repeated code resolves to its first criterion, the one the duplicate check keeps.
  const byCode = new Map(set.criteria.map((c) => [c.code, c] as const).reverse());

  problems.push(
    ...duplicates(set.subjectKinds.map((k) => k.id), ['subjectKinds'], 'id', 'loại đối tượng'),
    ...duplicates(set.groups.map((g) => g.id), ['groups'], 'id', 'nhóm'),
    ...duplicates(set.criteria.map((c) => c.code), ['criteria'], 'code', 'tiêu chí'),
    ...duplicates(set.classification.map((b) => b.id), ['classification'], 'id', 'mức xếp loại'),
    ...duplicates(set.awards.forms.map((f) => f.id), ['awards', 'forms'], 'id', 'hình thức khen thưởng'),
  );

  // One name must point at one kind, or a `Loại đơn vị` cell could mean two.
  const kindByName = new Map<string, string>();
  set.subjectKinds.forEach((kind, i) => {
    for (const name of [kind.id, kind.label, ...kind.aliases]) {
      const key = normalizeLabel(name);
      const other = kindByName.get(key);
      if (other === undefined) kindByName.set(key, kind.id);
      else if (other !== kind.id) {
        problems.push({
          path: ['subjectKinds', i, 'aliases'],
          message: `tên gọi «${name}» đã dùng cho loại đối tượng «${other}», một tên chỉ được chỉ một loại`,
        });
      }
    }
  });

  // A frame granted by default is what its deduction rows take from: it needs its maximum, and those rows only.
  set.groups.forEach((g, i) => {
    if (!g.granted) return;
    const mine = set.criteria.filter((c) => c.group === g.id);
    if (g.maxPoints === undefined || g.maxPoints === 0) problems.push({ path: ['groups', i, 'granted'], message: 'điểm có sẵn của nhóm là điểm tối đa của nhóm: ghi «Điểm tối đa» của nhóm' });
    else if (mine.length === 0 || mine.some((c) => c.rule.kind !== 'deduction')) problems.push({ path: ['groups', i, 'granted'], message: 'nhóm có điểm có sẵn chỉ gồm các dòng trừ điểm (cách tính «Trừ điểm»), trừ vào điểm có sẵn' });
  });

  set.criteria.forEach((c, i) => {
    if (!groupIds.has(c.group)) {
      problems.push({ path: ['criteria', i, 'group'], message: `không có nhóm «${c.group}» (các nhóm: ${quoted(groupIds)})` });
    }
    c.appliesTo.forEach((kind, j) => {
      if (!kindIds.has(kind)) {
        problems.push({
          path: ['criteria', i, 'appliesTo', j],
          message: `không có loại đối tượng «${kind}» (các loại: ${quoted(kindIds)})`,
        });
      }
    });
    if ((c.rule.kind === 'threshold' || c.rule.kind === 'ratio') && !c.target) {
      const rule = c.rule.kind === 'ratio' ? 'Tỷ lệ' : 'Đạt chỉ tiêu';
      problems.push({ path: ['criteria', i, 'target'], message: `cách tính «${rule}» cần có chỉ tiêu` });
    }
    if (c.rule.kind === 'ratio' && c.target && c.target.value <= 0) {
      problems.push({ path: ['criteria', i, 'target', 'value'], message: 'cách tính «Tỷ lệ» cần chỉ tiêu lớn hơn 0' });
    }
    // Full from N%: the target is that rate (one figure, so «đạt» and the full points never part), the figure a percent.
    if (c.rule.kind === 'ratio' && c.rule.fullFrom !== undefined) {
      const from = `${formatNumberVi(c.rule.fullFrom)}%`;
      const words = `cách tính «Tỷ lệ» đủ điểm từ ${from}`;
      if (c.target && (c.target.comparator !== '>=' || c.target.value !== c.rule.fullFrom)) {
        problems.push({ path: ['criteria', i, 'target'], message: `${words} cần chỉ tiêu ≥ ${from}` });
      }
      if (c.measure !== 'ratio' && c.measure !== 'percent') {
        problems.push({ path: ['criteria', i, 'measure'], message: `${words} chấm một tỷ lệ: đơn vị tính cần là «%» hoặc «Tỷ lệ %»` });
      }
    }
    // Min-Max places a unit's figure between the others': a target would say «đạt» of what no unit is held to, and
    // a yes/no or a date has no share of the way between the lowest and the highest.
    if (c.rule.kind === 'min_max') {
      const words = 'cách tính «Min-Max giữa các đơn vị»';
      if (c.target) problems.push({ path: ['criteria', i, 'target'], message: `${words} so số liệu các đơn vị với nhau, không theo chỉ tiêu: để trống chỉ tiêu` });
      if (c.measure === 'yes_no' || c.measure === 'date') {
        problems.push({ path: ['criteria', i, 'measure'], message: `${words} so một số liệu (tỷ lệ, số lượng): đơn vị tính không thể là Có/Không hay ngày` });
      }
    }
    if (c.measure === 'yes_no' && c.target && c.target.value !== 0 && c.target.value !== 1) {
      problems.push({ path: ['criteria', i, 'target', 'value'], message: 'chỉ tiêu Có/Không phải là 1 (Có) hoặc 0 (Không)' });
    }
    if (c.sanction?.cap !== undefined && !bandIds.has(c.sanction.cap)) {
      problems.push({ path: ['criteria', i, 'sanction', 'cap'], message: `không có mức xếp loại «${c.sanction.cap}» (các mức: ${quoted(bandIds)})` });
    }
    if (c.rule.kind === 'tiers') {
      c.rule.tiers.forEach((tier, j) => {
        if (tier.points > c.maxPoints) {
          problems.push({
            path: ['criteria', i, 'rule', 'tiers', j, 'points'],
            message: `${tier.points} điểm vượt điểm tối đa ${c.maxPoints} của tiêu chí`,
          });
        }
      });
    }
  });

  set.classification.forEach((band, i) => {
    const previous = set.classification[i - 1];
    if (previous && band.minPercent >= previous.minPercent) {
      problems.push({
        path: ['classification', i, 'minPercent'],
        message: `các mức xếp loại phải xếp từ cao xuống thấp (mức trước «${previous.label}» từ ${previous.minPercent}%)`,
      });
    }
  });

  set.awards.forms.forEach((form, i) => {
    if (!bandIds.has(form.minClassification)) {
      problems.push({
        path: ['awards', 'forms', i, 'minClassification'],
        message: `không có mức xếp loại «${form.minClassification}» (các mức: ${quoted(bandIds)})`,
      });
    }
    form.gateCriteria.forEach((code, j) => {
      const criterion = byCode.get(code);
      if (!criterion) {
        problems.push({ path: ['awards', 'forms', i, 'gateCriteria', j], message: `không có tiêu chí mã «${code}»` });
      } else if (!criterion.target) {
        problems.push({
          path: ['awards', 'forms', i, 'gateCriteria', j],
          message: `tiêu chí «${code}» không có chỉ tiêu nên không xét «đạt» được để làm tiêu chí bắt buộc`,
        });
      }
    });
    if (form.alsoGives) {
      // Proposals go form by form, highest first: the other form must come after this one in the same round.
      const other = set.awards.forms.findIndex((f) => f.id === form.alsoGives!.form);
      const level = (k: number) => AwardLevel.options.indexOf(set.awards.forms[k]!.level);
      if (other < 0) problems.push({ path: ['awards', 'forms', i, 'alsoGives', 'form'], message: `không có hình thức khen thưởng mã «${form.alsoGives.form}»` });
      else if (set.awards.forms[other]!.round !== form.round || level(other) < level(i) || (level(other) === level(i) && other <= i)) {
        problems.push({
          path: ['awards', 'forms', i, 'alsoGives', 'form'],
          message: `«Đồng thời tặng» ${set.awards.forms[other]!.label} phải là hình thức cùng đợt xét, xét sau ${form.label} (cấp thấp hơn hoặc ghi sau)`,
        });
      }
    }
    form.quotas.forEach((quota, j) => {
      if (!kindIds.has(quota.subject) && !QUOTA_SUBJECTS.includes(quota.subject)) {
        problems.push({
          path: ['awards', 'forms', i, 'quotas', j, 'subject'],
          message: `«${quota.subject}» không phải loại đối tượng của bộ (${quoted(kindIds)}) hay «collective», «individual», «all»`,
        });
      }
      if ('of' in quota && quota.of !== undefined) {
        const base = set.awards.forms.find((f) => f.id === quota.of);
        if (!base || sharesGoRound(set.awards.forms, form.id, base.id)) {
          problems.push({
            path: ['awards', 'forms', i, 'quotas', j, 'of'],
            message: base ? `chỉ tiêu của ${form.label} tính theo số đạt ${base.label}, mà chỉ tiêu của ${base.label} lại tính (trực tiếp hay qua hình thức khác) theo số đạt ${form.label}: vòng tròn, không tính được` : `không có hình thức khen thưởng mã «${quota.of}»`,
          });
        }
      }
    });
  });

  const dates: [(string | number)[], string | undefined, boolean][] = [
    [['legalBasis', 'date'], set.legalBasis.date, true],
    // Empty when the plan names no period, as a criteria sheet may leave it.
    [['period', 'from'], set.period.from, true],
    [['period', 'to'], set.period.to, true],
    [['deadline'], set.deadline, true],
  ];
  for (const [path, value, optional] of dates) {
    if (value === undefined || (optional && value === '')) continue;
    if (!isDate(value)) problems.push({ path, message: `«${value}» không phải ngày dạng năm-tháng-ngày (ví dụ 2025-11-04)` });
  }
  if (isDate(set.period.from) && isDate(set.period.to) && set.period.from > set.period.to) {
    problems.push({ path: ['period', 'to'], message: `ngày kết thúc ${set.period.to} trước ngày bắt đầu ${set.period.from}` });
  }
  return problems;
}

/** Each problem as a sentence naming where it is in the set. */
export function describeSetProblems(problems: readonly SetProblem[], set: CriteriaSet): string[] {
  return problems.map((p) => `${describePath(p.path, CRITERIA_SET_LABELS, set)}: ${p.message}`);
}

/**
 * Whether counting `owner`'s quota of the holders of `base` goes round: `base`'s quota is a share of `owner`'s holders,
 * or of a form's whose quota is, and so on (by ids) — a circle no run can count (the sheet reader says it at the cell).
 */
export function sharesGoRound(forms: readonly Pick<AwardForm, 'id' | 'quotas'>[], owner: string, base: string): boolean {
  const seen = new Set<string>();
  const next = [base];
  while (next.length > 0) {
    const id = next.pop()!;
    if (id === owner) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const q of forms.find((f) => f.id === id)?.quotas ?? []) if ('of' in q && q.of !== undefined) next.push(q.of);
  }
  return false;
}

// Made for issue 24 item 7 (criteria/load.ts split by idea): the set's own consistency, checked wherever a set
// is loaded (load.ts) and by the built-in sets' test.
