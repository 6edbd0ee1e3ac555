import type { ImportMode } from '../engine/records/backup';
import type { ImportProgress } from './backup-import';
import { createImportJob, type CheckedFile, type ImportJob } from './import-job';

/** A message to the import worker. */
export type ToWorker = { id: number; type: 'check'; file: Blob } | { id: number; type: 'apply'; mode: ImportMode };

/** A message from the import worker: a progress report, an answer, or a failure (an Error does not cross as itself). */
export type FromWorker =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result?: CheckedFile }
  | { id: number; type: 'failed'; error: { name: string; message: string; kind?: unknown } };

/** Either end of the channel: a Worker, the worker's global scope, or a fake in tests. */
export interface Port<In, Out> {
  postMessage(message: Out): void;
  addEventListener(type: 'message', listener: (event: { data: In }) => void): void;
  /** A worker that cannot start (no module workers in an older browser) reports an error event. */
  addEventListener(type: 'error', listener: () => void): void;
}

/** Answers the page's messages with an import job (run inside the worker). */
export function serveImportJob(port: Port<ToWorker, FromWorker>, job: ImportJob = createImportJob()): void {
  port.addEventListener('message', ({ data }) => {
    const progress: ImportProgress = (done, total) => port.postMessage({ id: data.id, type: 'progress', done, total });
    const work = data.type === 'check' ? job.check(data.file) : job.apply(data.mode, progress).then(() => undefined);
    work.then(
      (result) => port.postMessage(result === undefined ? { id: data.id, type: 'done' } : { id: data.id, type: 'done', result }),
      (error: unknown) => port.postMessage({ id: data.id, type: 'failed', error: describeError(error) }),
    );
  });
}

function describeError(error: unknown): { name: string; message: string; kind?: unknown } {
  if (!(error instanceof Error || error instanceof DOMException)) return { name: 'Error', message: String(error) };
  const kind = (error as { kind?: unknown }).kind;
  return kind === undefined ? { name: error.name, message: error.message } : { name: error.name, message: error.message, kind };
}

/**
 * The page's side: an import job whose work happens at the other end of `port`. If the worker cannot start,
 * the calls waiting on it, and every later one, run on `fallback` instead (on the page, as before workers).
 */
export function connectImportJob(port: Port<FromWorker, ToWorker>, fallback: () => ImportJob = createImportJob): ImportJob {
  let next = 0;
  let local: ImportJob | undefined;
  const waiting = new Map<number, Waiting>();
  port.addEventListener('message', ({ data }) => {
    const call = waiting.get(data.id);
    if (!call) return;
    if (data.type === 'progress') return call.progress?.(data.done, data.total);
    waiting.delete(data.id);
    if (data.type === 'done') call.resolve(data.result);
    else call.reject(Object.assign(new Error(data.error.message), { name: data.error.name, kind: data.error.kind }));
  });
  port.addEventListener('error', () => {
    local ??= fallback();
    for (const call of waiting.values()) call.runHere(local).then(call.resolve, call.reject);
    waiting.clear();
  });
  const send = (message: ToWorker, runHere: Waiting['runHere'], progress?: ImportProgress) =>
    local ? runHere(local) : new Promise<CheckedFile | undefined>((resolve, reject) => {
      waiting.set(message.id, { resolve, reject, runHere, ...(progress ? { progress } : {}) });
      port.postMessage(message);
    });
  return {
    check: async (file) => (await send({ id: ++next, type: 'check', file: file as Blob }, (job) => job.check(file))) as CheckedFile,
    apply: async (mode, progress) => {
      await send({ id: ++next, type: 'apply', mode }, (job) => job.apply(mode, progress).then(() => undefined), progress);
    },
  };
}

interface Waiting {
  resolve(result?: CheckedFile): void;
  reject(error: Error): void;
  progress?: ImportProgress;
  /** The same call on the page's own job, should the worker fail to start. */
  runHere(job: ImportJob): Promise<CheckedFile | undefined>;
}

/**
 * The import job in a module worker, so parsing and checking a large file never blocks the page; where a
 * module worker cannot start (an older browser), the job runs on the page as before.
 */
export function startImportJob(): ImportJob {
  try {
    return connectImportJob(new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return createImportJob();
  }
}
