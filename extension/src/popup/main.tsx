import '../../../core/zod-jitless.js';
import { mountPage } from '../ui/mount.js';
import { Popup } from './Popup.js';

mountPage(Popup, 'app.title');
