import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_CARDS } from '../../core/indicators/index.js';
import { CATALOGUE, chromeMessageName, LANGUAGES, translator } from '../../extension/src/i18n.js';
import { pageTypeName } from '../../extension/src/page-names.js';
import { notBegunLabel, unreadPeriodLabel } from '../../core/watch/data-day.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI catalogue', () => {
  it('has every key in both languages, none empty, with the same placeholders', () => {
    const keys = Object.keys(CATALOGUE.vi).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(CATALOGUE[language]).sort()).toEqual(keys);
      for (const key of keys) {
        const text = CATALOGUE[language][key as keyof typeof CATALOGUE.vi];
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(CATALOGUE.vi[key as keyof typeof CATALOGUE.vi]));
      }
    }
  });

  it('fills placeholders in the chosen language', () => {
    expect(translator('vi')('capture.saved', { count: 3 })).toBe('Đã lưu 3 bản ghi.');
    expect(translator('en')('capture.saved', { count: 3 })).toBe('Saved 3 records.');
  });

  it('has a message for every __MSG_…__ name in the manifest (Chrome refuses to load otherwise)', () => {
    const manifest = readFileSync('extension/manifest.config.ts', 'utf8');
    const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    const messageNames = new Set(Object.keys(CATALOGUE.vi).map(chromeMessageName));
    for (const name of names) expect(messageNames.has(name!), name).toBe(true);
  });

  it('names a series as the watch names it, from core\'s one source (data-day.ts), the catalogue holding no copy of its words (before: «… cổng chưa sang kỳ …», «Kỳ không rõ …» typed again in i18n.ts); English its own', () => {
    const vi = translator('vi');
    expect(vi('series.notBegun', { period: 'Tháng 11/2026', day: '31/10/2026' })).toBe(notBegunLabel('Tháng 11/2026', '2026-10-31'));
    expect(vi('series.unread', { month: '11/2026' })).toBe(unreadPeriodLabel('2026-11-01'));
    const source = readFileSync('extension/src/i18n.ts', 'utf8');
    for (const words of ['cổng chưa sang kỳ', 'Kỳ không rõ', 'ngày số liệu tháng']) expect(source, words).not.toContain(words);
    expect(translator('en')('series.notBegun', { period: 'Tháng 11/2026', day: '31/10/2026' })).toBe('Tháng 11/2026 — the portal had not turned over yet (figures of 31/10/2026)');
    expect(translator('en')('series.unread', { month: '11/2026' })).toBe('Period not recorded (data days of 11/2026)');
  });

  it('names every page type by its file’s title in the chosen language (history filter and preview show names, not ids)', () => {
    for (const page of PAGE_CARDS) {
      expect(pageTypeName(page.id, translator('vi'))).toBe(page.title);
      expect(pageTypeName(page.id, translator('en'))).toBe(page.titleEn);
    }
    expect(pageTypeName('dvc-766-api', translator('vi'))).toBe('Chỉ số phục vụ (QĐ 766) — số liệu trang nhận từ dichvucong.gov.vn');
    expect(pageTypeName('trang-moi', translator('vi'))).toBe('trang-moi');
  });
});
