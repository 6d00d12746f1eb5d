// kielo serve: reloads the page after a rebuild and shows why a rebuild failed.
// Added to HTML only as it is served; the files on disk never have it.
(() => {
  const events = new EventSource("/__kielo/events");
  events.addEventListener("reload", () => location.reload());
  // EventSource fires a plain `error` of its own when the connection drops: that one has no data.
  events.addEventListener("error", (event) => {
    if (event.data) show(JSON.parse(event.data));
  });

  function add(parent, tag, text, css) {
    const element = document.createElement(tag);
    element.textContent = text; // never innerHTML: messages quote the site's files
    if (css) element.style.cssText = css;
    parent.append(element);
    return element;
  }

  function show({ diagnostics, words }) {
    document.getElementById("kielo-error")?.remove();
    const box = document.createElement("div");
    box.id = "kielo-error";
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-modal", "true");
    box.setAttribute("aria-labelledby", "kielo-error-title");
    box.lang = words.lang; // kielo's words, not the page's: a screen reader reads them so
    box.style.cssText =
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;box-sizing:border-box;" +
      "margin:0;padding:2rem;background:#fff;color:#000;border:.5rem solid #b00020;" +
      "font:1rem/1.5 system-ui,sans-serif;text-align:start";
    add(box, "h2", words.title, "margin:0 0 1rem;font-size:1.5rem;color:#000")
      .id = "kielo-error-title";
    add(box, "p", words.note);
    const list = add(box, "ul", "", "padding-inline-start:1.25rem");
    for (const d of diagnostics) {
      const item = add(list, "li", "", "margin:1rem 0");
      let where = d.file || "";
      if (d.line) where += ":" + d.line + (d.column ? ":" + d.column : "");
      if (where) add(item, "strong", where, "font-family:monospace;display:block");
      add(item, "p", d.message, "margin:.25rem 0;white-space:pre-wrap");
      if (d.excerpt) add(item, "pre", d.excerpt, "margin:.25rem 0;padding:.5rem;background:#eee;overflow:auto");
      if (d.hint) add(item, "p", d.hint, "margin:.25rem 0");
    }
    const close = add(box, "button", words.close, "font:inherit;padding:.25rem 1rem;color:#000;background:#fff;border:2px solid #000");
    close.type = "button";
    close.addEventListener("click", () => box.remove());
    box.addEventListener("keydown", (event) => { if (event.key === "Escape") box.remove(); });
    (document.body || document.documentElement).append(box);
    close.focus();
  }
})();
