// The popup's phases on real captured pages: the request it sends, the preview a capture leads to, the offer a
// refused layout leads to, what a save is told and what it refuses — as the popup shows them, without Chromium.
import { describe, expect, it } from 'vitest';
import { notesByKind } from '../../core/indicators/capture.js';
import { capturePage, listTables } from '../../core/indicators/index.js';
import { captureResponses } from '../../core/indicators/responses/index.js';
import { previewWarnings } from '../../extension/src/history/compare.js';
import { translator } from '../../extension/src/i18n.js';
import { ContentRequest } from '../../extension/src/messages.js';
import { captureRequest, chosenSnapshots, previewPhase, refusalPhase, savedPhase, tabProblem } from '../../extension/src/popup/popup-state.js';
import { createStore } from '../../extension/src/storage/store.js';
import { AT, DVC_766, DVC_TINH, failed, loadPage, MOTCUA, ok } from '../indicators/load.js';
import { SERVICE_RESULTS_URL } from '../watch/an-giang-days.js';
import { MISREAD, MISREAD_DAYS, NATIONAL_DAYS, nationalAnswer } from '../watch/national-days.js';
import { capturedAtOf } from '../watch/real-days.js';
import { memoryArea } from './memory-area.js';

const t = translator('vi');
const monitorTab = { id: 7, url: MOTCUA };

describe('the popup’s capture request', () => {
  it('carries the commune and a mapping only when there are, and waits only when told; the content script’s schema takes it', () => {
    // No commune set in Cài đặt is an empty one.
    const plain = captureRequest(AT, { commune: '' }, undefined, false);
    expect(plain).toEqual({ type: 'thidua/capture', capturedAt: AT });
    const mapping = { unitColumn: 'Tên đơn vị', columns: [{ header: 'Số lượt đánh giá', code: 'LUOT', unit: 'count' as const }] };
    const full = captureRequest(AT, { commune: 'Ta Ma' }, mapping, true);
    expect(full).toEqual({ type: 'thidua/capture', capturedAt: AT, commune: 'Ta Ma', mapping, wait: true });
    expect(ContentRequest.safeParse(full).success).toBe(true);
    expect(ContentRequest.safeParse(plain).success).toBe(true);
  });

  it('names a tab it cannot capture in the officer’s words', () => {
    expect(tabProblem('not-portal', t)).toEqual({ kind: 'problem', text: t('capture.notPortal') });
    expect(tabProblem('no-content-script', t)).toEqual({ kind: 'problem', text: t('capture.noContentScript') });
    expect(t('capture.notPortal')).not.toMatch(/not-portal/);
  });
});

describe('what a capture leads to', () => {
  it('a read page: its preview, the officer’s commune picked, compared with what is stored', async () => {
    const first = ok(capturePage(loadPage('province-766-monitor.html'), MOTCUA, { capturedAt: AT, commune: 'Ta Ma' }));
    const phase = previewPhase(monitorTab, first, []);
    if (phase.kind !== 'preview') throw new Error(phase.kind);
    expect(phase.pageType).toBe('province-766-monitor');
    expect(phase.picked).toEqual(first.picked);
    expect(phase.previews.map((p) => p.snapshot.unit.name)).toEqual(first.snapshots.map((s) => s.unit.name));
    expect(phase.previews.every((p) => !p.duplicate && p.changes.every((c) => c.status === 'new'))).toBe(true);
    expect(phase).not.toHaveProperty('view');
    expect(phase).not.toHaveProperty('procedures');

    // Saved, then the same page captured again that day: the same rows are duplicates, every figure the same.
    const store = createStore(memoryArea());
    await store.save(first.snapshots);
    const again = ok(capturePage(loadPage('province-766-monitor.html'), MOTCUA, { capturedAt: '2025-10-01T09:30:00.000Z' }));
    const later = previewPhase(monitorTab, again, await store.recent(3));
    if (later.kind !== 'preview') throw new Error(later.kind);
    expect(later.previews.every((p) => p.duplicate)).toBe(true);
    expect(later.previews.flatMap((p) => p.changes).every((c) => c.status === 'same')).toBe(true);
  });

  it('a refused layout: the adapter’s message, and the column mapping on the refused table offered at once', () => {
    const page = loadPage('dvc-766-tinh-thanh-pho-doi-cot.html');
    const refused = failed(capturePage(page, DVC_TINH, { capturedAt: AT }));
    const tables = listTables(page);
    const phase = refusalPhase({ id: 1, url: DVC_TINH }, refused.error, tables);
    if (phase.kind !== 'problem') throw new Error(phase.kind);
    expect(phase.text).toBe(refused.error.message);
    expect(phase.capture?.missing).toEqual(['Số hóa hồ sơ', 'Tổng điểm']);
    expect(phase.offer).toEqual({ tables, table: refused.error.suggestion!.table, mapping: refused.error.suggestion!.mapping });
    // The tab could not list its tables (or lists others): the refusal alone, the picker a button away.
    expect(refusalPhase({ id: 1, url: DVC_TINH }, refused.error, 'no-content-script')).not.toHaveProperty('offer');
    expect(refusalPhase({ id: 1, url: DVC_TINH }, refused.error, tables.map((tb) => ({ ...tb, index: tb.index + 5 })))).not.toHaveProperty('offer');
  });
});

