// Live results as you type, on top of the plain GET form (which works without this script).
// Fetches /api/search, renders with DOM methods only: titles as text, snippets keep only <mark>.
(() => {
  'use strict';
  const live = document.querySelector('[data-search-live]');
  const input = document.querySelector('main .search-form input[name="q"]');
  const cardTemplate = document.getElementById('red-flag-card');
  if (!live || !input || !window.fetch || !window.AbortController) return;

  let timer = 0;
  let controller = null;
  let lastQuery = input.value.trim();

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 250);
  });

  async function run() {
    const q = input.value.trim();
    if (q === lastQuery || q.length > 200) return;
    lastQuery = q;
    if (controller) controller.abort();
    if (q.length < 2) return;
    controller = new AbortController();
    try {
      const response = await fetch('/api/search?q=' + encodeURIComponent(q), {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) return;
      render(await response.json());
      window.history.replaceState(null, '', '/search?q=' + encodeURIComponent(q));
    } catch (error) {
      // Aborted or offline: the form still works, so leave the page as it is.
    }
  }

  function el(name, className, text) {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The API's snippet is encoded text plus <mark>; rebuild it from text nodes and marks only.
  function snippet(html) {
    const p = el('p', 'search-result__snippet');
    const doc = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html');
    doc.body.firstChild.childNodes.forEach((node) => {
      if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') {
        p.appendChild(el('mark', '', node.textContent));
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    });
    return p;
  }

  function render(data) {
    const shown = data.suggestion || data.query;
    const parts = [];
    document.querySelectorAll('main > .search-red-flag, main > .form-error').forEach((node) => node.remove());
    if (data.redFlags && data.redFlags.length && cardTemplate) {
      live.before(cardTemplate.content.cloneNode(true));
    }
    if (data.suggestion) {
      const p = el('p', 'search-suggestion', 'Did you mean ');
      const a = el('a', '', data.suggestion);
      a.href = '/search?q=' + encodeURIComponent(data.suggestion);
      p.append(a, '?');
      parts.push(p);
    }
    const status = el('p', 'search-count', data.total === 0
      ? 'No articles found for “' + data.query + '”. Press Search for help finding one.'
      : data.total + (data.total === 1 ? ' article' : ' articles') + ' found for “' + shown + '”.');
    status.setAttribute('role', 'status');
    parts.push(status);
    if (data.results.length) {
      const list = el('ol', 'search-results');
      data.results.forEach((hit) => {
        const item = el('li', 'search-result');
        const title = el('h2', 'search-result__title');
        const link = el('a', '', hit.title);
        link.href = hit.url;
        title.appendChild(link);
        item.append(title, snippet(hit.snippet));
        list.appendChild(item);
      });
      parts.push(list);
      if (data.pageCount > 1) {
        const more = el('p');
        const a = el('a', '', 'See all ' + data.total + ' results, with topics');
        a.href = '/search?q=' + encodeURIComponent(shown);
        more.appendChild(a);
        parts.push(more);
      }
    }
    live.replaceChildren(...parts);
  }
})();
