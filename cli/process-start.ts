// When a process started, to tell the process a lock names from a later one given the same number: on Linux the
// start in clock ticks since boot (field 22 of /proc/<pid>/stat), and the boot's time to place it on the clock.
// Elsewhere it cannot be asked without starting another program: a lock is then judged by its process alone.
import { readFileSync } from 'node:fs';

/** Field 22 of /proc/<pid>/stat; undefined where there is no /proc or the process is gone. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // The command name (field 2) is in parentheses and may hold spaces and parentheses: the fields are counted after the last one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3];
  } catch {
    return undefined;
  }
}

/** Linux reports a process's start in 1/100 s (USER_HZ, the same on every architecture it runs on). */
const TICKS_PER_SECOND = 100;

/** When the process started, in ms since 1970, to the second; undefined where it cannot be known. */
export function processStartedAt(pid: number): number | undefined {
  const ticks = Number(processStart(pid));
  if (!Number.isFinite(ticks)) return undefined;
  try {
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'latin1'))?.[1]);
    return Number.isFinite(boot) ? boot * 1000 + (ticks * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

/* Made for: issue 56 item 4 — a six-day-old lock whose process number now belongs to another process is known as stale. */
