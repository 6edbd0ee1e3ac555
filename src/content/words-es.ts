import words from 'virtual:exercise-words-es';
import { type LibraryText, partById } from './translated-text';

/** The exercises and routines in Latin-American Spanish (exercises/es/), loaded only when the app speaks Spanish. */
export const libraryText: LibraryText = partById(words);
