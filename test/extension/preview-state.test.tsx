// The preview's state and view on the 766 page's real saved answers: each unit's place, the rows of its table, who
// is chosen at first, the search, the order units are detailed in, and the preview drawn to static markup.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { previewCapture } from '../../extension/src/history/compare.js';
import { translator } from '../../extension/src/i18n.js';
import { Preview } from '../../extension/src/popup/Preview.js';
import { PreviewUnit } from '../../extension/src/popup/PreviewUnit.js';
import { captureResponses } from '../../core/indicators/responses/index.js';
import { SERVICE_RESULTS_URL } from '../watch/an-giang-days.js';
import { MISREAD, MISREAD_DAYS, nationalAnswer } from '../watch/national-days.js';
import { capturedAtOf } from '../watch/real-days.js';
import { DETAILED_UNITS, detailedUnits, initiallyChosen, missingGroups, ownAbsent, placesOf, unitGroups, unitsMatching } from '../../extension/src/popup/preview-state.js';
import { groupNames } from '../../core/indicators/groups-766.js';
import { askedOn, RANKING, seenOf } from '../watch/six-lists-days.js';
import { captured } from './responses.js';

const t = translator('vi');
const anGiang = captured('service-results-an-giang-2026.json', 'Phường Long Phú');
const previews = previewCapture(anGiang.snapshots, []);
const nameOf = (i: number) => previews[i]!.snapshot.unit.name;
const noop = () => undefined;
const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('the preview’s state', () => {
  it('places each unit by its total among the units of its own level, ties shared, as the portal ranks them', () => {
    const places = placesOf(previews);
    const ranked = previews.flatMap((p, i) => (p.snapshot.unit.rank === undefined ? [] : [i]));
    expect(ranked.length).toBe(117);
    for (const i of ranked) {
      const unit = previews[i]!.snapshot.unit;
      expect([nameOf(i), places.get(i)?.rank, places.get(i)?.of], nameOf(i)).toEqual([nameOf(i), unit.rank, unit.rankOutOf]);
    }
    const phuHuu = previews.findIndex((p) => p.snapshot.unit.name === 'UBND xã Phú Hữu - tỉnh An Giang');
    expect(places.get(phuHuu)).toMatchObject({ rank: 14, tied: true, score: 'Tổng điểm' });
  });

  it('chooses the officer’s commune when it is on the page, nothing when it is not, every unit when none is set', () => {
    expect([...initiallyChosen(previews.length, anGiang.picked, 'Phường Long Phú')]).toEqual(anGiang.picked);
    expect(anGiang.picked).toHaveLength(1);
    const absent = captured('service-results-an-giang-2026.json', 'Xã Không Có');
    expect(absent.picked).toEqual([]);
    expect(ownAbsent('Xã Không Có', absent.picked)).toBe(true);
    expect(initiallyChosen(previews.length, absent.picked, 'Xã Không Có').size).toBe(0);
    expect(initiallyChosen(previews.length, undefined, undefined).size).toBe(previews.length);
    expect(ownAbsent(undefined, undefined)).toBe(false);
  });

  it('finds units by name without diacritics, even a name the answer stores in decomposed Unicode', () => {
    expect(unitsMatching(previews, 'long phu').map(({ i }) => nameOf(i).normalize('NFC'))).toEqual(['UBND phường Long Phú - tỉnh An Giang']);
    expect(unitsMatching(previews, 'PHÚ QUỐC').map(({ i }) => nameOf(i))).toEqual(['Ban Quản lý Khu kinh tế Phú Quốc - tỉnh An Giang', 'UBND Đặc khu Phú Quốc - tỉnh An Giang']);
    expect(unitsMatching(previews, '')).toHaveLength(previews.length);
  });

  it('details the officer’s commune first, then the others in the page’s order, ten at most', () => {
    const own = new Set(anGiang.picked);
    const chosen = new Set([40, 3, 7, ...anGiang.picked!, ...Array.from({ length: 20 }, (_, i) => 50 + i)]);
    const detailed = detailedUnits(chosen, own);
    expect(detailed).toHaveLength(DETAILED_UNITS);
    expect(detailed[0]).toBe(anGiang.picked![0]);
    expect(detailed.slice(1)).toEqual([3, 7, 40, 50, 51, 52, 53, 54, 55].filter((i) => i !== anGiang.picked![0]).slice(0, DETAILED_UNITS - 1));
  });

  it('leaves a ratio shown beside its count out of the rows, and groups rows by the page’s group', () => {
    const partial = captured('transparency-phu-tho-2026-trimmed.json');
    const changes = previewCapture(partial.snapshots, [])[1]!.changes;
    const groups = unitGroups(changes, partial.pageType);
    expect([...groups.keys()]).toEqual(['CKMB']);
    const codes = groups.get('CKMB')!.map((c) => c.code);
    expect(codes).toContain('CKMB_CONG_BO_DUNG_HAN');
    expect(codes.filter((c) => c.endsWith('_TY_LE'))).toEqual([]);
    expect(changes.filter((c) => c.code.endsWith('_TY_LE')).length).toBeGreaterThan(0);
    // Elsewhere than the 766 page a percentage is a row of its own.
    expect(unitGroups(changes, 'province-766-monitor').get('CKMB')).toHaveLength(changes.length);
  });

  it('says the groups a partial view lacks', () => {
    expect(missingGroups(captured('transparency-phu-tho-2026-trimmed.json').view)).toEqual(['Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ']);
    expect(missingGroups(anGiang.view)).toEqual([]);
    expect(missingGroups(undefined)).toEqual([]);
  });
});

