#!/usr/bin/env bash
# Renders the audio cue sprite: public/audio/cues.mp3 (one file every browser decodes gapless)
# and src/audio/sprite.json ({ key: [startMs, durationMs], _totalMs }), and the spoken words of one
# language (every prompt, side and exercise name, from scripts/speech-phrases.mjs) into
# src/audio/speech/speech-<lang>.mp3 and .json (imported by src/audio/speech-sprites.ts, so the built
# file's name carries its content hash and a re-rendered sprite is never mistaken for a cached old one).
# Usage: scripts/render-cues.sh [lang]   no argument: the cue sprite only; en: the cue sprite and the English
# words; another language: only its words, after scripts/speech/<lang>.json exists (see src/audio/README.md).
# Needs sox, espeak-ng, ffmpeg (to check decoded lengths), lame and node. Install, build and tests never run this;
# the outputs are committed. Re-running it rewrites the same files.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPEECH_LANG="${1:-}"
OUT_AUDIO="$ROOT/public/audio"
OUT_JSON="$ROOT/src/audio/sprite.json"
RATE=48000
SAMPLES_PER_MS=$((RATE / 1000))
GAP=0.2

for tool in sox soxi espeak-ng ffmpeg lame node; do
  command -v "$tool" >/dev/null || { echo "render-cues: missing $tool" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
SOX=(sox -q -V1 -D)
FMT=(-r "$RATE" -c 1 -b 16)

# One soft bell-like note: fundamental plus faint 2nd/3rd partials, 6 ms half-sine attack
# (no click), then a logarithmic fade-out, i.e. an exponential decay down to -50 dB.
note() { # out freq seconds [brightness 0..1]
  local out=$1 freq=$2 len=$3 bright=${4:-1}
  local h2 h3
  h2=$(awk -v b="$bright" 'BEGIN { printf "%.3f", 0.19 * b }')
  h3=$(awk -v b="$bright" 'BEGIN { printf "%.3f", 0.05 * b }')
  "${SOX[@]}" -r "$RATE" -c 3 -n "${FMT[@]}" "$out" \
    synth "$len" sine "$freq" sine "$(awk -v f="$freq" 'BEGIN { print f * 2 }')" \
    sine "$(awk -v f="$freq" 'BEGIN { print f * 3 }')" \
    remix "1v0.75,2v$h2,3v$h3" fade h 0.006 "$len" 0 fade l 0 "$len" "$(awk -v l="$len" 'BEGIN { print l - 0.006 }')"
}

# Mixes notes of one length that start at given offsets: chord out len brightness "freq@offset"...
chord() { # out seconds brightness spec...
  local out=$1 len=$2 bright=$3; shift 3
  local parts=() i=0 spec freq at
  for spec in "$@"; do
    freq=${spec%@*}; at=${spec#*@}
    note "$WORK/n$i.wav" "$freq" "$len" "$bright"
    "${SOX[@]}" "$WORK/n$i.wav" "$WORK/p$i.wav" pad "$at" 0
    parts+=("$WORK/p$i.wav"); i=$((i + 1))
  done
  if ((${#parts[@]} == 1)); then cp "${parts[0]}" "$out"; else "${SOX[@]}" -m "${parts[@]}" "$out"; fi
}

# A small room and a low-pass keep every tone round rather than piercing; struck tones peak at
# -3 dBFS. The sustained hold tone carries far more energy per peak, so it peaks lower to match.
finish_tone() { # in out reverb-tail-seconds peak-dB
  "${SOX[@]}" "$1" "${FMT[@]}" "$2" lowpass 4500 pad 0 "$3" reverb 22 50 40 gain -n "$4"
}

tone() { # key
  local raw="$WORK/raw.wav" out="$WORK/seg-$1.wav"
  case $1 in
    countdown-3|countdown-2) chord "$raw" 0.16 0.6 659.26@0 ;;
    countdown-1) chord "$raw" 0.16 0.6 880@0 ;;
    start) chord "$raw" 0.6 1 523.25@0 783.99@0.16 ;;
    hold) # a sustained swell, not a strike: it should feel like "stay here"
      "${SOX[@]}" -r "$RATE" -c 2 -n "${FMT[@]}" "$raw" synth 0.6 sine 440 sine 880 \
        remix 1v0.8,2v0.12 fade q 0.08 0.6 0.3 ;;
    release) chord "$raw" 0.55 1 783.99@0 587.33@0.16 ;;
    rep) # woodblock-like: inharmonic pair, 45 ms exponential decay
      "${SOX[@]}" -r "$RATE" -c 2 -n "${FMT[@]}" "$raw" synth 0.05 sine 1046 sine 2200 \
        remix 1v0.8,2v0.15 fade h 0.002 0.05 0 fade l 0 0.05 0.048 ;;
    switch-sides) chord "$raw" 0.35 0.8 587.33@0 739.99@0.14 587.33@0.28 ;;
    rest) chord "$raw" 1.0 0.5 261.63@0 392@0.02 ;;
    next-exercise) chord "$raw" 0.45 1 440@0 554.37@0.09 659.26@0.18 ;;
    exercise-done) chord "$raw" 0.8 0.8 392@0 523.25@0.01 659.26@0.02 ;;
    session-complete) chord "$raw" 0.75 1 523.25@0 659.26@0.22 783.99@0.44 ;;
    get-ready) chord "$raw" 0.7 0.7 587.33@0 ;;
    well-done) chord "$raw" 0.6 1 783.99@0 1046.5@0.12 ;;
    *) echo "render-cues: no tone for $1" >&2; exit 1 ;;
  esac
  local tail=0.18 peak=-3
  [[ $1 == rep || $1 == countdown-* ]] && tail=0.08
  [[ $1 == hold ]] && peak=-10
  finish_tone "$raw" "$out" "$tail" "$peak"
}

