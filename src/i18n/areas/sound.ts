import { loadArea } from '../messages';

// Imported by every file that shows the sound-mode words: it waits for them, in the current language.
await loadArea('sound');
