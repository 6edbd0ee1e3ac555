/**
 * Hears what the app really plays: a probe on howler's master output notes the audio-clock time at which
 * each sound begins (a rise out of silence) and the level of the sound in blocks of 256 samples, and turns
 * each into a wall-clock moment with the context's own output timestamp. It is a ScriptProcessorNode, not an
 * AudioWorklet: a worklet moves the page's rendering to its own thread, which a hidden Chromium tab starves,
 * so the probe would slow the very clock it measures. An init script also notes where the page starts each
 * sound on the audio clock; bench/onset-match.mjs counts a cue as heard only where the level rose.
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
  // The level: one RMS per BLOCK samples, with the wall-clock moment of the block's first sample.
  const BLOCK = 256;
  window.__level = { at: [], rms: [] };
  // Buffers the probe never saw (a busy main thread skips ScriptProcessor calls): [from, to] wall-clock ms.
  window.__probeGaps = [];
  let nextFrame = -1;
  const SIZE = 1024;
  const probe = ctx.createScriptProcessor(SIZE, 1, 1);
  probe.onaudioprocess = (event) => {
    const channel = event.inputBuffer.getChannelData(0);
    // playbackTime is when this call's output will play; Chromium double-buffers, so its input was rendered two buffers earlier.
    const firstFrame = Math.round(event.playbackTime * ctx.sampleRate) - 2 * SIZE;
    const wallAt = (frame) => {
      const stamp = ctx.getOutputTimestamp();
      return performance.timeOrigin + stamp.performanceTime + (frame / ctx.sampleRate - stamp.contextTime) * 1000;
    };
    const first = wallAt(firstFrame);
    // playbackTime is rounded: only a whole buffer or more missing is a gap.
    if (nextFrame >= 0 && firstFrame - nextFrame >= SIZE) window.__probeGaps.push([wallAt(nextFrame), first]);
    nextFrame = firstFrame + channel.length;
    for (let b = 0; b < channel.length; b += BLOCK) {
      let sum = 0;
      for (let i = b; i < b + BLOCK && i < channel.length; i++) sum += channel[i] * channel[i];
      window.__level.at.push(first + (b / ctx.sampleRate) * 1000);
      window.__level.rms.push(Math.sqrt(sum / BLOCK));
    }
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
      window.__onsets.push(wallAt(rise));
    }
  };
  const mute = ctx.createGain();
  mute.gain.value = 0;
  probe.connect(mute).connect(ctx.destination);
  howler.masterGain.connect(probe);
  window.__probe = probe; // kept referenced, or it may be collected
}

/** Runs in the page before any app code: notes the wall-clock moment each sound is started for on the audio clock. */
function recordStartsInPage() {
  window.__starts = [];
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (when = 0, ...rest) {
    const stamp = this.context.getOutputTimestamp();
    const at = performance.timeOrigin + stamp.performanceTime + (Math.max(when, this.context.currentTime) - stamp.contextTime) * 1000;
    // Sounds of over 3 s (the keep-alive signal, the silent beat) are no cue.
    if (!(this.buffer && this.buffer.duration < 0.01) && !(rest[1] > 3)) window.__starts.push({ at, offset: rest[0], duration: rest[1] });
    return start.call(this, when, ...rest);
  };
}

/** Notes, in every page of the context, where each sound is started on the audio clock (before the app loads). */
export async function recordStarts(context) {
  await context.addInitScript(recordStartsInPage);
}

/** Starts listening to the app's sound. */
export async function listenForOnsets(page) {
  await page.evaluate(tapInPage);
}

/**
 * Everything heard and started so far: onsets, the level in blocks `{ at, rms }`, sounds started `{ at }`, and the
 * stretches `[from, to]` the probe itself missed.
 */
export async function readHeard(page) {
  const { onsets, level, starts, gaps } = await page.evaluate(() => ({
    onsets: window.__onsets.slice(), level: window.__level, starts: window.__starts ?? [], gaps: window.__probeGaps,
  }));
  return { onsets, starts, gaps, level: level.at.map((at, i) => ({ at, rms: level.rms[i] })) };
}
