// News feeds (RSS, Atom): every item is a document with its title, link and date,
// its body read as HTML where it is HTML; a file that only looks like XML stays one
// document; a feed cut short still gives the items before the cut.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { feedDate } from "../src/input/feed.js";
import { recordsOf, runCli, tmpDir } from "./helpers.js";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Trade news</title><link>https://example.org/</link>
<item>
  <title>Kazakhstan and Belgium sign a memorandum on logistics</title>
  <link>https://example.org/news/1</link>
  <guid>news-1</guid>
  <pubDate>Tue, 12 Mar 2024 23:30:00 -0500</pubDate>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>ASTANA, 12 March 2024 – Minister of Trade Nurlan Bekov and Ambassador Pieter Janssens signed a memorandum of understanding.</p><p>Trade grew by 15 per cent to 1.2 billion US dollars.</p>]]></content:encoded>
</item>
<item>
  <title>Port volumes</title>
  <pubDate>Wed, 3 Apr 2024 08:00:00 GMT</pubDate>
  <description>&lt;p&gt;The port handled 271 million tonnes in 2023, said director Anna Claes.&lt;/p&gt;</description>
</item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Persberichten</title>
<entry>
  <title>Handelsmissie naar Kazachstan</title>
  <link rel="alternate" href="https://example.be/nl/missie"/>
  <id>urn:uuid:1</id>
  <published>2025-02-04T09:00:00+01:00</published>
  <content type="html">&lt;p&gt;BRUSSEL – Minister Jan Peeters leidt van 10 tot 12 mei een handelsmissie met dertig bedrijven naar Almaty.&lt;/p&gt;</content>
</entry>
</feed>`;

function write(name: string, text: string): string {
  const file = path.join(tmpDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

describe("news feeds", () => {
  it("gives one record per RSS item, with its title, link, id and the feed's own day", async () => {
    const r = await runCli(["extract", write("news.xml", RSS)]);
    const recs = recordsOf(r.stdout);
    expect(recs).toHaveLength(2);
    expect(recs.map((x) => x.source.entry)).toEqual(["1", "2"]);
    expect(recs[0].source).toMatchObject({ format: "feed+html", url: "https://example.org/news/1", id: "news-1" });
    expect(recs[0].title).toBe("Kazakhstan and Belgium sign a memorandum on logistics");
    // the day as the feed writes it (in UTC it is already the 13th)
    expect(recs[0].published).toBe("2024-03-12");
    // the full content wins over the teaser, and its markup is gone
    expect(recs[0].people.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["Nurlan Bekov", "Pieter Janssens"]));
    expect(recs[0].figures.map((f: { text: string }) => f.text)).not.toContain("1.0");
    expect(recs[1].published).toBe("2024-04-03");
    expect(recs[1].figures.map((f: { text: string }) => f.text)).toContain("271 million tonnes");
  });

  it("reads Atom entries, in Dutch", async () => {
    const r = await runCli(["extract", write("feed.atom", ATOM)]);
    const [rec] = recordsOf(r.stdout);
    expect(rec.language).toBe("nl");
    expect(rec.source).toMatchObject({ format: "feed+html", entry: "1", url: "https://example.be/nl/missie" });
    expect(rec.published).toBe("2025-02-04");
    expect(rec.people.map((p: { name: string }) => p.name)).toContain("Jan Peeters");
  });

  it("keeps an XML file without items as one document, and the items before a cut", async () => {
    const other = await runCli(["extract", write("data.xml", `<?xml version="1.0"?><rss><channel><title>Empty</title></channel></rss>`)]);
    expect(recordsOf(other.stdout)).toHaveLength(1);
    const cut = RSS.slice(0, RSS.indexOf("<item>", RSS.indexOf("</item>")) + 40);
    const r = await runCli(["extract", write("cut.rss", cut)]);
    const recs = recordsOf(r.stdout);
    expect(recs.length).toBeGreaterThanOrEqual(1);
    expect(recs[0].title).toBe("Kazakhstan and Belgium sign a memorandum on logistics");
  });

  it("reads the dates feeds write", () => {
    expect(feedDate("Tue, 12 Mar 2024 10:00:00 GMT")).toBe("2024-03-12");
    expect(feedDate("3 September 2024 08:00 +0200")).toBe("2024-09-03");
    expect(feedDate("2025-02-04T09:00:00+01:00")).toBe("2025-02-04");
    expect(feedDate("yesterday")).toBeUndefined();
  });
});
