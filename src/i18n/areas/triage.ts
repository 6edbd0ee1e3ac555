import { loadArea } from '../messages';

// Imported by every file that shows the safety questions or the triage screens: it waits for them, in the current language.
await loadArea('triage');
