/** Moves focus into a sheet once it is in the page (the autofocus attribute only works at page load). */
export function focusWhenShown(el: HTMLElement): void {
  queueMicrotask(() => el.focus());
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside a modal sheet, wrapping at either end (the dialog pattern). */
export function keepTabInside(event: KeyboardEvent, sheet: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = [...sheet.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const inside = sheet.contains(document.activeElement);
  if (event.shiftKey && (document.activeElement === first || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
    event.preventDefault();
    first.focus();
  }
}

/** Where focus goes as a sheet closes: back to the button that opened it (the dialog pattern), else to a fallback. */
export interface FocusReturn {
  opener(el: HTMLElement): void;
  fallback(el: HTMLElement): void;
  /** Back to the opener, or the fallback when the opener is gone. */
  toOpener(): void;
  toFallback(): void;
}

/** Remembers a sheet's opener and a fallback; does nothing while `gone()` (the next screen places focus). */
export function makeFocusReturn(gone: () => boolean): FocusReturn {
  let opener: HTMLElement | undefined;
  let fallback: HTMLElement | undefined;
  const focus = (target: HTMLElement | undefined) => {
    if (!gone()) (target?.isConnected ? target : fallback)?.focus();
  };
  return {
    opener: (el) => { opener = el; },
    fallback: (el) => { fallback = el; },
    toOpener: () => focus(opener),
    toFallback: () => focus(undefined),
  };
}
