// LibreOffice run for one conversion, under control: in a process group of its own, so that at the time limit (or when
// the command is stopped) the launcher and every process it started (soffice.bin, which outlives its launcher) are ended
// together, and its working folder (profile, copies, temporary files) removed. Nothing of it outlives the command.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long one conversion may take: 120 s, or THIDUA_LIBREOFFICE_GIAY seconds (a slow machine, a large document). */
export function convertLimitMs(): number {
  const seconds = Number(process.env.THIDUA_LIBREOFFICE_GIAY);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 120_000;
}

export type Converted = { ok: true } | { ok: false; missing: boolean; timedOut: boolean; message: string };

/**
 * `soffice --headless --convert-to <to> --outdir <work>/out <input>` with its own profile in `work`. Resolves once
 * every process of the conversion is gone.
 */
export function convert(work: string, input: string, to: string): Promise<Converted> {
  const limit = convertLimitMs();
  return new Promise((done) => {
    const child = spawn('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', to, '--outdir', join(work, 'out'), input], {
      detached: true,
      stdio: 'ignore',
      // Its own TMPDIR: the temporary files it leaves are removed with the folder.
      env: { ...process.env, TMPDIR: work },
    });
    let timedOut = false;
    const endGroup = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    };
    // The command stopped (Ctrl+C, a service manager): the group is not in the terminal's, so it is ended here.
    const stopped = (signal: NodeJS.Signals) => {
      endGroup();
      process.kill(process.pid, signal);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      endGroup();
    }, limit);
    process.once('SIGINT', stopped);
    process.once('SIGTERM', stopped);
    const finish = (result: Converted) => {
      clearTimeout(timer);
      process.off('SIGINT', stopped);
      process.off('SIGTERM', stopped);
      // Whatever the launcher left running in its group is ended with it.
      endGroup();
      done(result);
    };
    child.on('error', (e: NodeJS.ErrnoException) => finish({ ok: false, missing: e.code === 'ENOENT', timedOut: false, message: e.message }));
    child.on('exit', (code, signal) => finish(code === 0 && !timedOut ? { ok: true } : { ok: false, missing: false, timedOut, message: signal ?? `mã thoát ${code}` }));
  });
}

/** A folder of the conversion's own, removed after `use` whatever happens. */
export async function inWorkFolder<T>(prefix: string, use: (work: string) => Promise<T>): Promise<T> {
  const work = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await use(work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// Made for issue 48 item 5: a .doc whose linked picture is a FIFO left soffice.bin running after the launcher was
// stopped, its profile deleted under it and its temporary file behind.
