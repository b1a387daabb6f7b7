// vaarta pages work without JavaScript; this only loads an article into an event row when
// the row is opened, and scrolls its evidence sentence into view.
"use strict";
document.addEventListener("toggle", async (e) => {
  const row = e.target;
  if (!(row instanceof HTMLDetailsElement) || !row.open || !row.dataset.article || row.dataset.loaded) return;
  const slot = row.querySelector(".article-slot");
  if (!slot) return;
  row.dataset.loaded = "1";
  slot.textContent = "Loading the article…";
  try {
    const res = await fetch(row.dataset.article, { headers: { Accept: "text/html" } });
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    slot.innerHTML = await res.text();  // server-rendered, escaped by Jinja2
    const mark = slot.querySelector("mark.evidence");
    const box = slot.querySelector("article");
    if (mark && box) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
  } catch (err) {
    delete row.dataset.loaded;
    slot.textContent = `Could not load the article (${err.message}).`;
  }
}, true);
