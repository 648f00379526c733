// A season of Phú Thọ's mornings: 90 data days, 1/9 to 29/11/2026, built from the portal's six saved answers and the
// ranking made from them (six-lists-days.ts), as an officer lives them. Most mornings every list is captured; no
// capture one day in seven; some mornings only the two lists the page had loaded (observe only, the first of October
// among them); two mornings the portal refuses «Mức độ hài lòng» and the ranking (403); 7/10 captured whole, then
// again at 09:00 with two lists; 4/11 captured whole twice. The page shows the data day's month (the figures of
// September, October, November: a new period on the 1st, the quarter ending on 30/9). Scores move as the portal moves
// them: some units' «Tiến độ giải quyết» slides a little four days in five, some units' «Số hóa hồ sơ» falls 0,8 one
// day in nine and is back the next, some units' «Công khai, minh bạch» sinks into red eight days a month; «UBND xã Bình
// Phú» is renamed from 20/10 (its code kept); a commune is added from 10/11; Phường Phú Thọ is not in the answers of
// 18/9. Shared by the core and browser walks of the season.
import { addDays } from '../../core/watch/data-day.js';
import type { Capture } from '../../core/watch/captures.js';
import { onceAWorker } from '../helpers/once-a-worker.js';
import { capturedAtOf } from './real-days.js';
import { askedOn, captureOf, RANKING, REQUESTS, type Asked, type Morning, type Row, type Season } from './six-lists-days.js';

export const SEASON_DAYS: readonly string[] = Array.from({ length: 90 }, (_, k) => addDays('2026-09-01', k));
const indexOf = (day: string) => SEASON_DAYS.indexOf(day);

/** The two lists a page has loaded on a morning the officer captures only what it loaded. */
export const TWO_LISTS: Morning = { opened: ['transparency', 'dvc-progress-tree'], observeOnly: true };
const REFUSED: Morning = { refused: ['handling-satisfaction', RANKING] };
export const REFUSED_DAYS: readonly string[] = ['2026-10-14', '2026-11-18'];
/** Captured whole at 04:10, then at 09:00 with the two lists the page had loaded. */
export const WHOLE_THEN_TWO = '2026-10-07';
/** Captured whole at 04:10 and whole again at 15:00: the same figures. */
export const WHOLE_TWICE = '2026-11-04';

/** No capture that morning: one day in seven. */
export const skipped = (day: string) => indexOf(day) % 7 === 5;
/** How the morning was captured (its first capture when there are two). */
export function morningOf(day: string): Morning {
  if (REFUSED_DAYS.includes(day)) return REFUSED;
  return indexOf(day) % 11 === 8 ? TWO_LISTS : {};
}
export const CAPTURED_DAYS: readonly string[] = SEASON_DAYS.filter((d) => !skipped(d));

export const RENAMED = { code: 'H44.116', from: 'UBND xã Bình Phú - Tỉnh Phú Thọ', to: 'UBND xã Phú Bình - Tỉnh Phú Thọ', on: '2026-10-20' } as const;
/** A commune added to the lists (a copy of Phường Phú Thọ's rows under its own id, code and name). */
export const ADDED = { like: 'H44.110', id: '019d2be3-6a88-732b-8b17-000000000999', code: 'H44.999', name: 'UBND xã Tân Minh', on: '2026-11-10' } as const;

const number = (code: string) => Number(code.split('.')[1]);
const MAX: Readonly<Record<string, number>> = { TDGQ: 20, MDSH: 22, CKMB: 18 };
/** A group's move on calendar day k of the season (0 from 1/9), by the unit's code. */
function moveOf(code: string, group: string, k: number): number {
  const n = number(code);
  if (group === 'TDGQ' && (n % 10 === 1 || code === 'H44.123')) return -0.1 * (k % 5);
  if (group === 'MDSH' && n % 10 === 4) return k % 9 === 4 ? -0.8 : 0;
  if (group === 'CKMB' && n % 17 === 2) return k % 30 >= 10 && k % 30 < 18 ? -10 : 0;
  return 0;
}

export const SEASON: Season = {
  score(day, code, group, saved) {
    const move = moveOf(code, group, indexOf(day));
    return move === 0 ? undefined : Math.min(MAX[group]!, Math.max(0, Math.round((saved + move) * 100) / 100));
  },
  rows(day, rows, codeOf) {
    const renamed = day >= RENAMED.on ? rows.map((r) => (codeOf(r) === RENAMED.code ? { ...r, departmentName: RENAMED.to } : r)) : rows;
    const like = day >= ADDED.on ? renamed.find((r) => codeOf(r) === ADDED.like) : undefined;
    const added: Row[] = like ? [{ ...like, departmentId: ADDED.id, departmentName: ADDED.name, ...(like.departmentCode !== undefined && { departmentCode: ADDED.code }) }] : [];
    return [...renamed, ...added];
  },
};

/** Each list's request for the month of `day`. */
function requestOf(endpoint: string, day: string): Record<string, unknown> {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const base = REQUESTS[endpoint]!;
  if ('fromDate' in base) return { ...base, fromDate: `${day.slice(0, 7)}-01`, toDate: addDays(`${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01`, -1) };
  return { ...base, year, month };
}

/**
 * What was asked on `day` as `morning` asks it, each with the request of the month the page shows: the data day's,
 * unless told (`shown`: a day of the month the officer picked, the next one on a month's first morning).
 */
export function seasonAsked(day: string, morning: Morning = morningOf(day), shown = day): Asked[] {
  return askedOn(day, morning, SEASON).map((a) => ({ ...a, request: requestOf(a.endpoint, shown) }));
}

/** One save of the season: its data day, its time, what was asked, and the capture read from it. */
export interface SeasonSave {
  day: string;
  capturedAt: string;
  asked: Asked[];
  capture: Capture;
}

const at = (day: string, time: string) => new Date(`${addDays(day, 1)}T${time}:00+07:00`).toISOString();

/** Every save of the season up to `last` (its end unless told), oldest first; of the days `taken` keeps, when told (the others' captures never made). */
export function seasonSaves(last = SEASON_DAYS.at(-1)!, taken: (day: string) => boolean = () => true): SeasonSave[] {
  return CAPTURED_DAYS.filter((d) => d <= last && taken(d)).flatMap((day) => {
    const mornings: [Morning, string][] = [[morningOf(day), capturedAtOf(day)]];
    if (day === WHOLE_THEN_TWO) mornings.push([TWO_LISTS, at(day, '09:00')]);
    if (day === WHOLE_TWICE) mornings.push([{}, at(day, '15:00')]);
    // Each save read once a worker (its time tells it from a second save of the day): season, first-read and the
    // extension's export ask for the same mornings.
    return mornings.map(([morning, capturedAt]) => onceAWorker(made, capturedAt, () => {
      const asked = seasonAsked(day, morning);
      return { day, capturedAt, asked, capture: captureOf(day, asked, capturedAt) };
    }));
  });
}
const made = new Map<string, SeasonSave>();
