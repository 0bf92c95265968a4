// Members of a zip archive (yauzl, entries read one at a time): every file is
// a document (or one per line for a JSONL member); a member that fails (bad
// CRC, unsupported compression) gives one error record and the next goes on.
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import type { SourceT } from "../../schema.js";
import type { RawDocument } from "../documents.js";
import { archiveKind, documentsOfStream, errorCode, unreadable, type ReadOptions } from "../sources.js";
import { isHiddenMember } from "./members.js";

export async function* zipMembers(file: string | Buffer, base: SourceT, opts: ReadOptions): AsyncGenerator<RawDocument> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    // yauzl hands the path to fs.open, which takes the bytes of a name that is not UTF-8 too
    yauzl.open(file as string, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (err, z) =>
      err || !z ? reject(err ?? new Error("cannot open zip")) : resolve(z),
    ),
  );
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = entry.fileName;
      if (isHiddenMember(name)) continue;
      const source: SourceT = { ...base, entry: name };
      if (entry.isEncrypted()) {
        yield unreadable(source, "unreadable", `member '${name}': encrypted (password-protected), cannot be read`);
        continue;
      }
      try {
        const stream = await new Promise<Readable>((resolve, reject) =>
          zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error("cannot read member")) : resolve(s))),
        );
        yield* documentsOfStream(stream, name, source, opts, archiveKind(name) === "jsonl");
      } catch (e) {
        yield unreadable(source, errorCode(e), `member '${name}': ${(e as Error)?.message ?? e}`);
      }
      if (opts.signal?.aborted) break;
    }
  } finally {
    zip.close();
  }
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
