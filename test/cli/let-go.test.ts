// What the command's thread gives back at once (cli/let-go.ts) and the compressor's output sized to its part
// (cli/node-zlib.ts): only buffers a copy's parts hold whole are handed over and freed, never Node's shared pool
// or the original file a part is copied from, and a part that does not fit its first output buffer still comes whole.
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ZipEntry } from '../../adapters/ooxml/zip.js';
import { letGo, ownBuffers } from '../../cli/let-go.js';
import { nodeGzip } from '../../cli/node-zlib.js';

describe('ownBuffers and letGo', () => {
  it('hands over each buffer a part holds whole, once, and none it shares', () => {
    const written = new TextEncoder().encode('<worksheet/>');
    const pooled = Buffer.from('<styleSheet/>'); // a small Buffer: a view of Node's shared pool
    const file = new Uint8Array(4096);
    const copied = { bytes: file.subarray(100, 300), entry: {} as ZipEntry };
    const parts = [
      { name: 'xl/worksheets/sheet1.xml', data: written },
      { name: 'xl/worksheets/sheet2.xml', data: written },
      { name: 'xl/styles.xml', data: pooled },
      { name: 'xl/theme/theme1.xml', copy: copied },
    ];
    expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength);
    expect(ownBuffers(parts)).toEqual([written.buffer]);
  });

  it('frees what it is given there and then: the buffers are detached', () => {
    const zip = new Uint8Array(64 * 1024).fill(7);
    letGo([zip.buffer]);
    expect(zip.buffer.byteLength).toBe(0);
    expect(zip.length).toBe(0);
  });
});

describe('nodeGzip with its output sized to the part', () => {
  it('gives back every byte of parts that deflate well, not at all, or are stored', () => {
    const xml = new TextEncoder().encode(`<sheetData>${'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(2000)}</sheetData>`);
    const noise = new Uint8Array(randomBytes(100_000));
    for (const [data, level] of [[xml, 1], [noise, 1], [noise, 0], [new Uint8Array(0), 1]] as const) {
      expect(Buffer.from(gunzipSync(nodeGzip(data, level))).equals(Buffer.from(data))).toBe(true);
    }
  });
});
