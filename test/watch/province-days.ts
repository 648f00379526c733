// Five mornings of Phú Thọ from the portal's saved answers (six-lists-days.ts), as an officer lives them: 13/9 three
// lists opened, 15/9 two; the province's «Công khai, minh bạch» and total down 2 from 14/9; UBND xã Tam Nông's «Số hóa
// hồ sơ» sliding from green (17/22) into red (10,5/22) under a yellow total, then not captured on 15/9; UBND xã Tam
// Dương Bắc's total 1 above its groups on 14/9. Shared by the core and browser tests of the province's line.
import type { Capture } from '../../core/watch/captures.js';
import { askedOn, captureOf, RANKING, type Asked, type Morning, type Season } from './six-lists-days.js';

export const DAYS = ['2026-09-11', '2026-09-12', '2026-09-13', '2026-09-14', '2026-09-15'] as const;
/** The five mornings and four more of every list, to 19/9: the province's fall a week old, said against 7 days before. */
export const WEEK_DAYS = [...DAYS, '2026-09-16', '2026-09-17', '2026-09-18', '2026-09-19'] as const;
export const TAM_NONG = 'H44.140';
const TAM_DUONG_BAC = 'H44.182';
/** Tam Nông's «Số hóa hồ sơ» by day: 77 % of 22 (green), then 47,7 % (red) on 14/9. */
const SLIDE = [17, 15, 13, 10.5, 10.5];
const SEASON: Season = { score: (day, code, group) => (code === TAM_NONG && group === 'MDSH' ? SLIDE[Math.min(WEEK_DAYS.indexOf(day as (typeof WEEK_DAYS)[number]), SLIDE.length - 1)] : undefined) };
const MORNINGS: Readonly<Record<string, Morning>> = {
  '2026-09-13': { opened: ['transparency', 'dvc-progress-tree', 'dossier-digitized'], observeOnly: true },
  '2026-09-15': { opened: ['transparency', 'dvc-progress-tree'], observeOnly: true },
};

type Body = { data: { overview?: { totalScore: number; ratio: number; groupScores?: Record<string, number> }; evaluation?: { departmentCode?: string; totalScore: number; ratio: number }[] } };

/** A morning's answers with the province's «Công khai, minh bạch» 2 lower from 14/9, and Tam Dương Bắc's total 1 above its groups on 14/9. */
function edited(day: string, asked: Asked[]): Asked[] {
  return asked.map((a) => {
    if (a.body === undefined || day < '2026-09-14' || (a.endpoint !== 'transparency' && a.endpoint !== RANKING)) return a;
    const body = structuredClone(a.body) as Body;
    const overview = body.data.overview!;
    overview.totalScore = Math.round((overview.totalScore - 2) * 100) / 100;
    overview.ratio = overview.totalScore;
    if (overview.groupScores) overview.groupScores.CKMB = Math.round((overview.groupScores.CKMB! - 2) * 100) / 100;
    if (a.endpoint === RANKING && day === '2026-09-14') {
      const row = body.data.evaluation!.find((r) => r.departmentCode === TAM_DUONG_BAC)!;
      row.totalScore = Math.round((row.totalScore + 1) * 100) / 100;
    }
    return { ...a, body };
  });
}

const captured = (day: string): Capture => captureOf(day, edited(day, askedOn(day, MORNINGS[day] ?? {}, SEASON)));
/** The five mornings' captures. */
export const PROVINCE_CAPTURES: Capture[] = DAYS.map(captured);
/** The nine mornings' captures, to 19/9. */
export const weekCaptures = (): Capture[] => [...PROVINCE_CAPTURES, ...WEEK_DAYS.slice(DAYS.length).map(captured)];
/**
 * The popup's line of the province on 14/9 and 15/9: its total and change as «Bản tin» begins its line, its colour said
 * once (before: «…; giảm mạnh, vàng»), the groups «Bản tin» names beside it in its words (before: ««Số hóa hồ sơ»:
 * đỏ», no group's fall); on 15/9, no total captured, its groups and scores as «Bản tin» names them (before: none);
 * then its verdict in words.
 */
export const POPUP_PROVINCE = [
  'UBND tỉnh Phú Thọ: 57,92 điểm (vàng); giảm 2 so với lần chụp 12/9/2026 (lần chụp 13/9/2026 không có điểm này); giảm mạnh; Công khai, minh bạch giảm 2 so với hôm trước; Số hóa hồ sơ đỏ',
  'UBND tỉnh Phú Thọ: Công khai, minh bạch 5,96/18; Tiến độ giải quyết 15,68/20; không có gì cần chú ý ở các nhóm đã chụp (chưa biết các nhóm chưa chụp); «Số hóa hồ sơ»: chưa chụp hôm nay; lần chụp 14/9/2026: đỏ',
];

/** The popup's line of the province on 19/9: its fall of 14/9 said against 7 days before, as «Bản tin» says it. */
export const POPUP_PROVINCE_WEEK = 'UBND tỉnh Phú Thọ: 57,92 điểm (vàng); không đổi so với hôm trước; giảm 2 so với 7 ngày trước (điểm không đổi từ lần chụp 14/9/2026); Số hóa hồ sơ đỏ';

/**
 * The popup's line of what the 15/9 capture lacks (two lists of six opened), as «Bản tin» and the brief begin their note
 * of it; none on 14/9 (every list).
 */
export const POPUP_LACKING = 'Lần chụp chưa đủ nhóm (trang chưa tải 4 nhóm: «Dịch vụ công trực tuyến», «Thanh toán trực tuyến», «Mức độ hài lòng», «Số hóa hồ sơ» — lần sau mở các nhóm đó trên trang rồi ghi nhận): chỉ so sánh các nhóm đã có.';

/* Made for: issue 59's audit of the watch — the province's fall, a group slid into red then not captured, a total that does not add up. */
