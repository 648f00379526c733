// The day's verdicts in the popup: the officer's unit and, per level, how many units fell, slid, entered or left red,
// are red — the same verdicts «Bản tin» and the brief give (extension/src/history/verdicts.ts, core/watch/verdict.ts).
import { useEffect, useState } from 'react';
import { shortDate } from '../../../core/watch/data-day.js';
import { provincesOnly, type Digest } from '../../../core/watch/digest.js';
import { lackingLine, levelCounts, levelCountWords, missingTodayLine, ownLine, provinceLine, renamedLine, storedDigest, totalMismatchLines } from '../history/verdicts.js';
import type { Settings } from '../storage/settings.js';
import type { IndicatorStore } from '../storage/store.js';
import { useI18n } from '../ui/I18n.js';

export function Verdicts({ store, settings }: { store: IndicatorStore; settings: Settings }) {
  const { t } = useI18n();
  const [digest, setDigest] = useState<Digest>();
  useEffect(() => {
    // Nothing stored yet, or a store that cannot be read: the popup's capture is what matters, no verdict shown.
    storedDigest(store, settings).then((read) => setDigest(read?.digest), () => setDigest(undefined));
  }, [store, settings]);
  if (!digest) return null;
  const provinces = provincesOnly(digest);
  const province = provinceLine(digest, t);
  const lacking = lackingLine(digest, t);
  const own = ownLine(digest, t);
  return (
    <section className="verdicts muted" data-testid="verdicts" aria-label={t('verdict.title', { day: shortDate(digest.day) })}>
      <p>{t('verdict.title', { day: shortDate(digest.day) })}</p>
      {lacking && <p data-testid="verdict-lacking">{lacking}</p>}
      {provinces && <p data-testid="verdict-provinces-only">{t('verdict.provincesOnly', { count: provinces.units.length })}</p>}
      {own && <p data-testid="verdict-own">{own}</p>}
      {province && <p data-testid="verdict-province">{province}</p>}
      {levelCounts(digest, t).map((l) => (
        <p key={l.title} data-testid="verdict-level">
          {t('verdict.level', { title: l.title, units: l.units, counts: levelCountWords(l, t) })}
        </p>
      ))}
      {digest.renamed.length > 0 && <p data-testid="verdict-renamed">{renamedLine(digest, t)}</p>}
      {digest.missingToday.length > 0 && <p data-testid="verdict-missing">{missingTodayLine(digest, t)}</p>}
      {totalMismatchLines(digest, t).map((line) => (
        <p key={line} className="warning" data-testid="verdict-total-mismatch">
          {line}
        </p>
      ))}
    </section>
  );
}

/* Made for: issue 58 item 2 — the popup reads the day's verdicts from the one digest core builds. */
