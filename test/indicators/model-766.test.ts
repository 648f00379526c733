// The 766 model (core/indicators/model-766/): one file per group, each registered and ending with what it was made
// for; every metric and figure of the saved real responses (test/fixtures/real/) and of the saved 766 pages
// (test/fixtures/pages/*766*) declared; codes, formulas, «what it would take» and the built-in set read from it; who
// can move a figure told from a real capture.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBuiltin } from '../../core/criteria/builtin/index.js';
import { indicatorDefinition, METRIC_766 } from '../../core/indicators/codes.js';
import { explain, formulaOf, RATE_FORMULAS } from '../../core/indicators/formulas-766.js';
import { whatItTakes } from '../../core/indicators/what-it-takes.js';
import { groupOf, groupOfEndpoint, metricOf, metricOfPortalCode, MODEL_766, moverOf, scoringOf } from '../../core/indicators/model-766/index.js';
import { RESPONSES_PAGE } from '../../core/indicators/page-766.js';
import { capturePage } from '../../core/indicators/pages/index.js';
import { captureResponses } from '../../core/indicators/responses/index.js';
import { AT, DVC_766, DVC_TINH, FIXTURES, loadPage, MOTCUA } from './load.js';

const qd766Xa = findBuiltin('qd766-xa')!;

const folder = fileURLToPath(new URL('../../core/indicators/model-766/', import.meta.url));
const groupFiles = readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'declare.ts');

const REAL = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
const realResponses = readdirSync(REAL, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json') && /^(portal|watch)\//.test(f))
  .map((f) => ({ file: f, body: JSON.parse(readFileSync(REAL + f, 'utf8')) as { data: Record<string, unknown> } }));
/** The endpoint a saved response answers, as its file is named (each README says which). */
const endpointOfFile = (file: string) => MODEL_766.map((g) => g.endpoint).find((e) => file.split('/').at(-1)!.startsWith(e)) ?? (file.includes('service-results') ? 'service-results' : undefined);

type Row = Record<string, unknown>;
/** The fields every row of every response has that are no figure of a group: the unit, its rank and place. */
const UNIT_FIELDS = new Set(['departmentId', 'departmentName', 'departmentCode', 'level', 'stt', 'departmentType', 'departmentLevel', 'agencyLevel', 'childGroup', 'averageScore']);
/** The group's own score, maximum, ratio and change: read by every tree reader alike (responses/shared.ts). */
const SCORE_FIELDS = new Set(['totalScore', 'score', 'totalMaxScore', 'maxScore', 'ratio', 'scoreDelta']);

describe('the 766 model registry', () => {
  it.each(groupFiles)('%s is one group, registered, ending with what it was made for', (file) => {
    const group = MODEL_766.find((g) => g.code.toLowerCase() === file.replace(/\.ts$/, ''));
    expect(group, `${file} declares a group of its name`).toBeDefined();
    const text = readFileSync(folder + file, 'utf8').trimEnd();
    expect(text.endsWith('*/') && text.slice(text.lastIndexOf('/*')).includes('Made for')).toBe(true);
    expect(text).toContain(`code: '${group!.code}'`);
  });

  it('holds the six groups, one file each, worth 100 points, every metric in its own group once', () => {
    expect(MODEL_766.map((g) => `${g.code.toLowerCase()}.ts`).sort()).toEqual(groupFiles.sort());
    expect(MODEL_766.reduce((a, g) => a + g.max, 0)).toBe(100);
    const codes = MODEL_766.flatMap((g) => g.metrics.map((m) => m.code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const g of MODEL_766) for (const m of g.metrics) expect(m.code.startsWith(`${g.code}_`), m.code).toBe(true);
    const portal = MODEL_766.flatMap((g) => g.metrics.flatMap((m) => m.portalCodes ?? []));
    expect(new Set(portal).size).toBe(portal.length);
  });

  it('declares every metric and figure the saved real responses give', () => {
    let metrics = 0;
    let fields = 0;
    for (const { file, body } of realResponses) {
      const endpoint = endpointOfFile(file);
      if (endpoint === undefined) continue; // the procedure catalogue: names, no figure
      const d = body.data;
      if (endpoint === 'service-results') {
        for (const row of d.evaluation as Row[]) for (const g of Object.keys((row.groupScores as Row | undefined) ?? {})) expect(groupOf(g), `${file}: groupScores.${g}`).toBeDefined();
        continue;
      }
      const group = groupOfEndpoint(endpoint)!;
      const rows = [d.parent ?? d.overview, ...((d.children ?? d.evaluation) as Row[])] as Row[];
      for (const row of rows) {
        for (const m of (row.metrics as Row[] | undefined) ?? []) {
          metrics++;
          expect(metricOfPortalCode(String(m.code)), `${file}: metric ${String(m.code)}`).toBeDefined();
        }
        for (const [field, value] of Object.entries(row)) {
          if (typeof value !== 'number' || UNIT_FIELDS.has(field) || SCORE_FIELDS.has(field)) continue;
          fields++;
          const declared = group.fields?.some((f) => f.field === field) || (group.unread !== undefined && field in group.unread);
          expect(declared, `${file}: ${group.code} ${field}`).toBe(true);
        }
      }
    }
    expect(metrics).toBeGreaterThan(40);
    expect(fields).toBeGreaterThan(1000);
  });

  it('gives only declared codes when the saved real responses and 766 pages are read', () => {
    for (const { file, body } of realResponses) {
      const endpoint = endpointOfFile(file);
      if (endpoint === undefined) continue;
      const read = captureResponses([{ url: `https://dichvucong.gov.vn/api/v1/reporting/evaluation/${endpoint}`, body }], { capturedAt: AT });
      if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
      const undeclared = new Set(read.snapshots.flatMap((s) => s.indicators.map((i) => i.code)).filter((c) => !indicatorDefinition(c) && !c.endsWith('_THAY_DOI')));
      expect([...undeclared], file).toEqual([]);
    }
    const pages = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => /766.*\.html$/.test(f));
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) {
      const url = page.startsWith('dvc-766-index') ? DVC_766 : page.startsWith('dvc-766') ? DVC_TINH : MOTCUA;
      const read = capturePage(loadPage(page), url, { capturedAt: AT });
      if (!read.ok) continue; // pages made to be refused (a column missing) say so in their own tests
      const undeclared = new Set(read.snapshots.flatMap((s) => s.indicators.map((i) => i.code)).filter((c) => !indicatorDefinition(c)));
      expect([...undeclared], page).toEqual([]);
    }
  });
});

