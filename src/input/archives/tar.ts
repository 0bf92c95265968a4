// Members of a tar archive (tar-stream), one after another from the stream:
// every regular file is a document (or one per line for a JSONL member); a member
// with data of a kind the reader does not know is an error record.
import type { Readable } from "node:stream";
import tar from "tar-stream";
import type { SourceT } from "../../schema.js";
import type { RawDocument } from "../documents.js";
import { errorCode, memberDocuments, memberEntry, unreadable, type ReadOptions } from "../sources.js";
import { isHiddenMember } from "./members.js";

export async function* tarMembers(stream: Readable, base: SourceT, opts: ReadOptions): AsyncGenerator<RawDocument> {
  const extract = tar.extract();
  stream.on("error", (e) => extract.destroy(e));
  stream.pipe(extract);
  for await (const entry of extract) {
    const { name, type, size } = entry.header;
    if (type === null && size && !isHiddenMember(name)) {
      // a type tar-stream does not know (a GNU sparse file, 'S') holds data it cannot give back: said, not skipped
      entry.resume();
      yield unreadable({ ...base, entry: memberEntry(base, name) }, "unreadable", `member '${name}': a kind of tar member that cannot be read (a GNU sparse file?)`);
      continue;
    }
    if ((type !== "file" && type !== "contiguous-file") || isHiddenMember(name)) {
      entry.resume();
      continue;
    }
    const source: SourceT = { ...base, entry: memberEntry(base, name) };
    try {
      yield* memberDocuments(entry as AsyncIterable<Uint8Array>, name, source, opts, true);
      entry.resume(); // what an archive inside did not read (its end padding), so the next member comes
    } catch (e) {
      yield unreadable(source, errorCode(e), `member '${name}': ${(e as Error)?.message ?? e}`);
      // a member cut with the archive: the archive's error is this member's, already reported
      if (extract.destroying || extract.destroyed) return;
      entry.resume();
    }
    if (opts.signal?.aborted) break;
  }
}
