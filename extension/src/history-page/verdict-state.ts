// The day's verdicts for the history page's unit tables: the one digest of the stored captures (history/verdicts.ts),
// read when the tables are shown, and each table given its unit's verdict when it is of the digest's period.
import { useEffect, useState } from 'react';
import { watchKey } from '../../../core/watch/captures.js';
import type { Verdict } from '../../../core/watch/verdict.js';
import { storedDigest, verdictsByUnit } from '../history/verdicts.js';
import { seriesPeriod } from '../history/identity.js';
import type { UnitHistory } from '../history/unit-history.js';
import type { Settings } from '../storage/settings.js';
import type { IndicatorStore } from '../storage/store.js';

export interface DayVerdicts {
  day: string;
  period: string;
  byUnit: ReadonlyMap<string, Verdict>;
}

export function useVerdicts(store: IndicatorStore, settings: Settings, shown: boolean): DayVerdicts | undefined {
  const [verdicts, setVerdicts] = useState<DayVerdicts>();
  useEffect(() => {
    if (!shown) return;
    storedDigest(store, settings).then(
      (read) => setVerdicts(read && { day: read.digest.day, period: read.digest.period, byUnit: verdictsByUnit(read.digest) }),
      () => setVerdicts(undefined),
    );
  }, [store, settings, shown]);
  return verdicts;
}

/**
 * The table's verdict: only for a unit's table of the digest's period (another period's figures are not judged), and
 * not for the name's earlier code (the verdict is the unit's the name now comes with). A period not read is the
 * digest's as the watch names it («Kỳ không rõ (ngày số liệu tháng 11/2026)»), not the capture's empty label.
 */
export function verdictFor(verdicts: DayVerdicts | undefined, h: UnitHistory): { verdict?: { day: string; verdict: Verdict } } {
  const last = h.captures.at(-1);
  const verdict = verdicts && h.code === undefined && last && seriesPeriod(last).label === verdicts.period ? verdicts.byUnit.get(watchKey(h.unitName)) : undefined;
  return verdict ? { verdict: { day: verdicts!.day, verdict } } : {};
}

/* Made for: issue 58 item 2 — the history page shows each unit's verdict of the day, the one «Bản tin» and the popup give. */
