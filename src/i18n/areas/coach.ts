import { loadArea } from '../messages';

// Imported by every file that shows the coach words: it waits for them, in the current language.
await loadArea('coach');