describe('what derives from the model', () => {
  it('the codes of the commune-level metrics, and the figures the responses page type yields', () => {
    expect(METRIC_766.map((d) => [d.code, d.group, d.label, d.max])).toEqual(MODEL_766.flatMap((g) => g.metrics.map((m) => [m.code, g.code, m.label, m.max])));
    for (const g of MODEL_766) for (const f of g.fields ?? []) expect(RESPONSES_PAGE.yields, f.code).toContain(f.code);
  });

  it('the formula and the way up of each metric', () => {
    for (const g of MODEL_766) {
      for (const m of g.metrics) {
        expect(formulaOf(m.code, g.code), m.code).toBe(m.formula ? RATE_FORMULAS[m.formula] : undefined);
        expect(scoringOf(m.code).takes, m.code).toBe(m.takes);
      }
    }
    // A metric the portal adds before it is declared: its group's way, until one declaration names it.
    expect(formulaOf('MDSH_SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 'MDSH')).toBe(RATE_FORMULAS['ty-le-tran']);
    expect(scoringOf('TDGQ').takes).toBe('progress');
  });

  it('the built-in set qd766-xa: its groups and criteria are the model’s', () => {
    expect(qd766Xa.groups.map((g) => [g.id, g.title, g.maxPoints])).toEqual(MODEL_766.map((g) => [g.code, g.label, g.max]));
    expect(qd766Xa.criteria.map((c) => [c.code, c.title])).toEqual(MODEL_766.flatMap((g) => g.criteria.map((c, i) => [`${g.code}${i + 1}`, c.title])));
    for (const g of MODEL_766) expect(qd766Xa.criteria.filter((c) => c.group === g.code).reduce((a, c) => a + c.maxPoints, 0), g.code).toBe(g.max);
  });
});

describe('who can move a figure', () => {
  // Phú Thọ's real transparency list of 2026: 0/89, 0/70, 87/89 for every unit and the province; DOSSIER_SYNC each its own.
  const saved = JSON.parse(readFileSync(`${REAL}portal/transparency-phu-tho-2026-trimmed.json`, 'utf8')) as unknown;
  const read = captureResponses([{ url: 'https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency', body: saved }], { capturedAt: AT });
  const figures = (code: string) => (read.ok ? read.snapshots : []).flatMap((s) => s.indicators.filter((i) => i.code === code));

  it('is told by a capture: the same figures for every unit are the province’s work, a unit’s own figures its own', () => {
    expect(['CKMB_CONG_BO_DUNG_HAN', 'CKMB_CAP_NHAT_DUNG_HAN', 'CKMB_DAY_DU_BO_PHAN'].map((c) => moverOf(c, figures(c)))).toEqual(['province', 'province', 'province']);
    expect(moverOf('CKMB_DONG_BO_DVCQG', figures('CKMB_DONG_BO_DVCQG'))).toBe('unit');
  });

  it('leaves the province’s metrics out of what a unit alone would take', () => {
    const unit = (read.ok ? read.snapshots : [])[1]!;
    // 0/89 scored 0 of 6 by a formula that agrees with the portal: a step the province, not the unit, can take.
    const published = unit.indicators.find((i) => i.code === 'CKMB_CONG_BO_DUNG_HAN')!;
    expect([published.numerator, published.denominator, explain(published)]).toEqual([0, 89, 'agrees']);
    expect(whatItTakes(unit).map((g) => g.code).filter((c) => moverOf(c) === 'province')).toEqual([]);
  });

  it('is what the model declares when one unit’s figures cannot tell', () => {
    expect(moverOf('CKMB_CONG_BO_DUNG_HAN', figures('CKMB_CONG_BO_DUNG_HAN').slice(0, 1))).toBe(metricOf('CKMB_CONG_BO_DUNG_HAN')!.movedBy);
    expect(moverOf('CKMB_CONG_BO_DUNG_HAN')).toBe('province');
    expect(moverOf('TDGQ')).toBe('unit');
    // Nothing counted anywhere (0/0 for every unit) tells nothing: the declaration stands.
    expect(moverOf('MDHL_PAKN_DUNG_HAN', [{ numerator: 0, denominator: 0 }, { numerator: 0, denominator: 0 }])).toBe('unit');
  });
});
