// Members of a zip archive (yauzl, entries read one at a time): every file is
// a document (or one per line for a JSONL member); a member that fails (bad
// CRC, unsupported compression) gives one error record and the next goes on.
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import type { SourceT } from "../../schema.js";
import type { RawDocument } from "../documents.js";
import { errorCode, memberDocuments, memberEntry, unreadable, type ReadOptions } from "../sources.js";
import { isHiddenMember } from "./members.js";

/** The members of a zip file by its path, or of a zip read whole from inside another archive (`inMemory`: `file` holds its bytes). */
export async function* zipMembers(file: string | Buffer, base: SourceT, opts: ReadOptions, inMemory = false): AsyncGenerator<RawDocument> {
  // names are decoded here, not by yauzl, which refuses the whole archive at a member named
  // `../x` or `/x` (a guard for unzipping to disk; nothing is written here, the name is only a label)
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    const opened = (err: Error | null, z?: yauzl.ZipFile) => (err || !z ? reject(err ?? new Error("cannot open zip")) : resolve(z));
    if (inMemory) yauzl.fromBuffer(file as Buffer, options, opened);
    // yauzl hands the path to fs.open, which takes the bytes of a name that is not UTF-8 too
    else yauzl.open(file as string, options, opened);
  });
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = memberName(entry);
      if (isHiddenMember(name)) continue;
      const source: SourceT = { ...base, entry: memberEntry(base, name) };
      if (entry.isEncrypted()) {
        yield unreadable(source, "unreadable", `member '${name}': encrypted (password-protected), cannot be read`);
        continue;
      }
      try {
        const stream = await new Promise<Readable>((resolve, reject) =>
          zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error("cannot read member")) : resolve(s))),
        );
        yield* memberDocuments(stream, name, source, opts, false);
      } catch (e) {
        yield unreadable(source, errorCode(e), `member '${name}': ${(e as Error)?.message ?? e}`);
      }
      if (opts.signal?.aborted) break;
    }
  } finally {
    zip.close();
  }
}

/** The member's name as yauzl would decode it (UTF-8 by flag or extra field, else CP437), backslashes as slashes. */
function memberName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (e: yauzl.Entry) => settle(() => resolve(e));
    const onEnd = () => settle(() => resolve(null));
    const onError = (err: Error) => settle(() => reject(err));
    const settle = (f: () => void) => {
      zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
      f();
    };
    zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
    zip.readEntry();
  });
}
