// Danh sách đề nghị khen thưởng: the units a closed round proposes, by award form, collectives before individuals,
// each with its achievements drawn from its scores — the list every paper carries, in one order on every face.
import type { ClosedRound, RecordedProposal, RecordedUnit, RunRecord } from '../run/closing.js';
import { formatNumber } from '../criteria/rules/reason.js';
import type { Table } from './document.js';

export type ProposedForm = {
  id: string;
  label: string;
  level: string;
  /** «chỉ tiêu 5 tập thể» as the plan gives it, '' when it gives no number. */
  quota: string;
  source: string;
  collectives: RecordedUnit[];
  individuals: RecordedUnit[];
};

/**
 * The order of every list the papers carry: collectives before individuals, then by kind, then by rank (unranked
 * last), then by name. It reads only the record, so the command line (units in file order) and the pane (units in
 * sheet order) write the same lists.
 */
export function listOrder(a: RecordedUnit, b: RecordedUnit): number {
  const rank = (u: RecordedUnit) => u.rank ?? Number.MAX_SAFE_INTEGER;
  return (
    Number(b.collective) - Number(a.collective) ||
    a.kindLabel.localeCompare(b.kindLabel, 'vi') ||
    rank(a) - rank(b) ||
    a.unitName.localeCompare(b.unitName, 'vi') ||
    a.sheet.localeCompare(b.sheet) ||
    (a.file ?? '').localeCompare(b.file ?? '')
  );
}

/** The units with a proposal for `form` that `wanted` accepts, in list order. */
function unitsFor(record: RunRecord, form: string, wanted: (p: RecordedProposal) => boolean): RecordedUnit[] {
  return record.units.filter((u) => u.proposals.some((p) => p.form === form && wanted(p))).sort(listOrder);
}

/**
 * Forms of the round with at least one unit proposed, in the set's order (the order the run tried them). With
 * `eligible`, a form whose plan gives no number lists the units meeting its every condition too: the council votes on them.
 */
export function proposedForms(closed: ClosedRound, opts: { eligible?: boolean } = {}): ProposedForm[] {
  const { record } = closed;
  return record.forms
    .map((form) => {
      const units = unitsFor(record, form.id, (p) => p.proposed || (opts.eligible === true && p.eligible));
      const quota = form.quotas.map((q) => `${q.max} ${subjectWord(q.subject)}`).join(', ');
      return {
        id: form.id,
        label: form.label,
        level: form.level,
        quota: quota ? `chỉ tiêu ${quota}` : '',
        source: form.source,
        collectives: units.filter((u) => u.collective),
        individuals: units.filter((u) => !u.collective),
      };
    })
    .filter((f) => f.collectives.length + f.individuals.length > 0);
}

/** Units meeting every condition of a form whose plan gives no number: for the council to decide; by form, in list order. */
export function eligibleUnits(closed: ClosedRound): { form: string; unit: RecordedUnit }[] {
  const { record } = closed;
  return record.forms.flatMap((form) => unitsFor(record, form.id, (p) => p.eligible).map((unit) => ({ form: form.label, unit })));
}

function subjectWord(subject: string): string {
  return subject === 'individual' ? 'cá nhân' : subject === 'collective' ? 'tập thể' : 'đơn vị';
}

/** «Xếp loại Xuất sắc, 96,5/100 điểm (96,5%), hạng 1 trong các Thôn; hoàn thành: …». */
export function achievementText(unit: RecordedUnit): string {
  const band = unit.classification ? `Xếp loại ${unit.classification}` : 'Chưa xếp loại';
  const rank = unit.rank !== null ? `, hạng ${unit.rank} trong ${unit.collective ? 'các' : 'nhóm'} ${unit.kindLabel}` : '';
  const done = unit.achievements.length > 0 ? `; hoàn thành đầy đủ: ${unit.achievements.slice(0, 3).join('; ')}${unit.achievements.length > 3 ? ` và ${unit.achievements.length - 3} tiêu chí khác` : ''}` : '';
  return `${band}, ${formatNumber(unit.total)}/${formatNumber(unit.applicableMax)} điểm (${formatNumber(unit.percent)}%)${rank}${done}`;
}

/** The list table: STT | name | achievements (the kind is said with the rank, in the achievements). */
export function listTable(units: readonly RecordedUnit[], nameHeader: string): Table {
  return {
    kind: 'table',
    header: ['STT', nameHeader, 'Thành tích'],
    rows: units.map((u, i) => [String(i + 1), u.unitName, achievementText(u)]),
    widths: [9, 33, 58],
  };
}

// Made for issue 26 item 4 and issue 38 item 3: one list, drawn from the closed round's scores, carried by the proposal
// letter, the minutes and the draft decision alike, in the same order on every face, so they never disagree.
