// Members of a zip archive (yauzl, entries read one at a time): every file is
// a document (or one per line for a JSONL member); a member that fails (bad
// CRC, unsupported compression) gives one error record and the next goes on.
// Symbolic links are not documents (their data is the path they point to), as in tar.
// A zip with data before it (a self-extracting archive, a zip appended to a file)
// or after it (a signature block, padding) is read as `unzip` reads it: yauzl
// refuses both, so it is handed the zip itself, found from its end record.
import fs from "node:fs";
import { Readable } from "node:stream";
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
    if (inMemory) {
      const bytes = file as Buffer;
      const w = zipWindow(bytes.subarray(Math.max(0, bytes.length - TAIL)), bytes.length, (at) => bytes.subarray(at, at + 4));
      yauzl.fromBuffer(w ? bytes.subarray(w.shift, w.end) : bytes, options, opened);
      return;
    }
    // yauzl hands the path to fs.open, which takes the bytes of a name that is not UTF-8 too
    fs.open(file, "r", (err, fd) => {
      if (err) return reject(err);
      let w: ZipWindow | null = null;
      try {
        const size = fs.fstatSync(fd).size;
        const tail = Buffer.alloc(Math.min(size, TAIL));
        fs.readSync(fd, tail, 0, tail.length, size - tail.length);
        w = zipWindow(tail, size, (at) => {
          const b = Buffer.alloc(4);
          return b.subarray(0, fs.readSync(fd, b, 0, 4, at));
        });
      } catch {
        // yauzl says what is wrong
      }
      const done = (e: Error | null, z?: yauzl.ZipFile) => (e || !z ? fs.close(fd, () => opened(e)) : opened(null, z));
      if (w) yauzl.fromRandomAccessReader(new ShiftedFile(fd, w.shift), w.end - w.shift, options, done);
      else yauzl.fromFd(fd, options, done);
    });
  });
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = memberName(entry);
      if (isHiddenMember(name) || isSymlink(entry)) continue;
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

/** A symbolic link stored by a Unix zip (`zip -y`): its data is the path it points to. */
function isSymlink(entry: yauzl.Entry): boolean {
  return entry.versionMadeBy >> 8 === 3 && ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}

/** End record (22 bytes), the longest comment, a ZIP64 locator. */
const TAIL = 22 + 0xffff + 20;

/** Where the zip is in a file: from `shift` (data before it) to `end` (data after it). */
interface ZipWindow {
  shift: number;
  end: number;
}

/**
 * The zip in a file of `size` bytes from its end record, found in the file's last bytes (`tail`),
 * when it is not the whole file (null when it is, or cannot be told: a ZIP64 end, no end record).
 * Data before the zip shifts every offset its central directory gives by the same amount, as
 * `unzip` assumes; `at` reads four bytes of the file to check the directory is where it says.
 */
function zipWindow(tail: Buffer, size: number, at: (offset: number) => Buffer): ZipWindow | null {
  const base = size - tail.length;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== 0x06054b50) continue;
    const end = base + i + 22 + tail.readUInt16LE(i + 20);
    if (end > size) continue;
    const cdSize = tail.readUInt32LE(i + 12);
    const cdOffset = tail.readUInt32LE(i + 16);
    if (cdOffset === 0xffffffff || cdSize === 0xffffffff || (i >= 20 && tail.readUInt32LE(i - 20) === 0x07064b50)) return null;
    const shift = base + i - cdSize - cdOffset;
    if (shift < 0 || (shift === 0 && end === size)) return null;
    const directory = cdSize > 0 ? at(cdOffset + shift) : null;
    if (directory && (directory.length < 4 || directory.readUInt32LE(0) !== 0x02014b50)) return null;
    return { shift, end };
  }
  return null;
}

/** A file read from `shift` on, as yauzl reads a zip (by offset). */
class ShiftedFile extends yauzl.RandomAccessReader {
  constructor(
    private readonly fd: number,
    private readonly shift: number,
  ) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const { fd, shift } = this;
    // read by position, not with fs.createReadStream: yauzl destroys the streams it is done with, and that closes their descriptor
    return Readable.from(
      (async function* () {
        for (let at = start; at < end; ) {
          const buffer = Buffer.alloc(Math.min(64 * 1024, end - at));
          const read = await new Promise<number>((resolve, reject) => fs.read(fd, buffer, 0, buffer.length, at + shift, (e, n) => (e ? reject(e) : resolve(n))));
          if (read === 0) throw new Error("unexpected end of file");
          at += read;
          yield buffer.subarray(0, read);
        }
      })(),
      { objectMode: false },
    );
  }

  override close(callback: (err: Error | null) => void): void {
    fs.close(this.fd, callback);
  }
}
