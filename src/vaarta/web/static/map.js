// The map page: zoom and pan (Panzoom, vendored from npm into static/vendor/) and a time
// slider that swaps in one month's circles, counts and places from /map/points. Without
// JavaScript the page still shows all of it, server-rendered, with a month menu instead of
// the slider. Once the reader zooms, pans or slides, the URL carries `month` and `view`
// (the part of the world in sight, in map degrees), so a link reproduces what they see.
"use strict";
(() => {
  const svg = document.getElementById("map");
  if (!svg) return;
  const frame = svg.parentElement;
  const firstView = svg.getAttribute("viewBox").trim().split(/\s+/).map(Number);
  const select = document.getElementById("month-select");
  const slider = document.getElementById("month-slider");
  const label = document.getElementById("month-label");
  const form = document.querySelector("form.months");
  let touched = false;  // the reader has zoomed, panned or slid: the URL follows from now on
  let zoom = null;

  const timers = {};
  const later = (key, ms, fn) => { clearTimeout(timers[key]); timers[key] = setTimeout(fn, ms); };
  const round = (v) => Math.round(v * 100) / 100;

  // The part of the world in sight, as x,y,w,h in map degrees. Panzoom scales the <svg> by s
  // about the frame's centre c and then shifts it by (x, y) px: a frame pixel P shows the
  // svg pixel c + (P - c) / s - shift; the svg shows the first view over the frame's width.
  function visible() {
    const [vx, vy, vw, vh] = firstView;
    if (!zoom) return firstView.join(",");
    const s = zoom.getScale(), { x, y } = zoom.getPan();
    const w = frame.clientWidth, h = frame.clientHeight, k = vw / w;
    const left = w / 2 * (1 - 1 / s) - x, top = h / 2 * (1 - 1 / s) - y;
    return [vx + left * k, vy + top * k, vw / s, vh / s].map(round).join(",");
  }

  function query() {
    const q = new URLSearchParams(location.search);
    const month = select ? select.value : "";
    if (month) q.set("month", month); else q.delete("month");
    if (touched) q.set("view", visible());
    return q;
  }

  function syncUrl() {
    if (!touched) return;
    const q = query();
    history.replaceState(null, "", `${location.pathname}?${q}`);
    const twin = document.querySelector("header a.twin");
    if (twin) twin.href = `/map.json?${q}`;
    const world = document.querySelector(".map-tools a.world");
    if (world) { q.set("view", "0,0,360,180"); world.href = `?${q}`; }
  }

  // --- zoom and pan -------------------------------------------------------------------
  if (typeof window.Panzoom === "function") {
    zoom = window.Panzoom(svg, {
      minScale: 1, maxScale: 24, step: 0.35, contain: "outside", cursor: "grab",
      excludeClass: "marker",  // a circle is a link: clicking it opens its events, not a drag
    });
    svg.addEventListener("panzoomchange", (e) => {
      svg.style.setProperty("--unzoom", String(1 / e.detail.scale));  // circles keep their size
      later("url", 250, syncUrl);
    });
    svg.addEventListener("panzoomstart", () => { touched = true; });
    frame.addEventListener("wheel", (e) => { touched = true; zoom.zoomWithWheel(e); }, { passive: false });
    for (const button of document.querySelectorAll(".map-tools [data-zoom]")) {
      button.addEventListener("click", () => {
        touched = true;
        const how = button.dataset.zoom;
        if (how === "in") zoom.zoomIn(); else if (how === "out") zoom.zoomOut(); else zoom.reset();
      });
    }
    for (const el of document.querySelectorAll(".map-tools .zoom, .map .needs-js")) el.hidden = false;
  }

  // --- time slider --------------------------------------------------------------------
  if (!(select && slider && label && form)) return;
  const options = Array.from(select.options);  // "every month", then the months, oldest first
  let asked = 0;

  function showLabel() {
    const text = options[Number(slider.value)].textContent;
    label.textContent = text;
    slider.setAttribute("aria-valuetext", text);
  }

  async function load() {
    const mine = ++asked;
    const q = query();
    q.set("view", firstView.join(","));  // circles sized for the first view; the zoom is ours
    try {
      const res = await fetch(`/map/points?${q}`, { headers: { Accept: "text/html" } });
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
      const fresh = new DOMParser().parseFromString(await res.text(), "text/html");
      if (mine !== asked) return;  // the reader has slid on since
      for (const id of ["map-count", "map-points", "map-places"]) {
        const next = fresh.getElementById(id), now = document.getElementById(id);
        if (next && now) now.replaceWith(document.importNode(next, true));
      }
      syncUrl();
    } catch (err) {
      document.getElementById("map-count").textContent = `Could not load that month (${err.message}).`;
    }
  }

  for (const el of form.querySelectorAll(".month-pick")) el.hidden = true;
  for (const el of form.querySelectorAll(".month-slide")) el.hidden = false;
  showLabel();
  slider.addEventListener("input", () => {
    touched = true;
    select.value = options[Number(slider.value)].value;
    showLabel();
    later("month", 120, load);
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); touched = true; load(); });
})();
