// Danh sách đề nghị khen thưởng: the nominees of a closed round by award form, collectives before individuals, by
// score, each with its achievements drawn from its scores and the rank «Tổng hợp» shows — the list every paper
// carries, in one order on every face. Whom a paper lists is the council's vote (core/council/vote.ts): the proposal,
// the submission and the decision list only those who passed.
import type { ClosedRound, RecordedUnit, RunRecord } from '../run/closing.js';
import { nomineeKey, standingOf, voteOf, type Standing } from '../council/vote.js';
import type { FallbackNominee } from '../council/fallback-vote.js';
import { recordFallbacks } from '../run/council-at-closing.js';
import { foundRecord } from './found-bands.js';
import { nomineeName } from '../run/council-at-closing.js';
import { p, type Paragraph, type Table } from './document.js';
import { placeName } from './heading.js';
import { completedText } from './completed.js';
import { bandWithWhy } from '../scoring/sanction.js';
import { totalText } from '../scoring/total-text.js';
import { shareText } from '../ranking/quota-places.js';
import { countOf, heldElsewhere, heldHead } from '../ranking/held-elsewhere.js';
import { addTo } from '../grouped.js';
import { listOrder } from '../ranking/list-order.js';
import { bySubject, SUBJECT_WORDS, SUBJECTS, subjectWord, type SubjectOf } from '../criteria/kinds.js';
import { capitalize } from '../criteria/rules/reason.js';

export type FormList = {
  id: string;
  label: string;
  /** The form as a decision names it: «Giấy khen của Chủ tịch Ủy ban nhân dân xã». */
  formal: string;
  level: string;
  /** «chỉ tiêu 5 tập thể» as the plan gives it, '' when it gives no number. */
  quota: string;
  source: string;
  collectives: RecordedUnit[];
  individuals: RecordedUnit[];
  /** Hộ gia đình: neither collectives nor persons (SubjectKind.household), listed, counted and reported as households. */
  households: RecordedUnit[];
  /** Every unit of the round: whom a rank is within, and the commune a commune officer's post belongs to. */
  round: RoundUnits;
};

/** What a list needs of the round beyond its nominees. */
export type RoundUnits = { units: readonly RecordedUnit[]; commune: string };

export function roundUnits(record: RunRecord): RoundUnits {
  return { units: record.units, commune: record.set.commune };
}

/** Where a unit stands in the council's vote on `formLabel`. */
export function standing(closed: ClosedRound, unit: RecordedUnit, formLabel: string): Standing {
  return standingOf(closed.votes, { sheet: unit.sheet, unitName: unit.unitName, form: formLabel });
}

/** «Giấy khen của Chủ tịch UBND xã (khen thưởng hằng năm)» → «Giấy khen của Chủ tịch Ủy ban nhân dân xã». */
export function formalName(label: string): string {
  return label
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\bUBND\b/g, 'Ủy ban nhân dân')
    .replace(/\bHĐND\b/g, 'Hội đồng nhân dân');
}

/**
 * The round's forms with their nominees, in the set's order: `passed`, only those the council's vote passed, in the band
 * its finding on a condition gives them (what the proposal, the submission and the decision list); `all`, every
 * nominee put to the vote, in that band too (what the minutes list).
 */
export function nomineeForms(closed: ClosedRound, which: 'passed' | 'all'): FormList[] {
  // Each in the band the council's finding on its condition gives it (found-bands.ts); awarded only what that band reaches.
  const round = withFallbackVotes(closed);
  return which === 'all' ? proposedForms(foundRecord(round, 'voted'), () => true) : proposedForms(foundRecord(round, 'reached'), (u, form) => standing(closed, u, form) === 'passed');
}

/**
 * `closed` with each fallback nominee the council voted on or wrote «Không đề nghị» for (fallback-vote.ts) a nominee of
 * the form it reaches: on that form's lists, judged by its vote like any other (the minutes print it, the proposal and
 * the decision list it when passed). A declined one is a row of «Biểu quyết» the minutes' signed table must not lose.
 */
function withFallbackVotes(closed: ClosedRound): ClosedRound {
  const voted = recordFallbacks(closed.record, closed.votes).filter((f) => standingOf(closed.votes, f) !== 'unvoted');
  if (voted.length === 0) return closed;
  const units = closed.record.units.map((u) => {
    const mine = voted.filter((f) => f.sheet === u.sheet && f.unitName === u.unitName);
    const reason = (f: FallbackNominee) => `Hội đồng xét đề nghị ${f.form} sau khi không thông qua đề nghị ${f.after}`;
    return mine.length === 0 ? u : { ...u, proposals: [...u.proposals, ...mine.map((f) => ({ form: f.formId, formLabel: f.form, proposed: false, eligible: true, reason: reason(f) }))] };
  });
  return { ...closed, record: { ...closed.record, units } };
}

