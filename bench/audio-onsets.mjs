/**
 * Hears what the app really plays: a probe on howler's master output notes the audio-clock time at which
 * each sound begins (a rise out of silence) and turns it into a wall-clock moment with the context's own
 * output timestamp. It is a ScriptProcessorNode, not an AudioWorklet: a worklet moves the page's rendering
 * to its own thread, which a hidden Chromium tab starves, so the probe would slow the very clock it measures.
 */

/** Runs in the page once the session has started (howler's master gain is then routed for good). */
function tapInPage() {
  const howler = window.Howler;
  const ctx = howler?.ctx;
  if (!ctx || !howler.masterGain) throw new Error('No howler context to listen to.');
  // A sound begins where the level rises above ONSET after at least QUIET_MS below QUIET.
  const ONSET = 0.02;
  const QUIET = 0.004;
  const quietNeeded = (40 * ctx.sampleRate) / 1000;
  let quiet = 0;
  let armed = false;
  let rise = -1;
  window.__onsets = [];
  const SIZE = 1024;
  const probe = ctx.createScriptProcessor(SIZE, 1, 1);
  probe.onaudioprocess = (event) => {
    const channel = event.inputBuffer.getChannelData(0);
    // playbackTime is when this call's output will play; Chromium double-buffers, so its input was rendered two buffers earlier.
    const firstFrame = Math.round(event.playbackTime * ctx.sampleRate) - 2 * SIZE;
    for (let i = 0; i < channel.length; i++) {
      const level = Math.abs(channel[i]);
      if (level < QUIET) {
        quiet += 1;
        rise = -1;
        if (quiet >= quietNeeded) armed = true;
        continue;
      }
      quiet = 0;
      if (!armed) continue;
      if (rise < 0) rise = firstFrame + i;
      if (level <= ONSET) continue;
      armed = false;
      const stamp = ctx.getOutputTimestamp();
      window.__onsets.push(performance.timeOrigin + stamp.performanceTime + (rise / ctx.sampleRate - stamp.contextTime) * 1000);
    }
  };
  const mute = ctx.createGain();
  mute.gain.value = 0;
  probe.connect(mute).connect(ctx.destination);
  howler.masterGain.connect(probe);
  window.__probe = probe; // kept referenced, or it may be collected
}

/** Starts listening to the app's sound. */
export async function listenForOnsets(page) {
  await page.evaluate(tapInPage);
}

/** Every onset heard so far (wall-clock ms). */
export function readOnsets(page) {
  return page.evaluate(() => window.__onsets.slice());
}

/**
 * Matches each planned moment (wall-clock ms) to the first unclaimed onset from 30 ms before it to 1 s after it.
 * Returns the lateness of each match and how many planned moments went unheard.
 */
export function matchOnsets(plannedAts, onsets) {
  const free = [...onsets].sort((a, b) => a - b);
  const late = [];
  let dropped = 0;
  for (const at of [...plannedAts].sort((a, b) => a - b)) {
    const index = free.findIndex((t) => t >= at - 30 && t <= at + 1000);
    if (index < 0) {
      dropped += 1;
      continue;
    }
    late.push(free[index] - at);
    free.splice(0, index + 1);
  }
  return { late, dropped };
}
