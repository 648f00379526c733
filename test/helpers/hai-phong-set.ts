// Hải Phòng's form for civil servants (Decision 212/2025/QĐ-UBND, Phụ lục 03, in the real-table corpus) as an officer of
// a ward makes it a set: rendered as the .docx an office sends and read as `thidua criteria import` reads it, its bands
// those of the rules' Điều 6, and the row the rules add and the form lacks — a civil servant disciplined in the year
// «xếp loại chất lượng ở mức không hoàn thành nhiệm vụ» (Điều 3 khoản 5, Điều 6 khoản 4) — as a deduction of 1 point a
// time whose evidence (the disciplinary decision) is required; then through our own criteria sheet, as the officer
// edits it.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCriteriaFile } from '../../cli/files.js';
import type { CriteriaSheetNotice } from '../../core/criteria/sheet/sheet-reader.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { criteriaSetToGrid, readCriteriaSheet } from '../../core/criteria/sheet/index.js';
import { loadCorpus, renderCorpus } from '../../scripts/harness/criteria-corpus.js';

export const DIEU_6 = [
  { id: 'htxs', label: 'Hoàn thành xuất sắc nhiệm vụ', minPercent: 90 },
  { id: 'htt', label: 'Hoàn thành tốt nhiệm vụ', minPercent: 80 },
  { id: 'ht', label: 'Hoàn thành nhiệm vụ', minPercent: 50 },
  { id: 'khtnv', label: 'Không hoàn thành nhiệm vụ', minPercent: 0 },
];

export const DISCIPLINE = 'Có hành vi vi phạm bị xử lý kỷ luật trong năm đánh giá. Chế tài: xếp loại chất lượng ở mức Không hoàn thành nhiệm vụ';

export async function haiPhongCivilServantSet(): Promise<{ set: CriteriaSet; notices: CriteriaSheetNotice[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'thidua-hai-phong-'));
  const entry = (await loadCorpus()).find((e) => e.id === 'hai-phong-qd212-phu-luc-03')!;
  const form = (await readCriteriaFile((await renderCorpus([entry], dir)).get(entry.id)!, dir)).set;
  const kl = { code: 'KL', title: DISCIPLINE, group: 'II', unit: 'lần', measure: 'count' as const, maxPoints: 1, rule: { kind: 'deduction' as const, pointsEach: 1 }, appliesTo: [], evidenceRequired: true, source: '' };
  const awards = { ...form.awards, forms: form.awards.forms.map((f) => ({ ...f, minClassification: 'htt' })) };
  const read = readCriteriaSheet({ name: 'Tiêu chí', values: criteriaSetToGrid({ ...form, classification: DIEU_6, criteria: [...form.criteria, kl], awards }) });
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
  return { set: read.set, notices: read.notices };
}

// Made for: an officer's walk of Hải Phòng's scoring of a ward's civil servants (issue of 2026-11-28).
