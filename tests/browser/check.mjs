// Opens concord HTML reports in headless Chromium: no console errors, no network
// requests, filters hide rows, document text never runs as markup. Screenshots go to
// $OUT (default: target/browser).
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const [, , outDir, ...reports] = process.argv;
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "concord-chromium-"));
// A fresh --user-data-dir: playwright passes it for a persistent context.
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1400, height: 1000 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = 0;
const fail = (msg) => { failed++; console.error(`FAIL ${msg}`); };
try {
  for (const report of reports) {
    const name = path.basename(report, ".html");
    const page = await browser.newPage();
    const errors = [];
    const requests = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("dialog", (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
    page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
    await page.goto("file://" + path.resolve(report));
    await page.waitForTimeout(300);
    if (errors.length) fail(`${name}: console errors: ${errors.join(" | ")}`);
    if (requests.length) fail(`${name}: network requests: ${requests.join(" ")}`);
    if (await page.locator("script").count() !== 1) fail(`${name}: expected exactly one <script>`);
    if (await page.locator("img").count() !== 0) fail(`${name}: document text became an <img>`);
    const visible = (sel) => page.locator(sel).evaluateAll((els) => els.filter((e) => e.offsetParent !== null).length);
    const total = await page.locator("tr.finding").count();
    const before = await visible("tr.finding");
    if (before !== total) fail(`${name}: ${before} of ${total} finding rows visible before filtering`);
    // Click a filter: untick every severity but the worst present; rows of the others hide.
    const sevs = await page.locator("tr.finding").evaluateAll((els) => [...new Set(els.map((e) => e.dataset.sev))]);
    if (sevs.length) {
      const keep = ["error", "warning", "info"].find((s) => sevs.includes(s));
      for (const s of ["error", "warning", "info"]) {
        if (s !== keep) await page.click(`input.fsev[value=${s}]`);
      }
      const after = await visible("tr.finding");
      const expected = await page.locator(`tr.finding[data-sev=${keep}]`).count();
      if (after !== expected) fail(`${name}: after keeping only ${keep}, ${after} rows visible, expected ${expected}`);
      if (await visible(`tr.finding:not([data-sev=${keep}])`) !== 0) fail(`${name}: filtered-out rows still visible`);
      console.log(`${name}: severity filter (${keep} only): ${before} -> ${after} finding rows`);
      fs.mkdirSync(outDir, { recursive: true });
      await page.locator("table.findings").first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(outDir, `${name}-filtered.png`) });
      for (const s of ["error", "warning", "info"]) {
        if (s !== keep) await page.click(`input.fsev[value=${s}]`);
      }
    }
    // The search box hides articles that do not contain the text.
    const articles = await page.locator("section.article").count();
    await page.fill("#fsearch", "zz-no-such-text-zz");
    if (await visible("section.article") !== 0) fail(`${name}: search did not hide articles`);
    if (await visible("tr.arow") !== 0) fail(`${name}: search did not hide matrix rows`);
    await page.fill("#fsearch", "");
    if (await visible("section.article") !== articles) fail(`${name}: clearing the search did not restore articles`);
    // The locale filter hides other locales' columns.
    const locales = await page.locator("#flocale option").evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
    if (locales.length > 1) {
      await page.selectOption("#flocale", locales[0]);
      if (await visible(`table.matrix th[data-locale="${locales[1]}"]`) !== 0) fail(`${name}: locale filter left other columns`);
      await page.selectOption("#flocale", "");
    }
    if (errors.length) fail(`${name}: console errors after interaction: ${errors.join(" | ")}`);
    fs.mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: false });
    // A second shot scrolled to the first article's side-by-side table.
    const sbs = page.locator("table.sbs").first();
    if (await sbs.count()) {
      await sbs.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(outDir, `${name}-article.png`) });
    }
    console.log(`${name}: ok (${total} findings, ${articles} articles)`);
    await page.close();
  }
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
