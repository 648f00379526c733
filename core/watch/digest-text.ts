// Bản tin để dán vào Zalo, Telegram (the digest as plain text): at most 40 lines, Vietnamese numbers, every figure
// by its Vietnamese name. The officer copies it and pastes it where leaders read; nothing is sent from here.
import { shortDate, vietnamDay, vietnamTime } from './data-day.js';
import type { Digest } from './digest.js';
import { points, shortName, unitLine } from './words.js';

export const MAX_DIGEST_LINES = 40;

/** The digest in at most 40 lines: what must be said first, the lists as far as room allows. */
export function digestText(d: Digest): string {
  const head: string[] = [
    `BẢN TIN CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766) — ${shortName(d.scope)}`,
    `${d.period} · số liệu ngày ${shortDate(d.day)} (chụp lúc ${vietnamTime(d.capturedAt)} ngày ${shortDate(vietnamDay(d.capturedAt) ?? d.day)})`,
  ];
  if (d.missingGroups.length > 0) head.push(`Lần chụp chưa đủ nhóm (thiếu ${d.missingGroups.join(', ')}): chỉ so sánh các nhóm đã có.`);
  if (!d.yesterday.captured) head.push(`Không có lần chụp ngày ${shortDate(d.yesterday.day)}: chưa đủ số liệu để so sánh với hôm trước.`);
  if (!d.lastWeek.captured) head.push(`Không có lần chụp ngày ${shortDate(d.lastWeek.day)}: chưa đủ số liệu để so sánh với 7 ngày trước.`);
  const otherGaps = d.gaps.filter((g) => g !== d.yesterday.day && g !== d.lastWeek.day);
  if (otherGaps.length > 0) head.push(`Ngày không có lần chụp (để trống, không tính): ${otherGaps.map(shortDate).join(', ')}.`);
  // The province among the provinces when the view held the national list, unless it is the officer's own unit.
  if (d.province && d.province !== d.own && d.province.place && d.province.place.of > 1) head.push(`Tỉnh — ${unitLine(d.province, d.thresholds)}`);
  if (d.otherPeriods.length > 0) head.push(`Chỉ so sánh ${d.period}; kỳ khác cũng có lần chụp: ${d.otherPeriods.join(', ')}.`);
  if (d.own) head.push(`Đơn vị của tôi — ${unitLine(d.own, d.thresholds)}`);
  // Which procedure pulls the officer's unit down, when the page was filtered by procedures that day.
  head.push(...d.ownPulledBy.slice(0, 2).map((p) => `  Thủ tục kéo xuống — ${p}`));
  if (d.procedures.length > 0 && d.ownPulledBy.length === 0) head.push(`Số liệu theo thủ tục đã chụp: ${d.procedures.slice(0, 3).join(', ')}${d.procedures.length > 3 ? ` và ${d.procedures.length - 3} thủ tục khác` : ''}${d.own ? ' — không thủ tục nào kéo đơn vị của tôi xuống.' : '.'}`);

  // Each level's heading is kept; its lines go in while room is left, the other sections after.
  const sections: { heading: string; lines: string[] }[] = d.levels
    .filter((l) => l.level === 'provincial-agency' || l.level === 'commune')
    .map((l) => {
      const attention = l.leaders.filter((u) => !u.own);
      const risers = l.risers.filter((u) => !attention.includes(u)).slice(0, 3);
      return {
        heading: attention.length > 0
          ? `${l.title} (${l.units.length} đơn vị) — đáng chú ý ${attention.length}:`
          : `${l.title} (${l.units.length} đơn vị): không đơn vị nào đáng chú ý.`,
        lines: [
          ...attention.map((u) => `• ${unitLine(u, d.thresholds)}`),
          ...(risers.length > 0 ? [`Tăng nhiều: ${risers.map((u) => `${shortName(u.name)} (${u.headline!.day.kind === 'change' ? `+${points(u.headline!.day.delta)}` : ''})`).join(', ')}`] : []),
        ],
      };
    });
  const tail: string[] = [];
  if (d.newSinceYesterday.length > 0) tail.push(`Chưa đủ số liệu để so sánh (không có trong lần chụp ${shortDate(d.yesterday.day)}): ${names(d.newSinceYesterday.map((u) => u.name))}.`);
  if (d.missingToday.length > 0) tail.push(`Không có trong lần chụp ngày ${shortDate(d.day)}: ${names(d.missingToday)}.`);
  const clusterLines = d.clusters.map((c) => {
    const first = c.units[0];
    const last = c.units.at(-1);
    const score = (u: (typeof c.units)[number]) => (u.headline?.measure.value != null ? ` ${points(u.headline.measure.value)}` : '');
    return `• ${c.cluster} (${c.units.length}): dẫn đầu ${first ? `${shortName(first.name)}${score(first)}` : '—'}${last && last !== first ? `; cuối ${shortName(last.name)}${score(last)}` : ''}`;
  });
  const foot = `Ngưỡng: đỏ dưới ${points(d.thresholds.redBelow)} %, vàng dưới ${points(d.thresholds.yellowBelow)} % điểm tối đa; giảm từ ${points(d.thresholds.dayDrop)} điểm/ngày; tỷ lệ giảm từ ${points(d.thresholds.rateDrop)} điểm %; giảm ${d.thresholds.declineDays} ngày liên tiếp. Nguồn: dichvucong.gov.vn.`;

  let room = MAX_DIGEST_LINES - head.length - sections.length - tail.length - 1 - (clusterLines.length > 0 ? 1 : 0);
  const out = [...head];
  let left = 0;
  for (const s of sections) {
    out.push(s.heading);
    const shown = s.lines.slice(0, Math.max(0, room));
    room -= shown.length;
    left += s.lines.length - shown.length;
    out.push(...shown);
  }
  out.push(...tail);
  if (clusterLines.length > 0) {
    const shown = clusterLines.slice(0, Math.max(0, room));
    room -= shown.length;
    left += clusterLines.length - shown.length;
    if (shown.length > 0) out.push('Cụm thi đua:', ...shown);
  }
  out.push(left > 0 ? `(Còn ${left} dòng không đủ chỗ: xem báo cáo một trang.) ${foot}` : foot);
  return out.slice(0, MAX_DIGEST_LINES).join('\n');
}

/** At most five names, then how many more. */
function names(list: readonly string[]): string {
  const shown = list.slice(0, 5).map(shortName);
  return list.length > 5 ? `${shown.join(', ')} và ${list.length - 5} đơn vị khác` : shown.join(', ');
}

/*
Made for: issue 39 item 2 — «a plain-text digest of at most 40 lines to paste into Zalo or Telegram (a copy button;
no bot, no token, nothing sent anywhere), Vietnamese numbers, no codes»; at most 3 agencies and 10 communes.
*/
