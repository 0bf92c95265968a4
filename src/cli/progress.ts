// A progress bar on stderr (cli-progress) when stderr is a terminal: documents,
// docs/s and ETA (from the bytes read of the input files). Loaded only then.
import type { Writable } from "node:stream";

export interface Progress {
  document(): void;
  stop(): void;
}

const NONE: Progress = { document() {}, stop() {} };

export async function startProgress(stream: Writable, enabled: boolean, totalBytes: number, bytesRead: () => number): Promise<Progress> {
  if (!enabled) return NONE;
  const { default: cliProgress } = await import("cli-progress");
  const known = totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: known
        ? "kzbe {bar} {percentage}% | {docs} docs | {rate} docs/s | ETA {eta_formatted}"
        : "kzbe {docs} docs | {rate} docs/s",
      hideCursor: false,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
      // the caller decided: stderr is a terminal
      noTTYOutput: true,
      notTTYSchedule: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let docs = 0;
  bar.start(known ? totalBytes : 1, 0, { docs: 0, rate: "0" });
  return {
    document() {
      docs++;
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? (docs / seconds).toFixed(docs / seconds < 10 ? 1 : 0) : "0";
      bar.update(known ? Math.min(bytesRead(), totalBytes) : 0, { docs, rate });
    },
    stop() {
      bar.stop();
    },
  };
}
