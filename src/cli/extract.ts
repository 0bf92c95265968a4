// `kzbe extract [paths…]`: documents in, one record per document out, streamed.
import { Option, type Command } from "commander";
import { ENTITY_TYPES, type EntityType, type Lang } from "../schema.js";
import { listFiles, documentsOf, MissingPathError, type InputFormat } from "../input/documents.js";
import { processDocument, type RunOptions } from "../process.js";
import { FORMATS, makeWriter, type Format } from "../output/writers.js";
import { EXIT, UsageError } from "./errors.js";
import { readAll, write, type CliIO } from "./io.js";

interface ExtractFlags {
  format: Format;
  inputFormat: InputFormat;
  lang?: Lang;
  referenceDate?: string;
  includeText?: boolean;
  types?: string;
  explain?: boolean;
  verbose?: boolean;
}

const EXAMPLES = `
Examples:
  $ kzbe extract fixtures/en/*.txt | jq '.people[].name'
  $ kzbe extract articles/ --format csv > items.csv
  $ cat article.txt | kzbe extract - --lang nl
  $ kzbe extract dump.jsonl --input-format jsonl --types dates,figures
  $ kzbe extract page.html --include-text --explain | jq '.figures'

Exit status: 0 all documents processed, 1 some document failed (its error
record was written), 2 usage error.`;

export function registerExtract(program: Command, io: CliIO, done: (code: number) => Promise<void> | void): void {
  program
    .command("extract")
    .description("extract dates, people, organisations, places, figures and agreements from documents")
    .argument("[paths...]", "files or directories (walked recursively); '-' or none reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("jsonl"))
    .addOption(new Option("-i, --input-format <format>", "input format").choices(["auto", "text", "html", "jsonl"]).default("auto"))
    .addOption(new Option("-l, --lang <lang>", "force the document language").choices(["en", "nl"]))
    .option("-r, --reference-date <date>", "YYYY-MM-DD anchoring relative dates when a document has no publication date")
    .option("--include-text", "add the plain text to each record, so offsets can be checked")
    .option("-t, --types <list>", `entity types to extract, comma-separated (${ENTITY_TYPES.join(",")})`)
    .option("--explain", "add the id of the rule that produced each item")
    .option("-v, --verbose", "stack traces for internal errors and a summary line on stderr")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: ExtractFlags) => {
      await done(await runExtract(paths, flags, io));
    });
}

function parseTypes(list: string | undefined): EntityType[] | undefined {
  if (!list) return undefined;
  const types = list.split(",").map((t) => t.trim()).filter(Boolean);
  for (const t of types) {
    if (!(ENTITY_TYPES as readonly string[]).includes(t)) {
      throw new UsageError(`unknown type '${t}' in --types (expected: ${ENTITY_TYPES.join(", ")})`);
    }
  }
  return types as EntityType[];
}

function parseReferenceDate(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCDate() !== +m[3] || d.getUTCMonth() !== +m[2] - 1) {
    throw new UsageError(`--reference-date must be a date as YYYY-MM-DD, not '${s}'`);
  }
  return s;
}

export async function runExtract(paths: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const options: RunOptions = {
    lang: flags.lang,
    referenceDate: parseReferenceDate(flags.referenceDate),
    types: parseTypes(flags.types),
    explain: flags.explain,
    includeText: flags.includeText,
  };
  let files: string[];
  try {
    files = listFiles(paths.length ? paths : ["-"]);
  } catch (e) {
    if (e instanceof MissingPathError) throw new UsageError(e.message);
    throw e;
  }
  if (files.filter((f) => f === "-").length > 1) throw new UsageError("standard input ('-') can be read only once");
  const writer = makeWriter(flags.format, { pretty: io.isTTY });
  const started = Date.now();
  let count = 0;
  let failures = 0;
  let open = await write(io.stdout, writer.begin());
  for (const file of files) {
    for await (const doc of documentsOf(file, flags.inputFormat, () => readAll(io.stdin))) {
      const record = processDocument(doc, options);
      if ("error" in record) {
        failures++;
        if (flags.verbose) io.stderr.write(`kzbe: ${record.source.path ?? "stdin"}: ${record.error.code}: ${record.error.message}\n`);
      }
      open = open && (await write(io.stdout, writer.record(record, count)));
      count++;
      if (!open) break;
    }
    if (!open) break;
  }
  if (open) await write(io.stdout, writer.end(count));
  if (flags.verbose) {
    io.stderr.write(`kzbe: ${count} documents, ${failures} failed, ${((Date.now() - started) / 1000).toFixed(2)} s\n`);
  }
  return failures ? EXIT.documentFailed : EXIT.ok;
}
