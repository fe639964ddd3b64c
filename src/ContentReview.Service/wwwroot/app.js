// The editors' test page: review a draft through POST /api/review, show the findings, apply suggestions.
//
// Safety: everything that comes from the draft or the server is inserted with textContent / createTextNode, never as
// HTML, so a draft full of <script> stays text. The page's Content-Security-Policy forbids inline script as well.
// Offsets: the page asks for UTF-16 offsets, which are exactly JavaScript string indices.
'use strict';

(() => {
  const CATEGORY_LABELS = {
    'political-term': '固有表述',
    'agency-name': '机构名称',
    'leader-title': '领导职务',
    'cross-strait': '涉台港澳',
    'territory': '领土地名',
    'ethnic-religious': '民族宗教',
    'international': '国际关系',
    'discriminatory': '歧视性用语',
    'typo': '错别字',
    'confusable': '易混词语',
    'sensitive': '敏感词',
    'privacy': '个人信息',
    'secret': '涉密标识',
    'number-format': '数字格式',
    'punctuation': '标点符号',
  };
  const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS);
  const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' };
  const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };

  const SAMPLE =
    '根据国土资源部的通知，我市将于2024年3月1日起开展土地例行督察。\n' +
    '今年是中国共产党成立100周年，各单位要认真组织庆祝建党100年系列活动，再接再励，做好各项工作。\n' +
    '国家旅游局有关负责人出席会议。台湾总统一词不得出现在稿件中。\n' +
    '报名截止到5月31日，联系人：王某，手机13812345678，身份证号110101199003071234。\n' +
    '本文件内部资料，注意保密。';

  const $ = (id) => document.getElementById(id);
  const draft = $('draft');
  const htmlMode = $('html-mode');
  const reviewButton = $('review-btn');
  const applyAllButton = $('apply-all-btn');
  const sampleButton = $('sample-btn');
  const apiKey = $('api-key');
  const statusLine = $('status');
  const errorBox = $('error');
  const preview = $('preview');
  const summary = $('summary');
  const counts = $('counts');
  const groups = $('groups');
  const lexiconVersion = $('lexicon-version');

  // The last successful review: the exact text and mode it ran on, and its findings.
  let reviewed = null;
  let requestCounter = 0;
  let inFlight = null;

  /** Creates an element; children may be nodes or strings (inserted as text). */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (name === 'className') node.className = value;
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  const categoryLabel = (category) => CATEGORY_LABELS[category] || category;
  const severityClass = (severity) => 'sev-' + (SEVERITY_RANK[severity] === undefined ? 'info' : severity);

  function categoryRank(category) {
    const i = CATEGORY_ORDER.indexOf(category);
    return i < 0 ? CATEGORY_ORDER.length : i;
  }

  function headers() {
    const h = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    const key = apiKey.value.trim();
    if (key) h['X-Api-Key'] = key;
    return h;
  }

  function showError(title, detail, fields) {
    errorBox.replaceChildren(el('strong', { text: title }));
    if (detail) errorBox.append(el('p', { text: detail }));
    if (fields && Object.keys(fields).length) {
      const list = el('ul');
      for (const [field, messages] of Object.entries(fields)) {
        for (const message of [].concat(messages)) list.append(el('li', {}, el('code', { text: field }), '：', message));
      }
      errorBox.append(list);
    }
    errorBox.hidden = false;
  }

  function clearError() {
    errorBox.hidden = true;
    errorBox.replaceChildren();
  }

  async function loadLexicon() {
    try {
      const response = await fetch('/api/lexicon', { headers: headers() });
      if (!response.ok) return;
      const info = await response.json();
      lexiconVersion.textContent = info.version + '（' + info.ruleCount + ' 条规则）';
    } catch {
      // The version is a nicety; the review reports it again.
    }
  }

  async function review() {
    const text = draft.value;
    const html = htmlMode.checked;
    clearError();
    if (!text.trim()) {
      statusLine.textContent = '请先粘贴稿件。';
      draft.focus();
      return;
    }

    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    reviewButton.disabled = true;
    reviewButton.setAttribute('aria-busy', 'true');
    statusLine.textContent = '正在审校……';
    try {
      const response = await fetch('/api/review', {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify({
          text,
          contentType: html ? 'html' : 'plain',
          offsetUnit: 'utf16',
          requestId: 'page-' + (++requestCounter),
        }),
        signal: controller.signal,
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        statusLine.textContent = '审校失败。';
        const title = {
          400: '请求有误', 401: '需要 API 密钥', 403: '该密钥无权调用', 413: '稿件过长', 429: '请求过于频繁，请稍后再试',
        }[response.status] || ('服务出错（' + response.status + '）');
        showError(title, body && body.detail, body && body.errors);
        if (response.status === 401 || response.status === 403) {
          apiKey.closest('details').open = true;
          apiKey.focus();
        }
        return;
      }
      reviewed = { text, html, findings: body.findings, version: body.lexiconVersion, ms: body.reviewTimeMs };
      lexiconVersion.textContent = body.lexiconVersion;
      render();
    } catch (error) {
      if (error.name === 'AbortError') return;
      statusLine.textContent = '审校失败。';
      showError('无法连接审校服务', String(error.message || error));
    } finally {
      if (inFlight === controller) {
        inFlight = null;
        reviewButton.disabled = false;
        reviewButton.removeAttribute('aria-busy');
      }
    }
  }

  function render() {
    const { text, findings } = reviewed;
    renderPreview(text, findings);
    renderList(findings);
    const bySeverity = { error: 0, warning: 0, info: 0 };
    for (const f of findings) bySeverity[f.severity] = (bySeverity[f.severity] || 0) + 1;
    statusLine.textContent = findings.length === 0
      ? '未发现问题（词库版本 ' + reviewed.version + '，用时 ' + reviewed.ms + ' 毫秒）。'
      : '发现 ' + findings.length + ' 处问题：错误 ' + bySeverity.error + '，警告 ' + bySeverity.warning +
        '，提示 ' + bySeverity.info + '（词库版本 ' + reviewed.version + '，用时 ' + reviewed.ms + ' 毫秒）。';
    applyAllButton.disabled = !findings.some((f) => f.suggestions && f.suggestions.length);
    // How many reviews the page has shown; lets automated tests wait for a re-review without guessing.
    statusLine.dataset.reviews = String(Number(statusLine.dataset.reviews || 0) + 1);
  }

  /**
   * Shows the draft as text with every finding highlighted. Findings may overlap, so the text is cut at every span
   * edge and each piece is marked with the most serious finding covering it.
   */
  function renderPreview(text, findings) {
    const edges = new Set([0, text.length]);
    for (const f of findings) {
      edges.add(Math.max(0, Math.min(text.length, f.start)));
      edges.add(Math.max(0, Math.min(text.length, f.start + f.length)));
    }
    const points = [...edges].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < points.length; i++) {
      const at = points[i];
      // Zero-length findings (something missing here) get a caret.
      findings.forEach((f, index) => {
        if (f.length === 0 && f.start === at) fragment.append(mark('‸', [index], findings, 'hl-point'));
      });
      if (i === points.length - 1) break;
      const next = points[i + 1];
      const piece = text.slice(at, next);
      const covering = [];
      findings.forEach((f, index) => {
        if (f.length > 0 && f.start <= at && f.start + f.length >= next) covering.push(index);
      });
      fragment.append(covering.length ? mark(piece, covering, findings) : document.createTextNode(piece));
    }
    preview.replaceChildren(fragment);
  }

  function mark(piece, indexes, findings, extraClass) {
    const worst = indexes.reduce((a, b) =>
      SEVERITY_RANK[findings[b].severity] > SEVERITY_RANK[findings[a].severity] ? b : a);
    const title = indexes.map((i) =>
      SEVERITY_LABELS[findings[i].severity] + '：' + findings[i].message).join('\n');
    return el('mark', {
      className: 'hl ' + severityClass(findings[worst].severity) + (extraClass ? ' ' + extraClass : ''),
      'data-findings': indexes.join(' '),
      title,
    }, piece);
  }

  function renderList(findings) {
    const byCategory = new Map();
    findings.forEach((f, index) => {
      if (!byCategory.has(f.category)) byCategory.set(f.category, []);
      byCategory.get(f.category).push(index);
    });
    const categories = [...byCategory.keys()].sort((a, b) =>
      categoryRank(a) - categoryRank(b) || a.localeCompare(b));

    summary.replaceChildren(findings.length
      ? el('p', { text: '共 ' + findings.length + ' 处问题，分 ' + categories.length + ' 类。' })
      : el('p', { className: 'ok', text: '未发现问题。' }));

    counts.replaceChildren(...categories.map((category) => el('li', { 'data-category': category },
      el('span', { className: 'count-label', text: categoryLabel(category) }),
      el('span', { className: 'count', text: String(byCategory.get(category).length) }))));

    groups.replaceChildren(...categories.map((category) => {
      const indexes = byCategory.get(category);
      const headingId = 'group-' + category.replace(/[^a-z0-9-]/gi, '_');
      return el('section', { className: 'group', 'data-category': category, 'aria-labelledby': headingId },
        el('h3', { id: headingId },
          categoryLabel(category), ' ', el('span', { className: 'group-count', text: '（' + indexes.length + '）' })),
        el('ul', { className: 'finding-list' }, ...indexes.map((i) => item(findings[i], i))));
    }));
  }

  function item(f, index) {
    const severity = SEVERITY_LABELS[f.severity] || f.severity;
    const suggestions = f.suggestions || [];
    const li = el('li', {
      className: 'finding ' + severityClass(f.severity),
      tabindex: 0,
      'data-index': index,
      'aria-label': severity + '：“' + f.text + '”。' + f.message +
        (suggestions.length ? ' 建议改为：' + suggestions.join('、') + '。' : ''),
      'aria-describedby': 'item-hint',
    },
      el('div', { className: 'finding-head' },
        el('span', { className: 'badge ' + severityClass(f.severity), text: severity }),
        el('q', { className: 'finding-text', text: f.text }),
        el('code', { className: 'rule-id', text: f.ruleId })),
      el('p', { className: 'message', text: f.message }),
      f.source ? el('p', { className: 'source' }, el('span', { className: 'label', text: '依据：' }), f.source) : null,
      suggestions.length
        ? el('div', { className: 'suggestions' },
          el('span', { className: 'label', text: '建议：' }),
          ...suggestions.map((s, k) => el('button', {
            type: 'button',
            className: 'suggestion',
            'data-index': index,
            'data-suggestion': k,
            'aria-label': '将“' + f.text + '”改为“' + s + '”',
          }, s)))
        : el('p', { className: 'no-suggestion', text: '无自动建议，请人工判断。' }));
    return li;
  }

  /** Scrolls to and flashes the highlight of finding <index> in the preview. */
  function locate(index) {
    const marks = [...preview.querySelectorAll('mark.hl')]
      .filter((m) => m.dataset.findings.split(' ').includes(String(index)));
    for (const m of preview.querySelectorAll('mark.current')) m.classList.remove('current');
    for (const m of marks) m.classList.add('current');
    if (marks.length) marks[0].scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    for (const li of groups.querySelectorAll('li.finding[aria-current]')) li.removeAttribute('aria-current');
    const li = groups.querySelector('li.finding[data-index="' + index + '"]');
    if (li) li.setAttribute('aria-current', 'true');
  }

  function isStale() {
    return !reviewed || reviewed.text !== draft.value || reviewed.html !== htmlMode.checked;
  }

  /** In HTML mode a suggestion is text, not markup: escape it before it goes into the source. */
  function asSource(replacement) {
    if (!reviewed.html) return replacement;
    return replacement.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function replaceSpans(edits) {
    // From the end backwards, so the offsets of the earlier edits stay valid.
    edits.sort((a, b) => b.start - a.start);
    let text = reviewed.text;
    for (const e of edits) text = text.slice(0, e.start) + e.replacement + text.slice(e.start + e.length);
    draft.value = text;
  }

  function applyOne(index, suggestionIndex) {
    if (isStale()) {
      statusLine.textContent = '稿件在审校后已修改，已重新审校，请再次选择建议。';
      review();
      return;
    }
    const f = reviewed.findings[index];
    replaceSpans([{ start: f.start, length: f.length, replacement: asSource(f.suggestions[suggestionIndex]) }]);
    statusLine.textContent = '已将“' + f.text + '”改为“' + f.suggestions[suggestionIndex] + '”，正在重新审校……';
    review();
  }

  function applyAll() {
    if (isStale()) {
      statusLine.textContent = '稿件在审校后已修改，已重新审校。';
      review();
      return;
    }
    // The first suggestion of every finding that has one; where spans overlap, the earlier (longer) finding wins.
    const edits = [];
    let end = -1;
    const ordered = reviewed.findings.map((f, i) => ({ f, i }))
      .filter(({ f }) => f.suggestions && f.suggestions.length)
      .sort((a, b) => a.f.start - b.f.start || b.f.length - a.f.length);
    for (const { f } of ordered) {
      if (f.start < end) continue;
      edits.push({ start: f.start, length: f.length, replacement: asSource(f.suggestions[0]) });
      end = f.start + f.length;
    }
    if (!edits.length) return;
    replaceSpans(edits);
    statusLine.textContent = '已采纳 ' + edits.length + ' 条建议，正在重新审校……';
    review();
  }

  reviewButton.addEventListener('click', review);
  applyAllButton.addEventListener('click', applyAll);
  sampleButton.addEventListener('click', () => {
    draft.value = SAMPLE;
    htmlMode.checked = false;
    draft.focus();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      review();
    }
  });

  groups.addEventListener('click', (event) => {
    const button = event.target.closest('button.suggestion');
    if (button) {
      applyOne(Number(button.dataset.index), Number(button.dataset.suggestion));
      return;
    }
    const li = event.target.closest('li.finding');
    if (li) locate(Number(li.dataset.index));
  });

  groups.addEventListener('keydown', (event) => {
    const li = event.target;
    if (!(li instanceof HTMLElement) || !li.matches('li.finding')) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      locate(Number(li.dataset.index));
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Arrow keys move between findings; Tab still walks through items and their suggestion buttons.
      const items = [...groups.querySelectorAll('li.finding')];
      const next = items[items.indexOf(li) + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  });

  preview.addEventListener('click', (event) => {
    const m = event.target.closest('mark.hl');
    if (!m) return;
    const index = Number(m.dataset.findings.split(' ')[0]);
    const li = groups.querySelector('li.finding[data-index="' + index + '"]');
    locate(index);
    if (li) li.focus();
  });

  const hint = el('p', { id: 'item-hint', className: 'visually-hidden',
    text: '按回车或空格键在标注结果中定位；按上下方向键切换问题；按 Tab 键到建议按钮。' });
  document.body.append(hint);

  loadLexicon();
})();
