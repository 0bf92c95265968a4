// `npm run bench`: prints performance figures, measured in one run. Each section
// is one module exporting `run(): Promise<void>` that prints its own lines.
const SECTIONS: string[] = [
  // "./throughput.js", "./html.js", ... (one line per section)
  "./html.js",
  "./throughput.js",
];

for (const section of SECTIONS) {
  const mod = (await import(section)) as { run(): Promise<void> };
  await mod.run();
}
if (!SECTIONS.length) console.log("no benchmark sections yet");
