// The page's own script, inline right after the prerendered tree (`prerender::body_script`,
// minified by tools/assemble.mjs; its hash is in the Content-Security-Policy). It needs no
// WebAssembly, so all of this works before the wasm arrives and if it never does:
// - the page's tree is ordinary markup in the page's language (the head script has sent a reader
//   who wants the other language to the other page); the other language's tree is fetched from
//   the other page when the reader reaches for the switch;
// - the language switch: swaps the page's regions (the header, the contents, each block of each
//   section, the footer) for the other language's, those near the window first and the rest a
//   few milliseconds' worth per task, keeping the reader's place and focus; live widgets stay
//   where they are (their slot is a region of its own); then the wasm is told (`h200:lang` to
//   relabel the widgets, `h200:swapped` once every region is in). Every region carries its own
//   lang, so changing <html lang> restyles nothing else (no relayout of the whole page).
// - the glossary tooltips (tap to toggle, Escape or leaving to close) and the contents' mark on
//   the section being read;
// - the figures' PNG and SVG downloads, "Cite this" (the address filled in, the copy buttons),
//   and the closed lists opened for printing.
// Lines starting with // are dropped when the build inlines this file.
(function () {
  var d = document, html = d.documentElement, box = d.getElementById('prerender');
  if (!box) return;
  if (box.getAttribute('data-kind') !== (html.getAttribute('data-embed') || 'article')) {
    box.remove();
    return;
  }
  var KEY = '__LANG_KEY__';
  var source = {}, regions = {}, titles = {}, pending = [], queued = null;
  // The page's tree, in the page's language, is ordinary markup (it painted as it arrived); the
  // head script has sent a reader who wants the other language to the other page. The other
  // language's tree is that page's: fetched when the reader reaches for the switch (below).
  var tree = box.querySelector('.prerender');
  if (!tree) return;
  var lang = tree.lang;
  // (Only a page under a file name the head script does not know can get here in another
  // language: it shows its own, and the widgets follow.)
  if (html.lang !== lang) html.lang = lang;
  var otherLang = box.getAttribute('data-other-lang'), pages = {};
  pages[lang] = location.pathname;
  if (otherLang) pages[otherLang] = new URL(box.getAttribute('data-other'), location.href).pathname;
  titles[lang] = tree.getAttribute('data-title');
  cite(tree, lang);

  // Builds language l's tree from its text into `into`, a piece per call: the part before the
  // sections, each section, then the rest (the build marks the cuts with <!--r-->), so that no
  // single task parses the whole article. Returns the tree's root once complete.
  function builder(l, into) {
    var chunks = source[l].split('<!--r-->'), i = 0, root, main;
    return function () {
      var t = d.createElement('template');
      t.innerHTML = chunks[i];
      var piece = d.adoptNode(t.content);
      if (i === 0) {
        root = piece.firstElementChild;
        main = root.querySelector('main') || root;
        into.appendChild(piece);
      } else {
        (i < chunks.length - 1 ? main : root).appendChild(piece);
      }
      if (++i < chunks.length) return null;
      cite(root, l);
      regions[l] = parts(root, l);
      titles[l] = root.getAttribute('data-title');
      return root;
    };
  }

  // The other language's page, fetched once the reader reaches for the switch (a pointer over
  // it, a touch, keyboard focus): its tree is between the marks the build puts around every
  // page's tree, and is built off the page a piece per idle period. Nothing is fetched for a
  // reader who never switches (issue 24: the page was both languages, twice its words' weight).
  // (With a deadline: a page kept busy, by an animation say, may have no idle period for long.)
  var idle = window.requestIdleCallback
    ? function (f) { return requestIdleCallback(f, { timeout: 300 }); }
    : function (f) { return setTimeout(f, 50); };
  var loading = null;
  function fetchOther() {
    if (loading || !otherLang) return loading;
    loading = fetch(box.getAttribute('data-other'), { credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.text();
      })
      .then(function (text) {
        // (The marks as `prerender::TREE_MARKS` writes them; tools/assemble.mjs escapes the
        // comment opener when it inlines this script.)
        var open = '<!--tree-->', a = text.indexOf(open), b = text.indexOf('<!--/tree-->');
        if (a < 0 || b < a) throw new Error('no tree');
        source[otherLang] = text.slice(a + open.length, b);
        // The page's own regions, each marked with its language, while nothing else is going on.
        if (!regions[lang]) regions[lang] = parts(tree, lang);
        var step = others[otherLang] || (others[otherLang] = builder(otherLang, d.createDocumentFragment()));
        return new Promise(function (done) {
          idle(function next() {
            if (regions[otherLang] || step()) done();
            else idle(next);
          });
        });
      });
    loading.then(function () { box.setAttribute('data-other-ready', ''); }, function () { loading = null; });
    return loading;
  }
  function intent(e) {
    var t = e.target && e.target.closest && e.target.closest('[data-lang-choice]');
    if (t && box.contains(t)) fetchOther();
  }
  d.addEventListener('pointerover', intent);
  d.addEventListener('pointerdown', intent);
  d.addEventListener('focusin', intent);

  // An embed page says its height to the page that frames it, now and on every change, in the
  // formats blog platforms read (`model::embed::height_messages`: Datawrapper's and AMP's, and
  // WordPress's when its embed gave the frame a secret, `#?secret=`, letters and digits). The
  // build writes the formats in from the model, with stand-ins for the height and the secret.
  // Here and not in the wasm: a frame is sized before the wasm arrives, and a widget-less
  // embed (the funnel) needs no wasm at all (issue 24).
  // The host's script may not be listening yet (it loads later, or its page is busy) and the
  // frame acts on no message from it, so the frame also says its height again, changed or not:
  // at growing intervals for the first seconds, when its window is resized (embed.js nudges each
  // frame once it listens, which lands here), and when it comes into view or its tab is shown.
  var embedded = html.getAttribute('data-embed'), F = __HEIGHT_FORMATS__;
  if (embedded && F.widgets[embedded] && window.parent && window.parent !== window) {
    var formats = F.widgets[embedded].slice(), last = 0;
    var secret = (location.hash.replace(/^#\??/, '').split('&').filter(function (p) { return p.indexOf('secret=') === 0; })[0] || '').slice(7);
    if (/^[A-Za-z0-9]{1,64}$/.test(secret)) formats.push(F.wordpress.replace(F.secret, secret));
    var report = function (again) {
      var h = Math.ceil(box.getBoundingClientRect().height);
      if (h > 0 && (again === true || h !== last)) {
        last = h;
        formats.forEach(function (f) { parent.postMessage(JSON.parse(f.replace(F.height, h)), '*'); });
      }
    };
    var reportAgain = function () { report(true); };
    if (window.ResizeObserver) new ResizeObserver(function () { report(false); }).observe(box);
    [250, 500, 1000, 2000, 4000, 8000].forEach(function (ms) { setTimeout(reportAgain, ms); });
    ['resize', 'load', 'pageshow'].forEach(function (e) { addEventListener(e, reportAgain); });
    d.addEventListener('visibilitychange', reportAgain);
    if (window.IntersectionObserver) {
      new IntersectionObserver(function (es) {
        if (es.some(function (e) { return e.isIntersecting; })) report(true);
      }).observe(box);
    }
  }

  // The regions of a tree, in order, each marked with the tree's language; both languages have
  // the same (a build-time test).
  function parts(t, l) {
    var list = [].slice.call(t.querySelectorAll(
      ':scope > :not(.layout):not(.embed), :scope > .embed > :not(main), :scope > .embed > main > *, ' +
      ':scope > .layout > :not(main), :scope > .layout > main > :not(section):not(.lede-block), ' +
      ':scope > .layout > main > .lede-block > *, :scope > .layout > main > section > *'));
    // A long list marked data-split goes item by item, so that only what is near the window is
    // swapped at once (also a split list inside a split block: the timeline's fold).
    function split(all, r) {
      return r.hasAttribute('data-split') ? [].slice.call(r.children).reduce(split, all) : all.concat([r]);
    }
    list = list.reduce(split, []);
    list.forEach(function (r) { r.lang = l; });
    return list;
  }

  // The other language's tree, built off the page: all at once when the reader switches before
  // the idle build has finished it.
  var others = {};
  function parse(l) {
    if (regions[l] || !(l in source)) return;
    var step = others[l] || (others[l] = builder(l, d.createDocumentFragment()));
    while (!step());
  }

  // The element-child indices from `root` down to `el`.
  // (Not counting <noscript>: the two trees have one in different places, the switch's link to
  // the page in the language it is not in.)
  function kids(el) {
    return [].filter.call(el.children, function (c) { return c.tagName !== 'NOSCRIPT'; });
  }
  function path(root, el) {
    var p = [];
    for (; el && el !== root; el = el.parentElement) p.unshift(kids(el.parentElement).indexOf(el));
    return el === root ? p : null;
  }

  function near(el) {
    var r = el.getBoundingClientRect(), h = innerHeight;
    return r.bottom > -h / 2 && r.top < h * 1.5;
  }

  // Which regions are near the window. The article's blocks follow one another down the page,
  // so a binary search finds the first near one and a walk the rest, instead of measuring
  // hundreds; the few others (header, contents, footer) are measured each.
  function nearby(list) {
    var close = {}, flow = [], h = innerHeight;
    list.forEach(function (r, i) {
      // What a shut <details> hides has no box (and would upset the search): it can wait.
      if (r.tagName !== 'SUMMARY' && r.parentElement && r.parentElement.closest('details:not([open])')) return;
      if (r.parentElement && r.parentElement.closest('main')) flow.push(i);
      else close[i] = near(r);
    });
    var lo = 0, hi = flow.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[flow[mid]].getBoundingClientRect().bottom > -h / 2) hi = mid; else lo = mid + 1;
    }
    for (var k = lo; k < flow.length && list[flow[k]].getBoundingClientRect().top < h * 1.5; k++) close[flow[k]] = true;
    return close;
  }

  // Region i: the new region takes the old one's place, unless the old one is a live widget's
  // slot, which stays (the wasm relabels it) and trades places with its twin in the lists.
  function swap(from, to, i, l) {
    var a = from[i], b = to[i];
    if (a.hasAttribute('data-mounted')) {
      a.lang = l;
      to[i] = a;
      from[i] = b;
      return;
    }
    // A list the reader opened stays open in the other language.
    var was = a.matches('details') ? [a] : [], now = b.matches('details') ? [b] : [];
    was = was.concat([].slice.call(a.querySelectorAll('details')));
    now = now.concat([].slice.call(b.querySelectorAll('details')));
    for (var k = 0; k < was.length && k < now.length; k++) now[k].open = was[k].open;
    a.replaceWith(b);
  }

  // The region the reader is in (not the sticky contents): where it starts and how far into it
  // the top of the window is, so the same place can be put back after a swap.
  function place(list) {
    for (var i = 0; i < list.length; i++) {
      var el = list[i];
      if (el.classList.contains('toc') || el.classList.contains('skip-link')) continue;
      var r = el.getBoundingClientRect();
      if (r.bottom > 0) return { i: i, top: r.top, into: r.top < 0 ? -r.top / (r.height || 1) : 0 };
    }
    return null;
  }

  function finish() {
    while (pending.length) pending.shift()();
  }

  // A switch pressed before the other tree is in: the button says it is busy, and the switch
  // happens when the tree arrives (unless the reader has pressed the current language since).
  // If it cannot be fetched, the other page is a navigation away.
  var wanted = null;
  function choose(button) {
    var l = button.getAttribute('data-lang-choice');
    wanted = l;
    if (l === lang || l in source || regions[l]) return switchTo(l);
    if (l !== otherLang) return;
    button.setAttribute('aria-busy', 'true');
    fetchOther().then(function () {
      button.removeAttribute('aria-busy');
      if (wanted === l) switchTo(l);
    }, function () {
      button.removeAttribute('aria-busy');
      location.href = pages[l] + '?lang=' + l + location.hash;
    });
  }

  function switchTo(l) {
    finish();
    if (l === lang || !(l in source || regions[l])) return;
    if (!regions[lang]) regions[lang] = parts(tree, lang);
    parse(l);
    var from = regions[lang], to = regions[l], now = [], later = [];
    // The trees should have the same regions (a build-time test); if not, the page in the
    // other language is a reload away.
    if (from.length !== to.length) {
      remember(l);
      return location.reload();
    }
    var active = d.activeElement, focus = null, close = nearby(from);
    for (var i = 0; i < from.length; i++) {
      var holds = from[i].contains(active);
      if (holds) focus = { i: i, path: path(from[i], active) };
      (holds || close[i] ? now : later).push(i);
      // A live widget's slot says whether it is near, for the wasm to relabel those first
      // (`page::follow`): it must not measure, as the page is then mid-change and measuring
      // would force a layout of it inside the click (issue 24).
      if (from[i].hasAttribute('data-mounted')) from[i].toggleAttribute('data-near', !!(holds || close[i]));
    }
    var at = place(from);
    // We put the reader's place back ourselves; the browser's scroll anchoring would add to it.
    html.style.overflowAnchor = 'none';
    now.forEach(function (i) { swap(from, to, i, l); });
    var old = lang;
    lang = l;
    if (titles[l]) d.title = titles[l];
    sections();
    d.dispatchEvent(new CustomEvent('h200:lang', { detail: l }));
    // The reader's place, before the next paint, once the widgets have relabelled themselves
    // (their heights count).
    // Focus goes to the same place in the new region (the button the reader pressed), here
    // rather than in the handler: focusing forces the page's styles to be brought up to date,
    // which the frame does anyway.
    var fixed = false;
    function fix() {
      if (fixed) return;
      fixed = true;
      if (at) {
        var r = to[at.i].getBoundingClientRect();
        scrollBy(0, r.top - (at.top >= 0 ? at.top : -at.into * r.height));
      }
      if (focus && focus.path) {
        var el = to[focus.i];
        for (var k = 0; el && k < focus.path.length; k++) el = kids(el)[focus.path[k]];
        if (el && el.focus) el.focus({ preventScroll: true });
      }
    }
    pending.push(fix);
    requestAnimationFrame(fix);
    // After the paint: <html lang> (changing it restyles the whole page, though nothing in it
    // changes: every region has its lang already), the saved choice and ?lang= (the first
    // write to either can take long).
    pending.push(function () {
      html.lang = l;
      tree.lang = l;
      tree.className = tree.className.replace('prerender--' + old, 'prerender--' + l);
    });
    pending.push(function () { remember(l); });
    // The rest, a few milliseconds' worth per task; regions above the reader's place change
    // the height above it, which the scroll makes up for.
    pending.push(function run() {
      var anchor = at && to[at.i], before = anchor && anchor.getBoundingClientRect().top;
      var start = performance.now();
      while (later.length && performance.now() - start < 8) swap(from, to, later.shift(), l);
      if (anchor) scrollBy(0, anchor.getBoundingClientRect().top - before);
      if (later.length) pending.unshift(run);
    });
    pending.push(function () {
      html.style.overflowAnchor = '';
      sections();
      d.dispatchEvent(new CustomEvent('h200:swapped', { detail: l }));
    });
    step();
  }

  function remember(l) {
    try { localStorage.setItem(KEY, JSON.stringify(l)); } catch (e) {}
    var q = location.search.replace(/^\?/, '').split('&').filter(Boolean), set = false;
    q = q.map(function (p) {
      if (p.split('=')[0] !== 'lang') return p;
      if (set) return null;
      set = true;
      return 'lang=' + l;
    }).filter(Boolean);
    if (!set) q.push('lang=' + l);
    // The address of the page in that language: a reload or a shared link needs no detour.
    try { history.replaceState(history.state, '', (pages[l] || location.pathname) + '?' + q.join('&') + location.hash); } catch (e) {}
  }

  function step() {
    if (queued || !pending.length) return;
    queued = setTimeout(function () {
      queued = null;
      if (pending.length) pending.shift()();
      step();
    });
  }

  // A link into the page whose target sits in a closed list (the sources, the glossary, the
  // timeline's list) opens it first. Chromium does this itself for fragments; not every browser.
  function reveal(id) {
    var el = id && d.getElementById(id), opened = false;
    for (var p = el && el.parentElement; p; p = p.parentElement) {
      if (p.tagName === 'DETAILS' && !p.open) { p.open = true; opened = true; }
    }
    return opened && el;
  }
  function hashId() {
    try { return decodeURIComponent(location.hash.slice(1)); } catch (err) { return ''; }
  }
  var hidden = reveal(hashId());
  if (hidden) hidden.scrollIntoView();
  addEventListener('hashchange', function () { reveal(hashId()); });

  // Citations: hovering, focusing or tapping one shows its source in a card beside it (the list
  // entry's own markup); following one opens the list and leaves a way back in the entry.
  var card = d.createElement('div'), cardFor = null, cardTimer = 0, fromCount = 0;
  card.className = 'cite-card';
  card.hidden = true;
  // The citation link itself is what assistive technology reads and follows; the card repeats
  // the entry for the eye, so it is hidden from the accessibility tree and out of the tab order.
  card.setAttribute('aria-hidden', 'true');
  d.body.appendChild(card);
  function citeOf(t) {
    var a = t && t.closest && t.closest('.cite a[href^="#ref-"]');
    return a && box.contains(a) ? a : null;
  }
  function showCard(a) {
    clearTimeout(cardTimer);
    var entry = d.getElementById(a.getAttribute('href').slice(1)), list = d.getElementById('sources-list');
    if (!entry) return;
    card.innerHTML = '';
    [].forEach.call(entry.childNodes, function (n) {
      if (!(n.classList && n.classList.contains('back-link'))) card.appendChild(n.cloneNode(true));
    });
    if (list) {
      var go = d.createElement('a');
      go.href = a.getAttribute('href');
      go.className = 'cite-card__go';
      go.textContent = list.getAttribute('data-go');
      card.appendChild(go);
    }
    [].forEach.call(card.querySelectorAll('a'), function (l) { l.tabIndex = -1; });
    card.lang = entry.closest('[lang]') ? entry.closest('[lang]').lang : html.lang;
    card.hidden = false;
    cardFor = a;
    if (innerWidth >= 640) {
      var r = a.getBoundingClientRect(), w = card.offsetWidth;
      card.style.left = Math.max(8, Math.min(r.left, innerWidth - w - 8)) + scrollX + 'px';
      card.style.top = r.bottom + scrollY + 6 + 'px';
    } else {
      card.style.left = card.style.top = '';
    }
  }
  function hideCard(later) {
    clearTimeout(cardTimer);
    if (!later) { card.hidden = true; cardFor = null; return; }
    cardTimer = setTimeout(function () { hideCard(false); }, 300);
  }
  // Touch: whether the card was already up for the citation being tapped (a tap also brings
  // compatibility mouse and focus events, which must not count as the first tap).
  var touch = false, shownAtTap = false;
  d.addEventListener('pointerdown', function (e) {
    touch = e.pointerType === 'touch' || e.pointerType === 'pen';
    var a = citeOf(e.target);
    shownAtTap = !!a && a === cardFor && !card.hidden;
  }, true);
  d.addEventListener('keydown', function () { touch = false; }, true);
  d.addEventListener('mouseover', function (e) {
    if (touch) return;
    var a = citeOf(e.target);
    if (a) { if (a !== cardFor || card.hidden) showCard(a); else clearTimeout(cardTimer); }
    else if (card.contains(e.target)) clearTimeout(cardTimer);
  });
  d.addEventListener('mouseout', function (e) {
    if (!touch && ((citeOf(e.target) || card.contains(e.target)) && !card.hidden)) hideCard(true);
  });
  d.addEventListener('focusin', function (e) {
    var a = citeOf(e.target);
    if (a) showCard(a);
    else if (!card.hidden) hideCard(false);
  });
  d.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !card.hidden) hideCard(false);
  });
  // Follows citation `a`: the list opens, and its entry gets a link back to this citation.
  function follow(a) {
    var id = a.getAttribute('href').slice(1), entry = d.getElementById(id), list = d.getElementById('sources-list');
    if (!entry || !list) return;
    if (!a.id) a.id = 'cite-from-' + ++fromCount;
    var old = d.querySelectorAll('.sources .back-link');
    for (var i = 0; i < old.length; i++) old[i].remove();
    var back = d.createElement('a');
    back.className = 'back-link';
    back.href = '#' + a.id;
    back.textContent = '↩ ' + list.getAttribute('data-back');
    entry.appendChild(d.createTextNode(' '));
    entry.appendChild(back);
    reveal(id);
    hideCard(false);
  }

  d.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target : e.target.parentElement;
    var choice = t && t.closest('[data-lang-choice]');
    if (choice && box.contains(choice)) return choose(choice);
    var cite = citeOf(t);
    if (cite) {
      // A tap shows the card first (a touch has no hover); a second tap, a click or Enter follows.
      if (touch && !shownAtTap) {
        shownAtTap = true;
        e.preventDefault();
        return showCard(cite);
      }
      return follow(cite);
    }
    var share = t && t.closest('.share-button');
    if (share && box.contains(share)) return download(share);
    var copy = t && t.closest('[data-copy]');
    if (copy && box.contains(copy)) return copyText(copy);
    var go = t && t.closest('.cite-card__go');
    if (go) return follow(cardFor || go);
    var inPage = t && t.closest('a[href^="#"]');
    // (Unless a widget took the click: the timeline's dots are links that stay on the strip.)
    if (inPage && !e.defaultPrevented) reveal(inPage.getAttribute('href').slice(1));
    var term = t && t.closest('.term__button');
    if (term) tip(term, term.getAttribute('aria-expanded') !== 'true');
    var close = t && t.closest('.term__close');
    if (close) {
      var owner = close.closest('.term').querySelector('.term__button');
      tip(owner, false);
      owner.blur();
    }
  });
  function term(e) {
    return e.target.closest ? e.target.closest('.term__button') : null;
  }
  d.addEventListener('keydown', function (e) {
    // Escape dismisses the tip however it was shown (focus, hover or a tap) and keeps it hidden
    // until the pointer or the focus leaves the term (WCAG 1.4.13).
    if (e.key === 'Escape' && term(e)) {
      tip(term(e), false);
      term(e).parentElement.classList.remove('term--focus');
      term(e).parentElement.classList.add('term--dismissed');
    }
    if ((e.key === 'Enter' || e.key === ' ') && term(e)) {
      e.preventDefault();
      tip(term(e), term(e).getAttribute('aria-expanded') !== 'true');
    }
  });
  d.addEventListener('focusout', function (e) {
    if (term(e)) {
      tip(term(e), false);
      term(e).parentElement.classList.remove('term--dismissed', 'term--focus');
    }
  });
  // Keyboard focus shows the tip, as hover does (Enter or a tap pins it: `term--open`).
  d.addEventListener('focusin', function (e) {
    if (term(e) && term(e).matches(':focus-visible')) {
      term(e).parentElement.classList.add('term--focus');
      placeTip(term(e).parentElement);
    }
  });
  d.addEventListener('mouseover', function (e) {
    // Placed once as the pointer enters the term, not on every move between its children.
    var over = e.target.closest && e.target.closest('.term');
    if (over && !over.contains(e.relatedTarget)) placeTip(over);
  });
  d.addEventListener('mouseout', function (e) {
    var left = e.target.closest && e.target.closest('.term');
    if (left && !left.contains(e.relatedTarget)) left.classList.remove('term--dismissed');
  });
  function tip(button, open) {
    button.parentElement.classList.toggle('term--open', open);
    button.setAttribute('aria-expanded', String(open));
    if (open) placeTip(button.parentElement);
  }
  // A tip hangs from the start of its term; near the window's edge it moves back inside (on a
  // phone it is a sheet fixed to the bottom, already inside).
  function placeTip(t) {
    var box = t.querySelector('.term__tip');
    if (!box) return;
    box.style.left = '';
    if (getComputedStyle(box).position !== 'absolute') return;
    var r = box.getBoundingClientRect(), room = d.documentElement.clientWidth - 8;
    if (!r.width) return;
    var shift = Math.max(Math.min(0, room - r.right), 8 - r.left);
    if (shift) box.style.left = shift + 'px';
  }

  // The contents mark the section being read: the last one whose top has passed 30% of the
  // window (the first at the top of the page). The observer only says when to look again.
  var current = null, watcher = 'IntersectionObserver' in window && new IntersectionObserver(function () {
    var list = d.querySelectorAll('main > section[id]'), line = innerHeight * 0.3;
    current = list.length ? list[0].id : null;
    for (var i = 0; i < list.length; i++) if (list[i].getBoundingClientRect().top <= line) current = list[i].id;
    mark();
  }, { rootMargin: '-20% 0px -70% 0px' });
  function mark() {
    var links = d.querySelectorAll('.toc a[href^="#"]');
    for (var i = 0; i < links.length; i++) {
      var on = current ? links[i].getAttribute('href') === '#' + current : i === 0;
      if (on) links[i].setAttribute('aria-current', 'location');
      else links[i].removeAttribute('aria-current');
    }
  }
  function sections() {
    if (!watcher) return;
    watcher.disconnect();
    var list = d.querySelectorAll('main > section[id]');
    for (var i = 0; i < list.length; i++) watcher.observe(list[i]);
    mark();
  }
  sections();

  // "Cite this" (sections/cite.rs): the page's address (without its query: the language and
  // widget state are the reader's, not the explainer's) and the day it was read go into both
  // forms of the citation, in each tree as it is built.
  // (Called while the first tree is built, before the lines below it have run.)
  function cite(root, l) {
    var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    var now = new Date(), y = now.getFullYear(), m = now.getMonth(), day = now.getDate();
    var iso = y + '-' + String(m + 1).padStart(2, '0') + '-' + String(day).padStart(2, '0');
    // As model::format::date writes a date.
    var shown = l === 'ja' ? y + '年' + (m + 1) + '月' + day + '日' : day + ' ' + MONTHS[m] + ' ' + y;
    [].forEach.call(root.querySelectorAll('[data-cite-url]'), function (s) { s.textContent = location.origin + (pages[l] || location.pathname); });
    [].forEach.call(root.querySelectorAll('[data-cite-accessed]'), function (s) {
      s.textContent = s.getAttribute('data-cite-template').replace('%s', s.getAttribute('data-cite-accessed') === 'iso' ? iso : shown);
    });
  }
  // A copy button: the text to the clipboard, or, where that is refused, selected for the
  // reader to copy; either way the block's status line says which.
  function copyText(button) {
    var from = d.getElementById(button.getAttribute('data-copy')), block = button.closest('[data-copied]');
    var status = block && block.querySelector('.cite-this__status');
    if (!from || !status) return;
    function say(key) {
      status.textContent = '';
      setTimeout(function () { status.textContent = block.getAttribute(key); });
    }
    function fallback() {
      if (from.select) {
        from.select();
      } else {
        var r = d.createRange(), sel = getSelection();
        r.selectNodeContents(from);
        sel.removeAllRanges();
        sel.addRange(r);
      }
      say('data-copy-failed');
    }
    if (!navigator.clipboard || !navigator.clipboard.writeText) return fallback();
    navigator.clipboard.writeText(from.value !== undefined ? from.value : from.textContent).then(function () { say('data-copied'); }, fallback);
  }

  // Printing: the closed lists (the sources, the glossary, the timeline's entries) print open,
  // and are closed again afterwards; the stylesheet shows their content too, where a browser
  // prints without these events.
  var opened = [];
  addEventListener('beforeprint', function () {
    opened = [].filter.call(box.querySelectorAll('details:not([open])'), function (x) { return (x.open = true); });
  });
  addEventListener('afterprint', function () {
    opened.forEach(function (x) { x.open = false; });
    opened = [];
  });

  // The PNG and SVG buttons (components/share.rs): the figure as an image that stands on its
  // own: its title, state, sources and a credit with the explainer's address around the drawing,
  // in the page's language and colours. The gate diagram and the timeline strip are SVG: a copy
  // with each element's computed style written into it (the stylesheet and its custom
  // properties do not travel with a file). A live chart is exported by ECharts, as SVG from a
  // second, server-side-style instance with the same option; one not live yet, from the drawing
  // the build made of it (the same way as the SVG figures). The PNG is the composed SVG drawn into a
  // canvas at 2x (from a data: URL, which the CSP's img-src allows and
  // which leaves the canvas readable). Nothing is fetched.
  var STYLED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
    'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
    'visibility'];
  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/[<]/g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function inlined(svg, w, h) {
    var copy = svg.cloneNode(true), from = [svg].concat([].slice.call(svg.querySelectorAll('*')));
    var to = [copy].concat([].slice.call(copy.querySelectorAll('*'))), gone = [];
    for (var i = 0; i < from.length; i++) {
      var cs = getComputedStyle(from[i]), el = to[i];
      if (i > 0 && (cs.display === 'none' || el.tagName === 'title')) { gone.push(el); continue; }
      el.setAttribute('style', STYLED.map(function (p) { return p + ':' + cs.getPropertyValue(p); }).join(';'));
      if (cs.transform && cs.transform !== 'none') el.setAttribute('transform', cs.transform);
      ['class', 'href', 'tabindex', 'role', 'aria-label', 'aria-labelledby', 'aria-current', 'aria-hidden'].forEach(function (a) { el.removeAttribute(a); });
      // Data attributes, and colours given as the page's custom properties (a build-time chart
      // drawing's): the computed style above carries their values.
      [].slice.call(el.attributes).forEach(function (a) { if (/^data-/.test(a.name) || /var\(--/.test(a.value)) el.removeAttribute(a.name); });
    }
    gone.forEach(function (el) { el.remove(); });
    copy.setAttribute('width', w);
    copy.setAttribute('height', h);
    copy.setAttribute('overflow', 'visible');
    return function (x, y) {
      copy.setAttribute('x', x);
      copy.setAttribute('y', y);
      return new XMLSerializer().serializeToString(copy);
    };
  }
  // Lines of at most `max` px: Latin text breaks at spaces, Japanese between any two characters
  // but not before closing punctuation; a "\n" starts a new line.
  function wrap(ctx, text, max) {
    var out = [];
    text.split('\n').forEach(function (para) {
      var line = '';
      (para.match(/[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]|[^\s\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+|\s+/g) || []).forEach(function (tk) {
        if (line.trim() && ctx.measureText((line + tk).trimEnd()).width > max && !/^[\s、。，．）」』・：；！？]/.test(tk)) {
          out.push(line.trim());
          line = tk.trim() ? tk : '';
        } else line += tk;
      });
      if (line.trim()) out.push(line.trim());
    });
    return out;
  }
  function compose(tools, box, w, h, drawing) {
    var cs = getComputedStyle(box), v = function (n) { return cs.getPropertyValue(n).trim(); };
    var head = box.querySelector('.figure__title'), font = cs.fontFamily;
    var pad = 24, width = Math.max(Math.ceil(w) + 2 * pad, 360), y = pad, parts = [];
    var ctx = d.createElement('canvas').getContext('2d');
    function block(text, size, weight, colour, family, gap) {
      ctx.font = weight + ' ' + size + 'px ' + family;
      wrap(ctx, text || '', width - 2 * pad).forEach(function (line) {
        y += Math.round(size * 1.4);
        parts.push('<text x="' + pad + '" y="' + (y - Math.round(size * 0.35)) + '" font-family="' + esc(family) + '" font-size="' + size +
          '" font-weight="' + weight + '" fill="' + esc(colour) + '">' + esc(line) + '<\/text>');
      });
      y += gap;
    }
    var get = function (n) { return tools.getAttribute('data-share-' + n); };
    parts.push('<rect width="' + width + '" height="100%" fill="' + esc(v('--bg')) + '"/>');
    parts.push('<rect width="' + width + '" height="4" fill="' + esc(v('--text')) + '"/>');
    block(get('title'), 20, 700, v('--text'), head ? getComputedStyle(head).fontFamily : font, 4);
    block(get('state'), 14, 400, v('--text'), font, 16);
    parts.push(drawing(pad + Math.max(0, (width - 2 * pad - w) / 2), y));
    y += Math.ceil(h) + 16;
    // The figure's key (the status colours, the timeline's shapes), which sits outside the
    // drawing on the page: each mark with its words, in rows.
    var keys = box.querySelectorAll('.status-legend li, .tl-key li'), x = pad;
    if (keys.length) {
      ctx.font = '400 12px ' + font;
      y += 4;
      [].forEach.call(keys, function (li) {
        var words = li.textContent.trim(), mark = li.querySelector('.swatch, svg'), room = 20 + ctx.measureText(words).width;
        if (x > pad && x + room > width - pad) { x = pad; y += 20; }
        // Words longer than a row (the note on outlined marks) wrap under themselves.
        var lines = wrap(ctx, words, width - pad - x - 20);
        if (mark && mark.tagName === 'svg') parts.push(inlined(mark, 14, 14)(x, y - 11));
        else if (mark) {
          var m = getComputedStyle(mark), dashed = m.borderTopStyle === 'dashed';
          parts.push('<rect x="' + (x + 1) + '" y="' + (y - 10) + '" width="12" height="12" rx="2" fill="' + (dashed ? 'none' : esc(m.backgroundColor)) +
            '"' + (dashed ? ' stroke="' + esc(m.borderTopColor) + '" stroke-width="2" stroke-dasharray="3 2"' : '') + '/>');
        }
        lines.forEach(function (line, i) {
          parts.push('<text x="' + (x + 20) + '" y="' + (y + 17 * i) + '" font-family="' + esc(font) + '" font-size="12" fill="' + esc(v('--text')) + '">' +
            esc(line) + '<\/text>');
        });
        if (lines.length > 1) { y += 17 * (lines.length - 1); x = width; } else x += room + 16;
      });
      y += 16;
    }
    block(get('source'), 12, 400, v('--muted'), font, 2);
    block(get('credit') + '\n' + location.origin + location.pathname, 12, 400, v('--muted'), font, 0);
    var height = y + pad;
    return function (scale) {
      return '<svg xmlns="http://www.w3.org/2000/svg" xml:lang="' + esc(box.closest('[lang]').lang) + '" width="' + width * scale +
        '" height="' + height * scale + '" viewBox="0 0 ' + width + ' ' + height + '"><title>' + esc(get('title')) + '<\/title>' +
        parts.join('') + '<\/svg>';
    };
  }
  function save(blob, name) {
    var url = URL.createObjectURL(blob), a = d.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    d.body.appendChild(a);
    a.click();
    a.remove();
    // Later: revoking at once can cancel the download in some browsers.
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }
  function download(button) {
    var tools = button.parentElement, png = button.getAttribute('data-share') === 'png';
    var box = tools.closest('figure, .timeline-widget'), el = box && box.querySelector(tools.getAttribute('data-share-of'));
    if (!el) return;
    var name = tools.getAttribute('data-share-file') + (png ? '.png' : '.svg'), drawing, w, h;
    var chart = el.classList.contains('chart-canvas') && window.echarts && echarts.getInstanceByDom(el);
    // A chart not live yet (ECharts not loaded, or the reader has not come near it): its
    // build-time drawing, the one on screen (wide or phone), copied like the SVG figures below.
    var drawn = !(chart && chart.getWidth()) && [].slice.call(el.querySelectorAll('.chart-ssr svg'))
      .filter(function (s) { return s.getBoundingClientRect().width > 0; })[0];
    if (drawn) {
      var area = el.getBoundingClientRect();
      w = Math.ceil(area.width);
      h = Math.ceil(area.height);
      drawing = inlined(drawn, w, h);
    } else if (el.classList.contains('chart-canvas')) {
      if (!chart || !chart.getWidth()) return;
      w = chart.getWidth();
      h = chart.getHeight();
      // Both from the option, drawn again without animation (a canvas copy taken while the
      // chart is still fading its labels in would keep them faint); the PNG is that SVG
      // rasterised at 2x, so its text is as sharp as the rest.
      var bg = getComputedStyle(box).getPropertyValue('--bg').trim();
      var dark = parseInt(bg.slice(1, 3), 16) < 128;
      var ssr = echarts.init(null, dark ? 'dark' : null, { renderer: 'svg', ssr: true, width: w, height: h });
      // ECharts writes a font family into an attribute as it is: its quoted names would end
      // the attribute, so they are single-quoted here.
      var option = JSON.parse(JSON.stringify(chart.getOption()).replace(/\\"/g, "'"));
      option.animation = false;
      ssr.setOption(option);
      var markup = ssr.renderToSVGString();
      ssr.dispose();
      drawing = function (x, y) { return '<g transform="translate(' + x + ' ' + y + ')">' + markup + '<\/g>'; };
    } else {
      // On a phone the full gate diagram is not shown (a compact route is): the image has it
      // at its own size.
      var r = el.getBoundingClientRect(), vb = el.viewBox && el.viewBox.baseVal;
      w = Math.ceil(r.width || (vb && vb.width));
      h = Math.ceil(r.height || (vb && vb.height));
      if (!w || !h) return;
      drawing = inlined(el, w, h);
    }
    var svg = compose(tools, box, w, h, drawing);
    if (!png) return save(new Blob([svg(1)], { type: 'image/svg+xml' }), name);
    var img = new Image();
    img.onload = function () {
      var c = d.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      c.getContext('2d').drawImage(img, 0, 0);
      c.toBlob(function (blob) { if (blob) save(blob, name); }, 'image/png');
    };
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg(2));
  }

})();
