// The view of a response decided once, in the reader: Phú Thọ's real progress tree of August 2026, whole and filtered by
// one procedure (test/fixtures/real/watch/), read by captureResponses — the units' own figures only from the unfiltered
// answer, the procedure's apart and named; nothing of the units' own when every answer was filtered.
import { describe, expect, it } from 'vitest';
import { captureResponses, type SeenResponse } from '../../core/indicators/responses/index.js';
import type { IndicatorSnapshot } from '../../core/indicators/schema.js';
import { PROCEDURE, PROGRESS_ALL, PROGRESS_PROCEDURE, seenOn, STORY } from '../watch/real-days.js';

const AT = '2026-09-21T04:10:00+07:00';
const PROVINCE = 'UBND tỉnh Phú Thọ';
const AGENCY = 'Sở Xây dựng - Tỉnh Phú Thọ';
const figure = (snapshots: readonly IndicatorSnapshot[], unit: string, code: string) =>
  snapshots.find((s) => s.unit.name === unit)!.indicators.find((i) => i.code === code)!.value;

type Tree = { data: { parent: { totalScore: number; totalReceived: number }; children: { departmentName: string; score: number }[] } };
const whole = JSON.parse(PROGRESS_ALL) as Tree;
const filtered = JSON.parse(PROGRESS_PROCEDURE) as Tree;

describe('a 766 response filtered by one procedure', () => {
  // The page's own answer, the catalogue search, then the same list filtered by the procedure (the newest request).
  const seen = seenOn(STORY.at(-1)!, true);

  it('gives the units their own figures, not the procedure’s, though the filtered answer came last', () => {
    const read = captureResponses(seen, { capturedAt: AT });
    if (!read.ok) throw new Error(read.error.message);
    // The province's own: 15,68 points over 184.513 dossiers (the procedure's: 18,98 over 44.583).
    expect(figure(read.snapshots, PROVINCE, 'TDGQ')).toBe(whole.data.parent.totalScore);
    expect(figure(read.snapshots, PROVINCE, 'TDGQ')).toBe(15.68);
    expect(figure(read.snapshots, PROVINCE, 'HS_TIEP_NHAN')).toBe(184_513);
    expect(figure(read.snapshots, AGENCY, 'TDGQ')).toBe(17.29);
    expect(read.warnings.map((w) => w.message)).toContain(`Số liệu đã lọc theo thủ tục «${PROCEDURE.code} · ${PROCEDURE.name}» được giữ riêng, không tính là số liệu của chính đơn vị.`);
  });

  it('keeps the procedure’s figures apart, named from the catalogue', () => {
    const read = captureResponses(seen, { capturedAt: AT });
    expect(read.procedures?.map((p) => p.procedure)).toEqual([PROCEDURE]);
    const own = read.procedures![0]!.snapshots;
    expect(figure(own, PROVINCE, 'TDGQ')).toBe(filtered.data.parent.totalScore);
    expect(figure(own, PROVINCE, 'HS_TIEP_NHAN')).toBe(44_583);
    expect(figure(own, AGENCY, 'TDGQ')).toBe(0);
    expect(own).toHaveLength(filtered.data.children.length + 1);
  });

  it('says no unit’s own figures are there when every answer was filtered, and still gives the procedure’s', () => {
    const onlyFiltered: SeenResponse[] = seen.filter((s) => s.seq !== 1);
    const read = captureResponses(onlyFiltered, { capturedAt: AT });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.message).toBe(`Các phản hồi đều đã lọc theo thủ tục «${PROCEDURE.code} · ${PROCEDURE.name}»: đó là số liệu của thủ tục, không phải số liệu của chính các đơn vị — ở đây không có số liệu của chính đơn vị nào. Bỏ lọc thủ tục trên trang rồi lưu lại.`);
    expect(read.procedures?.[0]?.snapshots.map((s) => s.unit.name)).toContain(AGENCY);
  });

  it('picks the officer’s commune among the units’ own figures only', () => {
    const read = captureResponses(seen, { capturedAt: AT, commune: AGENCY });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.picked!.map((i) => figure([read.snapshots[i]!], AGENCY, 'TDGQ'))).toEqual([17.29]);
  });
});
