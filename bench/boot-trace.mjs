/**
 * A Chromium trace of a page load read task by task, for bench/profile-boot.mjs: the main thread's long tasks,
 * each with what ran in it (the trace's own events) and the JavaScript functions that took its time (the
 * CPU profile recorded into the same trace).
 */

const CATEGORIES = [
  '-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

/** Starts tracing on a CDP session; stop() resolves with every trace event. */
export async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

/** The CPU profile's samples as { ts, frame } (trace clock, µs), from the Profile and ProfileChunk events. */
function samplesOf(events) {
  const samples = [];
  const nodes = new Map();
  const clock = new Map();
  for (const e of events) {
    if (e.name === 'Profile') clock.set(e.id, e.args.data.startTime);
    if (e.name !== 'ProfileChunk') continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile.nodes ?? []) nodes.set(`${e.id}:${node.id}`, node.callFrame);
    let ts = clock.get(e.id) ?? 0;
    (cpuProfile.samples ?? []).forEach((id, i) => {
      ts += timeDeltas[i] ?? 0;
      samples.push({ ts, frame: nodes.get(`${e.id}:${id}`), key: `${e.id}:${id}` });
    });
    clock.set(e.id, ts);
  }
  // Frames seen in later chunks fill in samples taken before their node was sent.
  return samples.map((s) => ({ ts: s.ts, frame: s.frame ?? nodes.get(s.key) })).filter((s) => s.frame);
}

/** The page's main thread: the thread of the navigationStart whose document is the app. */
function mainThreadOf(events, origin) {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(origin));
  if (!start) throw new Error('no navigationStart for the app in the trace');
  return { pid: start.pid, tid: start.tid, t0: start.ts };
}

/** Long tasks (≥ minMs) from navigation start, each with its biggest trace events and top functions by self time. */
export function longTasksOf(events, origin, minMs = 20) {
  const { pid, tid, t0 } = mainThreadOf(events, origin);
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= t0);
  // The profile's chunks come from the sampling thread: keep those of the profile started on the main thread.
  const mainProfiles = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  const samples = samplesOf(events.filter((e) => e.pid === pid && mainProfiles.has(e.id)));
  const tasks = own.filter((e) => e.name === 'RunTask' && e.dur >= minMs * 1000);
  return tasks.filter((task) => !tasks.some((outer) => outer !== task && outer.ts <= task.ts && outer.ts + outer.dur >= task.ts + task.dur))
    .map((task) => {
      const end = task.ts + task.dur;
      const inside = own.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end && e.dur >= 2000 && e.name !== 'RunTask');
      const what = inside.slice(0, 6).map((e) => {
        const d = e.args?.data ?? {};
        const where = d.url ? d.url.split('/').pop() : (d.functionName || d.type || '');
        return `${e.name}${where ? `(${where})` : ''} ${(e.dur / 1000).toFixed(0)}`;
      });
      const self = new Map();
      const within = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
      within.forEach((s, i) => {
        const dt = ((within[i + 1]?.ts ?? end) - s.ts) / 1000;
        const f = s.frame;
        const name = `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${(f.lineNumber ?? -1) + 1}`;
        self.set(name, (self.get(name) ?? 0) + dt);
      });
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 6)).map(([n, ms]) => `${n} ${ms.toFixed(0)}`);
      return { startMs: (task.ts - t0) / 1000, durationMs: task.dur / 1000, what, top };
    });
}
