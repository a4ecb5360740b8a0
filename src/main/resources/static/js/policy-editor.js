// Editor pages for policy files. The page says where to load from and save to (data-content-url,
// data-save-url) and gives its texts in data-msg-* attributes; this script knows no storage and no language.
(function () {
  "use strict";

  const root = document.getElementById("policy-editor");
  if (!root) {
    return;
  }
  const data = root.dataset;
  // Absent when the reader may not save this file (or the draft is no longer open): then the file is shown read-only.
  const saveButton = document.getElementById("save-button");
  const editable = data.editable === "true" && saveButton !== null;
  const status = document.getElementById("editor-status");
  const problems = document.getElementById("editor-problems");
  let dirty = false;

  function showStatus(text, kind) {
    status.textContent = text;
    status.className = "status" + (kind ? " " + kind : "");
  }

  function showProblems(items) {
    const list = problems.querySelector("ul");
    list.replaceChildren(...items.map(function (text) {
      const li = document.createElement("li");
      li.textContent = text;
      return li;
    }));
    problems.hidden = items.length === 0;
  }

  // Problem details carry each reason in Indonesian (reason) and English (reasonEn).
  function problemLines(problem) {
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    if (errors.length === 0) {
      return [problem.detail || problem.title || ""];
    }
    return errors.map(function (e) {
      return e.field + ": " + (data.lang === "en" ? e.reasonEn : e.reason);
    });
  }

  async function failure(response, fallback) {
    let lines = [fallback + " (HTTP " + response.status + ")"];
    try {
      lines = problemLines(await response.json());
    } catch (ignored) {
      // Not problem+json (e.g. a proxy error page): the HTTP status is all we can show.
    }
    return lines;
  }

  async function loadContent() {
    const response = await fetch(data.contentUrl, { headers: { Accept: "application/xml, text/plain" } });
    if (!response.ok) {
      const lines = await failure(response, data.msgLoadFailed);
      showStatus(data.msgLoadFailed, "error");
      showProblems(lines);
      throw new Error(lines.join("; "));
    }
    return response.text();
  }

  // The layout puts the session's CSRF token in <meta name="_csrf">; every changing request sends it back.
  function csrfHeaders() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    const headers = {};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  async function save(content, contentType) {
    saveButton.disabled = true;
    showStatus(data.msgSaving, "busy");
    try {
      const response = await fetch(data.saveUrl, {
        method: "PUT",
        headers: Object.assign({ "Content-Type": contentType + ";charset=UTF-8",
          Accept: "application/json, application/problem+json" }, csrfHeaders()),
        body: content
      });
      if (!response.ok) {
        showStatus(data.msgSaveFailed, "error");
        showProblems(await failure(response, data.msgSaveFailed));
        return false;
      }
      const saved = await response.json();
      showProblems([]);
      showStatus(data.lang === "en" ? saved.message.en : saved.message.id, "ok");
      dirty = false;
      return true;
    } catch (e) {
      showStatus(data.msgSaveFailed, "error");
      showProblems([String(e)]);
      return false;
    } finally {
      saveButton.disabled = false;
    }
  }

  function markDirty() {
    dirty = true;
    showStatus(data.msgUnsaved, "warn");
  }

  window.addEventListener("beforeunload", function (event) {
    if (dirty) {
      event.preventDefault();
    }
  });

  function openDmnEditor() {
    const editor = DmnEditor.open({
      container: root,
      initialContent: loadContent().then(function (xml) {
        if (editable) {
          saveButton.disabled = false;
        }
        showStatus(data.msgReady);
        return xml;
      }),
      initialFileNormalizedPosixPathRelativeToTheWorkspaceRoot: data.file,
      readOnly: !editable,
      locale: data.lang,
      onError: function () {
        showStatus(data.msgEditorError, "error");
      }
    });
    editor.subscribeToContentChanges(function (isDirty) {
      if (isDirty) {
        markDirty();
      }
    });
    if (editable) {
      saveButton.addEventListener("click", async function () {
        if (await save(await editor.getContent(), "application/xml")) {
          editor.markAsSaved();
        }
      });
    }
  }

  function openTextEditor() {
    const area = document.getElementById("text-content");
    const gutter = document.getElementById("line-numbers");
    let lines = 0;

    function renumber() {
      const count = area.value.split("\n").length;
      if (count !== lines) {
        lines = count;
        gutter.textContent = Array.from({ length: count }, function (_, i) { return i + 1; }).join("\n");
      }
      gutter.scrollTop = area.scrollTop;
    }

    area.addEventListener("input", function () {
      renumber();
      markDirty();
    });
    area.addEventListener("scroll", function () {
      gutter.scrollTop = area.scrollTop;
    });
    // Tab inserts two spaces instead of leaving the field; Escape then Tab still moves focus on.
    let escaped = false;
    area.addEventListener("keydown", function (event) {
      if ((event.ctrlKey || event.metaKey) && event.key === "s") {
        event.preventDefault();
        if (editable) {
          saveButton.click();
        }
      } else if (event.key === "Escape") {
        escaped = true;
      } else if (event.key === "Tab" && !event.shiftKey && !escaped) {
        event.preventDefault();
        area.setRangeText("  ", area.selectionStart, area.selectionEnd, "end");
        renumber();
        markDirty();
      } else {
        escaped = false;
      }
    });
    loadContent().then(function (text) {
      area.value = text;
      // Read-only still lets a reader scroll, select and copy; only an editor gets a field that saves.
      area.readOnly = !editable;
      area.disabled = false;
      if (editable) {
        saveButton.addEventListener("click", function () {
          save(area.value, "text/plain");
        });
        saveButton.disabled = false;
      }
      renumber();
      showStatus(data.msgReady);
    }).catch(function () {
      // loadContent has already shown the problem.
    });
  }

  if (data.editor === "dmn") {
    openDmnEditor();
  } else {
    openTextEditor();
  }
})();
