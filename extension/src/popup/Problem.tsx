// A capture that did not go: what went wrong, the way on (the column mapping on the refused table, or picking a
// table), then what the adapters looked for and what they missed, and that nothing was saved.
import { foundOf } from '../../../core/indicators/index.js';
import type { GenericMapping } from '../../../core/indicators/index.js';
import { useI18n } from '../ui/I18n.js';
import type { Phase } from './popup-state.js';
import type { PortalTab } from './portal-tab.js';
import { TablePicker } from './TablePicker.js';

export function Problem({ phase, onPick, onPickTable, onDropOffer }: {
  phase: Extract<Phase, { kind: 'problem' }>;
  onPick: (picked: { tab: PortalTab; mapping: GenericMapping }) => void;
  onPickTable: (tab: PortalTab) => void;
  onDropOffer: () => void;
}) {
  const { t } = useI18n();
  const { tab, offer, capture } = phase;
  return (
    <section role="alert" className="error" data-testid="capture-error">
      <p>{phase.text}</p>
      {/* Before the (long) lists of labels: the mapping on the refused table, or picking a table, is the way on. */}
      {tab && offer && (
        <>
          <p data-testid="mapping-offer">{t('picker.offer')}</p>
          <TablePicker tables={offer.tables} initial={offer.mapping} initialTable={offer.table} onPick={(mapping) => onPick({ tab, mapping })} onCancel={onDropOffer} />
        </>
      )}
      {tab && !offer && (
        <button type="button" onClick={() => onPickTable(tab)}>
          {t('picker.open')}
        </button>
      )}
      {capture && (
        <>
          {foundOf(capture).length > 0 && (
            <>
              <p>{t('capture.lookedFor')}</p>
              <ul>
                {foundOf(capture).map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </>
          )}
          <p>{t('capture.missing')}</p>
          <ul>
            {capture.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <p>{t('capture.nothingSaved')}</p>
        </>
      )}
    </section>
  );
}

/* Made for: the popup's refusal of a capture, said with its way on before the long lists of what was looked for, so the officer sees first what to do. */
