import type { Command } from "commander";
import type { CliIO } from "./io.js";

export function registerSchema(program: Command, io: CliIO, done: (code: number) => void): void {
  program
    .command("schema")
    .description("print the JSON Schema of an output record (generated from the zod contract)")
    .action(async () => {
      // zod loads only for this command (cold start of `extract`)
      const { recordJsonSchema } = await import("../schema.js");
      io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
      done(0);
    });
}
