// HTML pages to article text, headline, date and language, on news pages of our
// own in English and Dutch wrapped in the furniture real sites put around them.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { checkDeclaredLanguage, htmlToDocument } from "../src/input/html.js";
import { dayOf, withoutSiteName, writtenDate } from "../src/input/html/metadata.js";
import { runCli, tmpDir, cpuMs } from "./helpers.js";
const EN_PARAGRAPHS = [
  "ASTANA, 14 March 2024 – The Ministry of Trade of Kazakhstan and a delegation of Flemish exporters met on Thursday to discuss grain logistics through the port of Antwerp.",
  "According to the ministry, shipments of wheat to Western Europe grew by 18 per cent last year, reaching 1.2 million tonnes.",
  "“We want shorter routes and fewer delays at the border,” the deputy minister said after the meeting, adding that a working group would report before the summer.",
  "The two sides agreed to meet again in Brussels in October, when a memorandum on rail transit is expected to be signed.",
];

const NL_PARAGRAPHS = [
  "BRUSSEL – Een Vlaamse handelsmissie is maandag in Almaty aangekomen voor een bezoek van vier dagen aan Kazachstan.",
  "De delegatie, met vertegenwoordigers van veertig bedrijven, wil vooral contacten leggen in de sectoren logistiek, landbouw en hernieuwbare energie.",
  "Volgens de organisatoren bedroeg de Belgische export naar Kazachstan vorig jaar ruim 310 miljoen euro, een stijging van twaalf procent.",
  "Op woensdag staat een ontmoeting met de burgemeester van Almaty op het programma, waarna de missie naar Astana doorreist.",
];

const furniture = {
  en: {
    nav: ["Home", "World", "Business", "Markets", "Sport", "Opinion", "Contact"],
    cookie: "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies and our privacy policy.",
    share: ["Share on Facebook", "Share on Twitter", "Email this article"],
    related: [
      "Antwerp port volumes fall for third month in a row, according to the latest port authority figures.",
      "Kazakh wheat harvest expected to beat last year's record, say analysts in Astana.",
    ],
    newsletter: "Sign up for our daily newsletter and get the most important business news in your inbox every morning.",
    comments: [
      "Great news for farmers, finally somebody is looking at the real problems of the railway network.",
      "I doubt that this will change anything at all, we have heard these promises many times before.",
    ],
    footer: "© 2024 Example News Ltd. All rights reserved. Terms of use, privacy policy and cookie settings.",
  },
  nl: {
    nav: ["Home", "Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Contact"],
    cookie: "Wij gebruiken cookies om uw ervaring op onze website te verbeteren. Door verder te surfen, gaat u akkoord met ons cookiebeleid en privacybeleid.",
    share: ["Delen op Facebook", "Delen op Twitter", "Mail dit artikel"],
    related: [
      "Haven van Antwerpen ziet overslag voor de derde maand op rij dalen, blijkt uit nieuwe cijfers van het havenbedrijf.",
      "Kazachse graanoogst overtreft volgens analisten in Astana het record van vorig jaar.",
    ],
    newsletter: "Schrijf je in voor onze dagelijkse nieuwsbrief en ontvang elke ochtend het belangrijkste economische nieuws in je mailbox.",
    comments: [
      "Goed nieuws voor de boeren, eindelijk kijkt iemand naar de echte problemen van het spoornet.",
      "Ik betwijfel of dit iets zal veranderen, we hebben die beloftes al zo vaak gehoord.",
    ],
    footer: "© 2024 Voorbeeld Nieuws NV. Alle rechten voorbehouden. Gebruiksvoorwaarden, privacybeleid en cookie-instellingen.",
  },
};

interface PageOptions {
  lang: "en" | "nl";
  headline: string;
  site: string;
  /** what goes in <head> besides <title> (meta, JSON-LD) */
  head?: string;
  /** what goes between the headline and the first paragraph (byline, date) */
  byline?: string;
  /** the `lang` attribute of <html>; defaults to `lang` */
  htmlLang?: string | null;
}

