import '../../../core/zod-jitless.js';
import { mountPage } from '../ui/mount.js';
import { History } from './History.js';

mountPage(History, 'history.title');
