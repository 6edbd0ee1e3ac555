/** The few control icons, drawn inline so they follow the text colour. */
const PATHS = {
  pause: 'M7 5h4v14H7zM13 5h4v14h-4z',
  play: 'M7 4.5v15l12-7.5z',
  skip: 'M5 5v14l9-7zM15 5h3v14h-3z',
  back: 'M19 5v14l-9-7zM6 5h3v14H6z',
  stop: 'M6 6h12v12H6z',
} as const;

/** A control icon; decorative, so hidden from screen readers. */
export function Icon(props: { name: keyof typeof PATHS }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
      <path d={PATHS[props.name]} />
    </svg>
  );
}