function newsPage(o: PageOptions): string {
  const f = furniture[o.lang];
  const paragraphs = o.lang === "en" ? EN_PARAGRAPHS : NL_PARAGRAPHS;
  const htmlLang = o.htmlLang === undefined ? o.lang : o.htmlLang;
  return `<!DOCTYPE html>
<html${htmlLang ? ` lang="${htmlLang}"` : ""}>
<head>
<meta charset="utf-8">
<title>${o.headline} | ${o.site}</title>
${o.head ?? ""}
<script>window.dataLayer = [{ page: "article", text: "This script is not text." }];</script>
<style>.share a { color: red; }</style>
</head>
<body class="single-article has-sidebar">
<div id="cookie-consent" class="cookie-banner"><p>${f.cookie}</p><button>OK</button></div>
<header class="site-header">
  <a class="logo" href="/">${o.site}</a>
  <nav class="main-menu"><ul>${f.nav.map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join("")}</ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/business">${f.nav[3]}</a></div>
<main id="content">
  <article class="story">
    <h1 class="story-title">${o.headline}</h1>
    ${o.byline ?? ""}
    <div class="share-bar">${f.share.map((s) => `<a href="#">${s}</a>`).join(" ")}</div>
    <figure><img src="/port.jpg" alt=""><figcaption>Photo: archive</figcaption></figure>
    <div class="story-body">
      <p>${paragraphs[0]}</p>
      <p>${paragraphs[1]}</p>
      <div class="ad-slot"><span>Advertisement</span></div>
      <h2>${o.lang === "en" ? "Next steps" : "Volgende stappen"}</h2>
      <p>${paragraphs[2]}</p>
      <p>${paragraphs[3]}</p>
    </div>
    <div class="newsletter-box"><p>${f.newsletter}</p><form><input type="email"><button>OK</button></form></div>
    <section class="related-articles"><h3>${o.lang === "en" ? "Related" : "Gerelateerd"}</h3><ul>
      ${f.related.map((r, i) => `<li><a href="/r${i}"><h4>${r}</h4></a><p>${r}</p></li>`).join("\n")}
    </ul></section>
  </article>
  <section id="comments" class="comments-area"><h3>${o.lang === "en" ? "2 comments" : "2 reacties"}</h3>
    ${f.comments.map((c) => `<div class="comment"><span class="author">reader</span><p>${c}</p></div>`).join("\n")}
  </section>
</main>
<aside class="sidebar"><h3>Most read</h3><ul>${f.related.map((r, i) => `<li><a href="/m${i}">${r}</a></li>`).join("")}</ul></aside>
<footer class="site-footer"><p>${f.footer}</p></footer>
</body>
</html>`;
}

/** Every line of text on the page that is not part of the article. */
function furnitureTexts(lang: "en" | "nl"): string[] {
  const f = furniture[lang];
  return [...f.nav.slice(1), f.cookie, ...f.share, ...f.related, f.newsletter, ...f.comments, f.footer, "Advertisement", "Most read"];
}

const text = (html: string) => htmlToDocument(html).text;
const paragraphsOf = (s: string) => s.split("\n\n");

