import { type Accessor, createEffect, createRoot, createSignal } from 'solid-js';
import type { Library } from '../engine/content/content-types';
import type { Language } from '../engine/records/settings';

/**
 * The library in the app's language, once `load` is there (the content comes after the first screen).
 * While another language's words load, the library on screen stays as it was, so a change of language
 * never blanks the screen; nothing shows before the first language's words are in.
 */
export function createLocalisedLibrary(
  load: Accessor<((language: Language) => Promise<Library>) | undefined>,
  language: Accessor<Language>,
): Accessor<Library | undefined> {
  return createRoot(() => {
    const [library, setLibrary] = createSignal<Library>();
    createEffect(() => {
      const wanted = language();
      load()?.(wanted).then((loaded) => { if (language() === wanted) setLibrary(loaded); }, () => undefined);
    });
    return library;
  });
}
