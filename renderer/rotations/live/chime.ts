// A soft chime for the end of a round: two short sine tones with a gentle attack and a long fade.
// The AudioContext is made only after the teacher turns sound on (a user gesture), since browsers
// block audio that starts on its own.

type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;

function audioContextClass(): AudioContextClass | null {
  const w = window as unknown as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return w.AudioContext ?? w.webkitAudioContext ?? null;
}

/** Creates (or wakes) the audio context; call from a click. False when the browser has no Web Audio. */
export async function enableSound(): Promise<boolean> {
  const Ctor = audioContextClass();
  if (!Ctor) return false;
  context ??= new Ctor();
  if (context.state === 'suspended') await context.resume().catch(() => undefined);
  return true;
}

function tone(ctx: AudioContext, frequency: number, at: number, length: number, volume: number) {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = 'sine';
  osc.frequency.setValueAtTime(frequency, at);
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(volume, at + 0.04);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
  osc.connect(gain).connect(ctx.destination);
  osc.start(at);
  osc.stop(at + length + 0.05);
}

/** Plays the chime, if sound has been turned on. */
export function chime(): void {
  if (!context || context.state === 'closed') return;
  const now = context.currentTime;
  tone(context, 659.25, now, 1.2, 0.18); // E5
  tone(context, 880, now + 0.35, 1.6, 0.14); // A5
}
