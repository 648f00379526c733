// Service worker: the capture reminder. It keeps one alarm at the next time the officer's schedule
// gives and, when it fires, marks the action icon (badge) and the popup (banner). It never opens or
// fetches a portal page.
import '../../../core/zod-jitless.js';
import { translator } from '../i18n.js';
import { nextReminderAt } from '../reminder/schedule.js';
import { chromeLocalArea } from '../storage/area.js';
import { ReminderState } from '../storage/settings.js';
import { createStore, STORAGE_KEYS } from '../storage/store.js';

const ALARM = 'thidua-capture-reminder';
const store = createStore(chromeLocalArea());

/** Sets the alarm for the next reminder (or none), records when it is and shows the badge. */
async function schedule(due?: boolean): Promise<void> {
  const [settings, state] = await Promise.all([store.settings(), store.reminderState()]);
  const at = nextReminderAt(settings.reminder, new Date());
  await chrome.alarms.clear(ALARM);
  if (at) await chrome.alarms.create(ALARM, { when: at.getTime() });
  const next = { due: due ?? state.due, ...(at ? { nextAt: at.toISOString() } : {}) };
  await store.saveReminderState(next);
  await showBadge(next.due);
}

async function showBadge(due: boolean): Promise<void> {
  const { language } = await store.settings();
  await chrome.action.setBadgeBackgroundColor({ color: '#c50f1f' });
  await chrome.action.setBadgeText({ text: due ? '!' : '' });
  await chrome.action.setTitle({ title: translator(language)(due ? 'reminder.badgeTitle' : 'app.title') });
}

const report = (error: unknown) => console.error('thidua reminder:', error);

chrome.runtime.onInstalled.addListener(() => void schedule().catch(report));
chrome.runtime.onStartup.addListener(() => void schedule().catch(report));
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ALARM) void schedule(true).catch(report);
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (STORAGE_KEYS.settings in changes) void schedule().catch(report);
  const reminder = changes[STORAGE_KEYS.reminder];
  if (reminder) void showBadge(ReminderState.safeParse(reminder.newValue ?? {}).data?.due ?? false).catch(report);
});

/* Made for: the capture reminder of the extension's first version: one alarm at the next time the officer's schedule gives, a badge and a banner when it fires, no portal page ever opened or fetched. */
