// Bản tin: the digest of the stored captures (the last week of data days) as core/watch words it — the same text
// `thidua watch` prints — with a copy button to paste into Zalo or Telegram (nothing is sent from here), the one-page
// brief (.xlsx, or a page to print), and the emulation cluster list it ranks within.
import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { buildBrief } from '../../../core/watch/brief.js';
import { briefHtml } from '../../../core/watch/brief-html.js';
import type { WatchSeries } from '../../../core/watch/captures.js';
import { readClusterSheet } from '../../../core/watch/clusters.js';
import type { Digest as DigestData } from '../../../core/watch/digest.js';
import { digestText } from '../../../core/watch/digest-text.js';
import { planBrief } from '../../../core/watch/plan-brief.js';
import type { IndicatorStore, StoredClusters } from '../storage/store.js';
import { storedDigest } from '../history/verdicts.js';
import type { Settings } from '../storage/settings.js';
import { saveFile } from '../ui/files.js';
import { useI18n } from '../ui/I18n.js';
import { failureText } from '../ui/problems.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Status = { kind: 'info' | 'error'; text: string };

export function Digest({ store, settings }: { store: IndicatorStore; settings: Settings }) {
  const { t } = useI18n();
  const [state, setState] = useState<{ digest: DigestData; series: WatchSeries; text: string } | 'none'>();
  const [clusters, setClusters] = useState<StoredClusters>();
  const [status, setStatus] = useState<Status>();

  const load = useCallback(async () => {
    try {
      const read = await storedDigest(store, settings);
      setClusters(read?.clusters);
      if (!read) return setState('none');
      setState({ digest: read.digest, series: read.series, text: digestText(read.digest) });
    } catch (e) {
      setStatus({ kind: 'error', text: failureText(e, t) });
    }
  }, [store, settings, t]);
  useEffect(() => void load(), [load]);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'info', text: t('digest.copied', { lines: text.split('\n').length }) });
    } catch (e) {
      setStatus({ kind: 'error', text: t('export.copyFailed', { detail: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const name = (d: DigestData, ext: string) => `bao-cao-nhanh-766-${d.day}.${ext}`;
  const briefXlsx = async (d: DigestData, series: WatchSeries) => {
    try {
      const { OoxmlWorkbook } = await import('../../../adapters/ooxml/workbook.js');
      const workbook = OoxmlWorkbook.create();
      await workbook.apply({ sheets: [planBrief(buildBrief(d, series))] });
      saveFile(name(d, 'xlsx'), (await workbook.toBuffer()) as Uint8Array<ArrayBuffer>, XLSX_TYPE);
    } catch (e) {
      setStatus({ kind: 'error', text: failureText(e, t) });
    }
  };
  const briefPage = (d: DigestData, series: WatchSeries) => saveFile(name(d, 'html'), briefHtml(buildBrief(d, series)), 'text/html;charset=utf-8');

  const readClusters = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void (async () => {
      input.value = '';
      try {
        const { OoxmlWorkbook } = await import('../../../adapters/ooxml/workbook.js');
        const workbook = OoxmlWorkbook.open(new Uint8Array(await file.arrayBuffer()));
        const errors: string[] = [];
        for (const grid of await workbook.readSheets(await workbook.listSheets())) {
          const read = readClusterSheet(grid);
          if (!read.ok) {
            errors.push(...read.errors);
            continue;
          }
          await store.saveClusters({ file: file.name, list: read.list });
          setStatus({ kind: 'info', text: [t('digest.clustersRead', { file: file.name, count: read.list.length }), ...read.notes].join(' ') });
          return void (await load());
        }
        setStatus({ kind: 'error', text: t('digest.clustersRefused', { file: file.name, reason: errors.join(' ') }) });
      } catch (e) {
        setStatus({ kind: 'error', text: t('digest.clustersRefused', { file: file.name, reason: e instanceof Error ? e.message : String(e) }) });
      }
    })();
  };
  const dropClusters = async () => {
    await store.saveClusters(undefined);
    setStatus({ kind: 'info', text: t('digest.clustersDropped') });
    await load();
  };

  return (
    <section className="digest" aria-label={t('digest.title')}>
      <p className="muted">{t('digest.hint')}</p>
      {state === 'none' && (
        <p className="muted" data-testid="digest-empty">
          {t('digest.empty')}
        </p>
      )}
      {state && state !== 'none' && (
        <>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void copy(state.text)}>
              {t('digest.copy')}
            </button>
            <button type="button" onClick={() => void briefXlsx(state.digest, state.series)}>
              {t('digest.briefXlsx')}
            </button>
            <button type="button" onClick={() => briefPage(state.digest, state.series)}>
              {t('digest.briefHtml')}
            </button>
          </div>
          <pre className="digest-text" data-testid="digest-text">
            {state.text}
          </pre>
        </>
      )}
      <div className="actions">
        <label className="button">
          {t('digest.clusters')}
          <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={readClusters} hidden />
        </label>
        {clusters && (
          <>
            <span className="muted">{t('digest.clustersFrom', { file: clusters.file, count: clusters.list.length })}</span>
            <button type="button" className="link" onClick={() => void dropClusters()}>
              {t('digest.clustersDrop')}
            </button>
          </>
        )}
      </div>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind}>
          {status.text}
        </p>
      )}
    </section>
  );
}

/* Made for: the province watch in the extension: «Bản tin», the digest of the last week of data days in the words `thidua watch` prints, to copy into Zalo or Telegram, with the one-page brief and the cluster list. */
