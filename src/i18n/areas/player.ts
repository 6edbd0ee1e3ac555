import { loadArea } from '../messages';

// Imported by every file that shows the player's own words: it waits for them, in the current language.
await loadArea('player');
