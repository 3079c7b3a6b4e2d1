/*
 * Communauté 360 chat widget. Plain JavaScript, no build step.
 * Embed with ONE tag:  <script src="https://SERVICE/widget/widget.js" defer></script>
 * Optional attributes on that tag:
 *   data-quit-url="https://..."   page opened by "Quitter vite" (default: SERVICE/widget/neutre)
 *   data-open="true"              open the panel at load
 * The script adds its own style sheet and markup. The person's words are always set with textContent.
 * French texts come from bot/texts_channels.py (injected by the service below).
 */
(function () {
  "use strict";
  if (window.__c360Widget) { return; }
  window.__c360Widget = true;

  var CONFIG = {} /*@@C360_TEXTS@@*/;
  var T = CONFIG.texts || {};
  var L = CONFIG.labels || {};
  function t(key) { return T[key] || ""; }
  function l(key) { return L[key] || ""; }

  var script = document.currentScript || (function () {
    var all = document.querySelectorAll('script[src*="widget.js"]');
    return all[all.length - 1];
  })();
  var BASE = new URL(script.getAttribute("src"), location.href).origin;
  var QUIT_URL = (function (wanted) {
    try {
      var url = new URL(wanted || (BASE + "/widget/neutre"), location.href);
      if (url.protocol === "https:" || url.protocol === "http:") { return url.href; }
    } catch (e) { /* invalid: default below */ }
    return BASE + "/widget/neutre";
  })(script.getAttribute("data-quit-url"));
  var START_OPEN = script.getAttribute("data-open") === "true";
  var SESSION_KEY = "c360.session";
  var SIZE_KEY = "c360.taille";
  var OPEN_KEY = "c360.ouvert";
  var SIZES = [1, 1.25, 1.5, 1.75, 2];
  var REQUEST_TIMEOUT_MS = 45000;

  // ------------------------------------------------------------------ storage (may be blocked)
  var memory = {};
  function storeGet(area, key) {
    try { return window[area].getItem(key); } catch (e) { return memory[area + key] || null; }
  }
  function storeSet(area, key, value) {
    try { window[area].setItem(key, value); } catch (e) { memory[area + key] = value; }
  }
  function storeDel(area, key) {
    try { window[area].removeItem(key); } catch (e) { /* blocked */ }
    delete memory[area + key];
  }
  function loadSession() {
    var raw = storeGet("localStorage", SESSION_KEY);
    if (!raw) { return null; }
    try {
      var s = JSON.parse(raw);
      if (!s || typeof s.id !== "string" || typeof s.token !== "string") { return null; }
      if (!(Date.parse(s.expires) > Date.now())) { storeDel("localStorage", SESSION_KEY); return null; }
      return s;
    } catch (e) { return null; }
  }
  function saveSession() {
    if (session) { storeSet("localStorage", SESSION_KEY, JSON.stringify(session)); }
  }
  function clearSession() {
    session = null;
    storeDel("localStorage", SESSION_KEY);
    storeDel("sessionStorage", OPEN_KEY);
  }

  // ------------------------------------------------------------------ DOM helpers
  var uid = 0;
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) { return; }
      if (name === "text") { node.textContent = value; } else { node.setAttribute(name, value === true ? "" : value); }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function button(cls, label, extra) {
    var attrs = { type: "button", "class": "c360-btn " + cls };
    Object.keys(extra || {}).forEach(function (k) { attrs[k] = extra[k]; });
    var b = el("button", attrs);
    if (typeof label === "string") { b.textContent = label; } else { label.forEach(function (c) { b.appendChild(c); }); }
    return b;
  }
  function srOnly(text) { return el("span", { "class": "c360-sr", text: text }); }
  function nextId(name) { uid += 1; return "c360-" + name + "-" + uid; }

  // Our own texts only (never the person's words): numbers become tel:/sms: links.
  var NUMBER_RE = /(0 800 360 360|\b3114\b|\b3919\b|\b3977\b|\b112\b|\b114\b|\b115\b|\b119\b|\b15\b|\b17\b|\b18\b)/;
  function linkified(text) {
    var frag = document.createDocumentFragment();
    text.split(NUMBER_RE).forEach(function (part, index) {
      if (index % 2 === 0) { if (part) { frag.appendChild(document.createTextNode(part)); } return; }
      var digits = part.replace(/ /g, "");
      frag.appendChild(el("a", { href: (digits === "114" ? "sms:" : "tel:") + digits, text: part }));
    });
    return frag;
  }
  function paragraphs(text, linkify) {
    return text.split("\n").filter(function (line) { return line.trim(); }).map(function (line) {
      var p = el("p");
      if (linkify) { p.appendChild(linkified(line)); } else { p.textContent = line; }
      return p;
    });
  }

  // ------------------------------------------------------------------ markup
  var link = el("link", { rel: "stylesheet", href: BASE + "/widget/widget.css" });
  document.head.appendChild(link);

  var titleId = nextId("titre");
  var root = el("aside", { "class": "c360", lang: "fr", "aria-label": t("widget_region") });
  var launcher = button("c360-launcher", l("ouvrir"), { "aria-expanded": "false", "aria-controls": "c360-panel" });
  var panel = el("div", { "class": "c360-panel", id: "c360-panel", hidden: true });

  var quitBtn = button("c360-quit", l("quitter"));
  var smallerBtn = button("c360-size", [el("span", { "aria-hidden": "true", text: l("texte_moins") }),
    srOnly(l("texte_moins") + " : " + l("texte_moins_aide"))]);
  var biggerBtn = button("c360-size", [el("span", { "aria-hidden": "true", text: l("texte_plus") }),
    srOnly(l("texte_plus") + " : " + l("texte_plus_aide"))]);
  var clearBtn = button("c360-clear", l("effacer"));
  var closeBtn = button("c360-close", l("fermer"));
  var header = el("div", { "class": "c360-head" }, [
    el("h2", { id: titleId, "class": "c360-title", text: t("widget_titre") }),
    el("div", { "class": "c360-tools" }, [quitBtn, smallerBtn, biggerBtn, clearBtn, closeBtn])
  ]);

  var confirmId = nextId("confirm");
  var confirmYes = button("c360-danger", l("effacer_oui"));
  var confirmNo = button("c360-secondary", l("effacer_non"));
  var confirmBox = el("div", { "class": "c360-confirm", role: "group", "aria-labelledby": confirmId, hidden: true }, [
    el("p", { id: confirmId, text: t("widget_effacer_question") }),
    el("div", { "class": "c360-row" }, [confirmYes, confirmNo])
  ]);

  var urgence = el("div", { "class": "c360-urgence", role: "alert" });
  var log = el("div", {
    "class": "c360-log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
    "aria-label": t("widget_historique"), tabindex: "0"
  });
  var choicesTitleId = nextId("choix");
  var choices = el("div", { "class": "c360-choices", role: "group", "aria-labelledby": choicesTitleId, hidden: true });
  var status = el("div", { "class": "c360-status", role: "status" });
  var errorBox = el("div", { "class": "c360-error", role: "alert" });

  var boxId = nextId("zone");
  var hintId = nextId("aide");
  var box = el("textarea", { id: boxId, "class": "c360-box", rows: "2", "aria-describedby": hintId,
    autocomplete: "off", spellcheck: "true" });
  var sendBtn = el("button", { type: "submit", "class": "c360-btn c360-send", text: l("envoyer") });
  var form = el("form", { "class": "c360-form", novalidate: true }, [
    el("label", { "for": boxId, "class": "c360-label", text: t("widget_zone_label") }),
    el("p", { id: hintId, "class": "c360-hint", text: t("widget_zone_aide") }),
    el("div", { "class": "c360-row c360-input" }, [box, sendBtn])
  ]);
  var adviserBtn = button("c360-adviser", l("conseiller"));

  panel.setAttribute("aria-labelledby", titleId);
  panel.setAttribute("role", "group");
  [header, confirmBox, urgence, log, choices, status, errorBox, form, adviserBtn].forEach(function (n) {
    panel.appendChild(n);
  });
  root.appendChild(launcher);
  root.appendChild(panel);

  // ------------------------------------------------------------------ state
  var session = loadSession();
  var busy = false;
  var shownNumbers = "";
  var historyPromise = null;
  var sizeIndex = Math.max(0, SIZES.indexOf(parseFloat(storeGet("localStorage", SIZE_KEY) || "1")));
  var narrowQuery = window.matchMedia ? window.matchMedia("(max-width: 47.99em)") : null;
  var madeInert = [];

  function applySize(announce) {
    panel.style.setProperty("--c360-scale", String(SIZES[sizeIndex]));
    storeSet("localStorage", SIZE_KEY, String(SIZES[sizeIndex]));
    if (announce) { say(t("widget_taille").replace("{taille}", String(Math.round(SIZES[sizeIndex] * 100)))); }
  }

  function say(text) { status.textContent = text; }

  // ------------------------------------------------------------------ log
  var WHO = { vous: "widget_vous", assistant: "widget_assistant", conseiller: "widget_conseiller" };
  function addBubble(author, text) {
    var kind = WHO[author] ? author : "assistant";
    var item = el("div", { "class": "c360-msg c360-" + kind }, [el("p", { "class": "c360-who", text: t(WHO[kind]) })]);
    var body = el("div", { "class": "c360-text" });
    body.textContent = text; // always textContent: the words of the person and of the bot stay text
    item.appendChild(body);
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }
  function scrollToEnd() { log.scrollTop = log.scrollHeight; }
  function addIntro() { addBubble("assistant", t("widget_accueil")); }

  function showChoices(buttons) {
    choices.replaceChildren();
    if (!buttons || !buttons.length) { choices.hidden = true; return; }
    choices.appendChild(el("p", { id: choicesTitleId, "class": "c360-choices-title", text: t("widget_choix") }));
    var row = el("div", { "class": "c360-choice-list" });
    buttons.forEach(function (b) {
      var title = String(b.title || b.payload || "");
      var choice = button("c360-choice", title);
      choice.addEventListener("click", function () {
        box.focus();
        send(String(b.payload || title), title, true);
      });
      row.appendChild(choice);
    });
    choices.appendChild(row);
    choices.hidden = false;
  }
  function startChoices() { return [{ title: l("commencer"), payload: t("message_debut"), start: true }]; }

  function showUrgency(urgency) {
    if (!urgency || !urgency.lines || !urgency.lines.length) { return; }
    var key = urgency.lines.map(function (x) { return x.number; }).join(",");
    if (key === shownNumbers) { return; } // the banner stays; never re-announced for the same numbers
    shownNumbers = key;
    var list = el("ul", { "class": "c360-numbers" });
    urgency.lines.forEach(function (line) {
      list.appendChild(el("li", {}, [el("a", { href: line.href, "class": "c360-number" }, [
        el("strong", { text: line.number }), " ", line.label
      ])]));
    });
    urgence.replaceChildren(el("p", { "class": "c360-urgence-title", text: t("urgence_titre") }), list);
    urgence.classList.add("c360-on");
  }
  function clearUrgency() { shownNumbers = ""; urgence.replaceChildren(); urgence.classList.remove("c360-on"); }

  function showError(message) {
    errorBox.replaceChildren.apply(errorBox, paragraphs(message, false).concat(paragraphs(t("ligne_urgence"), true)));
    errorBox.classList.add("c360-on");
  }
  function clearError() { errorBox.replaceChildren(); errorBox.classList.remove("c360-on"); }

  // ------------------------------------------------------------------ network
  function api(method, path, body, token) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS) : null;
    var headers = { "Accept": "application/json" };
    if (body) { headers["Content-Type"] = "application/json"; }
    if (token) { headers["X-C360-Token"] = token; }
    return fetch(BASE + path, {
      method: method, headers: headers, body: body ? JSON.stringify(body) : undefined,
      signal: controller ? controller.signal : undefined, credentials: "omit", cache: "no-store"
    }).then(function (response) {
      clearTimeout(timer);
      return response.json().catch(function () { return null; }).then(function (data) {
        if (response.ok && data) { return data; }
        var kind = response.status === 403 ? "conversation" : response.status === 413 ? "trop_long"
          : response.status === 422 ? "donnees" : "serveur";
        throw { kind: kind, status: response.status, detail: data && data.detail };
      });
    }, function () {
      clearTimeout(timer);
      throw { kind: navigator.onLine === false ? "reseau" : "serveur" };
    });
  }

  function ensureSession() {
    if (session) { return Promise.resolve(session); }
    return api("POST", "/widget/conversations", {}).then(function (data) {
      session = { id: data.conversation_id, token: data.token, expires: data.expires_at, choices: [] };
      saveSession();
      return session;
    });
  }

  function errorText(err) {
    if (err && err.kind === "reseau") { return t("widget_erreur_reseau"); }
    if (err && err.detail && (err.kind === "conversation" || err.kind === "trop_long" || err.kind === "donnees")) {
      return String(err.detail);
    }
    return t("widget_erreur_serveur");
  }

  function keepText(text) {
    // The typed message is never lost: back in the box (before anything typed meanwhile).
    box.value = box.value ? text + "\n" + box.value : text;
  }

  function send(text, title, fromButton) {
    if (busy) { return; }
    if (!text.trim()) { box.focus(); return; }
    busy = true;
    clearError();
    var previousChoices = session ? session.choices : null;
    showChoices([]);
    var bubble = addBubble("vous", title || text);
    say(t("widget_ecrit"));
    root.classList.add("c360-busy");
    ensureSession().then(function (s) {
      var body = { conversation_id: s.id, token: s.token, text: text };
      if (title) { body.button_title = title; }
      return api("POST", "/widget/messages", body);
    }).then(function (data) {
      say("");
      (data.messages || []).forEach(function (m) { if (m.text) { addBubble("assistant", m.text); } });
      var last = (data.messages || []).filter(function (m) { return m.buttons && m.buttons.length; }).pop();
      var next = last ? last.buttons : [];
      showChoices(next);
      if (session) { session.choices = next; saveSession(); }
      showUrgency(data.urgency);
      scrollToEnd(); // after the banner and the choices changed the layout
      if (!fromButton && (data.error === "rasa_unavailable" || data.error === "rate_limited")) { keepText(text); }
    }).catch(function (err) {
      say("");
      if (bubble.parentNode) { bubble.parentNode.removeChild(bubble); }
      if (err && err.kind === "conversation") { clearSession(); }
      showChoices(previousChoices || (session ? [] : startChoices()));
      if (!fromButton) { keepText(text); }
      showError(errorText(err));
    }).then(function () {
      busy = false;
      root.classList.remove("c360-busy");
    });
  }

  function loadHistory() {
    if (!session) { return Promise.resolve(); }
    var s = session;
    return api("GET", "/widget/history?conversation_id=" + encodeURIComponent(s.id), null, s.token)
      .then(function (data) {
        (data.turns || []).forEach(function (turn) {
          addBubble(turn.author === "personne" ? "vous" : turn.author, String(turn.text || ""));
        });
        showChoices(s.choices || []);
        showUrgency(data.urgency);
        scrollToEnd();
      }, function (err) {
        if (err && err.kind === "conversation") { clearSession(); showChoices(startChoices()); return; }
        showError(t("widget_erreur_historique"));
      });
  }

  function forget() {
    var s = session;
    var done = function () {
      clearSession();
      log.replaceChildren();
      clearUrgency();
      clearError();
      addIntro();
      showChoices(startChoices());
      say(t("widget_effacee"));
      box.focus();
    };
    if (!s) { done(); return; }
    api("POST", "/widget/forget", { conversation_id: s.id, token: s.token }).then(done, function (err) {
      if (err && err.kind === "conversation") { done(); return; }
      showError(errorText(err));
      box.focus();
    });
  }

  function quickExit() {
    var s = session;
    clearSession(); // our keys only: the host site's storage is left alone
    if (s) {
      try {
        fetch(BASE + "/widget/forget", {
          method: "POST", keepalive: true, credentials: "omit",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ conversation_id: s.id, token: s.token })
        }).catch(function () { /* leaving anyway */ });
      } catch (e) { /* leaving anyway */ }
    }
    log.replaceChildren();
    clearUrgency();
    location.replace(QUIT_URL);
  }

  // ------------------------------------------------------------------ open / close, layout
  function setInert(on) {
    madeInert.forEach(function (node) { node.inert = false; node.removeAttribute("inert"); });
    madeInert = [];
    if (!on) { return; }
    Array.prototype.forEach.call(document.body.children, function (node) {
      if (node !== root && !node.inert && node.tagName !== "SCRIPT") { node.inert = true; madeInert.push(node); }
    });
  }
  function applyLayout() {
    var open = !panel.hidden;
    var narrow = narrowQuery ? narrowQuery.matches : false;
    // Wide screens: the panel is docked and the page makes room, so it never hides the page's focus.
    // Narrow screens (and 200 % zoom): the panel takes the screen, and the page behind cannot take focus.
    document.documentElement.classList.toggle("c360-docked", open && !narrow);
    setInert(open && narrow);
  }
  function openPanel(focusBox) {
    var show = function () {
      panel.hidden = false;
      launcher.hidden = true;
      launcher.setAttribute("aria-expanded", "true");
      storeSet("sessionStorage", OPEN_KEY, "1");
      applyLayout();
      scrollToEnd();
      if (focusBox !== false) { box.focus(); }
    };
    (historyPromise || Promise.resolve()).then(show, show);
  }
  function closePanel() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    storeDel("sessionStorage", OPEN_KEY);
    confirmBox.hidden = true;
    applyLayout();
    launcher.focus();
  }

  // ------------------------------------------------------------------ events
  launcher.addEventListener("click", function () { openPanel(true); });
  closeBtn.addEventListener("click", closePanel);
  quitBtn.addEventListener("click", quickExit);
  smallerBtn.addEventListener("click", function () { if (sizeIndex > 0) { sizeIndex -= 1; } applySize(true); });
  biggerBtn.addEventListener("click", function () {
    if (sizeIndex < SIZES.length - 1) { sizeIndex += 1; }
    applySize(true);
  });
  clearBtn.addEventListener("click", function () { confirmBox.hidden = false; confirmYes.focus(); });
  confirmYes.addEventListener("click", function () { confirmBox.hidden = true; forget(); });
  confirmNo.addEventListener("click", function () { confirmBox.hidden = true; say(t("widget_garde")); box.focus(); });
  adviserBtn.addEventListener("click", function () { send(t("demande_conseiller"), null, true); box.focus(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy) { return; }
    var text = box.value;
    if (!text.trim()) { box.focus(); return; }
    box.value = "";
    send(text, null, false);
    box.focus();
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit", { cancelable: true }));
    }
  });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") {
      event.preventDefault();
      if (!confirmBox.hidden) { confirmBox.hidden = true; }
      box.focus(); // Esc always brings the person back to the message box
    }
  });
  if (narrowQuery) {
    var onChange = function () { applyLayout(); };
    if (narrowQuery.addEventListener) { narrowQuery.addEventListener("change", onChange); } else { narrowQuery.addListener(onChange); }
  }

  // ------------------------------------------------------------------ start
  applySize(false);
  addIntro(); // rendered while the panel is hidden: never announced, never re-read
  if (session) {
    historyPromise = loadHistory();
  } else {
    showChoices(startChoices());
  }
  function mount() {
    document.body.appendChild(root);
    if (START_OPEN || storeGet("sessionStorage", OPEN_KEY) === "1") { openPanel(false); }
  }
  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }
})();
