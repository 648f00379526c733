// The set as the reader understood it (core/criteria/sheet/understood.ts), laid out under what it filled in, on both
// faces: the pane's «Tiêu chí» tab and the standalone page's «Chấm cả xã», shown as soon as a set is chosen.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CriteriaSet } from '../../core/criteria/schema.js';
import { groupMaxText, itemText, totalText, understoodSet } from '../../core/criteria/sheet/understood.js';

const useStyles = makeStyles({
  tree: { borderCollapse: 'collapse', '& td': { padding: `1px ${tokens.spacingHorizontalS}`, verticalAlign: 'top', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` } },
  group: { fontWeight: tokens.fontWeightSemibold },
});

export function UnderstoodTree({ set }: { set: CriteriaSet }) {
  const s = useStyles();
  const u = understoodSet(set);
  return (
    <section aria-label="Bảng tiêu chí đã hiểu">
      <table className={s.tree}>
          <tbody>
            {u.groups.flatMap((g) => [
              <tr key={`g-${g.id}`} className={s.group} data-group={g.id}>
                <td>{g.id}</td>
                <td>{g.title}</td>
                <td>{groupMaxText(g)}</td>
              </tr>,
              ...g.items.map((i) => (
                <tr key={`i-${g.id}-${i.code}`} data-code={i.code}>
                  <td>{i.code}</td>
                  <td>{i.title}</td>
                  <td>{itemText(i)}</td>
                </tr>
              )),
            ])}
          </tbody>
        </table>
      <Text weight="semibold" aria-label="Tổng điểm chấm">{totalText(u)}</Text>
      <Text size={200}> Chưa đúng thì sửa trên trang «Tiêu chí» của bộ này rồi chọn lại.</Text>
    </section>
  );
}

// Made for issue 45 item 3: the officer sees what was understood of a table, on the page and in the pane alike, before it scores.