# espeak-ng is bright and buzzy; band-limiting, light compression and a touch of room calm it.
VOICE=en-gb
voice() { # key text
  local out="$WORK/seg-$1.wav"
  espeak-ng -v "$VOICE" -s 140 -p 42 -a 120 -w "$WORK/speech.wav" "$2"
  "${SOX[@]}" "$WORK/speech.wav" "$WORK/trimmed.wav" \
    silence 1 0.01 0.2% reverse silence 1 0.01 0.2% reverse
  "${SOX[@]}" "$WORK/trimmed.wav" "${FMT[@]}" "$out" rate -v "$RATE" highpass 110 lowpass 5500 compand 0.01,0.25 -60,-60,-30,-16,0,-6 -2 \
    fade h 0.01 -0 0.03 pad 0 0.08 reverb 12 50 30 gain -n -3
}

CUES=(countdown-3 countdown-2 countdown-1 start hold release rep switch-sides rest
  next-exercise exercise-done session-complete get-ready well-done)
VOICES=(
  "voice-get-ready|Get ready" "voice-start|Begin" "voice-hold|Hold" "voice-release|And release"
  "voice-switch-sides|Switch sides" "voice-rest|Rest" "voice-next-exercise|Next exercise"
  "voice-exercise-done|Exercise done" "voice-session-complete|Session complete. Well done"
  "voice-well-done|Well done"
)

# Joins the rendered segments seg-<key>.wav, in order, into $WORK/sprite.wav and writes their offsets
# as JSON to $1. Whole milliseconds per segment (pad to a multiple of 48 samples) so the JSON is exact.
assemble() { # json-out key...
  local json_out=$1; shift
  "${SOX[@]}" -n "${FMT[@]}" "$WORK/gap.wav" trim 0 "$GAP"
  local gap_ms=$(($(soxi -s "$WORK/gap.wav") / SAMPLES_PER_MS))
  local parts=("$WORK/gap.wav") pos_ms=$gap_ms json="{" key seg n extra dur_ms stats peak
  printf '%-32s %8s %8s %8s %8s\n' key startMs durMs peakDb rmsDb
  for key in "$@"; do
    seg="$WORK/seg-$key.wav"
    n=$(soxi -s "$seg")
    extra=$(((SAMPLES_PER_MS - n % SAMPLES_PER_MS) % SAMPLES_PER_MS))
    "${SOX[@]}" "$seg" "$WORK/pad-$key.wav" pad 0 "${extra}s"
    dur_ms=$(($(soxi -s "$WORK/pad-$key.wav") / SAMPLES_PER_MS))
    stats=$(sox "$WORK/pad-$key.wav" -n stats 2>&1)
    peak=$(awk '/Pk lev dB/ { print $4 }' <<<"$stats")
    printf '%-32s %8d %8d %8s %8s\n' "$key" "$pos_ms" "$dur_ms" "$peak" \
      "$(awk '/RMS lev dB/ { print $4 }' <<<"$stats")"
    if [[ $key != silence ]] && awk -v p="$peak" 'BEGIN { exit !(p == "-inf" || p < -20 || p > -0.1) }'; then
      echo "render-cues: $key peak $peak dB is silent or clipped" >&2; exit 1
    fi
    json+=$'\n'"  \"$key\": [$pos_ms, $dur_ms],"
    parts+=("$WORK/pad-$key.wav" "$WORK/gap.wav")
    pos_ms=$((pos_ms + dur_ms + gap_ms))
  done
  "${SOX[@]}" "${parts[@]}" "$WORK/sprite.wav"
  TOTAL_MS=$(($(soxi -s "$WORK/sprite.wav") / SAMPLES_PER_MS))
  [[ $TOTAL_MS == "$pos_ms" ]] || { echo "render-cues: length mismatch $TOTAL_MS != $pos_ms" >&2; exit 1; }
  json+=$'\n'"  \"_totalMs\": $TOTAL_MS"$'\n'"}"
  printf '%s\n' "$json" >"$json_out"
}

