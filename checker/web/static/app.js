/* Leerroute-check web app: choose or drop files, send them to /api/check, show the report.
   All report text is put in the page with textContent, never as HTML. */
"use strict";

(function () {
  const STATUS_NL = {
    present: "aanwezig",
    weak: "zwak",
    missing: "ontbreekt",
    not_applicable: "niet van toepassing",
  };
  const SYMBOL = { present: "✓", weak: "!", missing: "✗", not_applicable: "–" };
  const TYPE_NL = {
    samenwerkingsovereenkomst: "samenwerkingsovereenkomst",
    interne_regeling: "interne regeling",
    unknown: "geen overeenkomst herkend",
  };
  const ROUTE_NL = {
    doorlopende_leerroute: "doorlopende leerroute",
    geintegreerde_route: "geïntegreerde route",
  };

  const body = document.body;
  const maxBytes = Number(body.dataset.maxBytes) || 20 * 1024 * 1024;
  const maxSize = body.dataset.maxSize || "20 MB";
  const maxFiles = Number(body.dataset.maxFiles) || 50;

  const $ = (id) => document.getElementById(id);
  const form = $("upload-form");
  const input = $("file-input");
  const dropzone = $("dropzone");
  const chosen = $("chosen");
  const chosenList = $("chosen-list");
  const formError = $("form-error");
  const button = $("check-button");
  const progressArea = $("progress-area");
  const progress = $("progress");
  const status = $("status");
  const result = $("result");
  const resultTitle = $("result-title");
  const summary = $("summary");
  const documentsEl = $("documents");
  const downloadJson = $("download-json");
  const downloadHtml = $("download-html");

  let files = [];
  let busy = false;
  const objectUrls = [];

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child);
    }
    return node;
  }

  function formatSize(n) {
    if (n < 1024) return `${n} bytes`;
    if (n < 1024 * 1024) return `${Math.round(n / 1024)} kB`;
    return `${(n / 1048576).toFixed(1).replace(".", ",")} MB`;
  }

  function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
  }

  function announce(text) {
    status.textContent = text;
  }

  function showFormError(text) {
    formError.textContent = text;
    formError.hidden = !text;
  }

  function setFiles(list) {
    files = Array.from(list || []);
    chosenList.replaceChildren(
      ...files.map((f) => el("li", { text: `${f.name} (${formatSize(f.size)})` }))
    );
    chosen.hidden = files.length === 0;
    showFormError("");
    if (files.length) announce(`${plural(files.length, "bestand", "bestanden")} gekozen.`);
  }

  input.addEventListener("change", () => setFiles(input.files));

  for (const type of ["dragenter", "dragover"]) {
    dropzone.addEventListener(type, (event) => {
      event.preventDefault();
      dropzone.classList.add("is-dragover");
    });
  }
  for (const type of ["dragleave", "dragend", "drop"]) {
    dropzone.addEventListener(type, () => dropzone.classList.remove("is-dragover"));
  }
  dropzone.addEventListener("drop", (event) => {
    event.preventDefault();
    const dropped = event.dataTransfer && event.dataTransfer.files;
    if (!dropped || !dropped.length) return;
    try {
      input.files = dropped;
    } catch (e) {
      /* older browsers: keep our own list */
    }
    setFiles(dropped);
  });
  // A file dropped next to the zone must not make the browser leave the page.
  window.addEventListener("dragover", (event) => event.preventDefault());
  window.addEventListener("drop", (event) => event.preventDefault());

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    if (!files.length) {
      showFormError("Kies eerst een of meer bestanden (PDF, Word .docx of tekst).");
      input.focus();
      return;
    }
    if (files.length > maxFiles) {
      showFormError(`Te veel bestanden: kies er hoogstens ${maxFiles} tegelijk.`);
      return;
    }
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > maxBytes) {
      showFormError(
        `De bestanden zijn samen ${formatSize(total)}; de grens is ${maxSize}. Controleer minder of kleinere bestanden tegelijk.`
      );
      return;
    }
    send();
  });

  function setBusy(on) {
    busy = on;
    button.disabled = on;
    form.setAttribute("aria-busy", on ? "true" : "false");
    progressArea.hidden = !on;
  }

  function send() {
    const data = new FormData();
    for (const f of files) data.append("file", f, f.name);
    const count = files.length;
    setBusy(true);
    showFormError("");
    progress.value = 0;
    announce(`Uploaden van ${plural(count, "bestand", "bestanden")}…`);
    let lastStep = 0;

    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/check");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", (event) => {
      if (!event.lengthComputable) return;
      const pct = Math.round((event.loaded / event.total) * 100);
      progress.value = pct;
      const step = Math.floor(pct / 25) * 25;
      if (step > lastStep && step < 100) {
        lastStep = step;
        announce(`Uploaden… ${step}%`);
      }
    });
    xhr.upload.addEventListener("load", () => {
      progress.removeAttribute("value"); // indeterminate while the server checks
      announce(`Bezig met controleren van ${plural(count, "document", "documenten")}… Dit kan even duren.`);
    });
    xhr.addEventListener("load", () => {
      setBusy(false);
      let data = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch (e) {
        data = null;
      }
      if (xhr.status === 200 && data && Array.isArray(data.documents)) {
        showReport(data);
        return;
      }
      const message =
        (data && data.error && data.error.message) ||
        `De controle is mislukt (HTTP ${xhr.status}). Probeer het opnieuw.`;
      showFormError(message);
      announce(message);
    });
    xhr.addEventListener("error", () => {
      setBusy(false);
      const message =
        "De verbinding met de app is verbroken. Draait 'leerroute-check serve' nog? Is de upload niet te groot?";
      showFormError(message);
      announce(message);
    });
    xhr.send(data);
  }

  /* ---------- the report ---------- */

  function verdictLine(doc) {
    if (doc.status === "error") {
      return el(
        "p",
        { class: "verdict verdict-error" },
        el("span", { class: "light light-weak", "aria-hidden": "true", text: "!" }),
        `Niet te lezen: ${(doc.error && doc.error.message) || "onbekende fout"}`
      );
    }
    const reqs = doc.requirements || [];
    const missing = reqs.filter((r) => r.status === "missing").length;
    const weak = reqs.filter((r) => r.status === "weak").length;
    if (doc.verdict === "compliant") {
      return el(
        "p",
        { class: "verdict verdict-compliant" },
        el("span", { class: "light light-present", "aria-hidden": "true", text: "✓" }),
        "Oordeel: voldoet. Alle onderdelen a–j zijn geregeld."
      );
    }
    const parts = [];
    if (missing) parts.push(`${missing} ontbreekt`);
    if (weak) parts.push(`${weak} zwak`);
    return el(
      "p",
      { class: "verdict verdict-non_compliant" },
      el("span", { class: "light light-missing", "aria-hidden": "true", text: "✗" }),
      `Oordeel: voldoet niet (${parts.join(", ")}).`
    );
  }

  function metaList(info) {
    if (!info) return null;
    const rows = [
      ["Soort document", TYPE_NL[info.type] || info.type],
      ["Route", ROUTE_NL[info.route] || info.route],
    ];
    if (info.parties && info.parties.length) rows.push(["Partijen", info.parties.join("; ")]);
    if (info.pages) rows.push(["Pagina's", String(info.pages)]);
    rows.push([
      "Datum en ondertekening",
      `${info.dated ? "gedateerd" : "geen datum gevonden"}, ${info.signed ? "ondertekend" : "geen ondertekening gevonden"}`,
    ]);
    const dl = el("dl", { class: "meta" });
    for (const [term, value] of rows) dl.append(el("dt", { text: term }), el("dd", { text: value }));
    return dl;
  }

  function evidenceQuote(ev) {
    const where = [];
    if (ev.section) where.push(ev.section);
    if (ev.page) where.push(`pagina ${ev.page}`);
    if (ev.ocr) where.push("tekst uit OCR");
    return el(
      "blockquote",
      { class: "evidence" },
      el("p", { text: `“${ev.text}”` }),
      where.length ? el("footer", { text: where.join(" · ") }) : null
    );
  }

  function requirementItem(req) {
    const st = req.status;
    const open = st === "weak" || st === "missing";
    const bodyEl = el("div", { class: "item-body" }, el("p", { class: "statute", text: req.statute }));
    const evidence = req.evidence || [];
    if (evidence.length) {
      bodyEl.append(el("h5", { text: "Gevonden tekst" }));
      for (const ev of evidence.slice(0, 3)) bodyEl.append(evidenceQuote(ev));
    } else if (st !== "not_applicable") {
      bodyEl.append(el("h5", { text: "Gevonden tekst" }), el("p", { text: "Geen tekst gevonden over dit onderdeel." }));
    }
    const findings = (req.findings || []).filter((f) => !(st === "present" && f.severity === "info"));
    if (findings.length) {
      bodyEl.append(
        el("h5", { text: "Bevindingen" }),
        el("ul", { class: "findings" }, ...findings.map((f) => el("li", { text: f.message })))
      );
    }
    if (req.suggestion && (st === "weak" || st === "missing")) {
      bodyEl.append(el("h5", { text: "Voorstel voor tekst" }), el("p", { class: "suggestion", text: req.suggestion }));
    }
    const summaryEl = el(
      "summary",
      {},
      el("span", { class: `light light-${st}`, "aria-hidden": "true", text: SYMBOL[st] || "?" }),
      el("span", { class: "item-letter", text: `${req.id}.` }),
      el("span", { class: "item-title", text: req.title }),
      el("span", { class: `badge badge-${st}`, text: STATUS_NL[st] || st })
    );
    return el(
      "li",
      { class: `item item-${st}`, "data-item": req.id, "data-status": st },
      el("details", { open: open }, summaryEl, bodyEl)
    );
  }

  function documentArticle(doc, index) {
    const headingId = `doc-${index}-title`;
    const article = el(
      "article",
      {
        class: "doc",
        "aria-labelledby": headingId,
        "data-status": doc.status,
        "data-verdict": doc.verdict || "error",
      },
      el("h3", { id: headingId, text: doc.path }),
      verdictLine(doc)
    );
    if (doc.status !== "checked") return article;
    article.append(metaList(doc.document));
    const docFindings = doc.findings || [];
    if (docFindings.length) {
      article.append(el("ul", { class: "doc-findings" }, ...docFindings.map((f) => el("li", { text: f.message }))));
    }
    article.append(
      el("h4", { text: "Onderdelen a–j" }),
      el("ol", { class: "items" }, ...(doc.requirements || []).map(requirementItem))
    );
    return article;
  }

  function summaryText(docs) {
    const ok = docs.filter((d) => d.verdict === "compliant").length;
    const notOk = docs.filter((d) => d.verdict === "non_compliant").length;
    const errors = docs.filter((d) => d.status === "error").length;
    const parts = [`${ok} voldoet`, `${notOk} voldoet niet`];
    if (errors) parts.push(`${errors} niet te lezen`);
    return `${plural(docs.length, "document", "documenten")} gecontroleerd: ${parts.join(", ")}.`;
  }

  function blobUrl(text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    objectUrls.push(url);
    return url;
  }

  async function pageSnapshot() {
    let css = "";
    try {
      css = await (await fetch("/static/app.css")).text();
    } catch (e) {
      css = "";
    }
    const clone = result.cloneNode(true);
    clone.removeAttribute("hidden");
    for (const node of clone.querySelectorAll(".downloads")) node.remove();
    for (const details of clone.querySelectorAll("details")) details.setAttribute("open", "");
    return (
      '<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      "<title>Leerroute-check: rapport</title>\n<style>\n" + css.replace(/<\/style/gi, "") + "\n</style>\n</head>\n" +
      '<body>\n<main class="wrap">\n' + clone.outerHTML + "\n</main>\n</body>\n</html>\n"
    );
  }

  async function prepareHtmlDownload(report) {
    downloadHtml.dataset.source = "page";
    downloadHtml.href = blobUrl(await pageSnapshot(), "text/html");
    try {
      const response = await fetch("/api/report.html", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(report),
      });
      if (response.ok) {
        downloadHtml.href = blobUrl(await response.text(), "text/html");
        downloadHtml.dataset.source = "server";
      }
    } catch (e) {
      /* keep the page snapshot */
    }
    downloadHtml.dataset.ready = "true";
  }

  function showReport(report) {
    while (objectUrls.length) URL.revokeObjectURL(objectUrls.pop());
    const docs = report.documents;
    documentsEl.replaceChildren(...docs.map(documentArticle));
    const text = summaryText(docs);
    summary.textContent = text;
    downloadJson.href = blobUrl(JSON.stringify(report, null, 2) + "\n", "application/json");
    downloadHtml.removeAttribute("data-ready");
    result.hidden = false;
    announce(`Klaar. ${text}`);
    resultTitle.focus();
    prepareHtmlDownload(report);
  }
})();
