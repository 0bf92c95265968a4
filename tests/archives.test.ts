// Archives in: JSONL (.gz), tar (.gz/.tgz), zip, WARC (.gz), gzip; each member a
// document with source.entry / line / url; a broken member gives one error
// record and the run goes on; a directory mixing them all works.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import tar from "tar-stream";
import { OutputRecord } from "../src/schema.js";
import { article, recordsOf, runCli, storedZip, tmpDir, warcResponse } from "./helpers.js";

async function tarOf(members: { name: string; data: string | Buffer }[]): Promise<Buffer> {
  const pack = tar.pack();
  for (const m of members) pack.entry({ name: m.name }, m.data);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const c of pack) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const jsonl = (texts: string[]) => texts.map((text, i) => JSON.stringify({ id: `doc-${i}`, text })).join("\n") + "\n";
const html = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p></body></html>`;

describe("archive input", () => {
  it("reads a directory mixing JSONL, tar, tgz, zip, WARC, WARC.gz and gzip, one record per member", async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "a.jsonl"), jsonl([article(0), article(1)]));
    fs.writeFileSync(path.join(dir, "b.jsonl.gz"), zlib.gzipSync(jsonl([article(2), article(3), article(4)])));
    fs.writeFileSync(path.join(dir, "c.tar"), await tarOf([{ name: "news/one.txt", data: article(5) }, { name: "news/two.html", data: html("Port news", article(6)) }]));
    fs.writeFileSync(path.join(dir, "d.tgz"), zlib.gzipSync(await tarOf([{ name: "x.txt", data: article(7) }, { name: "lines.jsonl", data: jsonl([article(8), article(9)]) }])));
    fs.writeFileSync(path.join(dir, "e.zip"), storedZip([{ name: "z/first.txt", data: Buffer.from(article(10)) }, { name: "z/second.txt", data: Buffer.from(article(11)) }]));
    const records = [
      warcResponse("https://example.org/news/1", "2021-03-04T10:00:00Z", "text/html; charset=utf-8", html("Visit to Aktau", article(12))),
      warcResponse("https://example.org/logo.png", "2021-03-04T10:00:01Z", "image/png", "\u0089PNG"),
      warcResponse("https://example.org/moved", "2021-03-04T10:00:02Z", "text/html", "<html></html>", "301 Moved Permanently"),
    ];
    fs.writeFileSync(path.join(dir, "f.warc"), Buffer.concat(records));
    fs.writeFileSync(path.join(dir, "g.warc.gz"), Buffer.concat([zlib.gzipSync(records[0]), zlib.gzipSync(records[1])]));
    fs.writeFileSync(path.join(dir, "h.txt.gz"), zlib.gzipSync(article(13)));

    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    for (const rec of recs) expect(OutputRecord.safeParse(rec).success, JSON.stringify(rec).slice(0, 300)).toBe(true);
    expect(recs.filter((x) => x.error)).toEqual([]);
    const where = recs.map((x) => [path.basename(x.source.path), x.source.entry ?? x.source.line ?? x.source.url ?? ""].join(" "));
    expect(where).toEqual([
      "a.jsonl 1",
      "a.jsonl 2",
      "b.jsonl.gz 1",
      "b.jsonl.gz 2",
      "b.jsonl.gz 3",
      "c.tar news/one.txt",
      "c.tar news/two.html",
      "d.tgz x.txt",
      "d.tgz lines.jsonl",
      "d.tgz lines.jsonl",
      "e.zip z/first.txt",
      "e.zip z/second.txt",
      "f.warc https://example.org/news/1",
      "g.warc.gz https://example.org/news/1",
      "h.txt.gz ",
    ]);
    expect(recs[1].source.id).toBe("doc-1");
    expect(recs[9].source).toMatchObject({ entry: "lines.jsonl", line: 2 });
    expect(recs[6].source.format).toBe("html");
    expect(recs[6].title).toBe("Port news");
    // a WARC response keeps its URL and crawl date
    expect(recs[12].source).toMatchObject({ format: "html", url: "https://example.org/news/1", date: "2021-03-04T10:00:00Z" });
    expect(recs[12].title).toBe("Visit to Aktau");
    // the members' text went through extraction
    expect(recs[10].figures.length + recs[10].dates.length).toBeGreaterThan(0);
  });

  it("gives one error record for a broken member and goes on", async () => {
    const dir = tmpDir();
    // a binary member, then a good one
    fs.writeFileSync(
      path.join(dir, "a.tar"),
      await tarOf([{ name: "img.png", data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]) }, { name: "ok.txt", data: article(1) }]),
    );
    // a tgz cut in the middle: what was read is kept, the rest is one error record
    const tgz = zlib.gzipSync(await tarOf([{ name: "one.txt", data: article(2) }, { name: "two.txt", data: "x".repeat(200_000) }]));
    fs.writeFileSync(path.join(dir, "b.tgz"), tgz.subarray(0, Math.floor(tgz.length * 0.6)));
    // a zip whose second member uses a compression method nobody knows
    const zip = storedZip([{ name: "good.txt", data: Buffer.from(article(3)) }, { name: "bad.txt", data: Buffer.from(article(4)), method: 99 }]);
    fs.writeFileSync(path.join(dir, "c.zip"), zip);
    fs.writeFileSync(path.join(dir, "d.jsonl.gz"), Buffer.from("not gzip at all"));
    fs.writeFileSync(path.join(dir, "e.zip"), Buffer.from("PK\u0003\u0004 not really a zip"));
    fs.writeFileSync(path.join(dir, "f.txt"), article(5));

    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    const summary = recs.map((x) => `${path.basename(x.source.path)} ${x.source.entry ?? ""} ${x.error?.code ?? "ok"}`.replace(/ +/g, " "));
    expect(summary).toEqual([
      "a.tar img.png decode",
      "a.tar ok.txt ok",
      "b.tgz one.txt ok",
      "b.tgz one.txt decode",
      "c.zip good.txt ok",
      "c.zip bad.txt parse",
      "d.jsonl.gz decode",
      "e.zip parse",
      "f.txt ok",
    ]);
    for (const rec of recs.filter((x) => x.error)) expect(rec.error.message).not.toMatch(/\n/);
    expect(r.code).toBe(1);
  });

  it("reads gzip member after member and ignores what follows the last, as gzip -d does", async () => {
    const dir = tmpDir();
    const texts = [article(1), article(2), article(3)];
    // a small JSONL.gz with junk appended: node's own gunzip lost both its documents to one decode error
    fs.writeFileSync(path.join(dir, "a.jsonl.gz"), Buffer.concat([zlib.gzipSync(jsonl(texts.slice(0, 2))), Buffer.from("-- signature appended --\n")]));
    // two members, the first with a file name and a comment in its header (gzip's FNAME, FCOMMENT), then zero padding
    const named = zlib.gzipSync(jsonl(texts.slice(0, 2)));
    const header = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 8 | 16, 0, 0, 0, 0, 0, 3]), Buffer.from("lines.jsonl\0a comment\0")]);
    const second = zlib.gzipSync(JSON.stringify({ id: "last", text: texts[2] }) + "\n");
    fs.writeFileSync(path.join(dir, "b.jsonl.gz"), Buffer.concat([header, named.subarray(10), second, Buffer.alloc(512)]));
    // a large member (many pieces of input) followed by garbage that starts like a gzip header
    const many = Array.from({ length: 400 }, (_, i) => `${texts[i % 3]} (${i})`);
    fs.writeFileSync(path.join(dir, "c.jsonl.gz"), Buffer.concat([zlib.gzipSync(jsonl(many), { level: 0 }), Buffer.from([0x1f, 0x8b, 0x99, 1, 2])]));
    // an empty file and a cut header are still errors
    fs.writeFileSync(path.join(dir, "d.txt.gz"), Buffer.alloc(0));
    fs.writeFileSync(path.join(dir, "e.txt.gz"), zlib.gzipSync(article(4)).subarray(0, 6));
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    const by = (file: string) => recs.filter((x) => path.basename(x.source.path) === file);
    expect(by("a.jsonl.gz").map((x) => x.error?.code ?? "ok")).toEqual(["ok", "ok"]);
    expect(by("b.jsonl.gz").map((x) => x.source.id)).toEqual(["doc-0", "doc-1", "last"]);
    expect(by("c.jsonl.gz").map((x) => x.error?.code ?? "ok")).toEqual(Array(400).fill("ok"));
    expect(by("c.jsonl.gz").at(-1)?.source.line).toBe(400);
    expect(by("d.txt.gz").map((x) => x.error?.code)).toEqual(["decode"]);
    expect(by("e.txt.gz").map((x) => x.error?.code)).toEqual(["decode"]);
    // the same records as the documents read uncompressed
    const plain = recordsOf((await runCli(["extract", "--jobs", "0", "--input-format", "jsonl", "-"], jsonl(texts.slice(0, 2)))).stdout);
    expect(by("a.jsonl.gz").map((x) => x.people)).toEqual(plain.map((x) => x.people));
  });

  it("gives a tar cut inside a member one error record, not one for the member and another for the archive", async () => {
    const dir = tmpDir();
    const whole = await tarOf([{ name: "a.txt", data: article(1).repeat(10) }, { name: "b.txt", data: article(2) }]);
    fs.writeFileSync(path.join(dir, "cut.tar"), whole.subarray(0, 900));
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    expect(recs.map((x) => `${x.source.entry} ${x.error?.code}`)).toEqual(["a.txt parse"]);
    expect(r.code).toBe(1);
  });

  it("gives every WARC record a record: a cut gzip member an error, a cut response a warning, a file that is no WARC an error", async () => {
    const dir = tmpDir();
    const page = (i: number) => warcResponse(`https://example.org/${i}`, "2021-03-04T10:00:00Z", "text/html", html(`News ${i}`, article(i)));
    const gz = Buffer.concat([zlib.gzipSync(page(1)), zlib.gzipSync(page(2))]);
    fs.writeFileSync(path.join(dir, "a.warc.gz"), gz.subarray(0, gz.length - 40));
    const plain = Buffer.concat([page(3), page(4)]);
    fs.writeFileSync(path.join(dir, "b.warc"), plain.subarray(0, plain.length - 100));
    fs.writeFileSync(path.join(dir, "c.warc"), article(5));
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    expect(recs.map((x) => `${path.basename(x.source.path)} ${x.source.url ?? ""} ${x.error?.code ?? "ok"}`)).toEqual([
      "a.warc.gz https://example.org/1 ok",
      "a.warc.gz https://example.org/2 decode",
      "b.warc https://example.org/3 ok",
      "b.warc https://example.org/4 ok",
      "c.warc  parse",
    ]);
    expect(recs[2].warnings).toEqual([]);
    expect(recs[3].warnings[0]).toMatch(/^truncated: the WARC record ends \d+ bytes short/);
    expect(recs[4].error.message).toMatch(/^not a WARC file/);
    expect(r.code).toBe(1);
  });

  it("gives a WARC response whose HTTP head is missing an error record, not silence", async () => {
    const dir = tmpDir();
    // (a page that ends with a blank line: without one, warcio reads the next record's header as the HTTP head's rest)
    const good = warcResponse("https://example.org/1", "2021-03-12T10:00:00Z", "text/html", html("One", article(1)) + "\r\n\r\n");
    // the page stored alone, as if it were the HTTP message: its first line is no status line
    const bare = good.toString("latin1").replace(/HTTP\/1\.1 200 OK\r\n(?:[^\r]+\r\n)*\r\n/, "");
    const fixed = bare.replace(/Content-Length: \d+/, (m) => `Content-Length: ${Number(m.split(" ")[1]) - (good.length - bare.length)}`);
    fs.writeFileSync(path.join(dir, "a.warc"), Buffer.concat([Buffer.from(fixed, "latin1"), warcResponse("https://example.org/2", "2021-03-12T10:00:00Z", "text/html", html("Two", article(2)))]));
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    expect(recs.map((x) => `${x.source.url} ${x.error?.code ?? "ok"}`)).toEqual(["https://example.org/1 parse", "https://example.org/2 ok"]);
    expect(recs[0].error.message).toMatch(/^record https:\/\/example.org\/1: no HTTP response head/);
  });

  it("says a password-protected zip member is encrypted", async () => {
    const dir = tmpDir();
    // as ZipCrypto stores it: a 12-byte encryption header before the data, bit 0 of the flags set
    const secret = Buffer.concat([Buffer.alloc(12, 7), Buffer.from(article(1))]);
    const zip = storedZip([{ name: "secret.txt", data: secret }, { name: "open.txt", data: Buffer.from(article(2)) }]);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip[6] |= 1;
    zip[central + 8] |= 1;
    zip.writeUInt32LE(secret.length - 12, 22);
    zip.writeUInt32LE(secret.length - 12, central + 24);
    fs.writeFileSync(path.join(dir, "locked.zip"), zip);
    const recs = recordsOf((await runCli(["extract", "--jobs", "0", dir])).stdout);
    expect(recs.map((x) => `${x.source.entry} ${x.error?.code ?? "ok"}`)).toEqual(["secret.txt unreadable", "open.txt ok"]);
    expect(recs[0].error.message).toBe("member 'secret.txt': encrypted (password-protected), cannot be read");
  });

  it("reads a JSON array of documents as JSONL lines, one record per element, and a broken array as one error", async () => {
    const dir = tmpDir();
    const docs = [{ id: "a", text: article(1), title: "First" }, { url: "https://example.org/2", html: `<p>${article(2)}</p>` }, 7];
    fs.writeFileSync(path.join(dir, "a.json"), JSON.stringify(docs, null, 2));
    fs.writeFileSync(path.join(dir, "b.json"), '[{"text": "cut');
    const recs = recordsOf((await runCli(["extract", "--jobs", "0", dir])).stdout);
    expect(recs.map((x) => `${path.basename(x.source.path)} ${x.source.entry ?? ""} ${x.source.format} ${x.error?.code ?? "ok"}`)).toEqual([
      "a.json 1 jsonl ok",
      "a.json 2 jsonl+html ok",
      "a.json 3 jsonl parse",
      "b.json  json parse",
    ]);
    expect(recs[2].error.message).toBe("entry 3: a JSONL document must be an object");
    expect(recs[0]).toMatchObject({ title: "First", source: { id: "a" } });
    expect(recs[1].source.url).toBe("https://example.org/2");
  });

  it("reads one JSON object written over several lines as one document, not as JSONL lines that each fail", async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "a.json"), JSON.stringify({ id: "one", title: "Visit", text: article(3) }, null, 2));
    fs.writeFileSync(path.join(dir, "b.json"), '{\n  "text": "cut');
    // one object a line stays JSONL, whatever the file is called
    fs.writeFileSync(path.join(dir, "c.json"), [article(4), article(5)].map((text) => JSON.stringify({ text })).join("\n") + "\n");
    const recs = recordsOf((await runCli(["extract", "--jobs", "0", dir])).stdout);
    expect(recs.map((x) => `${path.basename(x.source.path)} ${x.source.line ?? ""} ${x.source.format} ${x.error?.code ?? "ok"}`)).toEqual([
      "a.json  jsonl ok",
      "b.json  json parse",
      "c.json 1 jsonl ok",
      "c.json 2 jsonl ok",
    ]);
    expect(recs[0]).toMatchObject({ title: "Visit", source: { id: "one" } });
    expect(recs[0].people.length).toBeGreaterThan(0);
  });

  it("gives a tar member of a kind it cannot read (a GNU sparse file) an error record, not silence", async () => {
    const bytes = await tarOf([{ name: "sparse.txt", data: article(1) }, { name: "next.txt", data: article(2) }]);
    // the first header's type flag as GNU tar --sparse writes it, and its checksum again
    bytes[156] = "S".charCodeAt(0);
    bytes.fill(0x20, 148, 156);
    const sum = bytes.subarray(0, 512).reduce((a, b) => a + b, 0);
    bytes.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "a.tar"), bytes);
    const r = await runCli(["extract", "--jobs", "0", path.join(dir, "a.tar")]);
    const recs = recordsOf(r.stdout);
    expect(recs.map((x) => `${x.source.entry} ${x.error?.code ?? "ok"}`)).toEqual(["sparse.txt unreadable", "next.txt ok"]);
    expect(r.code).toBe(1);
  });

  it("reads archives inside archives (a zip in a tar, a tgz in a zip, a WARC in a tar), each member named outer!inner", async () => {
    const dir = tmpDir();
    const inner = storedZip([{ name: "in1.txt", data: Buffer.from(article(1)) }, { name: "in2.txt", data: Buffer.from(article(2)) }]);
    const warc = warcResponse("https://example.org/w", "2021-03-12T10:00:00Z", "text/html", html("Page", article(3)));
    fs.writeFileSync(path.join(dir, "a.tar"), await tarOf([{ name: "top.txt", data: article(4) }, { name: "m/inner.zip", data: inner }, { name: "crawl.warc", data: warc }]));
    const tgz = zlib.gzipSync(await tarOf([{ name: "t1.txt", data: article(5) }]));
    fs.writeFileSync(path.join(dir, "b.zip"), storedZip([{ name: "inner.tgz", data: tgz }, { name: "last.txt", data: Buffer.from(article(6)) }]));
    // a zip in a zip in a zip ... stops being opened after a few levels (a zip quine holds itself)
    let deep = storedZip([{ name: "bottom.txt", data: Buffer.from(article(7)) }]);
    for (let i = 0; i < 5; i++) deep = storedZip([{ name: `l${i}.zip`, data: deep }]);
    fs.writeFileSync(path.join(dir, "c.zip"), deep);
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    expect(recs.map((x) => `${path.basename(x.source.path)} ${x.source.entry} ${x.error?.code ?? "ok"}`)).toEqual([
      "a.tar top.txt ok",
      "a.tar m/inner.zip!in1.txt ok",
      "a.tar m/inner.zip!in2.txt ok",
      "a.tar crawl.warc ok",
      "b.zip inner.tgz!t1.txt ok",
      "b.zip last.txt ok",
      "c.zip l4.zip!l3.zip!l2.zip!l1.zip decode",
    ]);
    expect(recs[3].source.url).toBe("https://example.org/w");
    expect(recs[1].people).toEqual(recordsOf((await runCli(["extract", "--jobs", "0", "-"], article(1))).stdout)[0].people);
  });

  it("finds gzip by its magic bytes where no name says so: gzipped members, a gzip saved as .txt, standard input", async () => {
    const dir = tmpDir();
    const gz = (s: string) => zlib.gzipSync(Buffer.from(s));
    fs.writeFileSync(path.join(dir, "a.tar"), await tarOf([{ name: "one.txt.gz", data: gz(article(1)) }, { name: "two.jsonl.gz", data: gz(jsonl([article(2), article(3)])) }, { name: "three.txt", data: article(4) }]));
    fs.writeFileSync(path.join(dir, "b.txt"), gz(article(5)));
    // a gzip of a gzip is opened once (a gzip quine inflates to itself)
    fs.writeFileSync(path.join(dir, "c.txt"), zlib.gzipSync(gz(article(6))));
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    expect(recs.map((x) => `${path.basename(x.source.path)} ${x.source.entry ?? ""} ${x.source.line ?? ""} ${x.error?.code ?? "ok"}`.replace(/ +/g, " "))).toEqual([
      "a.tar one.txt.gz ok",
      "a.tar two.jsonl.gz 1 ok",
      "a.tar two.jsonl.gz 2 ok",
      "a.tar three.txt ok",
      "b.txt ok",
      "c.txt decode",
    ]);
    const piped = await runCli(["extract", "--jobs", "0", "-"], gz(jsonl([article(2), article(3)])));
    expect(recordsOf(piped.stdout).map((x) => x.source.line)).toEqual([1, 2]);
    expect(piped.code).toBe(0);
  });

  it("reads a zip whose member names climb out of it (../x, /x, C:\\x), which yauzl refuses for the whole archive", async () => {
    const dir = tmpDir();
    const names = ["../../etc/evil.txt", "/abs/x.txt", "C:\\win\\y.txt", "ok.txt"];
    fs.writeFileSync(path.join(dir, "a.zip"), storedZip(names.map((name, i) => ({ name, data: Buffer.from(article(i)) }))));
    const r = await runCli(["extract", "--jobs", "0", dir]);
    expect(recordsOf(r.stdout).map((x) => `${x.source.entry} ${x.error?.code ?? "ok"}`)).toEqual([
      "../../etc/evil.txt ok",
      "/abs/x.txt ok",
      "C:/win/y.txt ok",
      "ok.txt ok",
    ]);
    expect(r.code).toBe(0);
  });
  it("reads a WARC page up to --max-bytes and skips the rest, and reads the record after it", async () => {
    const dir = tmpDir();
    // a page of 3 MB sent gzipped: it was inflated and read whole before it was cut (1.6 GB for a 400 MB page)
    const big = Buffer.from(html("Big", article(1) + " " + "Kazakhstan and Belgium. ".repeat(125_000)));
    const gzipped = zlib.gzipSync(big);
    const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: ${gzipped.length}\r\n\r\n`), gzipped]);
    const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/big\r\nWARC-Date: 2021-03-04T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
    const after = warcResponse("https://example.org/after", "2021-03-04T10:00:00Z", "text/html", html("After", article(2)));
    fs.writeFileSync(path.join(dir, "a.warc"), Buffer.concat([Buffer.from(head), http, Buffer.from("\r\n\r\n"), after]));
    const r = await runCli(["extract", "--jobs", "0", "--max-bytes", "64KB", "--include-text", dir]);
    const recs = recordsOf(r.stdout);
    expect(recs.map((x) => `${x.source.url} ${x.error?.code ?? "ok"}`)).toEqual(["https://example.org/big ok", "https://example.org/after ok"]);
    // the page's content was read no further than the limit: its size is not known, only that it is over
    expect(recs[0].warnings).toContain("truncated: more than --max-bytes (65536); only the first 65536 bytes read");
    expect(recs[0].text.length).toBeLessThan(65536);
  });

  it("says where warcio stops reading a WARC in silence: bare line feeds, a Content-Length that is no number, a lone line feed between records", async () => {
    const dir = tmpDir();
    const page = (i: number) => warcResponse(`https://example.org/${i}`, "2021-03-04T10:00:00Z", "text/html", html(`News ${i}`, article(i)));
    // a WARC whose line ends were turned into bare line feeds gave no record and no error
    fs.writeFileSync(path.join(dir, "a.warc"), Buffer.from(Buffer.concat([page(1), page(2)]).toString("latin1").replace(/\r\n/g, "\n"), "latin1"));
    const badLength = Buffer.from(page(3).toString("latin1").replace(/Content-Length: (\d+)\r\n\r\nHTTP/, "Content-Length: abc\r\n\r\nHTTP"), "latin1");
    fs.writeFileSync(path.join(dir, "b.warc"), Buffer.concat([badLength, page(4)]));
    fs.writeFileSync(path.join(dir, "c.warc"), Buffer.concat([page(5), Buffer.from("\n"), page(6)]));
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    expect(recs.map((x) => `${path.basename(x.source.path)} ${x.error?.code ?? "ok"}`)).toEqual(["a.warc parse", "b.warc parse", "b.warc ok", "c.warc ok", "c.warc parse"]);
    expect(recs[1].error.message).toMatch(/^record 1 https:\/\/example.org\/3: no Content-Length that is a number/);
    expect(recs[4].error.message).toMatch(/^no WARC record after record 1: \d+ bytes that cannot be read as a record/);
    expect(r.code).toBe(1);
  });

  it("reads Common Crawl's WET files (conversion records) and a response without a Content-Type that is a page", async () => {
    const dir = tmpDir();
    const conversion = (url: string, text: string) => {
      const body = Buffer.from(text);
      return Buffer.concat([
        Buffer.from(`WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2021-03-04T10:00:00Z\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n`),
        body,
        Buffer.from("\r\n\r\n"),
      ]);
    };
    fs.writeFileSync(path.join(dir, "CC-MAIN-1.warc.wet.gz"), Buffer.concat([zlib.gzipSync(conversion("https://example.org/1", article(1))), zlib.gzipSync(conversion("https://example.org/2", article(2)))]));
    const untyped = (url: string, body: string) => {
      const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
      return Buffer.concat([Buffer.from(head), http, Buffer.from("\r\n\r\n")]);
    };
    fs.writeFileSync(path.join(dir, "d.warc"), Buffer.concat([untyped("https://example.org/page", html("Page", article(3))), untyped("https://example.org/logo", "\u0089PNG\r\n\u001a\n\u0000\u0000")]));
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    expect(recs.map((x) => `${path.basename(x.source.path)} ${x.source.url} ${x.source.format} ${x.error?.code ?? "ok"}`)).toEqual([
      "CC-MAIN-1.warc.wet.gz https://example.org/1 text ok",
      "CC-MAIN-1.warc.wet.gz https://example.org/2 text ok",
      "d.warc https://example.org/page html ok",
    ]);
    expect(recs[0].people).toEqual(recordsOf((await runCli(["extract", "--jobs", "0", "-"], article(1))).stdout)[0].people);
  });

  it("checks each gzip member's CRC and length: a corrupt member or a missing trailer is an error, not the input's end", async () => {
    const dir = tmpDir();
    const page = (i: number) => warcResponse(`https://example.org/${i}`, "2021-03-04T10:00:00Z", "text/html", html(`News ${i}`, article(i)));
    // a stored copy of the record whose bytes are changed: inflates to the wrong bytes, and only its CRC says so
    const stored = Buffer.from(zlib.gzipSync(page(2), { level: 0 }));
    stored[200] ^= 0xff;
    fs.writeFileSync(path.join(dir, "a.warc.gz"), Buffer.concat([zlib.gzipSync(page(1)), stored, zlib.gzipSync(page(3))]));
    const gz = zlib.gzipSync(article(4));
    fs.writeFileSync(path.join(dir, "b.txt.gz"), gz.subarray(0, gz.length - 8));
    fs.writeFileSync(path.join(dir, "c.txt.gz"), gz);
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    // (the changed record was read before its member's end could tell; the record after it is lost, and said so)
    expect(recs.map((x) => `${path.basename(x.source.path)} ${x.error?.code ?? "ok"}`)).toEqual(["a.warc.gz ok", "a.warc.gz ok", "a.warc.gz decode", "b.txt.gz decode", "c.txt.gz ok"]);
    expect(recs[2].error.message).toMatch(/CRC-32 or length of gzip member 2 does not match/);
    expect(recs[3].error.message).toMatch(/unexpected end of file/);
  });

  it("finds tar, zip and WARC by their magic bytes on standard input and under names that do not say so", async () => {
    const dir = tmpDir();
    const tarball = await tarOf([{ name: "a.txt", data: article(1) }, { name: "b.txt", data: article(2) }]);
    const warc = Buffer.concat([1, 2].map((i) => warcResponse(`https://example.org/${i}`, "2021-03-04T10:00:00Z", "text/html", html(`News ${i}`, article(i)))));
    const zip = storedZip([{ name: "z1.txt", data: Buffer.from(article(3)) }, { name: "z2.txt", data: Buffer.from(article(4)) }]);
    const where = (stdout: string) => recordsOf(stdout).map((x) => `${x.source.entry ?? x.source.url ?? ""} ${x.error?.code ?? "ok"}`);
    for (const [input, expected] of [
      [tarball, ["a.txt ok", "b.txt ok"]],
      [zlib.gzipSync(tarball), ["a.txt ok", "b.txt ok"]],
      [warc, ["https://example.org/1 ok", "https://example.org/2 ok"]],
      [zip, ["z1.txt ok", "z2.txt ok"]],
    ] as const) {
      const r = await runCli(["extract", "--jobs", "0", "-"], input);
      expect(where(r.stdout)).toEqual(expected);
      expect(r.code).toBe(0);
    }
    // a .tar.gz saved as .gz, and a tar member that is a zip under another name
    fs.writeFileSync(path.join(dir, "news.gz"), zlib.gzipSync(tarball));
    fs.writeFileSync(path.join(dir, "outer.tar"), await tarOf([{ name: "inner.bin", data: zip }]));
    // an office file is a zip, and one document: one error, not one record per XML part
    fs.writeFileSync(path.join(dir, "report.docx"), zip);
    const r = await runCli(["extract", "--jobs", "0", dir]);
    expect(where(r.stdout)).toEqual(["a.txt ok", "b.txt ok", "inner.bin!z1.txt ok", "inner.bin!z2.txt ok", " decode"]);
  });

  it("reads a JSON array or a pretty-printed object saved as .jsonl as JSON, and UTF-16 JSONL without a byte-order mark", async () => {
    const dir = tmpDir();
    const docs = [{ id: "a", text: article(1) }, { id: "b", text: article(2) }];
    fs.writeFileSync(path.join(dir, "a.jsonl"), JSON.stringify(docs, null, 2));
    fs.writeFileSync(path.join(dir, "b.jsonl"), JSON.stringify(docs) + "\n");
    fs.writeFileSync(path.join(dir, "c.jsonl"), JSON.stringify(docs[0], null, 2));
    // arrays on each line are no JSON text: each line is read, and fails, as before
    fs.writeFileSync(path.join(dir, "d.jsonl"), `${JSON.stringify([docs[0]])}\n${JSON.stringify([docs[1]])}\n`);
    fs.writeFileSync(path.join(dir, "e.jsonl"), Buffer.from(jsonl([article(3), article(4)]), "utf16le"));
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = recordsOf(r.stdout);
    expect(recs.map((x) => `${path.basename(x.source.path)} ${x.source.id ?? ""} ${x.error?.code ?? "ok"}`)).toEqual([
      "a.jsonl a ok",
      "a.jsonl b ok",
      "b.jsonl a ok",
      "b.jsonl b ok",
      "c.jsonl a ok",
      "d.jsonl  parse",
      "d.jsonl  parse",
      "e.jsonl doc-0 ok",
      "e.jsonl doc-1 ok",
    ]);
  });

  it("reads a zip with data before it (self-extracting) or after it, and skips symbolic links as tar does", async () => {
    const dir = tmpDir();
    const zip = storedZip([{ name: "a.txt", data: Buffer.from(article(1)) }, { name: "b.txt", data: Buffer.from(article(2)) }]);
    fs.writeFileSync(path.join(dir, "a-sfx.zip"), Buffer.concat([Buffer.from("#!/bin/sh\nexec unzip \"$0\"\n"), Buffer.alloc(3000, 0x7f), zip]));
    fs.writeFileSync(path.join(dir, "b-padded.zip"), Buffer.concat([zip, Buffer.alloc(1000)]));
    const link = storedZip([{ name: "link.txt", data: Buffer.from("/etc/passwd") }, { name: "c.txt", data: Buffer.from(article(3)) }]);
    // made by Unix (3) with the mode of a symbolic link in the external attributes
    const central = link.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    link.writeUInt16LE(0x0314, central + 4);
    link.writeUInt32LE((0o120777 << 16) >>> 0, central + 38);
    fs.writeFileSync(path.join(dir, "c-link.zip"), link);
    const r = await runCli(["extract", "--jobs", "0", dir]);
    expect(recordsOf(r.stdout).map((x) => `${path.basename(x.source.path)} ${x.source.entry} ${x.error?.code ?? "ok"}`)).toEqual([
      "a-sfx.zip a.txt ok",
      "a-sfx.zip b.txt ok",
      "b-padded.zip a.txt ok",
      "b-padded.zip b.txt ok",
      "c-link.zip c.txt ok",
    ]);
    // and the same from standard input, read whole
    const piped = await runCli(["extract", "--jobs", "0", "-"], Buffer.concat([zip, Buffer.alloc(1000)]));
    expect(recordsOf(piped.stdout).map((x) => x.source.entry)).toEqual(["a.txt", "b.txt"]);
  });
});
