import { type Accessor, createEffect, createMemo, createRoot, createSignal } from 'solid-js';
import type { Library } from '../engine/content/content-types';
import type { Language } from '../engine/records/settings';
import { type LibraryText, translateLibrary } from '../content/translated-text';

/**
 * The library in the app's language: the English content with the current language's words laid over it
 * (`loadText` gives none for English). While another language's words load, the library on screen stays as it
 * was, so a change of language never blanks the screen.
 */
export function createLocalisedLibrary(
  english: Accessor<Library | undefined>,
  language: Accessor<Language>,
  loadText: (language: Language) => Promise<LibraryText | undefined>,
): Accessor<Library | undefined> {
  return createRoot(() => {
    const [words, setWords] = createSignal<{ text: LibraryText | undefined }>();
    createEffect(() => {
      const wanted = language();
      loadText(wanted).then((text) => { if (language() === wanted) setWords({ text }); }, () => undefined);
    });
    return createMemo<Library | undefined>((shown) => {
      const base = english();
      const current = words();
      if (!base || !current) return shown;
      return current.text ? translateLibrary(base, current.text) : base;
    });
  });
}
