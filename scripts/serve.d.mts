/** A running server: its base URL (ends with "/"), port and a close function. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
/** File extension → Content-Type. */
export declare const MIME_TYPES: Readonly<Record<string, string>>;
/** Cache-Control for a URL path. */
export declare function cacheControlFor(pathname: string): string;
/** Parses a single "bytes=" Range header against a size; null = serve it all, 'invalid' = 416. */
/** The encoding to answer with for an Accept-Encoding header: "br", "gzip" or null. */
export declare function pickEncoding(acceptEncoding: string | string[] | undefined): "br" | "gzip" | null;
export declare function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'invalid' | null;
/** Starts the server (port 0 picks a free one); resolves with its URL and a close function. */
export declare function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<RunningServer>;
