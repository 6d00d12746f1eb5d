// Site search in the browser, on the index kielo writes (see src/search.rs in kielo): no
// server, and only the parts of the index that the query needs are fetched.
(() => {
  "use strict";
  const app = document.getElementById("search-app");
  const form = document.querySelector("form[data-search]");
  if (!app || !form || !window.fetch) return;
  const input = form.querySelector("input[name=q]");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const more = document.getElementById("search-more");
  const base = app.dataset.index;
  const lang = document.documentElement.lang;
  const SHOWN = 10;
  // Shortest stem that may stand for a word no page uses; shorter ones match too much.
  const SHORTEST_STEM = 3;
  const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const WORD = /[\p{Alphabetic}\p{N}]+/gu;

  // Words as the index splits them: runs of letters and digits, lower-cased.
  const words = (text) =>
    (text.toLowerCase().match(WORD) || []).filter((w) => [...w].length <= 40);

  // Compares by code point, as the index sorts its keys.
  const compare = (a, b) => {
    for (let i = 0; ; i++) {
      const x = a.codePointAt(i);
      const y = b.codePointAt(i);
      if (x === undefined || y === undefined || x !== y) {
        return (x === undefined ? -1 : x) - (y === undefined ? -1 : y);
      }
    }
  };

  // Postings: pairs of (gap from the previous page id, weight), in 5-bit digits.
  const decode = (text) => {
    const out = [];
    let n = 0, shift = 0, id = 0, gap = null;
    for (const c of text) {
      const d = DIGITS.indexOf(c);
      n += (d & 31) * 2 ** shift;
      if (d >= 32) { shift += 5; continue; }
      if (gap === null) { gap = n; } else { id += gap; out.push([id, n]); gap = null; }
      n = 0; shift = 0;
    }
    return out;
  };

  // A chunk's entry for a key: its own, never an object's inherited "constructor" and such.
  const own = (object, key) => (Object.hasOwn(object, key) ? object[key] : undefined);

  const loaded = new Map();
  let meta = null;
  const json = (path) => {
    if (!loaded.has(path)) {
      const promise = fetch(`${base}${path}?v=${meta ? meta.v : Date.now()}`).then((r) => {
        if (!r.ok) throw new Error(`${path}: ${r.status}`);
        return r.json();
      });
      promise.catch(() => loaded.delete(path));
      loaded.set(path, promise);
    }
    return loaded.get(path);
  };
  const ready = fetch(`${base}index.json`, { cache: "no-cache" })
    .then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then((m) => { meta = m; return m; });
  // A failure shows when the reader searches.
  ready.catch(() => {});

  // The chunk whose key range holds `key`.
  const chunkIndex = (key) => {
    let lo = 0, hi = meta.k.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(meta.k[mid], key) <= 0) lo = mid + 1; else hi = mid;
    }
    return Math.max(0, lo - 1);
  };
  const chunk = (n) => json(`words/${n}.json`);
  const chunkOf = (key) => chunk(chunkIndex(key));

  // The stems of the indexed words that begin with `prefix` (looking in at most 3 chunks).
  const stemsBeginning = async (prefix) => {
    const found = new Set();
    const first = chunkIndex(prefix);
    for (let n = first; n < meta.k.length && n < first + 3; n++) {
      if (n > first && !meta.k[n].startsWith(prefix)) break;
      const c = await chunk(n);
      for (const key of Object.keys(c.s)) if (key.startsWith(prefix) && !own(c.f, key)) found.add(key);
      for (const [form, stem] of Object.entries(c.f)) if (form.startsWith(prefix)) found.add(stem);
    }
    return found;
  };

  // What a query word stands for: the stems to look up, each with how much it counts.
  // A word the pages use maps to its stem. A word they do not use maps to the stems of the
  // words that share the longest beginning with it, at least half of it: "arbetsgivarna"
  // finds "arbetsgivare" and "arbetsgivaren". The word being typed also finds the words
  // it begins, counting half.
  const term = async (word, typing) => {
    const stems = new Map();
    const near = await chunkOf(word);
    const stem = own(near.f, word) || (own(near.s, word) ? word : null);
    const chars = [...word];
    if (stem) {
      stems.set(stem, 1);
    } else {
      const shortest = Math.max(SHORTEST_STEM, Math.ceil(chars.length / 2));
      for (let end = chars.length; end >= shortest && !stems.size; end--) {
        for (const s of await stemsBeginning(chars.slice(0, end).join(""))) stems.set(s, 1);
      }
    }
    if (typing && chars.length >= SHORTEST_STEM) {
      for (const s of await stemsBeginning(word)) if (!stems.has(s)) stems.set(s, 0.5);
    }
    const pages = new Map();
    const forms = new Set([word]);
    for (const [s, factor] of stems) {
      const entry = own((await chunkOf(s)).s, s);
      if (!entry) continue;
      entry[1].forEach((f) => forms.add(f));
      const postings = decode(entry[0]);
      const rarity = Math.log(1 + meta.n / postings.length);
      for (const [id, weight] of postings) {
        const count = weight >> 1;
        const title = weight & 1;
        const score = factor * rarity * (count / (count + 1.2) + 2 * title);
        const best = pages.get(id);
        if (!best || best.score < score) pages.set(id, { score, title });
      }
    }
    return { pages, forms };
  };

  // Pages that have every word first, then those in whose title the words are, then score.
  const rank = (terms) => {
    const found = new Map();
    for (const t of terms) {
      for (const [id, hit] of t.pages) {
        const page = found.get(id) || { id, terms: 0, titles: 0, score: 0 };
        page.terms += 1;
        page.titles += hit.title;
        page.score += hit.score;
        found.set(id, page);
      }
    }
    let pages = [...found.values()];
    if (pages.some((p) => p.terms === terms.length)) pages = pages.filter((p) => p.terms === terms.length);
    return pages.sort((a, b) => b.terms - a.terms || b.titles - a.titles || b.score - a.score || a.id - b.id);
  };

  // Appends `text` to `parent`, with the words whose forms are in `forms` in <mark>.
  const highlighted = (parent, text, forms) => {
    let at = 0;
    for (const m of text.matchAll(WORD)) {
      if (!forms.has(m[0].toLowerCase())) continue;
      parent.append(text.slice(at, m.index));
      const mark = document.createElement("mark");
      mark.textContent = m[0];
      parent.append(mark);
      at = m.index + m[0].length;
    }
    parent.append(text.slice(at));
    return parent;
  };

  // About 30 words of `text` around where most matching words are close together.
  const excerpt = (text, forms) => {
    const all = [...text.matchAll(WORD)];
    const hits = all.map((m, i) => (forms.has(m[0].toLowerCase()) ? i : -1)).filter((i) => i >= 0);
    const span = 30;
    let start = 0, most = 0;
    for (const h of hits) {
      const count = hits.filter((o) => o >= h && o < h + span).length;
      if (count > most) { most = count; start = Math.max(0, h - 8); }
    }
    const end = Math.min(all.length, start + span);
    if (end === 0) return "";
    const from = all[start].index;
    const last = all[end - 1];
    return `${start > 0 ? "… " : ""}${text.slice(from, last.index + last[0].length).replace(/\s+/g, " ")}${end < all.length ? " …" : ""}`;
  };

  const message = (name, values) =>
    app.dataset[name].replace(/%(\w)/g, (_, k) => (k in values ? values[k] : ""));

  let ranked = [];
  let forms = new Set();
  let shown = 0;
  let latest = 0;

  const showMore = async (run, focus) => {
    const slice = ranked.slice(shown, shown + SHOWN);
    const pages = await Promise.all(slice.map((p) => json(`pages/${p.id}.json`)));
    if (run !== latest) return;
    const items = pages.map((page) => {
      const item = document.createElement("li");
      const heading = document.createElement("h2");
      const link = document.createElement("a");
      link.href = page.u;
      heading.append(highlighted(link, page.t, forms));
      item.append(heading);
      if (page.s) {
        const section = document.createElement("p");
        section.className = "search-section";
        section.textContent = page.s;
        item.append(section);
      }
      const text = excerpt(page.d ? `${page.d}\n${page.x}` : page.x, forms);
      if (text) {
        const p = document.createElement("p");
        p.className = "search-excerpt";
        item.append(highlighted(p, text, forms));
      }
      return item;
    });
    list.append(...items);
    shown += slice.length;
    more.hidden = shown >= ranked.length;
    if (focus && items.length) items[0].querySelector("a").focus();
    if (run === latest) performance.mark("kielo:search-results");
  };

  // Says what the page shows, for the status line and for tests: `data-shown` is the query.
  const say = (text, query) => {
    status.textContent = text;
    app.dataset.shown = query;
  };

  const search = async (query) => {
    const run = ++latest;
    const typing = !/\s$/.test(query);
    const asked = [...new Set(words(query))].slice(0, 10);
    try {
      await ready;
      const terms = await Promise.all(asked.map((w, i) => term(w, typing && i === asked.length - 1)));
      if (run !== latest) return;
      ranked = asked.length ? rank(terms) : [];
      forms = new Set(terms.flatMap((t) => [...t.forms]));
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      const q = query.trim();
      if (!q) { say("", query); return; }
      if (!ranked.length) { say(message("none", { q }), query); return; }
      await showMore(run, false);
      if (run !== latest) return;
      const plural = new Intl.PluralRules(lang).select(ranked.length);
      say(message(plural === "one" ? "one" : "other", { n: ranked.length.toLocaleString(lang), q }), query);
    } catch (e) {
      if (run === latest) say(message("error", {}), query);
    }
  };

  let timer = 0;
  const remember = () => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { remember(); search(input.value); }, 150);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    remember();
    search(input.value);
  });
  more.addEventListener("click", () => showMore(latest, true));
  // Arrow keys move between the box and the results, as in a list of suggestions.
  app.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (at < 0 || !["ArrowDown", "ArrowUp"].includes(event.key)) return;
    event.preventDefault();
    const next = at + (event.key === "ArrowDown" ? 1 : -1);
    (next < 0 ? input : links[Math.min(next, links.length - 1)]).focus();
  });
  input.addEventListener("keydown", (event) => {
    const first = list.querySelector("a");
    if (event.key === "ArrowDown" && first) { event.preventDefault(); first.focus(); }
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; search(initial); }
})();
