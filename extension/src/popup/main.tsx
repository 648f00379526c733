import '../../../core/zod-jitless.js';
import { mountPage } from '../ui/mount.js';
import { Popup } from './Popup.js';

mountPage(Popup, 'app.title');

/* Made for: the popup's entry: mounts Popup with the store, the settings and the language (ui/mount.tsx). */
