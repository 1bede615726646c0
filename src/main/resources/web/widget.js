/* careerbot chat widget: one <script> tag, no framework, no build step.
 * <script src="https://bot.example.com/widget.js" data-title="Career questions" defer></script>
 * Options (data-): title, greeting, color, position (left|right), open (true), endpoint, mode (page = no launcher).
 * Theming: set --cb-primary, --cb-bg, --cb-text, --cb-radius, --cb-font on #careerbot-widget. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || document.getElementById('careerbot-widget')) return;
  var d = script.dataset;
  var origin = new URL(script.src, location.href).origin;
  var endpoint = d.endpoint || origin + '/api/chat';
  var pageMode = d.mode === 'page';
  var maxLength = parseInt(d.maxLength || '1000', 10);
  var storeKey = 'careerbot:' + endpoint;
  var SAFE_LINK = /^(https?:|mailto:)/i;

  var CSS = [
    ':host{--cb-primary:' + (d.color || '#1d4ed8') + ';--cb-bg:#fff;--cb-text:#1f2937;--cb-muted:#6b7280;--cb-radius:14px;',
    '--cb-font:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;all:initial;font-family:var(--cb-font);color:var(--cb-text)}',
    '*{box-sizing:border-box;font-family:inherit}',
    /* Set, not inherited: the host page's styles reach the shadow root only through inheritance from the host. */
    '.floating,.page{color:var(--cb-text);font:14px/1.45 var(--cb-font);text-align:left;letter-spacing:normal}',
    '.launcher svg{width:28px;height:28px;fill:#fff;vertical-align:middle}',
    '.launcher{position:fixed;bottom:20px;' + (d.position === 'left' ? 'left' : 'right') + ':20px;width:56px;height:56px;border-radius:50%;',
    'border:0;background:var(--cb-primary);color:#fff;font-size:26px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);z-index:2147483000}',
    '.panel{position:fixed;bottom:88px;' + (d.position === 'left' ? 'left' : 'right') + ':20px;width:370px;max-width:calc(100vw - 40px);',
    'height:540px;max-height:calc(100vh - 110px);background:var(--cb-bg);border-radius:var(--cb-radius);box-shadow:0 10px 40px rgba(0,0,0,.25);',
    'display:flex;flex-direction:column;overflow:hidden;z-index:2147483000}',
    '.panel[hidden]{display:none}',
    '.page .panel{position:static;width:100%;max-width:none;height:100vh;max-height:none;border-radius:0;box-shadow:none}',
    'header{background:var(--cb-primary);color:#fff;padding:12px 14px;display:flex;align-items:center;gap:8px}',
    'header h2{font-size:16px;margin:0;flex:1;font-weight:600}',
    'header button{background:transparent;border:1px solid rgba(255,255,255,.6);color:#fff;border-radius:8px;padding:4px 8px;cursor:pointer;font-size:13px}',
    '.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:10px;font-size:14px;line-height:1.45}',
    '.msg{max-width:88%;padding:8px 11px;border-radius:12px;word-wrap:break-word;overflow-wrap:anywhere}',
    '.user{align-self:flex-end;background:var(--cb-primary);color:#fff;white-space:pre-wrap}',
    '.bot{align-self:flex-start;background:#f3f4f6}',
    '.bot p{margin:0 0 6px}.bot p:last-child{margin:0}.bot ul{margin:4px 0;padding-left:18px}',
    '.bot a{color:var(--cb-primary)}',
    '.sources{font-size:12px;color:var(--cb-muted);margin-top:6px;border-top:1px solid #e5e7eb;padding-top:4px}',
    '.chips{display:flex;flex-wrap:wrap;gap:6px}',
    '.chip{border:1px solid var(--cb-primary);color:var(--cb-primary);background:#fff;border-radius:16px;padding:4px 10px;font-size:13px;cursor:pointer}',
    '.error{align-self:stretch;background:#fef2f2;color:#991b1b;border-radius:10px;padding:8px;font-size:13px}',
    '.error button{margin-left:8px}',
    '.typing{align-self:flex-start;color:var(--cb-muted);font-size:13px}',
    'form{display:flex;gap:6px;padding:10px;border-top:1px solid #e5e7eb;align-items:flex-end}',
    'textarea{flex:1;resize:none;border:1px solid #d1d5db;border-radius:10px;padding:8px;font-size:14px;min-height:40px;max-height:120px}',
    '.send{background:var(--cb-primary);color:#fff;border:0;border-radius:10px;padding:9px 14px;cursor:pointer;font-size:14px}',
    '.count{font-size:11px;color:var(--cb-muted);padding:0 12px 6px;text-align:right}.count.over{color:#b91c1c}',
    'button:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}',
    '@media (max-width:480px){.panel{inset:0;width:100vw;max-width:100vw;height:100vh;max-height:100vh;bottom:0;border-radius:0}}'
  ].join('');

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    if (text != null) node.textContent = text;
    return node;
  }

  /* Markdown subset (paragraphs, "- " lists, **bold**, _italic_, [text](url)) built as DOM nodes, never parsed as HTML. */
  function inline(parent, text) {
    var re = /\*\*([^*]+)\*\*|_([^_]+)_|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g, last = 0, m;
    while ((m = re.exec(text))) {
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      if (m[1]) parent.appendChild(el('strong', null, m[1]));
      else if (m[2] || m[3]) parent.appendChild(el('em', null, m[2] || m[3]));
      else if (SAFE_LINK.test(m[5])) parent.appendChild(el('a', { href: m[5], target: '_blank', rel: 'noopener noreferrer' }, m[4]));
      else parent.appendChild(document.createTextNode(m[4]));
      last = re.lastIndex;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function markdown(parent, text) {
    text.split(/\n{2,}/).forEach(function (block) {
      var lines = block.split('\n').filter(function (l) { return !/^_Source:/.test(l); });
      if (!lines.length) return;
      var list = null;
      lines.forEach(function (line) {
        if (/^- /.test(line)) {
          if (!list) { list = el('ul'); parent.appendChild(list); }
          var li = el('li'); inline(li, line.slice(2)); list.appendChild(li);
        } else {
          list = null;
          var p = el('p'); inline(p, line); parent.appendChild(p);
        }
      });
    });
  }

  var state = load();
  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || { sessionId: null, transcript: [] }; }
    catch (e) { return { sessionId: null, transcript: [] }; }
  }
  function save() {
    state.transcript = state.transcript.slice(-60);
    try { localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* private mode: the chat still works */ }
  }

  var host = el('div', { id: 'careerbot-widget' });
  var root = host.attachShadow({ mode: 'open' });
  var style = el('style'); style.textContent = CSS; root.appendChild(style);
  var wrap = el('div', { class: pageMode ? 'page' : 'floating' });
  root.appendChild(wrap);
  var title = d.title || 'Career questions';

  var launcher = el('button', { class: 'launcher', type: 'button', 'aria-label': 'Open chat: ' + title, 'aria-expanded': 'false',
    'aria-controls': 'cb-panel' });
  var icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  icon.setAttribute('viewBox', '0 0 24 24'); icon.setAttribute('aria-hidden', 'true');
  var bubblePath = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  bubblePath.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
  icon.appendChild(bubblePath); launcher.appendChild(icon);
  var panel = el('div', { class: 'panel', id: 'cb-panel', role: 'dialog', 'aria-label': title, 'aria-modal': 'false' });
  var header = el('header');
  header.appendChild(el('h2', null, title));
  var reset = el('button', { type: 'button', class: 'reset', 'aria-label': 'New conversation' }, 'New');
  header.appendChild(reset);
  var close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close chat' }, '✕');
  if (!pageMode) header.appendChild(close);
  var log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' });
  var form = el('form');
  var input = el('textarea', { rows: '1', 'aria-label': 'Your question', placeholder: 'Ask about a career…', maxlength: String(maxLength) });
  var send = el('button', { type: 'submit', class: 'send' }, 'Send');
  form.appendChild(input); form.appendChild(send);
  var count = el('div', { class: 'count', 'aria-live': 'off' }, '0/' + maxLength);
  panel.appendChild(header); panel.appendChild(log); panel.appendChild(form); panel.appendChild(count);
  if (!pageMode) { wrap.appendChild(launcher); panel.hidden = true; }
  wrap.appendChild(panel);
  document.body.appendChild(host);

  function scroll() { log.scrollTop = log.scrollHeight; }

  function renderMessage(m) {
    if (m.from === 'user') { log.appendChild(el('div', { class: 'msg user' }, m.text)); return; }
    var bubble = el('div', { class: 'msg bot' });
    markdown(bubble, m.text);
    if (m.sources && m.sources.length) {
      var src = el('div', { class: 'sources' });
      m.sources.forEach(function (s) { src.appendChild(el('div', null, 'Source: ' + s.title + ' — ' + s.section)); });
      bubble.appendChild(src);
    }
    log.appendChild(bubble);
  }

  function renderChips(suggestions) {
    var old = log.querySelector('.chips'); if (old) old.remove();
    if (!suggestions || !suggestions.length) return;
    var chips = el('div', { class: 'chips' });
    suggestions.forEach(function (s) {
      var chip = el('button', { type: 'button', class: 'chip' }, s);
      chip.addEventListener('click', function () { ask(s); });
      chips.appendChild(chip);
    });
    log.appendChild(chips);
  }

  function renderAll() {
    log.textContent = '';
    renderMessage({ from: 'bot', text: d.greeting || 'Hi! Ask me about careers, e.g. "What does a product owner do?"' });
    state.transcript.forEach(renderMessage);
    var lastBot = state.transcript.filter(function (m) { return m.from === 'bot'; }).pop();
    renderChips(lastBot && lastBot.suggestions);
    scroll();
  }

  var busy = false;
  function ask(text) {
    text = (text || '').trim();
    if (!text || busy) return;
    if (text.length > maxLength) { showError('Your question is longer than ' + maxLength + ' characters.', null); return; }
    state.transcript.push({ from: 'user', text: text }); save();
    renderAll();
    input.value = ''; updateCount();
    request(text);
  }

  function request(text) {
    busy = true;
    var typing = el('div', { class: 'typing', 'aria-label': 'careerbot is typing' }, 'careerbot is typing…');
    log.appendChild(typing); scroll();
    fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sessionId: state.sessionId, message: text }) })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          if (!r.ok) throw new Error(body.message || ('The server answered ' + r.status));
          return body;
        });
      })
      .then(function (body) {
        busy = false; typing.remove();
        state.sessionId = body.sessionId;
        state.transcript.push({ from: 'bot', text: body.reply, sources: body.sources, suggestions: body.suggestions });
        save(); renderAll();
      })
      .catch(function (e) {
        busy = false; typing.remove();
        showError(e && e.message && !/fetch|network/i.test(e.message) ? e.message : 'Can\'t reach careerbot right now.',
          function () { request(text); });
      });
  }

  function showError(message, retry) {
    var box = el('div', { class: 'error', role: 'alert' }, message);
    if (retry) {
      var again = el('button', { type: 'button', class: 'retry' }, 'Retry');
      again.addEventListener('click', function () { box.remove(); retry(); });
      box.appendChild(again);
    }
    log.appendChild(box); scroll();
  }

  function updateCount() {
    count.textContent = input.value.length + '/' + maxLength;
    count.className = 'count' + (input.value.length >= maxLength ? ' over' : '');
  }

  function setOpen(open) {
    if (pageMode) return;
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    launcher.setAttribute('aria-label', (open ? 'Close chat: ' : 'Open chat: ') + title);
    if (open) { renderAll(); input.focus(); } else { launcher.focus(); }
  }

  launcher.addEventListener('click', function () { setOpen(panel.hidden); });
  close.addEventListener('click', function () { setOpen(false); });
  reset.addEventListener('click', function () { state = { sessionId: null, transcript: [] }; save(); renderAll(); input.focus(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); ask(input.value); });
  input.addEventListener('input', updateCount);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); ask(input.value); }
  });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { e.preventDefault(); setOpen(false); } });

  renderAll();
  if (pageMode || d.open === 'true') { if (!pageMode) setOpen(true); else input.focus(); }
})();
