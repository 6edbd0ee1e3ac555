/**
 * The first script the page runs, and a small one (a chunk of its own, see vite.config.ts): it asks for the first
 * screen's words in the device's language while the app's own script is still arriving, so they are there when
 * the app wants them instead of one round trip later. The app asks for the same modules (src/i18n/messages.ts),
 * which the browser then already has.
 */
import { FIRST_SCREEN_AREAS, readArea } from './catalogue-files';
import { deviceLanguages, languageFor } from './language';

const language = languageFor(deviceLanguages());
for (const area of FIRST_SCREEN_AREAS) readArea(language, area).catch(() => undefined); // the app asks again, and reports
