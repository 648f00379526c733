// Tables as offices hold them, written by LibreOffice at test and bench time: an HTML page of the tables, converted to
// .docx (through .odt, as Writer saves it) or pasted into .xlsx (through Calc, merged cells kept). Shared by the
// tests' table builders and the bench; nothing here knows what a table means.
import { execFile, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

/** One cell: text, and how many columns/rows it spans. */
export type Cell = string | { text: string; colSpan?: number; rowSpan?: number };
/**
 * `before`: paragraphs above the caption (a unit's name and kind on its copy); `after`: paragraphs under the table (the
 * guide a document writes there: how to score, the grades).
 */
export type OfficeTable = { caption: string; rows: Cell[][]; before?: string[]; after?: string[] };

export const cellText = (c: Cell): string => (typeof c === 'string' ? c : c.text);
const text = cellText;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The tables as an HTML page (what an office's web page or an e-mail holds). */
export function tablesHtml(tables: OfficeTable[]): string {
  const body = tables
    .map((t) => {
      const rows = t.rows.map((row) => `<tr>${row.map((c) => {
        const span = typeof c === 'string' ? '' : `${c.colSpan ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan ? ` rowspan="${c.rowSpan}"` : ''}`;
        // A line the cell writes on its own stays a line (HTML folds a bare newline into a space): Calc keeps «<br>» as
        // a line break in the cell, wrap on, as Alt+Enter does in Excel; Writer as <w:br/> in the cell's paragraph.
        return `<td${span}>${escape(text(c)).replace(/\n/g, '<br>')}</td>`;
      }).join('')}</tr>`);
      const paragraphs = (ps: string[] | undefined) => (ps ?? []).map((p) => `<p>${escape(p)}</p>\n`).join('');
      return `${paragraphs(t.before)}<p><b>${escape(t.caption)}</b></p>\n<table border="1">${rows.join('\n')}</table>\n${paragraphs(t.after)}`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>\n`;
}

/** A page's fragment (an app's view, a saved table) with the head that says it is UTF-8, as a browser reads it. */
export const utf8Page = (fragment: string): string => `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${fragment}\n</body></html>\n`;

const run = promisify(execFile);

/**
 * Converts every file of `froms` to `ext` with this process's LibreOffice (`office`: a profile of its own, so runs
 * in parallel do not clash), into `outdir` under the same base names; the paths written, in the order of `froms`. A
 * file already converted the same way in this run is copied from what LibreOffice wrote then (`converted`).
 */
export async function sofficeAll(froms: string[], outdir: string, ext: string, filter?: string, inFilter?: string): Promise<string[]> {
  const outs = froms.map((from) => join(outdir, `${basename(from).replace(/\.[^.]*$/, '')}.${ext}`));
  const kept = await Promise.all(froms.map((from) => converted(from, [ext, filter ?? '', inFilter ?? ''])));
  const todo = froms.map((_, i) => i).filter((i) => !kept[i]?.done);
  if (todo.length > 0) {
    const { group, profile } = await officeNow();
    // `soffice` on the profile of a running LibreOffice hands it the files and waits until they are written.
    await run('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, ...(inFilter ? [`--infilter=${inFilter}`] : []), '--convert-to', filter ? `${ext}:${filter}` : ext, '--outdir', outdir, ...todo.map((i) => froms[i]!)], { timeout: 240_000 + 10_000 * todo.length })
      .catch((error: unknown) => {
        endOffice(group);
        throw error;
      });
    const made = new Set(await readdir(outdir));
    for (const i of todo) if (!made.has(basename(outs[i]!))) throw new Error(`LibreOffice did not convert ${basename(froms[i]!)} to .${ext}`);
  }
  await Promise.all(kept.map((k, i) => k && (k.done ? copyFile(k.path, outs[i]!) : k.keep(outs[i]!))));
  return outs;
}

/**
 * The LibreOffice this process keeps running for its conversions, by its process group, and the profile it runs on.
 * A start costs ~1.2 s of processor time, a document converted by a running one ~0.1 s. It keeps a blank text
 * open: a headless LibreOffice with no document open ends once a conversion handed to it is done.
 */
let office: { group: number; ready: Promise<string> } | undefined;

async function officeNow(): Promise<{ group: number; profile: string }> {
  office ??= startOffice();
  return { group: office.group, profile: await office.ready };
}

/** Ends the LibreOffice of process group `group` (a conversion failed in it: the next one starts another). */
function endOffice(group: number): void {
  try {
    process.kill(-group, 'SIGTERM');
  } catch {
    // Already gone.
  }
  if (office?.group === group) office = undefined;
}

/**
 * Starts LibreOffice on a new profile, its blank open. A watcher reads the other end of a pipe from this process and
 * ends LibreOffice's process group when the pipe closes, however this process ends (a test worker's end, a kill).
 */
function startOffice(): { group: number; ready: Promise<string> } {
  const home = mkdtempSync(join(tmpdir(), 'thidua-lo-'));
  const profile = join(home, 'profile');
  const blank = join(home, 'open.txt');
  writeFileSync(blank, '');
  const lo = spawn('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, blank], { detached: true, stdio: 'ignore' });
  const group = lo.pid!;
  const watcher = spawn('sh', ['-c', 'read _; kill -TERM "-$1"', 'sh', String(group)], { stdio: ['pipe', 'ignore', 'ignore'] });
  let ended = false;
  const end = () => {
    ended = true;
    watcher.kill();
    if (office?.group === group) office = undefined;
  };
  lo.on('error', end).on('exit', end);
  lo.unref();
  watcher.unref();
  (watcher.stdin as Socket).unref();
  // Ready once the blank is open (LibreOffice's lock file beside it): a `soffice` started before would not find it
  // and run a second LibreOffice on the profile.
  const ready = (async () => {
    for (const since = Date.now(); !existsSync(join(home, '.~lock.open.txt#')); await sleep(100)) {
      if (ended || Date.now() - since > 240_000) {
        endOffice(group);
        throw new Error('LibreOffice did not start');
      }
    }
    return profile;
  })();
  return { group, ready };
}

/**
 * Where this run keeps what LibreOffice wrote from `from` by `how`, named by the file's name, bytes and `how`: the
 * same table is written by LibreOffice in several test files (the corpus by eight, the conduct form as .doc by two),
 * and each LibreOffice start costs seconds of processor time. In the run's folder (THIDUA_BUILDS, made afresh by
 * test/global-setup.ts and bench/run.ts), so nothing is kept from one run to the next; none outside a run.
 */
async function converted(from: string, how: string[]): Promise<{ path: string; done: boolean; keep: (made: string) => Promise<void> } | undefined> {
  const builds = process.env.THIDUA_BUILDS;
  if (!builds) return undefined;
  const hash = createHash('sha256').update(JSON.stringify([basename(from), ...how])).update(await readFile(from)).digest('hex');
  const folder = join(builds, 'libreoffice');
  const path = join(folder, hash);
  return {
    path,
    done: existsSync(path),
    // Written aside and renamed: a file converting the same table at the same time never reads half a copy.
    keep: async (made) => {
      await mkdir(folder, { recursive: true });
      const aside = `${path}.${process.pid}.${randomUUID()}`;
      await copyFile(made, aside);
      await rename(aside, path);
    },
  };
}

/** Converts `from` into `to`'s format with LibreOffice. */
export async function soffice(from: string, to: string, filter?: string, inFilter?: string): Promise<void> {
  const [made] = await sofficeAll([from], await mkdtemp(join(tmpdir(), 'thidua-lo-out-')), to.slice(to.lastIndexOf('.') + 1), filter, inFilter);
  await rename(made!, to);
}

/**
 * Documents, each under its name: tables (written as `tablesHtml` writes them) or a page's HTML as it is; written by
 * LibreOffice side by side, one conversion for all.
 */
export type OfficeDocument = { name: string } & ({ tables: OfficeTable[] } | { page: string });

const htmlOf = (d: OfficeDocument): string => ('page' in d ? d.page : tablesHtml(d.tables));

/** The tables as a Word document written by LibreOffice: HTML → .odt (Writer) → .docx. */
export async function docxByLibreOffice(tables: OfficeTable[], dir: string, name: string): Promise<string> {
  return (await docxAllByLibreOffice([{ tables, name }], dir))[0]!;
}

/** Each document as `docxByLibreOffice` writes it into `dir`, with one conversion per step for all. */
export async function docxAllByLibreOffice(docs: OfficeDocument[], dir: string): Promise<string[]> {
  const html = await Promise.all(docs.map(async (d) => {
    const path = join(dir, `${d.name}.html`);
    await writeFile(path, htmlOf(d));
    return path;
  }));
  return sofficeAll(await sofficeAll(html, dir, 'odt', 'writer8'), dir, 'docx', 'MS Word 2007 XML');
}

/** The tables pasted into a workbook by LibreOffice (HTML → .xlsx through Calc): merged cells stay merged. */
export async function xlsxByLibreOffice(tables: OfficeTable[], dir: string, name: string): Promise<string> {
  return (await xlsxAllByLibreOffice([{ tables, name }], dir))[0]!;
}

/** The tables as LibreOffice writes them both ways (a Word document, a workbook), in a new folder named from `name`. */
export async function wordAndBookByLibreOffice(tables: OfficeTable[], name: string): Promise<Record<'docx' | 'xlsx', string>> {
  const dir = await mkdtemp(join(tmpdir(), `thidua-${name}-`));
  const [[docx], [xlsx]] = [await docxAllByLibreOffice([{ name, tables }], dir), await xlsxAllByLibreOffice([{ name, tables }], dir)];
  return { docx: docx!, xlsx: xlsx! };
}

/** Each book as `xlsxByLibreOffice` writes it into `dir`, with one conversion for all. */
export async function xlsxAllByLibreOffice(books: OfficeDocument[], dir: string): Promise<string[]> {
  // The HTML is written apart: `dir` may be a folder of reports, where only the workbooks belong.
  const apart = await mkdtemp(join(tmpdir(), 'thidua-html-'));
  const html = await Promise.all(books.map(async (b) => {
    const path = join(apart, `${b.name}.html`);
    await writeFile(path, htmlOf(b));
    return path;
  }));
  return sofficeAll(html, dir, 'xlsx', 'Calc MS Excel 2007 XML', 'HTML (StarCalc)');
}

