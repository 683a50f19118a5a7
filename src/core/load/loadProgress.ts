/** How far a sync is through the files it reads: files done of all, and the time since it began reading. */
export interface LoadProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

/** Told of a sync's progress: once before the first file, then after each file. */
export type OnProgress = (progress: LoadProgress) => void;

/** How far back the pace of a load is measured: long enough to even out files of different lengths. */
const PACE_WINDOW_MS = 5000;

/**
 * The pace of a load, as a person reads it (`240/s, about 16 s left`), measured over its last few seconds
 * from its first file done on: the time before it (worker threads starting) would make a first estimate
 * of the time left far too long.
 */
export class PaceMeter {
  private readonly samples: LoadProgress[] = [];

  constructor(private readonly windowMs = PACE_WINDOW_MS) {}

  /** Takes in `progress` (each in turn); its pace, or `undefined` until two files are done. */
  text(progress: LoadProgress): string | undefined {
    if (progress.done === 0) return undefined;
    const { samples } = this;
    samples.push(progress);
    while (samples.length > 2 && progress.elapsedMs - samples[1]!.elapsedMs >= this.windowMs) samples.shift();
    const from = samples[0]!;
    const files = progress.done - from.done;
    const ms = progress.elapsedMs - from.elapsedMs;
    if (files <= 0 || ms <= 0) return undefined;
    const perSecond = (files * 1000) / ms;
    const rate = perSecond >= 10 ? String(Math.round(perSecond)) : perSecond.toFixed(1);
    return `${rate}/s, about ${formatSeconds((progress.total - progress.done) / perSecond)} left`;
  }
}

/** A time to wait, as a person says it: `16 s`, `3 min 10 s`, `1 h 5 min`. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
  const minutes = Math.round(s / 60);
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}
