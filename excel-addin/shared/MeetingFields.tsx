// «Cuộc họp» above the vote list on the standalone page and in the pane: the meeting's date, time, place, chair,
// secretary, members present and absent by name, where the list was posted, and the voting method — the same fields as above the table of
// «Biểu quyết» (core/workbook/plan-votes.ts), typed once and written there with the run, so every face prints the
// same minutes; and, under them, the list posted before the meeting («Lập danh sách niêm yết», as
// `thidua papers --posting-list`) from the meeting as recorded.
import { Button, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { namesIn, type Meeting, type VotingMethod } from '../../core/council/vote.js';
import { VOTE_FIELDS } from '../../core/workbook/plan-votes.js';
import { usePane } from './pane-context.js';
import { formatDateVi, parseDateText } from '../../core/values.js';
import { POSTING_DAYS } from '../../core/papers/nominee-list.js';
import { POSTING_FROM } from './papers-download.js';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Typed = { date: string; time: string; place: string; chair: string; secretary: string; present: string; absent: string; postedAt: string; method: VotingMethod | '' };

const typedOf = (m: Meeting): Typed => ({
  date: m.date ? formatDateVi(m.date) : '',
  time: m.time ?? '',
  place: m.place,
  chair: m.chair,
  secretary: m.secretary,
  present: (m.present ?? []).join('; '),
  absent: (m.absent ?? []).join('; '),
  postedAt: m.postedAt ?? '',
  method: m.method ?? '',
});

/** What a face says of the posting list it made, or why it made none; `note`, what the officer should know of it (postingBegun). */
export type PostingSaid = { text: string; error?: boolean; notes?: string[] };

/**
 * The meeting as «Biểu quyết» holds it (`meeting`), edited and recorded with `record`; `post` makes the posting list
 * from the meeting recorded, from the first posting day typed here (undefined: the working days before the meeting).
 */
export function MeetingFields({ meeting, busy, record, post }: { meeting: Meeting; busy: boolean; record(meeting: Meeting): void; post?(from: string | undefined): Promise<PostingSaid | undefined> }) {
  const s = useStyles();
  const { t } = usePane();
  const [typed, setTyped] = useState<Typed>(typedOf(meeting));
  const [problem, setProblem] = useState('');
  const [from, setFrom] = useState('');
  const [posted, setPosted] = useState<PostingSaid>();
  const makeList = async () => {
    const day = from.trim() === '' ? undefined : parseDateText(from);
    if (day === undefined && from.trim() !== '') return setPosted({ text: `Không hiểu ngày «${from}» ở «${POSTING_FROM}»: ghi ngày dd/mm/yyyy.`, error: true });
    // The list names the meeting's day, chair and place as «Biểu quyết» holds them: never a meeting typed but not recorded.
    if (JSON.stringify(typed) !== JSON.stringify(typedOf(meeting))) return setPosted({ text: t('postingUnrecorded'), error: true });
    setPosted(await post!(day));
  };
  useEffect(() => setTyped(typedOf(meeting)), [meeting]);
  const field = (key: Exclude<keyof Typed, 'method'>, hint?: string) => (
    <Field label={VOTE_FIELDS[key === 'date' ? 'date' : key]} {...(hint ? { hint } : {})}>
      <Input value={typed[key]} aria-label={VOTE_FIELDS[key]} onChange={(_, d) => setTyped((t) => ({ ...t, [key]: d.value }))} />
    </Field>
  );
  const save = () => {
    const date = typed.date.trim() === '' ? '' : parseDateText(typed.date);
    if (date === undefined) return setProblem(`Không hiểu ngày họp «${typed.date}»: ghi ngày dd/mm/yyyy.`);
    setProblem('');
    const present = namesIn(typed.present);
    const absent = namesIn(typed.absent);
    record({
      date,
      place: typed.place.trim(),
      chair: typed.chair.trim(),
      secretary: typed.secretary.trim(),
      ...(typed.time.trim() ? { time: typed.time.trim() } : {}),
      ...(typed.method ? { method: typed.method } : {}),
      ...(present.length > 0 ? { present } : {}),
      ...(absent.length > 0 ? { absent } : {}),
      ...(typed.postedAt.trim() ? { postedAt: typed.postedAt.trim() } : {}),
    });
  };
  return (
    <section className={s.col} aria-label="Cuộc họp của Hội đồng">
      <Text weight="semibold" as="h3">{t('meetingTitle')}</Text>
      <div className={s.row}>
        {field('date', 'dd/mm/yyyy')}
        {field('time', 'ví dụ 14 giờ 00')}
        {field('place')}
      </div>
      <div className={s.row}>
        {field('chair')}
        {field('secretary')}
      </div>
      {field('present', 'Tên từng người, cách nhau bằng dấu «;»')}
      {field('absent', 'Tên từng người, cách nhau bằng dấu «;»')}
      {field('postedAt', 'Nơi niêm yết danh sách đề nghị trước phiên họp; để trống: trụ sở UBND xã')}
      <Field label={VOTE_FIELDS.method}>
        <RadioGroup layout="horizontal" value={typed.method} aria-label={VOTE_FIELDS.method} onChange={(_, d) => setTyped((t) => ({ ...t, method: d.value as VotingMethod }))}>
          <Radio value="giơ tay" label="Giơ tay" />
          <Radio value="bỏ phiếu kín" label="Bỏ phiếu kín" />
        </RadioGroup>
      </Field>
      <div className={s.row}>
        <Button size="small" disabled={busy} onClick={save}>{t('meetingRecord')}</Button>
      </div>
      {problem && <Text className={s.error}>{problem}</Text>}
      {post && (
        <div className={s.row}>
          <Field label={POSTING_FROM} hint={`dd/mm/yyyy; để trống: ${POSTING_DAYS} ngày làm việc ngay trước ngày họp`}>
            <Input value={from} aria-label={POSTING_FROM} onChange={(_, d) => setFrom(d.value)} />
          </Field>
          <Button size="small" disabled={busy} onClick={() => void makeList()}>{t('postingMake')}</Button>
        </div>
      )}
      {posted && (
        <div role="status" aria-label="Danh sách niêm yết">
          <Text className={posted.error ? s.error : undefined}>{posted.text}</Text>
          {posted.notes?.map((note) => (
            <Text key={note} block role="note" className={s.error}>
              {note}
            </Text>
          ))}
        </div>
      )}
    </section>
  );
}

// Made for issue 57 item 1: the meeting typed once, the same fields on the page, in the pane and on «Biểu quyết»; and
// for item 3: the list posted before that meeting, made there.
