/// The fixed parts of the HTML page: head with inline style, legend, and the closing script.
/// Everything is inline (no fonts, images or other files), so the page works offline and can
/// be mailed as one file.
enum HTMLPage {
    static let head = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>toolkit-cli: extractions</title>
    <style>
    \(style)
    </style>
    </head>
    <body>
    <header>
    <h1>Extractions</h1>
    <p>Hover a highlight, or move to it with Tab, for its details. An attribution’s source, cue and \
    content light up together. Escape hides the details.</p>
    \(legend)
    </header>
    <main>

    """

    static let legend = """
    <section class="legend" aria-label="Legend">
    <h2>Legend</h2>
    <ul>
    <li><span class="hl l-numbers r-item" lang="ar" dir="rtl">نحو <span class="hl l-numbers r-core">40 ألف</span> شخص</span> number, its core in bold</li>
    <li><span class="hl l-quotes r-item q-speech" lang="ar" dir="rtl">”سنواصل القتال“</span> quote: speech</li>
    <li><span class="hl l-quotes r-item q-speech_fragment" lang="ar" dir="rtl">”قريباً“</span> quote: speech fragment</li>
    <li><span class="hl l-quotes r-item q-name" lang="ar" dir="rtl">"قسد"</span> quote: name</li>
    <li><span class="hl l-quotes r-item q-term" lang="ar" dir="rtl">«الخلافة»</span> quote: term</li>
    <li><span class="hl l-quotes r-item q-malformed" lang="ar" dir="rtl">”غير مغلق</span> quote: malformed</li>
    <li><span class="hl l-attributions r-source" lang="ar" dir="rtl">المتحدث</span> attribution source</li>
    <li><span class="hl l-attributions r-cue" lang="ar" dir="rtl">قال</span> attribution cue</li>
    <li><span class="hl l-attributions r-introducer" lang="ar" dir="rtl">إن</span> introducer</li>
    <li><span class="hl l-attributions r-content" lang="ar" dir="rtl">المعركة ستنتهي</span> attribution content</li>
    <li><span class="hl l-other" lang="ar" dir="rtl">نص</span> item of another layer</li>
    </ul>
    </section>
    """

    static let style = """
    body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#f6f7f9;display:flex;flex-direction:column}
    header{order:-2;padding:1rem 1.5rem;background:#fff;border-bottom:1px solid #d0d7de}
    header h1{margin:0 0 .25rem;font-size:1.4rem}
    header p{margin:.25rem 0 .75rem;color:#57606a}
    .legend h2{font-size:1rem;margin:.5rem 0}
    .legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
    .legend li{white-space:nowrap}
    .legend li>.hl{margin-inline-end:.35rem}
    #toc{order:-1;padding:.5rem 1.5rem;background:#fff;border-bottom:1px solid #d0d7de}
    #toc h2{font-size:1rem;margin:.5rem 0}
    #toc ol{margin:0 0 .5rem;padding-inline-start:1.5rem;columns:2 24rem}
    main{padding:0 1rem 2rem}
    article{background:#fff;border:1px solid #d0d7de;border-radius:8px;margin:1rem auto;padding:.75rem 1.5rem 1.25rem;max-width:60rem}
    article h2{font-size:1.1rem;margin:.25rem 0;text-align:start}
    .meta{color:#57606a;font-size:.85rem;margin:.25rem 0 .75rem}
    .errors{color:#a40e26;font-size:.9rem}
    .text{white-space:pre-wrap;font-size:1.2rem;line-height:2.3;font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",system-ui,sans-serif}
    .hl{border-radius:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
    .r-content{background:#fff1b8}
    .r-introducer{background:#e6e8eb}
    .r-source{background:#cfe8ff;font-weight:600}
    .r-cue{background:#ffd3a3;font-weight:700}
    .l-numbers.r-item{border:1.5px solid #c92a2a;padding:0 2px}
    .l-numbers.r-core{color:#c92a2a;font-weight:700}
    .l-quotes.r-item{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:6px}
    .q-speech{text-decoration-color:#1a7f37;text-decoration-style:solid}
    .q-speech_fragment{text-decoration-color:#1a7f37;text-decoration-style:dashed}
    .q-name{text-decoration-color:#8250df;text-decoration-style:dotted}
    .q-term{text-decoration-color:#d4650b;text-decoration-style:wavy}
    .q-malformed{text-decoration-color:#cf222e;text-decoration-style:double}
    .l-other,.hl:not(.l-numbers):not(.l-quotes):not(.l-attributions){box-shadow:inset 0 -3px #8c959f}
    .hl.linked{outline:2px solid #0969da;outline-offset:1px}
    .r-content.linked{background:#ffe066}
    .r-source.linked{background:#8cc8ff}
    .r-cue.linked{background:#ffaa55}
    .hl[tabindex]:focus-visible{outline:3px solid #0969da;outline-offset:2px}
    #tip{position:absolute;z-index:10;max-width:26rem;padding:.5rem .75rem;border-radius:6px;background:#1f2328;color:#fff;font-size:.85rem;line-height:1.45;white-space:pre-line;pointer-events:none;box-shadow:0 4px 12px rgba(0,0,0,.25)}
    #tip[hidden]{display:none}
    """

    static let foot = """
    <div id="tip" role="tooltip" hidden></div>
    <script>
    \(script)
    </script>
    </body>
    </html>

    """

    /// Moves the contents above the documents, and drives the tooltip and linking: hovering or
    /// focusing a highlight shows the details of it and of every highlight around it, and
    /// outlines all parts of those items (an attribution's source, cue and content).
    static let script = """
    (function () {
      var toc = document.getElementById('toc'), main = document.querySelector('main');
      if (toc && main) main.parentNode.insertBefore(toc, main);
      var tip = document.getElementById('tip'), lit = [], described = null;
      function clear() {
        lit.forEach(function (e) { e.classList.remove('linked'); });
        lit = [];
        tip.hidden = true;
        if (described) { described.removeAttribute('aria-describedby'); described = null; }
      }
      function show(target) {
        clear();
        var first = target.closest ? target.closest('.text [data-tip]') : null;
        if (!first) return;
        var article = first.closest('article'), tips = [];
        for (var el = first; el && el !== article; el = el.parentElement) {
          if (!el.hasAttribute('data-tip')) continue;
          var sel = '[data-layer="' + CSS.escape(el.dataset.layer) + '"][data-item="' + el.dataset.item + '"]';
          article.querySelectorAll(sel).forEach(function (p) { p.classList.add('linked'); lit.push(p); });
          if (tips.indexOf(el.dataset.tip) < 0) tips.push(el.dataset.tip);
        }
        tip.textContent = tips.join('\\n\\n');
        tip.hidden = false;
        var r = first.getBoundingClientRect(), w = tip.offsetWidth;
        var left = Math.min(Math.max(8, r.left + r.width / 2 - w / 2), document.documentElement.clientWidth - w - 8);
        tip.style.left = (window.scrollX + left) + 'px';
        tip.style.top = (window.scrollY + r.bottom + 8) + 'px';
        if (target === document.activeElement) { target.setAttribute('aria-describedby', 'tip'); described = target; }
      }
      document.addEventListener('mouseover', function (e) { show(e.target); });
      document.addEventListener('focusin', function (e) { show(e.target); });
      document.addEventListener('focusout', clear);
      document.addEventListener('keydown', function (e) { if (e.key === 'Escape') clear(); });
      document.documentElement.classList.add('js');
    })();
    """
}
