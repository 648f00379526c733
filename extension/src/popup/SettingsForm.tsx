// Cài đặt: the officer's commune, the reminder schedule, the digest's thresholds, the paste format and the language.
// Figures are text fields read by core's typedNumber: a number field of an English-language browser would turn «0,5»
// into «05»; here «0,5» and «0.5» both read 0,5, what cannot be read is refused with a message, and each threshold is
// shown back as read. The deadline is a text field read by typedDate, day/month/year: a date field of an English
// browser shows and takes month/day/year.
import { useState } from 'react';
import { parseWithMessages } from '../../../core/schema-messages.js';
import { formatNumberVi, typedDate, typedNumber } from '../../../core/values.js';
import { shortDate } from '../../../core/watch/data-day.js';
import { THRESHOLD_LABELS, Thresholds } from '../../../core/watch/thresholds.js';
import { ReminderSchedule, type Settings } from '../storage/settings.js';
import { useI18n } from '../ui/I18n.js';
import { LanguageSwitch } from '../ui/LanguageSwitch.js';

export function SettingsForm({ settings, onSave, onClose }: { settings: Settings; onSave: (s: Settings) => Promise<void>; onClose: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(settings);
  const [reminderKind, setReminderKind] = useState(settings.reminder.kind);
  const [day, setDay] = useState(String(settings.reminder.kind === 'monthly' ? settings.reminder.day : 5));
  const [deadline, setDeadline] = useState(settings.reminder.kind === 'before-deadline' ? shortDate(settings.reminder.deadline) : '');
  const [daysBefore, setDaysBefore] = useState(String(settings.reminder.kind === 'before-deadline' ? settings.reminder.daysBefore : 3));
  const [problem, setProblem] = useState<string>();
  const THRESHOLD_FIELDS = ['redBelow', 'yellowBelow', 'dayDrop', 'rateDrop', 'declineDays'] as const;
  const [thresholds, setThresholds] = useState(() => Object.fromEntries(THRESHOLD_FIELDS.map((f) => [f, formatNumberVi(settings.thresholds[f])])) as Record<(typeof THRESHOLD_FIELDS)[number], string>);

  const save = async () => {
    const reminderRead = reminderKind === 'monthly' ? typedNumber(day, t('settings.reminderMonthly')) : reminderKind === 'before-deadline' ? typedNumber(daysBefore, t('settings.reminderBefore')) : undefined;
    if (reminderRead && !reminderRead.ok) {
      setProblem(reminderRead.message);
      return;
    }
    const deadlineRead = reminderKind === 'before-deadline' ? typedDate(deadline, t('settings.deadline')) : undefined;
    if (deadlineRead && !deadlineRead.ok) {
      setProblem(deadlineRead.message);
      return;
    }
    const count = reminderRead?.ok ? reminderRead.value : undefined;
    const reminder = ReminderSchedule.safeParse(
      reminderKind === 'monthly' ? { kind: 'monthly', day: count } : deadlineRead?.ok ? { kind: 'before-deadline', deadline: deadlineRead.value, daysBefore: count } : { kind: 'off' },
    );
    if (!reminder.success) {
      setProblem(t(reminderKind === 'monthly' ? 'settings.badDay' : 'settings.badDeadline'));
      return;
    }
    const read = THRESHOLD_FIELDS.map((f) => [f, typedNumber(thresholds[f], t(`settings.${f}`))] as const);
    const unread = read.flatMap(([, r]) => (r.ok ? [] : [r.message]));
    if (unread.length > 0) {
      setProblem(unread.join(' '));
      return;
    }
    const checked = parseWithMessages(Thresholds, Object.fromEntries(read.map(([f, r]) => [f, r.ok ? r.value : Number.NaN])), THRESHOLD_LABELS);
    if (!checked.ok) {
      setProblem(t('settings.badThresholds', { detail: checked.errors.join('; ') }));
      return;
    }
    setProblem(undefined);
    await onSave({ ...draft, commune: draft.commune.trim(), reminder: reminder.data, thresholds: checked.data });
    onClose();
  };

  return (
    <form
      className="settings"
      // Our Vietnamese message names the rule; the browser's bubble would be in Chrome's language and only for some cases.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t('settings.commune')}
        <input name="commune" value={draft.commune} placeholder={t('settings.communePlaceholder')} onChange={(e) => setDraft({ ...draft, commune: e.target.value })} />
      </label>
      <p className="muted">{t('settings.communeHint')}</p>

      <fieldset>
        <legend>{t('settings.reminder')}</legend>
        <label>
          <input type="radio" name="reminder" checked={reminderKind === 'off'} onChange={() => setReminderKind('off')} /> {t('settings.reminderOff')}
        </label>
        <label>
          <input type="radio" name="reminder" checked={reminderKind === 'monthly'} onChange={() => setReminderKind('monthly')} /> {t('settings.reminderMonthly')}{' '}
          <input name="day" inputMode="numeric" size={3} value={day} disabled={reminderKind !== 'monthly'} onChange={(e) => setDay(e.target.value)} />
        </label>
        <label>
          <input type="radio" name="reminder" checked={reminderKind === 'before-deadline'} onChange={() => setReminderKind('before-deadline')} />{' '}
          <input name="daysBefore" inputMode="numeric" size={3} value={daysBefore} disabled={reminderKind !== 'before-deadline'} onChange={(e) => setDaysBefore(e.target.value)} />{' '}
          {t('settings.reminderBefore')}{' '}
          <input name="deadline" className="date" aria-label={t('settings.deadline')} inputMode="numeric" size={10} placeholder={t('settings.datePlaceholder')} value={deadline} disabled={reminderKind !== 'before-deadline'} onChange={(e) => setDeadline(e.target.value)} />
        </label>
        <p className="muted">{t('settings.reminderHint')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('settings.thresholds')}</legend>
        {THRESHOLD_FIELDS.map((field) => {
          const read = typedNumber(thresholds[field], '');
          return (
            <label key={field}>
              {t(`settings.${field}`)}{' '}
              <input name={field} inputMode="decimal" size={5} value={thresholds[field]} onChange={(e) => setThresholds({ ...thresholds, [field]: e.target.value })} />{' '}
              <output className="muted" htmlFor={field} data-read={field}>{read.ok ? t('settings.readAs', { value: formatNumberVi(read.value) }) : t('settings.unread')}</output>
            </label>
          );
        })}
      </fieldset>

      <label>
        <input type="checkbox" name="observeOnly" checked={draft.observeOnly} onChange={(e) => setDraft({ ...draft, observeOnly: e.target.checked })} />
        {t('settings.observeOnly')}
      </label>
      <p className="muted">{t('settings.observeOnlyHint')}</p>

      <label>
        {t('settings.pasteDecimal')}
        <select name="pasteDecimal" value={draft.pasteDecimal} onChange={(e) => setDraft({ ...draft, pasteDecimal: e.target.value as Settings['pasteDecimal'] })}>
          <option value=",">{t('settings.decimalComma')}</option>
          <option value=".">{t('settings.decimalPoint')}</option>
        </select>
      </label>

      <LanguageSwitch value={draft.language} onChange={(language) => setDraft({ ...draft, language })} />

      {problem && <p role="alert" className="error">{problem}</p>}
      <div className="actions">
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('preview.cancel')}
        </button>
      </div>
    </form>
  );
}

/* Made for: the settings an officer sets once: their commune, the reminder schedule, the digest's thresholds, the paste format and the language. */
