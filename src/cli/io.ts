// The streams a command talks to, so tests can run the whole CLI in-process.
import type { Readable, Writable } from "node:stream";

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** stdout is a terminal (pretty JSON) */
  isTTY: boolean;
  /** stderr is a terminal (the progress bar) */
  stderrIsTTY?: boolean;
  /** aborted at Ctrl-C: reading stops, the records already finished are written */
  signal?: AbortSignal;
}

export function processIO(signal?: AbortSignal): CliIO {
  return {
    // made on first read: setting up the stream costs milliseconds, and most runs read files
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    signal,
  };
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Writes with backpressure; resolves false once the reader has gone away (EPIPE). */
export function write(stream: Writable, chunk: string): Promise<boolean> {
  if (!chunk) return Promise.resolve(true);
  if (stream.destroyed || stream.writableEnded) return Promise.resolve(false);
  return new Promise((resolve) => {
    const ok = stream.write(chunk, (err) => {
      if (err) resolve(false);
    });
    if (ok) resolve(true);
    else stream.once("drain", () => resolve(true));
  });
}
