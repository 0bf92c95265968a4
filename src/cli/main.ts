// The commander program: one file per command, errors typed with their exit code,
// usage errors one line on stderr, stack traces only with --verbose.
import { Command, CommanderError } from "commander";
import { createRequire } from "node:module";
import { registerExtract } from "./extract.js";
import { registerSchema } from "./schema.js";
import { EXIT, UsageError } from "./errors.js";
import { processIO, type CliIO } from "./io.js";

const require = createRequire(import.meta.url);
const { version } = require("../../package.json") as { version: string };

/** Runs the CLI on an argv array (without `node` and the script) and resolves to the exit code. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command("kzbe")
    .description("Structured records (dates, people, organisations, places, figures, agreements) from English and Dutch press releases")
    .version(version, "-V, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, w) => w(s.split("\n")[0] + "\n"),
    })
    .showSuggestionAfterError(true);
  const done = (c: number) => {
    code = c;
  };
  registerExtract(program, io, done);
  registerSchema(program, io, done);
  for (const c of program.commands) c.exitOverride().configureOutput(program.configureOutput());
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with code 0; everything else commander rejects is a usage error
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`kzbe: ${e.message}\n`);
      return e.exitCode;
    }
    const verbose = argv.includes("-v") || argv.includes("--verbose");
    io.stderr.write(`kzbe: internal error: ${String((e as Error)?.message ?? e).split("\n")[0]}\n`);
    if (verbose && (e as Error)?.stack) io.stderr.write(`${(e as Error).stack}\n`);
    return EXIT.documentFailed;
  }
  return code;
}

/** Entry point of bin/kzbe.js: sets the exit code, ends quietly when stdout is closed. */
export function main(argv: string[]): void {
  // `| head` closing stdout ends the run quietly, with the status so far
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") process.exit(process.exitCode ?? 0);
  });
  // Ctrl-C stops reading and writes the records already finished (exit 130); a second one ends at once.
  // So does SIGTERM (exit 143), which `timeout`, `kill`, batch schedulers and containers send: ended
  // where it fell, a run left a JSON array without its `]` and a line cut in two in a pipe
  const interrupt = new AbortController();
  let stoppedWith: number = EXIT.interrupted;
  const stop = (code: number) => () => {
    if (interrupt.signal.aborted) process.exit(code);
    stoppedWith = code;
    interrupt.abort();
  };
  process.on("SIGINT", stop(EXIT.interrupted));
  process.on("SIGTERM", stop(EXIT.terminated));
  run(argv, processIO(interrupt.signal)).then(
    (code) => {
      process.exitCode = interrupt.signal.aborted ? stoppedWith : code;
      // end once stdout and stderr are flushed: an interrupted run may still wait on standard
      // input or on workers, and any run would spend ~10 ms more tearing down its heap
      // (lexicons, rules, compiled patterns) on a natural exit
      process.stdout.write("", () => process.stderr.write("", () => process.exit()));
    },
    (e) => {
      process.stderr.write(`kzbe: ${(e as Error)?.message ?? e}\n`);
      process.exitCode = EXIT.documentFailed;
    },
  );
}
