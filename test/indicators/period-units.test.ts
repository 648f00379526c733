import { describe, expect, it } from 'vitest';
import { contentHash, hashState } from '../../core/indicators/hash.js';
import { parsePeriodText, readPeriod } from '../../core/indicators/period.js';
import { sameUnit, unitKey } from '../../core/indicators/units.js';
import { parsePage } from './load.js';

describe('period', () => {
  it.each([
    ['Năm 2025', { kind: 'year', year: 2025, label: 'Năm 2025', from: '2025-01-01', to: '2025-12-31', cumulative: false }],
    ['Kết quả quý 3 năm 2025', { kind: 'quarter', quarter: 3, year: 2025, label: 'quý 3 năm 2025', from: '2025-07-01', to: '2025-09-30', cumulative: false }],
    ['Quý III/2025', { kind: 'quarter', quarter: 3, year: 2025, label: 'Quý III/2025', from: '2025-07-01', to: '2025-09-30', cumulative: false }],
    ['Tháng 9/2025', { kind: 'month', month: 9, year: 2025, label: 'Tháng 9/2025', from: '2025-09-01', to: '2025-09-30', cumulative: false }],
    ['Thang 2 nam 2024', { kind: 'month', month: 2, year: 2024, label: 'Thang 2 nam 2024', from: '2024-02-01', to: '2024-02-29', cumulative: false }],
    // From 1 January: the year so far (lũy kế), one series with the later ends.
    ['Từ ngày 01/01/2025 đến ngày 30/09/2025', { kind: 'range', from: '2025-01-01', to: '2025-09-30', year: 2025, label: 'Từ ngày 01/01/2025 đến ngày 30/09/2025', cumulative: true }],
    ['Từ ngày 01/07/2025 đến ngày 30/09/2025', { kind: 'range', from: '2025-07-01', to: '2025-09-30', year: 2025, label: 'Từ ngày 01/07/2025 đến ngày 30/09/2025', cumulative: false }],
  ])('reads "%s"', (text, period) => {
    expect(parsePeriodText(text)).toEqual(period);
  });

  it('refuses impossible dates and months, and text without a period', () => {
    expect(parsePeriodText('Từ ngày 31/02/2025 đến ngày 30/09/2025 năm')).toBeUndefined();
    expect(parsePeriodText('Tháng 13/2025')).toBeUndefined();
    expect(parsePeriodText('Quyết định số 766/QĐ-TTg ngày 23/06/2022')).toBeUndefined();
  });

  it('prefers the filter controls to the page text, and says unknown when nothing is written', () => {
    const doc = parsePage('<html><body><h1>Tình hình năm 2024</h1><label for="y">Năm</label><select id="y"><option>2024</option><option selected>2025</option></select><label for="m">Tháng</label><select id="m"><option selected>Tháng 3</option></select></body></html>');
    expect(readPeriod(doc)).toMatchObject({ kind: 'month', month: 3, year: 2025 });
    expect(readPeriod(parsePage('<html><body><p>Không có kỳ</p></body></html>'))).toEqual({ kind: 'unknown', label: '' });
  });
});

describe('unit names', () => {
  it('match without diacritics or administrative prefixes', () => {
    expect(sameUnit('UBND xã Ta Ma', 'Ta Ma')).toBe(true);
    expect(sameUnit('Xã Ta Ma', 'xa ta ma')).toBe(true);
    expect(sameUnit('Ủy ban nhân dân phường Mường Thanh', 'Phường Mường Thanh')).toBe(true);
    expect(sameUnit('Xã Ta Ma', 'Xã Tà Mung')).toBe(false);
    expect(unitKey('Xã Xa Dung')).toBe('xa dung');
    expect(sameUnit('', '')).toBe(false);
  });

  it('read a province the portal names bare (« - Gia Lai») as its suffix, as « - Tỉnh Gia Lai»', () => {
    expect(sameUnit('UBND xã Kông Bơ La - Gia Lai', 'Xã Kông Bơ La')).toBe(true);
    expect(sameUnit('UBND xã Kông Bơ La - Gia Lai', 'xa kong bo la')).toBe(true);
    expect(sameUnit('UBND xã Kông Bơ La - Gia Lai', 'UBND xã Kông Bơ La - Tỉnh Gia Lai')).toBe(true);
    expect(sameUnit('UBND xã Kông Bơ La - Gia Lai', 'Xã Kông Bơ La - Tỉnh Phú Thọ')).toBe(false);
    // A dash that names no province stays part of the name.
    expect(unitKey('Trung tâm Phục vụ hành chính công - Chi nhánh 2')).toBe('trung tam phuc vu hanh chinh cong - chi nhanh 2');
  });
});

describe('content hash', () => {
  it('is FNV-1a 64-bit over UTF-8 (16 hex digits)', () => {
    expect(contentHash('')).toBe('cbf29ce484222325');
    expect(contentHash('a')).toBe('af63dc4c8601ec8c');
    expect(contentHash('Tà Ma')).not.toBe(contentHash('Ta Ma'));
    // Two-, three- and four-byte characters (values of the reference BigInt/TextEncoder implementation).
    expect(contentHash('Xã Ta Ma')).toBe('69ced20f7b7af3fa');
    expect(contentHash('😀')).toBe('feff073875020288');
  });

  it('carries on from a state, so a shared prefix is hashed once', () => {
    expect(contentHash('Ta Ma', hashState('Năm 2025\n'))).toBe(contentHash('Năm 2025\nTa Ma'));
  });
});