describe("main text of a news page", () => {
  for (const lang of ["en", "nl"] as const) {
    const paragraphs = lang === "en" ? EN_PARAGRAPHS : NL_PARAGRAPHS;
    const page = newsPage({ lang, headline: lang === "en" ? "Kazakhstan and Flanders talk grain logistics" : "Vlaamse handelsmissie in Kazachstan", site: "Example News" });

    it(`${lang}: keeps every paragraph of the article, in order, a blank line between them`, () => {
      const out = paragraphsOf(text(page));
      const kept = out.filter((p) => paragraphs.includes(p));
      expect(kept).toEqual(paragraphs);
    });

    it(`${lang}: keeps the subheading between the paragraphs`, () => {
      const out = paragraphsOf(text(page));
      const sub = lang === "en" ? "Next steps" : "Volgende stappen";
      expect(out.indexOf(sub)).toBe(out.indexOf(paragraphs[1]) + 1);
    });

    it(`${lang}: leaves out navigation, cookie wall, share bar, ads, related links, newsletter, comments and footer`, () => {
      const out = text(page);
      for (const f of furnitureTexts(lang)) expect(out).not.toContain(f);
      expect(out).not.toContain("This script is not text");
      // the headline is the record's title, not a paragraph of the text
      expect(out.startsWith(paragraphs[0])).toBe(true);
    });
  }

  it("reads an article whose comments hold more text than the article itself", () => {
    const long = Array.from({ length: 12 }, (_, i) => `<div class="comment"><p>Reader ${i} writes that the new railway corridor through Kazakhstan will not change much for small exporters, because the tariffs stay high.</p></div>`).join("");
    const html = `<html><body><article><p>${EN_PARAGRAPHS[0]}</p><p>${EN_PARAGRAPHS[1]}</p></article><div id="comments">${long}</div></body></html>`;
    expect(paragraphsOf(text(html))).toEqual(EN_PARAGRAPHS.slice(0, 2));
  });

  it("prefers the element marked itemprop=articleBody", () => {
    const html = `<html><body><div itemprop="articleBody"><p>${NL_PARAGRAPHS[0]}</p><p>${NL_PARAGRAPHS[1]}</p></div><div class="teasers"><p>${NL_PARAGRAPHS[2]}…</p><p>${NL_PARAGRAPHS[3].slice(0, 60)}...</p></div></body></html>`;
    expect(paragraphsOf(text(html))).toEqual(NL_PARAGRAPHS.slice(0, 2));
  });

  it("splits paragraphs at <br><br> in old-style pages and keeps entities decoded", () => {
    const html = `<html><body><td class="text">Caf&eacute; owners in Ghent met the ambassador on Monday, the city said in a statement.<br><br>The meeting lasted two hours &amp; ended with a lunch, according to the organisers of the event.</td></body></html>`;
    const out = text(html);
    expect(out).toContain("Café owners in Ghent met the ambassador on Monday");
    expect(out).toContain("two hours & ended");
    expect(out).toMatch(/statement\.\n+The meeting/);
  });

  it("walks 10,000 nested <div>s without overflowing the stack", () => {
    const depth = 10_000;
    const html = "<div>".repeat(depth) + `<p>${EN_PARAGRAPHS[0]}</p>` + "</div>".repeat(depth);
    expect(text(html)).toBe(EN_PARAGRAPHS[0]);
  });

  it("stays linear on adversarial pages (a megabyte of tags, unclosed tags, long words)", () => {
    const pages = [
      "<p>" + "word, ".repeat(170_000) + "</p>",
      "<div><span>".repeat(100_000),
      "<div>".repeat(30_000) + "</x>".repeat(30_000),
      "<a href=x>" + "A".repeat(1_000_000),
      `<div class="${"share-".repeat(20_000)}">x</div>` + "<p>Kazakhstan signed. ".repeat(20_000),
    ];
    for (const html of pages) {
      const t0 = process.cpuUsage();
      htmlToDocument(html);
      // quadratic behaviour takes tens of seconds here; linear well under one
      expect(cpuMs(t0)).toBeLessThan(8000);
    }
  });

  it("never throws on broken markup", () => {
    for (const html of ["", "<", "</p></div>", "<html><body>", "<p>unclosed <b>bold <i>italic", "<!-- never closed", "<script>var x = '</scr' + 'ipt>';"]) {
      expect(() => htmlToDocument(html)).not.toThrow();
    }
  });
});

