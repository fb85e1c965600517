// Opens concord HTML reports in headless Chromium: no console errors, no network
// requests, document text never runs as markup, the overview is drawn, a filter click
// changes the totals, and opening an article renders its details and computes a diff.
// Reports whose name starts with "large-" must also be interactive within
// $LOAD_BUDGET_MS (default 2000). Screenshots go to the output directory.
//
//   node check.mjs OUT_DIR REPORT.html...
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const [, , outDir, ...reports] = process.argv;
const budget = Number(process.env.LOAD_BUDGET_MS || 2000);
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
const num = async (page, sel) => Number(await page.locator(sel).textContent());
fs.mkdirSync(outDir, { recursive: true });
try {
  for (const report of reports) {
    const name = path.basename(report, ".html");
    const large = name.startsWith("large-");
    const page = await browser.newPage();
    const errors = [];
    const requests = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("dialog", (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
    page.on("request", (r) => { if (!r.url().startsWith("file:")) requests.push(r.url()); });
    // Interactive: the page has loaded and its script has drawn the overview (the
    // script runs before `load`; the count line is its last write).
    const t0 = Date.now();
    await page.goto("file://" + path.resolve(report), { waitUntil: "load", timeout: 120000 });
    await page.waitForFunction(() => document.getElementById("fcount").textContent !== "", null, { timeout: 120000 });
    const loadMs = Date.now() - t0;
    const bytes = fs.statSync(report).size;
    console.log(`${name}: ${(bytes / 1e6).toFixed(2)} MB, interactive in ${loadMs} ms`);
    if (large && loadMs > budget) fail(`${name}: interactive in ${loadMs} ms, over ${budget} ms`);
    if (errors.length) fail(`${name}: console errors: ${errors.join(" | ")}`);
    if (requests.length) fail(`${name}: network requests: ${requests.join(" ")}`);
    if (await page.locator("script:not([type='application/json'])").count() !== 1) fail(`${name}: expected exactly one executable <script>`);
    if (await page.locator("img").count() !== 0) fail(`${name}: document text became an <img>`);
    await page.screenshot({ path: path.join(outDir, `${name}-overview.png`) });
    const rows = await page.locator("tr.arow").count();
    const errorsBefore = await num(page, "#nerror");
    const warningsBefore = await num(page, "#nwarning");
    if (rows === 0) {
      if (errorsBefore + warningsBefore > 0 && await page.locator("#others tr").count() === 0) {
        fail(`${name}: findings but no article rows`);
      }
      console.log(`${name}: ok (no articles with warnings or errors)`);
      await page.close();
      continue;
    }
    // Articles are ranked: errors never increase down the list.
    const ranks = await page.locator("tr.arow").evaluateAll((els) => els.map((e) => +e.querySelector("td.cnt").textContent));
    if (ranks.some((v, i) => i > 0 && v > ranks[i - 1])) fail(`${name}: articles not ranked by errors`);
    // A filter click: untick the most severe level present; the totals follow.
    const drop = errorsBefore > 0 ? "error" : "warning";
    const t1 = Date.now();
    await page.click(`input.fsev[value=${drop}]`);
    const clickMs = Date.now() - t1;
    const after = await num(page, drop === "error" ? "#nerror" : "#nwarning");
    if (after !== 0) fail(`${name}: after unticking ${drop}, its total is ${after}`);
    const totalCell = await page.locator("#totals tbody tr:not(.zero)").count();
    console.log(`${name}: filter click (${drop} off) in ${clickMs} ms: ${drop}s ${drop === "error" ? errorsBefore : warningsBefore} -> ${after}, ${totalCell} check row(s) left, ${await page.locator("tr.arow").count()} article row(s)`);
    await page.click(`input.fsev[value=${drop}]`);
    if (await num(page, "#nerror") !== errorsBefore || await num(page, "#nwarning") !== warningsBefore) fail(`${name}: totals not restored`);
    // The search box narrows the articles.
    await page.fill("#fsearch", "zz-no-such-text-zz");
    if (await page.locator("tr.arow").count() !== 0) fail(`${name}: search did not hide articles`);
    await page.fill("#fsearch", "");
    if (await page.locator("tr.arow").count() !== rows) fail(`${name}: clearing the search did not restore articles`);
    // The locale filter: totals of the other locales drop to 0.
    const locales = await page.locator("#flocale option").evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
    if (locales.length > 1) {
      await page.selectOption("#flocale", locales[0]);
      const others = await page.locator(`#bylocale tbody tr:not([data-locale="${locales[0]}"]):not(.zero)`).count();
      if (others !== 0) fail(`${name}: locale filter left ${others} other locale(s) counted`);
      await page.selectOption("#flocale", "");
    }
    // Open the first article that has details, from its "where" cell.
    const withText = await page.evaluate(() => {
      const d = JSON.parse(document.getElementById("data").textContent);
      const rows = [...document.querySelectorAll("tr.arow")];
      return rows.findIndex((r) => d.arts[+r.dataset.i].d);
    });
    const t2 = Date.now();
    const row = page.locator("tr.arow").nth(withText < 0 ? 0 : withText);
    await row.locator("td.path a").click();
    await page.waitForSelector("td.detail table.findings tr.finding");
    const openMs = Date.now() - t2;
    const detailRows = await page.locator("td.detail tr.finding").count();
    if (detailRows === 0) fail(`${name}: the opened article shows no findings`);
    if (withText >= 0) {
      const blocks = await page.locator("td.detail table.sbs td.b").count();
      const diffs = await page.locator("td.detail .sdiff").count();
      const none = await page.locator("td.detail .diffbox p.none").count();
      if (blocks === 0) fail(`${name}: the opened article shows no text side by side`);
      if (diffs === 0 && none === 0) fail(`${name}: no diff computed for the opened article`);
      console.log(`${name}: opened an article in ${openMs} ms: ${detailRows} finding(s), ${blocks} block(s), ${diffs} section diff(s)`);
      // The where links of the details jump to the block.
      await page.locator("td.detail table.findings td.path a").first().click();
      // A model contradiction: its where link shows its block, the sentence and the
      // claim chip marked.
      const mc = page.locator("td.detail tr.finding", { has: page.locator(".mcb") });
      if (await mc.count()) {
        await mc.first().locator("td.path a").click();
        if (await page.locator("td.detail mark.claim.bad").count() === 0) fail(`${name}: the contradicting sentence is not marked`);
        if (await page.locator("td.detail .chip.bad").count() === 0) fail(`${name}: the contradicting claim chip is not marked`);
        if (await page.locator("td.detail td.b.hit-error").count() === 0) fail(`${name}: the contradicting block is not flagged`);
      }
    } else {
      console.log(`${name}: opened an article in ${openMs} ms (no text in the report)`);
    }
    if (errors.length) fail(`${name}: console errors after interaction: ${errors.join(" | ")}`);
    await page.screenshot({ path: path.join(outDir, `${name}-article.png`) });
    console.log(`${name}: ok (${rows} article row(s))`);
    await page.close();
  }
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
