import '../../../core/zod-jitless.js';
import { mountPage } from '../ui/mount.js';
import { History } from './History.js';

mountPage(History, 'history.title');

/* Made for: the history page's entry: mounts History with the store, the settings and the language (ui/mount.tsx). */
