// The popup's refusal drawn to static markup on the real refused 766 ranking (two columns renamed): the offer on
// the refused table first, its unit column and guesses filled in, then what was found and what was missing.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { capturePage, listTables } from '../../core/indicators/index.js';
import { translator } from '../../extension/src/i18n.js';
import { refusalPhase } from '../../extension/src/popup/popup-state.js';
import { Problem } from '../../extension/src/popup/Problem.js';
import { AT, DVC_TINH, failed, loadPage } from '../indicators/load.js';

const t = translator('vi');
const page = loadPage('dvc-766-tinh-thanh-pho-doi-cot.html');
const refused = failed(capturePage(page, DVC_TINH, { capturedAt: AT }));
const tab = { id: 1, url: DVC_TINH };
const noop = () => undefined;

describe('the popup’s refusal, drawn', () => {
  it('offers the mapping on the refused table before the lists, filled in from the adapter’s suggestion', () => {
    const phase = refusalPhase(tab, refused.error, listTables(page));
    if (phase.kind !== 'problem') throw new Error(phase.kind);
    const html = renderToStaticMarkup(<Problem phase={phase} onPick={noop} onPickTable={noop} onDropOffer={noop} />);
    expect(html.indexOf('data-testid="mapping-offer"')).toBeLessThan(html.indexOf(t('capture.lookedFor')));
    const suggestion = refused.error.suggestion!;
    expect(html).toContain(`<option value="${suggestion.mapping.unitColumn}" selected="">`);
    for (const c of suggestion.mapping.columns) expect(html).toMatch(new RegExp(`aria-label="${c.header}"><option value="">(?:(?!</select>)[^])*<option value="${c.code}" selected="">`));
    // No way to the picker beside the offer: it is the picker.
    expect(html).not.toContain(`>${t('picker.open')}</button>`);
    const [found, missing] = [...html.matchAll(/<ul>(.*?)<\/ul>/g)].slice(-2).map((m) => m[1]!);
    expect(found).toContain('Công khai, minh bạch');
    expect(missing).toBe('<li>Số hóa hồ sơ</li><li>Tổng điểm</li>');
    expect(html).toContain(t('capture.nothingSaved'));
  });

  it('without tables to offer, the way to the picker is a button', () => {
    const phase = refusalPhase(tab, refused.error, 'no-content-script');
    if (phase.kind !== 'problem') throw new Error(phase.kind);
    const html = renderToStaticMarkup(<Problem phase={phase} onPick={noop} onPickTable={noop} onDropOffer={noop} />);
    expect(html).not.toContain('mapping-offer');
    expect(html).toContain(`>${t('picker.open')}</button>`);
  });
});
