// Cài đặt: the officer's commune, the reminder schedule, the digest's thresholds, the paste format and the language.
import { useState } from 'react';
import { parseWithMessages } from '../../../core/schema-messages.js';
import { THRESHOLD_LABELS, Thresholds } from '../../../core/watch/thresholds.js';
import { ReminderSchedule, type Settings } from '../storage/settings.js';
import { useI18n } from '../ui/I18n.js';
import { LanguageSwitch } from '../ui/LanguageSwitch.js';

export function SettingsForm({ settings, onSave, onClose }: { settings: Settings; onSave: (s: Settings) => Promise<void>; onClose: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(settings);
  const [reminderKind, setReminderKind] = useState(settings.reminder.kind);
  const [day, setDay] = useState(settings.reminder.kind === 'monthly' ? settings.reminder.day : 5);
  const [deadline, setDeadline] = useState(settings.reminder.kind === 'before-deadline' ? settings.reminder.deadline : '');
  const [daysBefore, setDaysBefore] = useState(settings.reminder.kind === 'before-deadline' ? settings.reminder.daysBefore : 3);
  const [problem, setProblem] = useState<string>();
  const [thresholds, setThresholds] = useState(settings.thresholds);
  const THRESHOLD_FIELDS = ['redBelow', 'yellowBelow', 'dayDrop', 'rateDrop', 'declineDays'] as const;

  const save = async () => {
    const reminder = ReminderSchedule.safeParse(
      reminderKind === 'monthly' ? { kind: 'monthly', day } : reminderKind === 'before-deadline' ? { kind: 'before-deadline', deadline, daysBefore } : { kind: 'off' },
    );
    if (!reminder.success) {
      setProblem(t(reminderKind === 'monthly' ? 'settings.badDay' : 'settings.badDeadline'));
      return;
    }
    const checked = parseWithMessages(Thresholds, thresholds, THRESHOLD_LABELS);
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
          <input type="number" name="day" min={1} max={31} value={day} disabled={reminderKind !== 'monthly'} onChange={(e) => setDay(e.target.valueAsNumber)} />
        </label>
        <label>
          <input type="radio" name="reminder" checked={reminderKind === 'before-deadline'} onChange={() => setReminderKind('before-deadline')} />{' '}
          <input type="number" name="daysBefore" min={0} max={90} value={daysBefore} disabled={reminderKind !== 'before-deadline'} onChange={(e) => setDaysBefore(e.target.valueAsNumber)} />{' '}
          {t('settings.reminderBefore')}{' '}
          <input type="date" name="deadline" value={deadline} disabled={reminderKind !== 'before-deadline'} onChange={(e) => setDeadline(e.target.value)} />
        </label>
        <p className="muted">{t('settings.reminderHint')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('settings.thresholds')}</legend>
        {THRESHOLD_FIELDS.map((field) => (
          <label key={field}>
            {t(`settings.${field}`)}{' '}
            <input type="number" name={field} step="any" min={0} value={Number.isNaN(thresholds[field]) ? '' : thresholds[field]} onChange={(e) => setThresholds({ ...thresholds, [field]: e.target.valueAsNumber })} />
          </label>
        ))}
      </fieldset>

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
