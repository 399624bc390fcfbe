/**
 * The end-of-timer sound: two soft sine tones (a falling major third) with slow attack and
 * decay, made with the Web Audio API so Minga ships no audio file and works offline.
 */
const tones = [
  { frequency: 659.25, at: 0 },
  { frequency: 523.25, at: 0.45 },
] as const;

let context: AudioContext | undefined;

export function playChime(volume = 0.18): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return;
  context ??= new AudioContextClass();
  const audio = context;
  // A context created before any click starts suspended; resuming is harmless otherwise.
  void audio.resume().catch(() => undefined);
  const start = audio.currentTime + 0.05;
  for (const tone of tones) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = tone.frequency;
    const begin = start + tone.at;
    gain.gain.setValueAtTime(0.0001, begin);
    gain.gain.exponentialRampToValueAtTime(volume, begin + 0.06);
    gain.gain.exponentialRampToValueAtTime(0.0001, begin + 1.4);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(begin);
    oscillator.stop(begin + 1.5);
  }
}
