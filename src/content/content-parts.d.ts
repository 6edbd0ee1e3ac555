// The content modules scripts/content-parts.ts derives from exercises/ at build time.
declare module 'virtual:exercise-data' {
  const data: import('./translated-text').ContentPart<import('./translated-text').ExerciseData, import('./translated-text').RoutineData>;
  export default data;
}

declare module 'virtual:exercise-words-*' {
  const words: import('./translated-text').ContentPart<import('./translated-text').ExerciseText, import('./translated-text').RoutineText>;
  export default words;
}
