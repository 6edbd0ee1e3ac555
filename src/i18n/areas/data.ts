import { loadArea } from '../messages';

// Imported by every file that shows the data words: it waits for them, in the current language.
await loadArea('data');