/**
 * The forms of a run's record with the units the scoring proposes for each (or finds eligible), those `keep` keeps:
 * a closed round's lists, and the posting list made from a run before the council votes (nominee-list.ts).
 */
export function proposedForms(record: RunRecord, keep: (unit: RecordedUnit, formLabel: string) => boolean): FormList[] {
  return record.forms
    .map((form) => {
      const units = record.units
        .filter((u) => u.proposals.some((p) => p.form === form.id && (p.proposed || p.eligible)))
        .filter((u) => keep(u, form.label))
        .sort(listOrder(record));
      const quota = form.quotas.map((q) => `${q.max} ${quotaWord(q.subject)}${q.share ? ` — ${shareText(q.share, q.max, quotaWord(q.subject))}` : ''}`).join(', ');
      return {
        id: form.id,
        label: form.label,
        formal: formalName(form.label),
        level: form.level,
        quota: quota ? `chỉ tiêu ${quota}` : '',
        source: form.source,
        ...bySubject(units),
        round: roundUnits(record),
      };
    })
    .filter((f) => listed(f).length > 0);
}

/** Everyone a form lists, in the papers' order: collectives, persons, households. */
export function listed(form: Pick<FormList, 'collectives' | 'individuals' | 'households'>): RecordedUnit[] {
  return [...form.collectives, ...form.individuals, ...form.households];
}

/** Nominees the round holds no vote for, «unit (form)»: the papers are not written while there are any. */
export function unvotedNominees(closed: ClosedRound): string[] {
  return nomineeForms(closed, 'all').flatMap((f) =>
    listed(f).filter((u) => standing(closed, u, f.label) === 'unvoted').map((u) => nomineeName({ sheet: u.sheet, unitName: u.unitName, form: f.label })),
  );
}

function quotaWord(subject: string): string {
  return subject === 'individual' ? 'cá nhân' : subject === 'collective' ? 'tập thể' : 'đơn vị';
}

/**
 * The head of a column naming nominees or units decided on: `collectives` when it names collectives only (or no one),
 * «Cá nhân» or «Hộ gia đình» when only those, else the subjects it names: «Tập thể / cá nhân», «Tập thể / cá nhân / hộ gia đình».
 */
export function namesHeader(units: readonly SubjectOf[], collectives = 'Tập thể'): string {
  const words = SUBJECT_WORDS.filter((w) => units.some((u) => subjectWord(u) === w)).join(' / ');
  return words === '' || words === 'tập thể' ? collectives : capitalize(words);
}

/**
 * Whom `forms` list, as a paper's words name them: [«tập thể»], [«cá nhân»], [«hộ gia đình»] or those of them they
 * list, in that order; both of the first two when they list no one — a round of teachers only was posted as «Tập thể,
 * cá nhân được đề nghị …» and its decision bound «các tập thể và cá nhân».
 */
export function whomListed(forms: readonly Pick<FormList, 'collectives' | 'individuals' | 'households'>[]): string[] {
  const whom: string[] = SUBJECTS.filter((s) => forms.some((f) => f[s.list].length > 0)).map((s) => s.word);
  return whom.length > 0 ? whom : ['tập thể', 'cá nhân'];
}

/**
 * «hạng 1 trong bảng xếp hạng Bản»: the rank as «Tổng hợp» shows it, within the unit's ranking table; '' when that
 * table ranks no other unit (first of one is no achievement).
 */
export function rankText(unit: RecordedUnit, round: RoundUnits): string {
  if (unit.rank === null) return 'không xếp hạng';
  const ranked = round.units.filter((u) => u.kindLabel === unit.kindLabel && u.rank !== null).length;
  return ranked > 1 ? `hạng ${unit.rank}/${ranked} trong bảng xếp hạng ${unit.kindLabel}` : '';
}

/**
 * «Xếp loại Xuất sắc, 96,5/100 điểm (96,5%), hạng 1/4 trong bảng xếp hạng Bản; hoàn thành đầy đủ 19/20 tiêu chí; chưa
 * đầy đủ: …» (completedText); the band with why the table's sanctions set it, the total with its bonus and deductions (totalText).
 */
