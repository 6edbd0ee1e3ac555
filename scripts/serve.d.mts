/** A running server: its base URL (ends with "/"), port and a close function. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
/** Starts the server (port 0 picks a free one); resolves with its URL and a close function. */
export declare function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
}): Promise<RunningServer>;
