import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { describe, expect, it } from 'vitest';
import { parseSetRef } from '../../core/checks/criteria-set-mismatch.js';
import { criterion, flagsOf, makeReport, makeSet } from '../helpers/make-report.js';
import { withParseWatched } from '../helpers/parse-watched.js';

const set = makeSet({ version: '2', criteria: [criterion({ code: 'A', measure: 'yes_no', rule: { kind: 'yes_no' } })] });
const report = (criteriaSet: string) => makeReport({ unitName: 'Thôn A', unitKind: 'Thôn', criteriaSet, rows: [['A', 'Có']] });

describe('criteria-set-mismatch', () => {
  it('reads "id@version", "id version", "id v2" and "id phiên bản 2"', () => {
    expect(parseSetRef('thu-nghiem@2')).toEqual({ id: 'thu-nghiem', version: '2' });
    expect(parseSetRef('thu-nghiem 2')).toEqual({ id: 'thu-nghiem', version: '2' });
    expect(parseSetRef('Thu-Nghiem v2')).toEqual({ id: 'thu-nghiem', version: '2' });
    expect(parseSetRef('thu-nghiem phiên bản 2')).toEqual({ id: 'thu-nghiem', version: '2' });
    expect(parseSetRef('thu-nghiem')).toEqual({ id: 'thu-nghiem' });
  });

  it('flags another set as an error', () => {
    expect(flagsOf('criteria-set-mismatch', set, report('ta-ma-2025@1'))).toEqual([
      {
        code: 'criteria-set-mismatch',
        severity: 'error',
        // A built-in set stated by its code is named by its title: no code before the council.
        message: `Ô B6: báo cáo lập theo bộ tiêu chí «${findBuiltin('ta-ma-2025')!.title} (phiên bản 1)», đang chấm theo bộ «Bộ tiêu chí thử nghiệm» (phiên bản 2)`,
        sheet: 'Báo cáo',
        cell: 'B6',
        details: { stated: 'ta-ma-2025@1', setId: 'thu-nghiem', setVersion: '2' },
      },
    ]);
  });

  // Each thread of the command line parsed the whole stated set only to print its title (issue 59).
  it('names a built-in set stated by its code without parsing that set', () => {
    const { title } = findBuiltin('ta-ma-2030')!;
    return withParseWatched(async (parse) => {
      const fresh = await import('../helpers/make-report.js');
      const [flag] = fresh.flagsOf('criteria-set-mismatch', set, report('ta-ma-2030@2025.1'));
      expect(flag?.message).toBe(`Ô B6: báo cáo lập theo bộ tiêu chí «${title} (phiên bản 2025.1)», đang chấm theo bộ «Bộ tiêu chí thử nghiệm» (phiên bản 2)`);
      expect(parse).not.toHaveBeenCalled();
    });
  });

  it('flags another version of the same set as a warning', () => {
    const [flag] = flagsOf('criteria-set-mismatch', set, report('thu-nghiem v1'));
    expect(flag).toMatchObject({ severity: 'warning', message: 'Ô B6: báo cáo lập theo phiên bản 1 của bộ tiêu chí này, đang chấm theo phiên bản 2' });
  });

  // As templates print it: the set's title and version, no id.
  it('reads the set by its title and «(phiên bản …)», as templates print it', () => {
    expect(flagsOf('criteria-set-mismatch', set, report('Bộ tiêu chí thử nghiệm (phiên bản 2)'))).toEqual([]);
    expect(flagsOf('criteria-set-mismatch', set, report('BỘ TIÊU CHÍ THỬ NGHIỆM'))).toEqual([]);
    const [flag] = flagsOf('criteria-set-mismatch', set, report('Bộ tiêu chí thử nghiệm (phiên bản 1)'));
    expect(flag).toMatchObject({ severity: 'warning', cell: 'B6' });
    expect(flagsOf('criteria-set-mismatch', set, report('Bộ tiêu chí xã khác (phiên bản 2)'))[0]).toMatchObject({ severity: 'error' });
  });

  it('accepts the same set in any written form, and a sheet without the cell', () => {
    for (const ref of ['thu-nghiem@2', 'thu-nghiem 2', 'thu-nghiem v2', 'THU-NGHIEM', '']) {
      expect(flagsOf('criteria-set-mismatch', set, report(ref))).toEqual([]);
    }
    expect(flagsOf('criteria-set-mismatch', set, makeReport({ unitName: 'A', unitKind: 'Thôn', rows: [] }))).toEqual([]);
  });
});
