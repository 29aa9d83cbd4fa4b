#!/usr/bin/env python3
"""Synthesize the breathing-exercise cue sounds into assets/sounds/.

Usage: make-cue-sounds.py [--out DIR]

Writes three soft sine tones, 44.1 kHz 16-bit mono WAV, made from nothing but
arithmetic (no recorded or downloaded audio), so the files are reproducible
byte for byte:

  breathe-in.wav   0.50 s, gliding up   (E4 -> A4): the breath rises
  hold.wav         0.35 s, one steady note (B4)
  breathe-out.wav  0.60 s, gliding down (A4 -> D4): the breath falls

Each tone has a little second and third harmonic for warmth, a raised-cosine
attack and a long raised-cosine release (no clicks), and peaks at about
-14 dBFS: quiet on purpose, the app's volume setting scales it further.
Run it again after changing a tone and commit the WAVs it writes.
"""
import argparse
import math
import os
import struct
import wave

RATE = 44100
PEAK = 0.2                     # about -14 dBFS
HARMONICS = ((1, 1.0), (2, 0.12), (3, 0.04))

# name: (seconds, start Hz, end Hz, attack s, release s)
CUES = {
    "breathe-in": (0.50, 329.63, 440.00, 0.09, 0.26),
    "hold": (0.35, 493.88, 493.88, 0.06, 0.22),
    "breathe-out": (0.60, 440.00, 293.66, 0.08, 0.34),
}


def smoothstep(x):
    x = min(1.0, max(0.0, x))
    return x * x * (3 - 2 * x)


def envelope(t, seconds, attack, release):
    if t < attack:
        return 0.5 - 0.5 * math.cos(math.pi * t / attack)
    if t > seconds - release:
        rest = max(0.0, seconds - t)
        return 0.5 - 0.5 * math.cos(math.pi * rest / release)
    return 1.0


def synthesize(seconds, f0, f1, attack, release):
    count = int(round(seconds * RATE))
    norm = sum(a for _, a in HARMONICS)
    phase = 0.0
    samples = []
    for i in range(count):
        t = i / RATE
        freq = f0 + (f1 - f0) * smoothstep(t / seconds)
        phase += 2 * math.pi * freq / RATE
        value = sum(a * math.sin(k * phase) for k, a in HARMONICS) / norm
        samples.append(PEAK * envelope(t, seconds, attack, release) * value)
    return samples


def write_wav(path, samples):
    frames = b"".join(struct.pack("<h", int(round(max(-1.0, min(1.0, s)) * 32767))) for s in samples)
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(here, "..", "assets", "sounds"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name, spec in CUES.items():
        path = os.path.join(args.out, name + ".wav")
        write_wav(path, synthesize(*spec))
        print(f"make-cue-sounds: wrote {os.path.normpath(path)} ({spec[0]:.2f} s)")


if __name__ == "__main__":
    main()
