/** Parses a single "bytes=" Range header against a size; null = serve it all, 'invalid' = 416. */
export declare function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'invalid' | null;
