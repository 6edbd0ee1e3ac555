import words from 'virtual:exercise-words-en';
import { type LibraryText, partById } from './translated-text';

/** The exercises and routines in English: a chunk of its own, loaded only when the app speaks English. */
export const libraryText: LibraryText = partById(words);