describe("title", () => {
  it("takes og:title, without the site name", () => {
    const page = newsPage({ lang: "en", headline: "Grain talks", site: "Example News", head: `<meta property="og:title" content="Kazakhstan and Flanders talk grain logistics - Example News"><meta property="og:site_name" content="Example News">` });
    expect(htmlToDocument(page).title).toBe("Kazakhstan and Flanders talk grain logistics");
  });

  it("takes the JSON-LD headline when there is no og:title", () => {
    const ld = { "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: "Voorbeeld Nieuws" }, { "@type": "NewsArticle", headline: "Handelsmissie landt in Almaty", datePublished: "2024-03-11T08:30:00+01:00" }] };
    const page = newsPage({ lang: "nl", headline: "Iets anders", site: "Voorbeeld Nieuws", head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` });
    const doc = htmlToDocument(page);
    expect(doc.title).toBe("Handelsmissie landt in Almaty");
    expect(doc.published).toBe("2024-03-11");
  });

  it("falls back to <h1>, then to <title> minus the site name", () => {
    expect(htmlToDocument("<html><head><title>Site</title></head><body><h1> Port of Antwerp opens rail link </h1></body></html>").title).toBe("Port of Antwerp opens rail link");
    expect(htmlToDocument("<html><head><title>Kazakh embassy opens in Brussels | Example News</title></head><body><p>x</p></body></html>").title).toBe("Kazakh embassy opens in Brussels");
    expect(withoutSiteName("De Standaard - Vlaamse bedrijven trekken naar Kazachstan", "De Standaard", null)).toBe("Vlaamse bedrijven trekken naar Kazachstan");
  });

  it("ignores broken JSON-LD", () => {
    const page = newsPage({ lang: "en", headline: "Grain talks in Astana", site: "Example News", head: `<script type="application/ld+json">{ "headline": "broken", </script>` });
    expect(htmlToDocument(page).title).toBe("Grain talks in Astana");
  });
});

describe("publication date", () => {
  const page = (head: string, byline = "") => newsPage({ lang: "en", headline: "Grain talks", site: "Example News", head, byline });

  it("reads article:published_time, itemprop datePublished and <time pubdate>", () => {
    expect(htmlToDocument(page(`<meta property="article:published_time" content="2024-03-14T09:00:00Z">`)).published).toBe("2024-03-14");
    expect(htmlToDocument(page("", `<meta itemprop="datePublished" content="2023-12-01">`)).published).toBe("2023-12-01");
    expect(htmlToDocument(page("", `<time pubdate datetime="2022-06-30T10:00">30 June</time>`)).published).toBe("2022-06-30");
    expect(htmlToDocument(page("", `<p class="meta"><time datetime="2021-02-03">3 Feb</time></p>`)).published).toBe("2021-02-03");
  });

  it("reads RFC 2822 dates in JSON-LD", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Mon, 18 Nov 2019 16:07:38 -0600"}</script>`;
    expect(htmlToDocument(page(ld)).published).toBe("2019-11-18");
  });

  it("reads a date written in the byline, in English and in Dutch", () => {
    expect(htmlToDocument(page("", `<div class="byline">By A. Reporter · Updated March 14, 2024 at 9:00</div>`)).published).toBe("2024-03-14");
    const nl = newsPage({ lang: "nl", headline: "Missie", site: "Voorbeeld", byline: `<span class="datum">Gepubliceerd op 11 maart 2024 om 08.30 uur</span>` });
    expect(htmlToDocument(nl).published).toBe("2024-03-11");
    expect(htmlToDocument(page("", `<span class="post-date">14.03.2024</span>`)).published).toBe("2024-03-14");
  });

  it("knows written dates and rejects impossible ones", () => {
    expect(writtenDate("Nov. 19th, 2019")).toBe("2019-11-19");
    expect(writtenDate("dinsdag 19 november 2019")).toBe("2019-11-19");
    expect(writtenDate("11/19/2019")).toBe("2019-11-19");
    expect(writtenDate("31 februari 2024")).toBeNull();
    expect(writtenDate("page 12 of 40")).toBeNull();
    expect(dayOf("20240314")).toBe("2024-03-14");
    expect(dayOf("not a date")).toBeNull();
  });

  it("is null when the page gives none", () => {
    expect(htmlToDocument("<html><body><p>No date here, only text about Astana and Antwerp.</p></body></html>").published).toBeNull();
  });
});

describe("language", () => {
  it("passes <html lang> through and confirms it with franc", () => {
    const doc = htmlToDocument(newsPage({ lang: "nl", headline: "Missie", site: "Voorbeeld" }));
    expect(doc.lang).toBe("nl");
    expect(doc.language).toBe("nl");
    expect(doc.warnings).toEqual([]);
  });

  it("trusts the text over a template's wrong lang attribute, with a warning", () => {
    const doc = htmlToDocument(newsPage({ lang: "nl", headline: "Missie", site: "Voorbeeld", htmlLang: "en-US" }));
    expect(doc.language).toBe("nl");
    expect(doc.warnings.join()).toMatch(/declares lang="en"/);
  });

  it("uses the declaration when the text is too short for franc", () => {
    expect(checkDeclaredLanguage("nl", "Astana, 3 mei")).toEqual({ lang: "nl" });
    expect(checkDeclaredLanguage(null, "Astana, 3 mei")).toEqual({ lang: undefined });
  });
});

describe("HTML through the CLI", () => {
  it("reads .html files and --input-format html, with title, date, language and only the article text", async () => {
    const dir = tmpDir();
    const html = newsPage({ lang: "nl", headline: "Vlaamse handelsmissie in Kazachstan", site: "Voorbeeld Nieuws", head: `<meta property="article:published_time" content="2024-03-11T08:30:00+01:00">` });
    fs.writeFileSync(path.join(dir, "missie.html"), html);
    fs.writeFileSync(path.join(dir, "missie.txt"), html);
    const r = await runCli(["extract", "--include-text", path.join(dir, "missie.html")]);
    const rec = JSON.parse(r.stdout);
    expect(rec.source.format).toBe("html");
    expect(rec.title).toBe("Vlaamse handelsmissie in Kazachstan");
    expect(rec.published).toBe("2024-03-11");
    expect(rec.language).toBe("nl");
    expect(rec.text).toContain(NL_PARAGRAPHS[2]);
    expect(rec.text).not.toContain("cookie");
    const forced = await runCli(["extract", "--input-format", "html", path.join(dir, "missie.txt")]);
    expect(JSON.parse(forced.stdout).title).toBe("Vlaamse handelsmissie in Kazachstan");
    // by content: a .txt file starting with <!DOCTYPE html> is HTML too
    const sniffed = await runCli(["extract", path.join(dir, "missie.txt")]);
    expect(JSON.parse(sniffed.stdout).source.format).toBe("html");
  });
});
