// concord's report page: the overview from the JSON in #data, the details of an article
// from #d<N> when it is opened. Document text only ever reaches the page as text nodes.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("data").textContent);
  var SEV = ["info", "warning", "error"];
  var PAGE = 200; // article rows added at a time
  // A finding: [sev, code, locale, path, line, message, help, claim, related]
  var codes = data.codes, locales = data.locales;
  data.arts.forEach(function (a, i) { a.i = i; });
  // The root is shown only when the run had more than one.
  var manyRoots = data.arts.some(function (a) { return a.r !== data.arts[0].r; });
  var opened = {};     // article index -> true
  var details = {};    // article index -> parsed details
  var shown = PAGE;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var k = 1; k < arguments.length; k++) {
      var c = arguments[k];
      if (c === null || c === undefined) continue;
      parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return parent;
  }
  function $(id) { return document.getElementById(id); }

  function state() {
    var sevs = {};
    Array.prototype.forEach.call(document.querySelectorAll(".fsev"), function (c) { sevs[c.value] = c.checked; });
    var code = $("fcode").value, locale = $("flocale").value;
    return { sevs: sevs, code: code === "" ? -1 : +code, locale: locale === "" ? -1 : +locale,
      q: $("fsearch").value.trim().toLowerCase() };
  }
  function keep(f, s) {
    return s.sevs[SEV[f[0]]] && (s.code < 0 || f[1] === s.code) && (s.locale < 0 || f[2] === s.locale);
  }
  function haystack(a) {
    if (a.hay === undefined) {
      var parts = [a.k, a.r];
      a.f.forEach(function (f) { parts.push(f[3], f[5], codes[f[1]][0], codes[f[1]][1]); });
      a.hay = parts.join("\n").toLowerCase();
    }
    return a.hay;
  }

  // ---- overview ---------------------------------------------------------------------
  var ranked = [];
  function apply() {
    var s = state();
    var bySev = [0, 0, 0];
    var byCode = codes.map(function () { return [0, 0, 0]; });
    var byLoc = locales.map(function () { return [0, 0, 0]; });
    function count(f) {
      bySev[f[0]]++; byCode[f[1]][f[0]]++;
      if (f[2] >= 0) byLoc[f[2]][f[0]]++;
    }
    ranked = [];
    data.arts.forEach(function (a) {
      if (s.q && haystack(a).indexOf(s.q) < 0) return;
      var e = 0, w = 0, first = null;
      a.f.forEach(function (f) {
        if (!keep(f, s)) return;
        count(f);
        if (f[0] === 2) e++; else w++;
        if (!first || f[0] > first[0]) first = f;
      });
      if (e + w) ranked.push({ a: a, e: e, w: w, first: first });
    });
    var others = $("others");
    others.textContent = "";
    data.other.forEach(function (f) {
      if (!keep(f, s)) return;
      if (s.q && (f[3] + "\n" + f[5]).toLowerCase().indexOf(s.q) < 0) return;
      count(f);
      others.appendChild(findingRow(f, null));
    });
    $("other").hidden = !others.firstChild;
    // Infos are counted per check and locale only; a text search has none to match.
    if (s.sevs.info && !s.q) {
      data.infos.forEach(function (x) {
        if ((s.code < 0 || x[0] === s.code) && (s.locale < 0 || x[1] === s.locale)) {
          bySev[0] += x[2]; byCode[x[0]][0] += x[2];
          if (x[1] >= 0) byLoc[x[1]][0] += x[2];
        }
      });
    }
    ranked.sort(function (x, y) { return y.e - x.e || y.w - x.w || x.a.i - y.a.i; });
    $("nerror").textContent = bySev[2];
    $("nwarning").textContent = bySev[1];
    $("ninfo").textContent = bySev[0];
    var narrowed = !s.sevs.error || !s.sevs.warning || !s.sevs.info || s.code >= 0 || s.locale >= 0 || s.q;
    $("nshown").textContent = narrowed ? "(filtered)" : "";
    $("fcount").textContent = ranked.length + " of " + data.arts.length + " article(s), " +
      (bySev[2] + bySev[1]) + " warning(s) and error(s) shown";
    totals(document.querySelectorAll("#totals tbody tr"), byCode, 3);
    totals(document.querySelectorAll("#bylocale tbody tr"), byLoc, 1);
    drawArticles();
  }
  function totals(rows, counts, at) {
    Array.prototype.forEach.call(rows, function (row, i) {
      var c = counts[i] || [0, 0, 0], cells = row.cells, n = c[0] + c[1] + c[2];
      cells[at].textContent = n;
      cells[at + 1].textContent = c[2]; cells[at + 2].textContent = c[1]; cells[at + 3].textContent = c[0];
      row.classList.toggle("zero", n === 0);
    });
  }
  function tags(list, names, cls) {
    var td = el("td");
    list.forEach(function (x) {
      var t = el("span", "tag" + (x.e ? " error" : ""), names(x.k) + " " + x.n);
      add(td, t, " ");
    });
    return td;
  }
  function groupBy(fs, key) {
    var m = {}, out = [];
    fs.forEach(function (f) {
      var k = key(f);
      if (k < 0) return;
      if (!m[k]) { m[k] = { k: k, n: 0, e: 0 }; out.push(m[k]); }
      m[k].n++; if (f[0] === 2) m[k].e++;
    });
    out.sort(function (x, y) { return y.e - x.e || y.n - x.n || x.k - y.k; });
    return out;
  }
  function drawArticles() {
    var s = state();
    var body = $("arts");
    body.textContent = "";
    ranked.slice(0, shown).forEach(function (r, n) {
      var a = r.a, fs = a.f.filter(function (f) { return keep(f, s); });
      var tr = el("tr", "arow");
      tr.dataset.i = a.i;
      var link = el("a", null, a.k);
      link.href = "#a" + a.i;
      link.addEventListener("click", function (ev) { ev.preventDefault(); toggle(a.i); });
      var where = el("a", null, r.first[3] + ":" + r.first[4]);
      where.href = "#a" + a.i;
      where.addEventListener("click", function (ev) { ev.preventDefault(); open(a.i, r.first); });
      var key = add(el("th", "key"), link);
      if (manyRoots && a.r) add(key, " ", el("span", "path", a.r));
      add(tr, el("td", "n", n + 1), key,
        el("td", "cnt" + (r.e ? " error" : ""), r.e), el("td", "cnt" + (r.w ? " warning" : ""), r.w),
        tags(groupBy(fs, function (f) { return f[1]; }), function (k) { return codes[k][0]; }),
        tags(groupBy(fs, function (f) { return f[2]; }), function (k) { return locales[k]; }),
        add(el("td", "path"), where));
      body.appendChild(tr);
      if (opened[a.i]) {
        tr.classList.add("open");
        body.appendChild(detailRow(a));
      }
    });
    var more = $("artsmore");
    more.textContent = "";
    if (ranked.length > shown) {
      var b = el("button", "more", "show " + Math.min(PAGE, ranked.length - shown) + " more of " + (ranked.length - shown));
      b.addEventListener("click", function () { shown += PAGE; drawArticles(); });
      more.appendChild(b);
    }
  }
  function rowOf(i) { return document.querySelector('tr.arow[data-i="' + i + '"]'); }
  function toggle(i) {
    if (opened[i]) { delete opened[i]; drawArticles(); return; }
    open(i, null);
  }
  function open(i, finding) {
    opened[i] = true;
    // Make sure the row is drawn even when the article ranks past the rows shown.
    var pos = ranked.findIndex(function (r) { return r.a.i === i; });
    if (pos >= shown) shown = pos + 1;
    drawArticles();
    var row = rowOf(i);
    if (row) {
      if (history.replaceState) history.replaceState(null, "", "#a" + i);
      if (finding) jump(i, finding); else row.scrollIntoView({ block: "start" });
    }
  }

  // ---- details ----------------------------------------------------------------------
  function detailsOf(a) {
    if (!a.d) return null;
    if (!details[a.i]) details[a.i] = JSON.parse($("d" + a.i).textContent);
    return details[a.i];
  }
  function findingRow(f, jumpTo) {
    var sev = SEV[f[0]], code = codes[f[1]];
    var tr = el("tr", "finding " + sev);
    tr.dataset.sev = sev;
    var c = el("td", null, code[0]);
    c.title = code[1];
    if (code[2] === "model-contradiction") add(c, " ", el("span", "mcb", "MODEL CONTRADICTION"));
    var where = el("td", "path");
    if (jumpTo) {
      var a = el("a", null, f[3] + ":" + f[4]);
      a.href = "#";
      a.addEventListener("click", function (ev) { ev.preventDefault(); jumpTo(f); });
      where.appendChild(a);
    } else where.textContent = f[3] + ":" + f[4];
    var msg = el("td", null, f[5]);
    if (f[7]) add(msg, " ", el("code", null, f[7]));
    (f[8] || []).forEach(function (r) {
      add(msg, el("div", "related", "= " + (r[2] >= 0 ? locales[r[2]] : "-") + " " + r[0] + ":" + r[1] + ": " + r[3]));
    });
    if (f[6]) add(msg, el("div", "help", "help: " + f[6]));
    return add(tr, add(el("td"), el("span", "sev " + sev, sev)), c,
      el("td", null, f[2] >= 0 ? locales[f[2]] : "-"), where, msg);
  }
  function detailRow(a) {
    var tr = el("tr", "detailrow");
    var td = el("td", "detail");
    td.colSpan = 7;
    td.id = "a" + a.i;
    tr.appendChild(td);
    buildDetail(a, td);
    return tr;
  }
  // The pair of documents shown side by side, per article.
  var pairs = {};
  function buildDetail(a, td) {
    var s = state();
    var d = detailsOf(a);
    var fs = a.f.filter(function (f) { return keep(f, s); });
    add(td, el("h3", null, a.k));
    if (d) {
      var ul = el("ul", "docs");
      d.docs.forEach(function (doc, k) {
        add(ul, add(el("li"), el("b", null, doc.l), " ", el("span", "path", doc.p), " ",
          el("span", "rev", k === d.ref ? "(reference)" : doc.r ? "rev " + doc.r : "")));
      });
      td.appendChild(ul);
    }
    var table = el("table", "findings");
    add(table, add(el("thead"), add(el("tr"), el("th", null, "severity"), el("th", null, "code"),
      el("th", null, "locale"), el("th", null, "where"), el("th", null, "message"))));
    var tbody = el("tbody");
    fs.forEach(function (f) { tbody.appendChild(findingRow(f, function (g) { jump(a.i, g); })); });
    table.appendChild(tbody);
    td.appendChild(table);
    if (!d) { add(td, el("p", "none", "No text of this article is in the report (the page keeps the text of the most severe articles up to a size limit).")); return; }
    if (!d.secs.length) { add(td, el("p", "none", "The findings point at no section.")); return; }
    var shownDocs = [];
    d.docs.forEach(function (doc, k) {
      if (d.secs.some(function (sec) { return sec.s[k] === 1 || sec.s[k] === 2; })) shownDocs.push(k);
    });
    if (!pairs[a.i]) {
      var other = -1;
      fs.forEach(function (f) {
        var k = docIndex(d, f[3]);
        if (other < 0 && k >= 0 && k !== d.ref && shownDocs.indexOf(k) >= 0) other = k;
      });
      if (other < 0) other = shownDocs.filter(function (k) { return k !== d.ref; })[0];
      pairs[a.i] = [d.ref, other === undefined ? d.ref : other];
    }
    var pair = pairs[a.i];
    var pick = el("div", "pick");
    var selects = [0, 1].map(function (side) {
      var sel = el("select", "p" + side);
      d.docs.forEach(function (doc, k) {
        var o = el("option", null, doc.l + (shownDocs.indexOf(k) < 0 ? " (not in the report)" : ""));
        o.value = k;
        if (k === pair[side]) o.selected = true;
        sel.appendChild(o);
      });
      sel.addEventListener("change", function () {
        pair[side] = +sel.value;
        td.textContent = "";
        buildDetail(a, td);
      });
      return sel;
    });
    add(pick, el("b", null, "Side by side"), add(el("label"), "locale A ", selects[0]),
      add(el("label"), "locale B ", selects[1]));
    if (d.more) add(pick, el("span", "none", d.more + " more section(s) with findings are not in the report"));
    td.appendChild(pick);
    td.appendChild(sideBySide(a, d, fs, pair));
    td.appendChild(diffs(d, pair));
  }
  function docIndex(d, path) {
    for (var k = 0; k < d.docs.length; k++) if (d.docs[k].p === path) return k;
    return -1;
  }
  function blockId(i, k, line) { return "b" + i + "-" + k + "-" + line; }
  function sideBySide(a, d, fs, chosen) {
    // One column when both sides are the same document.
    var pair = chosen[0] === chosen[1] ? [chosen[0]] : chosen;
    var at = {}; // "doc:line" -> findings
    fs.forEach(function (f) {
      var k = docIndex(d, f[3]);
      if (k >= 0) (at[k + ":" + f[4]] = at[k + ":" + f[4]] || []).push(f);
    });
    var wrap = el("div", "sbs-wrap");
    var t = el("table", "sbs");
    var hr = el("tr");
    pair.forEach(function (k) { hr.appendChild(el("th", "col", d.docs[k].l)); });
    add(t, add(el("thead"), hr));
    var body = el("tbody");
    d.secs.forEach(function (sec) {
      var head = el("tr", "sec");
      var th = el("th", null, (sec.a ? "#".repeat(sec.lv) + " " : "") + (headingOf(sec, pair) || "(preamble)"));
      th.colSpan = pair.length;
      if (sec.a) add(th, el("span", "anchor", "#" + sec.a));
      body.appendChild(add(head, th));
      var hrow = el("tr");
      pair.forEach(function (k) {
        var h = sec.h[k], c = cellOf(sec, k);
        if (c) { hrow.appendChild(c); return; }
        var cell = el("td", "b heading");
        if (h) {
          cell.id = blockId(a.i, k, h[0]);
          add(cell, el("span", "ln", h[0]), el("b", null, h[1]));
          inline(cell, at[k + ":" + h[0]]);
        }
        hrow.appendChild(cell);
      });
      body.appendChild(hrow);
      // A side whose text is not here leaves its cells blank (its heading cell says why).
      sec.rows.forEach(function (row) {
        if (!pair.some(function (k) { return row[k]; })) return;
        var tr = el("tr", "blk");
        pair.forEach(function (k) {
          var b = row[k];
          if (!b) { tr.appendChild(el("td", sec.s[k] === 1 || sec.s[k] === 2 ? "gap" : "omitted")); return; }
          var hits = at[k + ":" + b.n];
          var worst = hits ? Math.max.apply(null, hits.map(function (f) { return f[0]; })) : -1;
          var cell = el("td", "b " + b.k + (worst === 2 ? " hit-error" : worst === 1 ? " hit-warning" : ""));
          cell.id = blockId(a.i, k, b.n);
          add(cell, el("span", "ln", b.n));
          if (b.b) add(cell, el("span", "label", b.b));
          highlight(cell, b.t, b.c || [], hits || []);
          inline(cell, hits);
          tr.appendChild(cell);
        });
        body.appendChild(tr);
      });
      var cut = pair.filter(function (k) { return sec.s[k] === 2; });
      if (cut.length) {
        var tr = el("tr");
        pair.forEach(function (k) { tr.appendChild(el("td", "cut", sec.s[k] === 2 ? "… (more in the file)" : "")); });
        body.appendChild(tr);
      }
    });
    t.appendChild(body);
    wrap.appendChild(t);
    return wrap;
  }
  function headingOf(sec, pair) {
    var h = sec.h[pair[0]] || sec.h[pair[pair.length - 1]] || sec.h.filter(Boolean)[0];
    return h ? h[1] : sec.a;
  }
  // A cell for a document whose text of this section is not shown, or null.
  function cellOf(sec, k) {
    if (sec.s[k] === 3) return el("td", "missing", "missing: this locale has no such section");
    if (sec.s[k] === 0) return el("td", "omitted", "not in the report (no finding points here)");
    return null;
  }
  function inline(cell, fs) {
    (fs || []).forEach(function (f) {
      var code = codes[f[1]];
      var box = el("div", "ifind " + SEV[f[0]]);
      if (code[2] === "model-contradiction") add(box, el("span", "mcb", "MODEL CONTRADICTION"), " ");
      add(box, el("b", null, code[0]), " " + f[5]);
      cell.appendChild(box);
    });
  }
  // The block text with each claim's sentence marked, then a chip per claim.
  function highlight(cell, text, claims, hits) {
    var bad = {};
    hits.forEach(function (f) { if (codes[f[1]][2] === "model-contradiction" && f[7]) bad[f[7]] = true; });
    var spans = [], loose = [];
    claims.forEach(function (c) {
      // c: [id, polarity, value, start, end] (UTF-16 offsets into the text, -1: not found)
      var at = c[3], end = c[4];
      if (at < 0 || end > text.length) { loose.push(c); return; }
      var same = spans.filter(function (s) { return s.a === at && s.b === end; })[0];
      if (same) same.c.push(c);
      else if (spans.some(function (s) { return at < s.b && s.a < end; })) loose.push(c);
      else spans.push({ a: at, b: end, c: [c] });
    });
    spans.sort(function (x, y) { return x.a - y.a; });
    function chip(c) {
      var ch = el("span", "chip " + c[1] + (bad[c[0]] ? " bad" : ""),
        (c[1] === "negated" ? "¬" : "") + c[0] + (c[2] ? "=" + c[2] : ""));
      ch.title = "claim " + c[0] + " (" + c[1] + ")";
      return ch;
    }
    var pos = 0;
    spans.forEach(function (s) {
      add(cell, text.slice(pos, s.a));
      add(cell, el("mark", "claim" + (s.c.some(function (c) { return bad[c[0]]; }) ? " bad" : ""), text.slice(s.a, s.b)));
      s.c.forEach(function (c) { cell.appendChild(chip(c)); });
      pos = s.b;
    });
    add(cell, text.slice(pos));
    loose.forEach(function (c) { add(cell, " ", chip(c)); });
  }
  function jump(i, f) {
    var a = data.arts[i], d = detailsOf(a);
    if (!opened[i]) { open(i, f); return; }
    if (!d) return;
    var k = docIndex(d, f[3]), pair = pairs[i];
    if (k >= 0 && pair && pair.indexOf(k) < 0) {
      pair[k === d.ref ? 0 : 1] = k;
      drawArticles();
    }
    var target = $(blockId(i, k, f[4])) || $("a" + i);
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.classList.add("flash");
      setTimeout(function () { target.classList.remove("flash"); }, 1500);
    }
  }

  // ---- diffs, computed when an article is opened ------------------------------------
  var MAX_TOKENS = 1500; // per side: the table is MAX_TOKENS^2 at most
  function tokens(text) { return text.match(/[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.,:\/-]*|[^\s]/gu) || []; }
  function sectionText(sec, k) {
    var parts = [];
    if (sec.h[k]) parts.push(sec.h[k][1]);
    sec.rows.forEach(function (row) { if (row[k]) parts.push(row[k].t); });
    return parts.join("\n");
  }
  // A word-level diff (longest common subsequence): [op, token] with op -1, 0, 1.
  function diff(x, y) {
    var n = x.length, m = y.length, w = m + 1;
    var t = new Uint16Array((n + 1) * w);
    for (var i = n - 1; i >= 0; i--) {
      for (var j = m - 1; j >= 0; j--) {
        t[i * w + j] = x[i] === y[j] ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
      }
    }
    var out = [];
    i = 0; j = 0;
    while (i < n && j < m) {
      if (x[i] === y[j]) { out.push([0, x[i]]); i++; j++; }
      else if (t[(i + 1) * w + j] >= t[i * w + j + 1]) out.push([-1, x[i++]]);
      else out.push([1, y[j++]]);
    }
    while (i < n) out.push([-1, x[i++]]);
    while (j < m) out.push([1, y[j++]]);
    return out;
  }
  function diffs(d, pair) {
    var box = el("div", "diffs");
    var h = el("h4", null, "Diff " + d.docs[pair[0]].l + " → " + d.docs[pair[1]].l +
      " (words; numbers, links and code should match across languages)");
    var outer = add(el("div", "diffbox"), h, box);
    if (pair[0] === pair[1]) { add(box, el("p", "none", "Pick two different locales.")); return outer; }
    d.secs.forEach(function (sec) {
      if (!(sec.s[pair[0]] === 1 || sec.s[pair[0]] === 2) || !(sec.s[pair[1]] === 1 || sec.s[pair[1]] === 2)) return;
      var x = tokens(sectionText(sec, pair[0])).slice(0, MAX_TOKENS);
      var y = tokens(sectionText(sec, pair[1])).slice(0, MAX_TOKENS);
      var ops = diff(x, y), del = 0, ins = 0, same = 0;
      var pre = el("pre", "diff");
      ops.forEach(function (o) {
        if (o[0] === 0) { same++; add(pre, o[1] + " "); }
        else if (o[0] < 0) { del++; add(pre, el("del", null, o[1]), " "); }
        else { ins++; add(pre, el("ins", null, o[1]), " "); }
      });
      var claimsA = claimSet(sec, pair[0]), claimsB = claimSet(sec, pair[1]);
      var onlyA = claimsA.filter(function (c) { return claimsB.indexOf(c) < 0; });
      var onlyB = claimsB.filter(function (c) { return claimsA.indexOf(c) < 0; });
      var part = add(el("div", "sdiff"), el("h5", null, (sec.a ? "#" + sec.a : "(preamble)")),
        el("p", "dsum", del + " only in A, " + ins + " only in B, " + same + " the same"), pre);
      if (onlyA.length || onlyB.length) {
        add(part, el("p", "dsum", "claims only in A: " + (onlyA.join(", ") || "none") +
          "; only in B: " + (onlyB.join(", ") || "none")));
      }
      box.appendChild(part);
    });
    if (!box.firstChild) add(box, el("p", "none", "No section has the text of both locales in the report."));
    return outer;
  }
  function claimSet(sec, k) {
    var out = [];
    sec.rows.forEach(function (row) {
      ((row[k] && row[k].c) || []).forEach(function (c) {
        var s = c[0] + " " + c[1] + (c[2] ? " = " + c[2] : "");
        if (out.indexOf(s) < 0) out.push(s);
      });
    });
    return out.sort();
  }

  Array.prototype.forEach.call(document.querySelectorAll(".fsev"), function (c) { c.addEventListener("change", apply); });
  $("fcode").addEventListener("change", apply);
  $("flocale").addEventListener("change", apply);
  $("fsearch").addEventListener("input", apply);
  apply();
  var m = /^#a(\d+)$/.exec(location.hash);
  if (m && data.arts[+m[1]]) open(+m[1], null);
})();
