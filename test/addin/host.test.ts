// When the page fetches Office.js: only with a sign of an Office task pane around it. A plain browser
// tab (the standalone page, online or not) shows none, so it never waits for Microsoft's CDN.
import { describe, expect, it } from 'vitest';
import { looksLikeOffice, type Surroundings } from '../../excel-addin/taskpane/host.js';

const tab: Surroundings = { search: '', hash: '', framed: false, storedHostInfo: false, webview2: false, officeMac: false };

describe('looksLikeOffice', () => {
  it('is false for a browser tab, whatever its address says otherwise', () => {
    expect(looksLikeOffice(tab)).toBe(false);
    expect(looksLikeOffice({ ...tab, search: '?host=excel&info=1' })).toBe(false);
  });

  it('is true for each way Office opens a task pane', () => {
    expect(looksLikeOffice({ ...tab, search: '?_host_Info=Excel$Win32$16.01$vi-VN$$$$0' })).toBe(true);
    expect(looksLikeOffice({ ...tab, search: '?a=1&_host_info=Excel$Mac$16.01$en-US$$$$0' })).toBe(true);
    expect(looksLikeOffice({ ...tab, hash: '#_host_Info=Excel$Web$16.01$vi-VN$$$$0' })).toBe(true);
    expect(looksLikeOffice({ ...tab, framed: true })).toBe(true); // Excel on the web
    expect(looksLikeOffice({ ...tab, webview2: true })).toBe(true); // Excel on Windows
    expect(looksLikeOffice({ ...tab, officeMac: true })).toBe(true); // Excel on Mac
    expect(looksLikeOffice({ ...tab, storedHostInfo: true })).toBe(true); // the pane navigated within Office
  });
});
