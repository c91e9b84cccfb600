// Injected only into a temporary copy of a report by check-reports.sh (reports themselves
// carry no script). Writes one verdict line into the page for --dump-dom to read.
//
// Checks every chart shown at this width (each chart is drawn twice, for wide and narrow
// screens, and the style sheet hides one): it has data marks; its text stays inside it,
// clear of other text, of reference lines (class "reference-line": target, zero, base,
// percentiles) and of solid data marks (bars, columns, symbols, error bars); and HTML text
// does not overflow its box or the page.
(function () {
  const problems = [];
  const tolerance = 1;
  // Text may touch a line or mark by this much (anti-aliasing, glyph side bearings).
  const clearance = 0.5;
  const describe = (el) => (el.textContent || el.tagName).trim().slice(0, 60);
  const overlaps = (a, b, margin) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > margin && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > margin;
  // A line's box (zero wide when vertical) widened by half its stroke.
  const lineBox = (line, scale) => {
    const r = line.getBoundingClientRect();
    const half = (parseFloat(line.getAttribute('stroke-width') || '1') * scale) / 2;
    return { left: r.left - half, right: r.right + half, top: r.top - half, bottom: r.bottom + half };
  };
  const charts = Array.from(document.querySelectorAll('svg.chart')).filter((svg) => svg.getBoundingClientRect().width > 0);
  if (charts.length === 0) problems.push('no charts shown in the report');
  charts.forEach((svg, index) => {
    const name = 'chart ' + (index + 1) + ' (' + (svg.getAttribute('aria-label') || '') + ')';
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const marks = Array.from(svg.querySelectorAll('.mark')).filter((mark) => {
      const r = mark.getBoundingClientRect();
      return r.width > 0 && r.height > 0 || (r.width > 0 || r.height > 0) && mark.tagName === 'path';
    });
    if (marks.length === 0) problems.push(name + ': empty, no data marks');
    const references = Array.from(svg.querySelectorAll('.reference-line')).map((line) => lineBox(line, scale));
    // Solid marks: bars, columns, symbols and error bars (not bands and lines, whose boxes are not their shapes).
    const solids = Array.from(svg.querySelectorAll('.mark rect, rect.mark, .mark circle, .markers path, .mark .interval'))
      .map((el) => (el.tagName === 'line' ? lineBox(el, scale) : el.getBoundingClientRect()))
      .filter((r) => r.right - r.left > 0 && r.bottom - r.top > 0);
    const texts = Array.from(svg.querySelectorAll('text')).filter((t) => t.textContent.trim() !== '');
    const rects = texts.map((t) => t.getBoundingClientRect());
    texts.forEach((t, i) => {
      const r = rects[i];
      if (r.left < box.left - tolerance || r.right > box.right + tolerance || r.top < box.top - tolerance || r.bottom > box.bottom + tolerance) {
        problems.push(name + ': text outside the chart: "' + describe(t) + '"');
      }
      for (let j = 0; j < i; j++) {
        if (overlaps(r, rects[j], 2)) problems.push(name + ': texts overlap: "' + describe(t) + '" and "' + describe(texts[j]) + '"');
      }
      if (references.some((line) => overlaps(r, line, clearance))) {
        problems.push(name + ': text crosses a reference line: "' + describe(t) + '"');
      }
      // The glyphs' box (a text box's top and bottom include the line gap) against solid marks.
      const fontSize = parseFloat(getComputedStyle(t).fontSize) * scale;
      const inset = Math.max(0, (r.bottom - r.top - fontSize) / 2);
      const glyphs = { left: r.left, right: r.right, top: r.top + inset, bottom: r.bottom - inset };
      if (solids.some((mark) => overlaps(glyphs, mark, clearance))) {
        problems.push(name + ': text lies on a data mark: "' + describe(t) + '"');
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