# Decoders that honour the LAME gapless header give back exactly the WAV's length, so sprite offsets
# hold (Chromium, Firefox and Safari do: tests/e2e/cue-sprite.test.ts). One that ignores it shifts
# audio by <50 ms into the 200 ms gaps.
check_length() { # file
  local bytes decoded_ms
  bytes=$(ffmpeg -nostdin -loglevel error -i "$1" -f s16le -ac 1 -ar "$RATE" - | wc -c)
  decoded_ms=$((bytes / 2 / SAMPLES_PER_MS))
  printf '%s decodes to %d ms\n' "$(basename "$1")" "$decoded_ms"
  ((decoded_ms == TOTAL_MS)) || { echo "render-cues: $1 is $decoded_ms ms, not $TOTAL_MS" >&2; exit 1; }
}

mkdir -p "$OUT_AUDIO"
if [[ -z $SPEECH_LANG || $SPEECH_LANG == en ]]; then
  KEYS=()
  for cue in "${CUES[@]}"; do tone "$cue"; KEYS+=("$cue"); done
  for entry in "${VOICES[@]}"; do voice "${entry%%|*}" "${entry#*|}"; KEYS+=("${entry%%|*}"); done
  "${SOX[@]}" -n "${FMT[@]}" "$WORK/seg-silence.wav" trim 0 1
  KEYS+=(silence)
  assemble "$OUT_JSON" "${KEYS[@]}"
  # Every sound is low-passed below 6 kHz, so a low rate loses nothing audible and keeps the file
  # near 70 KB (it is precached): MP3 VBR resampled to 24 kHz. One encoding, as every browser
  # decodes MP3; a second (Opus) only made every first visit download the cues twice.
  lame --quiet --noreplaygain -m m -V 8 --resample 24 -q 2 "$WORK/sprite.wav" "$OUT_AUDIO/cues.mp3"
  printf 'total %d ms; cues.mp3 %d B\n' "$TOTAL_MS" "$(stat -c %s "$OUT_AUDIO/cues.mp3")"
  check_length "$OUT_AUDIO/cues.mp3"
fi

# The spoken words of one language: prompts, sides, the breath pacer's words and every exercise's name.
# Speech only, so one MP3 (every browser decodes it, iOS Safari included): mono, 16 kHz, ABR 16 kbps,
# with 0.1 s between phrases. ABR keeps the LAME header, so decoders that honour it stay gapless (the
# offsets hold); one that ignores it is ~70 ms late, inside the gap. About 2 KB a second of sprite. These
# files are not precached: the service worker caches the screen's language on first use (src/audio/README.md).
[[ -n $SPEECH_LANG ]] || exit 0
PHRASES="$(node "$ROOT/scripts/speech-phrases.mjs" "$SPEECH_LANG")"
VOICE="$(head -n 1 <<<"$PHRASES")"
SPEECH_KEYS=()
while IFS= read -r entry; do
  voice "${entry%%|*}" "${entry#*|}"
  SPEECH_KEYS+=("${entry%%|*}")
done < <(tail -n +2 <<<"$PHRASES")
GAP=0.1
OUT_SPEECH="$ROOT/src/audio/speech"
mkdir -p "$OUT_SPEECH"
assemble "$OUT_SPEECH/speech-$SPEECH_LANG.json" "${SPEECH_KEYS[@]}"
# The words' fingerprint: tests/unit/speech-sprites.test.ts fails when a name or prompt changes without a re-render.
WORDS_SHA="$(printf '%s\n' "$PHRASES" | sha256sum | cut -c1-16)"
sed -i "s/^  \"_totalMs\"/  \"_wordsSha256\": \"$WORDS_SHA\",\n  \"_totalMs\"/" "$OUT_SPEECH/speech-$SPEECH_LANG.json"
"${SOX[@]}" "$WORK/sprite.wav" -r 16000 "$WORK/sprite16.wav"
lame --quiet --noreplaygain -m m --abr 16 -q 2 "$WORK/sprite16.wav" "$OUT_SPEECH/speech-$SPEECH_LANG.mp3"
printf 'speech-%s: %d phrases, %d ms, %d B\n' "$SPEECH_LANG" "${#SPEECH_KEYS[@]}" "$TOTAL_MS" "$(stat -c %s "$OUT_SPEECH/speech-$SPEECH_LANG.mp3")"
check_length "$OUT_SPEECH/speech-$SPEECH_LANG.mp3"