export function achievementText(unit: RecordedUnit, round: RoundUnits): string {
  const band = unit.classification ? `Xếp loại ${bandWithWhy(unit.classification, unit.sanction)}` : 'Chưa xếp loại';
  const rank = rankText(unit, round);
  const done = completedText(unit);
  return `${band}, ${totalText(unit)}${rank ? `, ${rank}` : ''}${done ? `; ${done}` : ''}`;
}

/**
 * A person's name and title apart, as a decision lists them: «Lò Văn Minh (công chức Văn hóa - Xã hội)», as a
 * report's name cell often carries both, gives «Lò Văn Minh» and «công chức Văn hóa - Xã hội»; a name with no
 * title in brackets is the name alone.
 */
export function nameAndTitle(text: string): { name: string; title: string } {
  const m = /^(.+?)\s*\((.+)\)\s*$/.exec(text.trim());
  return m ? { name: m[1]!, title: m[2]! } : { name: text.trim(), title: '' };
}

/**
 * «công chức Văn hóa - Xã hội, Ủy ban nhân dân xã Ta Ma»: a post with its unit. A commune's «công chức» or «cán bộ»
 * works for its People's Committee by law, so that unit is added when the post names none; any other post is printed
 * as written.
 */
export function postWithUnit(title: string, commune: string): string {
  if (!/^(công chức|cán bộ)\b/i.test(title) || /ủy ban|ubnd|hội đồng|đảng ủy|mặt trận/i.test(title)) return title;
  return `${title}, Ủy ban nhân dân ${placeName(commune)}`;
}

/** The numbered list: STT | name | achievements; a person's title in a column of its own. */
export function listTable(units: readonly RecordedUnit[], round: RoundUnits, nameHeader: string, people = false): Table {
  if (people) {
    return {
      kind: 'table',
      header: ['STT', nameHeader, 'Chức vụ, đơn vị', 'Thành tích'],
      rows: units.map((u, i) => {
        const { name, title } = nameAndTitle(u.unitName);
        return [String(i + 1), name, postWithUnit(title, round.commune), achievementText(u, round)];
      }),
      widths: [8, 24, 24, 44],
    };
  }
  return {
    kind: 'table',
    header: ['STT', nameHeader, 'Thành tích'],
    rows: units.map((u, i) => [String(i + 1), u.unitName, achievementText(u, round)]),
    widths: [9, 33, 58],
  };
}

/** A form's list as the papers set it: «I. Tập thể», «II. Cá nhân» and «III. Hộ gia đình», each a numbered table. */
export function formTables(form: FormList): { heading: string; table: Table }[] {
  const parts = [
    ...(form.collectives.length > 0 ? [{ what: 'Tập thể', table: listTable(form.collectives, form.round, 'Tên tập thể') }] : []),
    ...(form.individuals.length > 0 ? [{ what: 'Cá nhân', table: listTable(form.individuals, form.round, 'Họ và tên', true) }] : []),
    ...(form.households.length > 0 ? [{ what: 'Hộ gia đình', table: listTable(form.households, form.round, 'Tên hộ gia đình') }] : []),
  ];
  return parts.map((p, i) => ({ heading: `${['I', 'II', 'III'][i]}. ${p.what}`, table: p.table }));
}

/** A form's «not listed here» sentence, by its form (heldInLists). */
export type HeldLine = { form: string; line: string };

/**
 * Who reaches a form of `forms` (those a paper speaks for) but is listed for another (held-elsewhere.ts), as every
 * paper listing nominees says it: by count and where each is listed — the item of this paper (`items`, its numbered
 * lists) or, for a paper without items or a list it does not carry (the minutes, the decision, the submission), the
 * list by its form —, so each nominee is named once in a paper. `lists`: every list of the round the units may be on.
 */
export function heldInLists(forms: readonly { id: string; label: string }[], lists: readonly FormList[], items: readonly FormList[]): HeldLine[] {
  // A unit's form is the list it is on: held-elsewhere's «by» is that list's place.
  const units = lists.flatMap((f, i) =>
    listed(f).map((u) => ({ ...u, proposals: u.proposals.filter((x) => x.form === f.id).map((x) => ({ ...x, formLabel: String(i) })) })),
  );
  return heldElsewhere(forms, units).map((h) => {
    const places = [...new Set(h.held.map((u) => Number(u.by)))].map((i) => {
      const list = lists[i]!;
      const item = items.findIndex((f) => f.id === list.id);
      return `${countOf(h.held.filter((u) => Number(u.by) === i))} ở ${item >= 0 ? `mục ${item + 1} (${list.formal})` : `danh sách ${list.formal}`}`;
    });
    return { form: h.form.id, line: `${heldHead(h)}: ${places.join('; ')}.` };
  });
}