describe('the preview drawn', () => {
  it('shows the officer’s commune alone, marked as theirs with its place, and saves one', () => {
    const html = renderToStaticMarkup(<Preview pageType={anGiang.pageType} previews={previews} warnings={anGiang.warnings} picked={anGiang.picked!} commune="Phường Long Phú" view={anGiang.view!} onSave={noop} onCancel={noop} />);
    expect(count(html, 'data-testid="preview-unit"')).toBe(1);
    expect(html).toContain(t('preview.ownUnit'));
    expect(html).toContain(t('preview.unitCount', { count: 118, chosen: 1 }));
    expect(html).toContain(`>${t('preview.save', { count: 1 })}<`);
    expect(html).not.toContain('data-testid="own-absent"');
    expect(html).not.toContain('data-testid="partial"');
  });

  it('says the officer’s commune is not on the page and chooses nothing', () => {
    const absent = captured('service-results-an-giang-2026.json', 'Xã Không Có');
    const html = renderToStaticMarkup(<Preview pageType={absent.pageType} previews={previewCapture(absent.snapshots, [])} warnings={absent.warnings} picked={absent.picked!} commune="Xã Không Có" onSave={noop} onCancel={noop} />);
    expect(html).toContain(t('preview.ownAbsent', { commune: 'Xã Không Có', count: 118 }));
    expect(count(html, 'data-testid="preview-unit"')).toBe(0);
    expect(html).toMatch(/<button type="button" class="primary" disabled="">/);
  });

  it('says on a unit whose total its groups do not add up to both figures, before it is saved; a unit that adds up says nothing', () => {
    // The national ranking saved on 17/9/2026 with Phú Thọ's total alone edited (62,6 → 63,15), as the popup reads it.
    const read = captureResponses([{ url: SERVICE_RESULTS_URL, request: { timeType: 'year', year: 2026, departmentType: 'ADMINISTRATIVE_UNIT' }, body: nationalAnswer(MISREAD_DAYS[1]!), seq: 1 }], { capturedAt: capturedAtOf('2026-09-17') });
    if (!read.ok) throw new Error(read.error.message);
    const national = previewCapture(read.snapshots, []);
    const drawn = (name: string) => renderToStaticMarkup(<PreviewUnit preview={national.find((p) => p.snapshot.unit.name === name)!} own={false} pageType={read.pageType} place={undefined} />);
    expect(drawn(MISREAD.name)).toContain('<p class="warning" data-testid="preview-total-mismatch">Tổng điểm ghi nhận của UBND tỉnh Phú Thọ ngày 17/9/2026 là 63,15 nhưng 6 nhóm cộng lại 62,6 (chênh 0,55): kiểm tra lại trang của cổng trước khi dùng số liệu này.</p>');
    expect(drawn('UBND tỉnh Hà Tĩnh')).not.toContain('preview-total-mismatch');
  });

  it('details ten units and counts the rest when no commune is set', () => {
    const html = renderToStaticMarkup(<Preview pageType={anGiang.pageType} previews={previews} warnings={anGiang.warnings} onSave={noop} onCancel={noop} />);
    expect(count(html, 'data-testid="preview-unit"')).toBe(DETAILED_UNITS);
    expect(html).toContain(t('preview.moreUnits', { count: 118 - DETAILED_UNITS }));
  });

  it('offers a partial view only as a partial save, naming what it lacks, and draws no row for a ratio beside its count', () => {
    const partial = captured('transparency-phu-tho-2026-trimmed.json');
    const html = renderToStaticMarkup(<Preview pageType={partial.pageType} previews={previewCapture(partial.snapshots, []).slice(0, 2)} warnings={partial.warnings} view={partial.view!} onSave={noop} onCancel={noop} />);
    const missing = groupNames(missingGroups(partial.view));
    expect(html).toContain(`data-testid="partial">${t('preview.groupsMissing', { groups: missing })}<`);
    // A saved answer alone does not tell a refused list from one never loaded: the groups said as lacking, no more.
    expect(html).toContain(`>Lưu là chụp chưa đủ (2) — thiếu nhóm ${missing}<`);
    expect(missing.startsWith('«Tiến độ giải quyết», «')).toBe(true);
    expect(html).toContain('data-code="CKMB_CONG_BO_DUNG_HAN"');
    expect(html).not.toContain('data-code="CKMB_CONG_BO_DUNG_HAN_TY_LE"');
  });

  it('names on its save button the lists the portal refused apart from the group the page did not load, as «Bản tin» says them', () => {
    // 17/9 of the walk (six-lists-days.ts), Phú Thọ's real answers: «Mức độ hài lòng» and the ranking refused (403),
    // «Số hóa hồ sơ» never asked (observe only). Before: «Lưu là chụp chưa đủ (2) — thiếu nhóm Mức độ hài lòng, Số hóa
    // hồ sơ», a refusal said as a group to open and the ranking unsaid.
    const asked = askedOn('2026-09-17', { opened: ['transparency', 'dvc-progress-tree', 'provide-online-tree', 'formality-online-payment-tree', 'handling-satisfaction', RANKING], observeOnly: true, refused: ['handling-satisfaction', RANKING] });
    const refused = asked.flatMap((a) => (a.body === undefined ? [{ endpoint: a.endpoint, status: a.status }] : []));
    const read = captureResponses(seenOf(asked), { capturedAt: '2026-09-17T21:10:00.000Z', refused });
    if (!read.ok) throw new Error(read.error.message);
    const html = renderToStaticMarkup(<Preview pageType={read.pageType} previews={previewCapture(read.snapshots, []).slice(0, 2)} warnings={read.warnings} view={read.view!} onSave={noop} onCancel={noop} />);
    expect(html).toContain(
      '>Lưu là chụp chưa đủ (2) — cổng không trả 2 danh sách: «Mức độ hài lòng» (mã 403), «Tổng điểm của mọi đơn vị» (mã 403) — lỗi phía cổng, ghi nhận lại sau; trang chưa tải 1 nhóm: «Số hóa hồ sơ» — lần sau mở các nhóm đó trên trang rồi ghi nhận<',
    );
  });
});