describe('a total its groups do not add up to, before saving', () => {
  it('is among the preview’s notes, named with both figures, for the unit chosen; the ranking as saved says nothing', () => {
    // The national ranking saved on 17/9/2026, Phú Thọ's total alone edited (62,6 → 63,15), as the content script reads it.
    const read = (plan: (typeof MISREAD_DAYS)[number]) => {
      const r = captureResponses([{ url: SERVICE_RESULTS_URL, request: { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' }, body: nationalAnswer(plan), seq: 1 }], { capturedAt: capturedAtOf(plan.day) });
      if (!r.ok) throw new Error(r.error.message);
      return r;
    };
    const phase = previewPhase({ id: 3, url: DVC_766 }, read(MISREAD_DAYS[1]!), []);
    if (phase.kind !== 'preview') throw new Error(phase.kind);
    const phuTho = phase.previews.findIndex((p) => p.snapshot.unit.name === MISREAD.name);
    const notes = (chosen: number[]) => notesByKind(previewWarnings(phase.warnings, phase.previews, chosen)).map((n) => n.text);
    expect(notes([phuTho])).toContain('Tổng điểm ghi nhận của UBND tỉnh Phú Thọ ngày 17/9/2026 là 63,15 nhưng 6 nhóm cộng lại 62,6 (chênh 0,55): kiểm tra lại trang của cổng trước khi dùng số liệu này.');
    // Another province chosen alone: not its note.
    expect(notes([phuTho === 0 ? 1 : 0]).filter((n) => n.includes('cộng lại'))).toEqual([]);
    const saved = previewPhase({ id: 3, url: DVC_766 }, read(NATIONAL_DAYS[1]!), []);
    if (saved.kind !== 'preview') throw new Error(saved.kind);
    expect(saved.warnings.filter((w) => w.message.includes('cộng lại'))).toEqual([]);
  });
});

describe('what a save is told', () => {
  const captured = ok(capturePage(loadPage('province-766-monitor.html'), MOTCUA, { capturedAt: AT }));
  const previews = previewPhase(monitorTab, captured, []);
  if (previews.kind !== 'preview') throw new Error(previews.kind);

  it('saves the chosen snapshots as parsed, and counts what was kept and what was there already', async () => {
    const chosen = chosenSnapshots(previews.previews.slice(0, 2), t);
    if (!chosen.ok) throw new Error(JSON.stringify(chosen));
    expect(chosen.snapshots.map((s) => s.unit.name)).toEqual(captured.snapshots.slice(0, 2).map((s) => s.unit.name));
    const store = createStore(memoryArea());
    expect(savedPhase(await store.save(chosen.snapshots), [])).toEqual({ kind: 'saved', saved: 2, duplicates: 0, procedures: 0 });
    const all = chosenSnapshots(previews.previews, t);
    if (!all.ok) throw new Error('refused');
    expect(savedPhase(await store.save(all.snapshots), [])).toEqual({ kind: 'saved', saved: captured.snapshots.length - 2, duplicates: 2, procedures: 0 });
  });

  it('refuses a snapshot that would not read back, in Vietnamese naming the record, the indicator and the field', () => {
    const broken = structuredClone(previews.previews[0]!);
    // A row whose indicator lost its code on the way from the page.
    broken.snapshot.indicators[0]!.code = '';
    const r = chosenSnapshots([broken], t);
    if (r.ok) throw new Error('saved');
    expect(r.phase.kind).toBe('problem');
    const text = r.phase.kind === 'problem' ? r.phase.text : '';
    expect(text).toBe('Số liệu đọc được không hợp lệ (bản ghi thứ 1, chỉ số thứ 1, trường «Mã»: không được để trống); chưa lưu gì.');
  });
});
