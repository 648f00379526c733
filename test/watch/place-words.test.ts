// A place in the digest says what it ranks among: «thứ 7/9» counted only the units with figures, so where some of the
// group have none it says so — «thứ 7/9 sở, ban, ngành có số liệu, trong tổng số 15» —, and stays «thứ 3/15» where all have them.
import { describe, expect, it } from 'vitest';
import { competitionRank } from '../../core/watch/clusters.js';
import { clusterPlaceWords, levelNoun, placeWords } from '../../core/watch/words.js';

/** 15 agencies, 6 of them without figures; the others scored 90, 85, … 50. */
const AGENCIES = Array.from({ length: 15 }, (_, i) => ({ name: `Sở ${i + 1}`, score: i < 9 ? 90 - i * 5 : undefined }));

describe('a place says what it ranks among', () => {
  const placed = competitionRank(AGENCIES, (a) => a.score);
  const seventh = placed.find((p) => p.item.name === 'Sở 7')!;

  it('counts the units with figures and those present', () => {
    expect(seventh).toMatchObject({ rank: 7, of: 9, among: 15, tied: false });
  });

  it('«thứ 7/9 sở, ban, ngành có số liệu, trong tổng số 15» when some have no figures', () => {
    expect(placeWords(seventh, levelNoun('provincial-agency'))).toBe('thứ 7/9 sở, ban, ngành có số liệu, trong tổng số 15');
    expect(clusterPlaceWords({ ...seventh, name: 'Cụm 2' }, levelNoun('provincial-agency'))).toBe('thứ 7/9 sở, ban, ngành có số liệu ở Cụm 2, trong tổng số 15');
  });

  it('«thứ 3/15» as before when all have figures, tied said', () => {
    const all = competitionRank(AGENCIES.map((a, i) => ({ ...a, score: a.score ?? 40 - i })), (a) => a.score);
    expect(placeWords(all.find((p) => p.item.name === 'Sở 3')!, levelNoun('commune'))).toBe('thứ 3/15');
    expect(clusterPlaceWords({ ...all.find((p) => p.item.name === 'Sở 3')!, name: 'Cụm 1' }, 'đơn vị cấp xã')).toBe('thứ 3/15 Cụm 1');
    const tied = competitionRank([{ s: 5 }, { s: 5 }, { s: 1 }], (x) => x.s);
    expect(placeWords(tied[1]!, 'đơn vị cấp xã')).toBe('đồng thứ 1/3');
  });
});

// Made for issue 47 («thứ 7/9» where 15 agencies exist, 6 without figures): the digest's places say what they rank among.
