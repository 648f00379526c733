// The set as the reader understood it (core/criteria/sheet/understood.ts), laid out with what it inferred, on both
// faces: the pane's «Tiêu chí» tab and the standalone page's «Chấm cả xã», shown as soon as a set is chosen. A set the
// reader inferred parts of is held here until the officer confirms it (pane-context's `understood`): nothing scores
// with it before, and the same set confirmed once is not asked again. It opens with the reconciliation
// (core/criteria/sheet/reconcile.ts): each figure the table states beside what was read, before the tree and the button.
import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { carriedLines } from '../../core/criteria/lines-under-total.js';
import { carriedCap } from '../../core/criteria/total-cap.js';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { shownFigures, type Reconciliation } from '../../core/criteria/sheet/reconcile.js';
import { entriesOf, groupMaxText, itemText, totalText, understoodSet, wholeText, type UnderstoodItem } from '../../core/criteria/sheet/understood.js';
import { CRITERIA_SHEET_NAME } from '../../core/criteria/sheet/vocabulary.js';
import { criteriaWorkbook, insertCriteriaSheetIfNone } from '../actions/criteria.js';
import { noticeText } from '../../core/criteria/sheet/notice-text.js';
import { usePane, type Understood } from './pane-context.js';
import { saveFile, XLSX_TYPE } from './save-file.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  tree: {
    borderCollapse: 'collapse', width: '100%',
    '& td': { padding: `1px ${tokens.spacingHorizontalS}`, verticalAlign: 'top', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
    // A code reads whole («A.1.1»); a long title gives way before the maximum and the way of scoring do.
    '& td:first-child': { whiteSpace: 'nowrap' },
    '& td:nth-child(2)': { overflowWrap: 'anywhere' },
    '& td:last-child': { width: '30%', minWidth: '7rem' },
  },
  group: { fontWeight: tokens.fontWeightSemibold },
  // A document's item scored by its parts: the item on its line, its parts indented under it.
  whole: { fontStyle: 'italic' },
  part: { '& td:first-child': { paddingLeft: tokens.spacingHorizontalXL } },
  // The question stands out from the tree it asks about: the officer's next step while it is open.
  asking: {
    display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteYellowBorder2}`, backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  notices: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  // The figures first: green when the table's own figures are all reproduced, red beside each one that is not.
  figures: {
    display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteGreenBorder2}`, backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  differ: { borderLeftColor: tokens.colorPaletteRedBorder2, backgroundColor: tokens.colorPaletteRedBackground1 },
  differs: { color: tokens.colorPaletteRedForeground1 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** What the reader inferred, each with its cell: in Excel a link to it (the set is a sheet of the open workbook). */
function Notices({ understood, sheet }: { understood: Understood; sheet: string | undefined }) {
  const s = useStyles();
  const { selectCell } = usePane();
  return (
    <ul className={s.notices} aria-label="Điều phần mềm tự suy ra">
      {understood.notices.map((n, i) => (
        <li key={i}>{sheet && n.cell !== undefined ? <Link onClick={() => selectCell(sheet, n.cell!)}>{noticeText(n)}</Link> : noticeText(n)}</li>
      ))}
    </ul>
  );
}

/** The figures the table states beside what was read: one line when all agree, else each figure, the differing ones marked. */
function Figures({ reconciliation }: { reconciliation: Reconciliation }) {
  const s = useStyles();
  const { t } = usePane();
  return (
    <div className={reconciliation.agrees ? s.figures : `${s.figures} ${s.differ}`} role="group" aria-label="Đối chiếu với số bảng ghi">
      <Text weight="semibold">{t('reconciliationTitle')}</Text>
      <Text>{reconciliation.summary}</Text>
      {!reconciliation.agrees && (
        <ul className={s.notices}>
          {shownFigures(reconciliation).map((f, i) => (
            <li key={i} className={f.agrees ? undefined : s.differs} data-agrees={f.agrees}>{f.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function UnderstoodTree({ set }: { set: CriteriaSet }) {
  const s = useStyles();
  const { t, chosen, confirmSet, mode, busy, act } = usePane();
  const u = understoodSet(set);
  const itemRow = (group: string, i: UnderstoodItem, className?: string) => (
    <tr key={`i-${group}-${i.code}`} className={className} data-code={i.code} data-part-of={i.partOf?.code}>
      <td>{i.code}</td>
      <td>{i.title}</td>
      <td>{itemText(i)}</td>
    </tr>
  );
  const understood = chosen?.set === set ? chosen.understood : undefined;
  const asking = understood && !understood.confirmed;
  // On the page the workbook the set was read from may be closed since: its cells are named, not linked.
  const sheet = mode === 'excel' && chosen && 'sheet' in chosen.from ? chosen.from.sheet : undefined;
  // Where the officer corrects it: on the page the set goes out as a criteria workbook (a Word table or an office's
  // table has no «Tiêu chí» sheet of its own); in Excel the workbook's own sheet, or — a Word table — the set written as
  // one, never over a «Tiêu chí» sheet the workbook already has (the officer may have typed in it).
  const download = !understood ? undefined : mode === 'standalone' ? (
    <Button size="small" disabled={busy} onClick={() => void criteriaWorkbook(set).then((bytes) => saveFile(bytes, `tieu-chi-${set.id}.xlsx`, XLSX_TYPE))}>
      {t('understoodDownload')}
    </Button>
  ) : !sheet ? (
    <Button size="small" disabled={busy} onClick={() => void act(async (port) => {
      const written = await insertCriteriaSheetIfNone(port, set);
      return written ? { intent: 'success', text: t('criteriaInserted', { sheet: written }) } : { intent: 'warning', text: t('understoodInsertExists', { sheet: CRITERIA_SHEET_NAME }) };
    })}>
      {t('understoodInsert')}
    </Button>
  ) : undefined;
  return (
    <section className={s.section} aria-label="Bảng tiêu chí đã hiểu">
      {understood?.reconciliation && <Figures reconciliation={understood.reconciliation} />}
      {asking && <Text weight="semibold">{t('understoodFirst')}</Text>}
      <table className={s.tree}>
        <tbody>
          {u.groups.flatMap((g) => [
            <tr key={`g-${g.id}`} className={s.group} data-group={g.id}>
              <td>{g.id}</td>
              <td>{g.title}</td>
              <td>{groupMaxText(g)}</td>
            </tr>,
            ...entriesOf(g).flatMap((e) => ('item' in e ? [itemRow(g.id, e.item)] : [
              <tr key={`w-${g.id}-${e.whole.code}`} className={s.whole} data-whole={e.whole.code}>
                <td>{e.whole.code}</td>
                <td>{e.whole.title}</td>
                <td>{wholeText(e.whole)}</td>
              </tr>,
              ...e.parts.map((p) => itemRow(g.id, p, s.part)),
            ])),
          ])}
        </tbody>
      </table>
      <Text weight="semibold" aria-label="Tổng điểm chấm">{totalText(u)}</Text>
      {/* The lines the table wrote under its total, in scoring's words: a bonus promised that no criterion scores is seen before scoring. */}
      {carriedLines(set).map((line) => (
        <Text key={line} size={200} aria-label="Dòng dưới dòng tổng">
          {line}
        </Text>
      ))}
      {/* The cap the table states on its total: what scoring does with a total past it, seen before scoring. */}
      {carriedCap(set).map((line) => (
        <Text key={line} size={200} aria-label="Mức tổng điểm bảng ghi">
          {line}
        </Text>
      ))}
      {asking ? (
        <div className={s.asking} role="group" aria-label="Xác nhận bảng đã hiểu">
          <Text>{understood.notices.length > 0 ? t('understoodAsk', { count: understood.notices.length }) : t('understoodAskFigures')}</Text>
          {understood.notices.length > 0 && <Notices understood={understood} sheet={sheet} />}
          <div className={s.row}>
            <Button appearance="primary" disabled={busy} onClick={confirmSet}>{t('understoodConfirm')}</Button>
            {download}
          </div>
        </div>
      ) : understood ? (
        <>
          {/* Said only where there was something to confirm: a table read whole, its figures agreeing, asked nothing. */}
          {(understood.notices.length > 0 || !understood.reconciliation?.agrees) && <Text aria-label="Bảng đã hiểu đã xác nhận">{t('understoodConfirmedSaid')}</Text>}
          {understood.notices.length > 0 && (
            <details>
              <summary>{t('understoodNotices', { count: understood.notices.length })}</summary>
              <Notices understood={understood} sheet={sheet} />
            </details>
          )}
          <div className={s.row}>{download}</div>
        </>
      ) : null}
      <Text size={200}>{t('understoodCorrect')}</Text>
    </section>
  );
}

// Made for issue 45 item 3: the officer sees what was understood of a table, on the page and in the pane alike, and confirms it before it scores.
