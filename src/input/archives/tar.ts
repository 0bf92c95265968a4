// Members of a tar archive (tar-stream), one after another from the stream:
// every regular file is a document (or one per line for a JSONL member).
import type { Readable } from "node:stream";
import tar from "tar-stream";
import type { SourceT } from "../../schema.js";
import type { RawDocument } from "../documents.js";
import { archiveKind, documentsOfStream, errorCode, unreadable, type ReadOptions } from "../sources.js";
import { isHiddenMember } from "./members.js";

export async function* tarMembers(stream: Readable, base: SourceT, opts: ReadOptions): AsyncGenerator<RawDocument> {
  const extract = tar.extract();
  stream.on("error", (e) => extract.destroy(e));
  stream.pipe(extract);
  for await (const entry of extract) {
    const { name, type } = entry.header;
    if ((type !== "file" && type !== "contiguous-file") || isHiddenMember(name)) {
      entry.resume();
      continue;
    }
    const source: SourceT = { ...base, entry: name };
    try {
      yield* documentsOfStream(entry as AsyncIterable<Uint8Array>, name, source, opts, archiveKind(name) === "jsonl", true);
    } catch (e) {
      yield unreadable(source, errorCode(e), `member '${name}': ${(e as Error)?.message ?? e}`);
      // a member cut with the archive: the archive's error is this member's, already reported
      if (extract.destroying || extract.destroyed) return;
      entry.resume();
    }
    if (opts.signal?.aborted) break;
  }
}
