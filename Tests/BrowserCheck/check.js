// Injected only into a temporary copy of a report by check-reports.sh (reports themselves
// carry no script). Writes one verdict line into the page for --dump-dom to read.
(function () {
  const problems = [];
  const tolerance = 1;
  const describe = (el) => (el.textContent || el.tagName).trim().slice(0, 60);
  const charts = Array.from(document.querySelectorAll('svg.chart'));
  if (charts.length === 0) problems.push('no charts in the report');
  charts.forEach((svg, index) => {
    const name = 'chart ' + (index + 1) + ' (' + (svg.getAttribute('aria-label') || '') + ')';
    const box = svg.getBoundingClientRect();
    const marks = Array.from(svg.querySelectorAll('.mark')).filter((mark) => {
      const r = mark.getBoundingClientRect();
      return r.width > 0 && r.height > 0 || (r.width > 0 || r.height > 0) && mark.tagName === 'path';
    });
    if (marks.length === 0) problems.push(name + ': empty, no data marks');
    const texts = Array.from(svg.querySelectorAll('text')).filter((t) => t.textContent.trim() !== '');
    const rects = texts.map((t) => t.getBoundingClientRect());
    texts.forEach((t, i) => {
      const r = rects[i];
      if (r.left < box.left - tolerance || r.right > box.right + tolerance || r.top < box.top - tolerance || r.bottom > box.bottom + tolerance) {
        problems.push(name + ': text outside the chart: "' + describe(t) + '"');
      }
      for (let j = 0; j < i; j++) {
        const o = rects[j];
        const overlapX = Math.min(r.right, o.right) - Math.max(r.left, o.left);
        const overlapY = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
        if (overlapX > 2 && overlapY > 2) problems.push(name + ': texts overlap: "' + describe(t) + '" and "' + describe(texts[j]) + '"');
      }
    });
  });
  const main = document.querySelector('main');
  const mainBox = main ? main.getBoundingClientRect() : document.body.getBoundingClientRect();
  document.querySelectorAll('main *').forEach((el) => {
    if (el.closest('svg')) return;
    if (el.scrollWidth > el.clientWidth + tolerance && getComputedStyle(el).display !== 'inline') {
      problems.push('HTML text overflows its box: <' + el.tagName.toLowerCase() + '> "' + describe(el) + '"');
    }
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > mainBox.right + tolerance) problems.push('element past the page edge: <' + el.tagName.toLowerCase() + '> "' + describe(el) + '"');
  });
  const verdict = document.createElement('pre');
  verdict.id = 'browser-check';
  verdict.textContent = problems.length === 0
    ? 'OK ' + charts.length + ' charts'
    : problems.map((p) => 'FAIL ' + p).join('\n');
  document.body.appendChild(verdict);
})();
