/** Reading a CDP CPU profile (Profiler.stop) for the profiling tools in bench/. */

/** Self time (ms) per function name@url:line from a CDP CPU profile, largest first. */
export function selfTimeByFunction(profile, from = 0) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt * 1000;
    if (t < from) return;
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + dt);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}