/**
 * Who the council's vote did not pass for a form but reaches another it was not put to the vote for (held-elsewhere.ts:
 * alsoReaches), and is on no list the vote passed: on no list now, never moved to that one by a guess (the council did
 * not vote on it); and who was proposed for a form the council wrote «Không đề nghị» for (RecordedVotes.declined): on
 * no list of that form by its decision. One sentence a failed form and a form reached (a form declined), naming the units; said in these words by `close`,
 * `papers`, the pane and the page once closed (index.ts), under that form's list in the proposal, in the decision's
 * «Thông tin kiểm tra danh sách» and in the minutes' conclusion.
 */
export function listedNowhere(closed: ClosedRound): HeldLine[] {
  const waiting = unvotedFallbacks(closed);
  const declined = (f: FallbackNominee) => declinedFallback(closed, f);
  const named = new Map<string, string[]>();
  for (const f of waiting) addTo(named, `${f.after}\u0000${f.form}\u0000${declined(f) ? 'declined' : ''}\u0000${f.formId}`, f.unitName);
  // A proposed nominee the council wrote «Không đề nghị» for: on no list of that form by its decision, said as such.
  const fallbacks = new Set(waiting.map(nomineeKey));
  const proposedDeclined = new Map<string, string[]>();
  for (const d of closed.votes?.declined ?? []) if (!fallbacks.has(nomineeKey(d))) addTo(proposedDeclined, d.form, d.unitName);
  const declinedLines = [...proposedDeclined].map(([form, names]) => ({
    form: closed.record.forms.find((f) => f.label === form)?.id ?? form,
    line: `${names.join(', ')} được đề nghị ${form}, Hội đồng ghi không đề nghị: không có trong danh sách ${form} theo quyết định của Hội đồng.`,
  }));
  const fallbackLines = [...named].map(([key, names]) => {
    const [failed, reached, by, id] = key.split('\u0000') as [string, string, string, string];
    const head = `${names.join(', ')} không được Hội đồng thông qua đề nghị ${failed}; đạt điều kiện ${reached}`;
    return {
      form: id,
      line: by
        ? `${head}, Hội đồng ghi không đề nghị ${reached}: không có trong danh sách nào theo quyết định của Hội đồng.`
        : `${head} nhưng chưa có trong danh sách nào: Hội đồng biểu quyết đề nghị ${reached}, hoặc ghi rõ không đề nghị.`,
    };
  });
  return [...fallbackLines, ...declinedLines];
}

/**
 * The record's fallback nominees (fallback-vote.ts: failed, passed no other form, reaching one) the council has not
 * voted on — a voted one is on that form's lists (withFallbackVotes) or failed there too, by the council's vote.
 */
function unvotedFallbacks(closed: ClosedRound): FallbackNominee[] {
  return recordFallbacks(closed.record, closed.votes).filter((f) => !voteOf(closed.votes, f));
}

/** The council's «Không đề nghị» on a fallback nominee's row: on no list by its decision. */
const declinedFallback = (closed: ClosedRound, f: FallbackNominee) => (closed.votes?.declined ?? []).some((d) => nomineeKey(d) === nomineeKey(f));

/**
 * Fallback nominees whose row on «Biểu quyết» the council left without a vote or a «Không đề nghị» when it closed:
 * still open, as the minutes list what was (closing does not count them unvoted: listedNowhere says where they stand).
 */
export function waitingFallbacks(closed: ClosedRound): FallbackNominee[] {
  return unvotedFallbacks(closed).filter((f) => !declinedFallback(closed, f));
}

/** The lines of `held` said under the list of `form`; with no form, those of forms `items` lists no one for (said after the lists). */
export function heldAt(held: readonly HeldLine[], items: readonly FormList[], form?: string): Paragraph[] {
  return held.filter((h) => (form === undefined ? !items.some((f) => f.id === h.form) : h.form === form)).map((h) => p(h.line, { indent: true, align: 'justify' }));
}

// Made for issue 26 item 4, issue 38 item 3 and issue 46 items 2 and 3: one list, drawn from the closed round's scores
// and the council's vote, carried by every paper in the same order on every face.
