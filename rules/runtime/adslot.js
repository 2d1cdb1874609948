/*! adslot.js: fills the slots adslot renders (templates gpt and prebid) through Google Publisher Tag and,
 * when present, Prebid.js. No dependencies; load it anywhere on the page, with or after gpt.js and prebid.js.
 * It reads each slot's data attributes, defines the slot once with its ad unit, sizes (per viewport width
 * when the rules give data-size-mapping) and targeting, requests it when it nears the viewport
 * (data-lazy-margin), collapses or keeps an unfilled slot (data-unfilled), and refreshes it while in view
 * every data-refresh seconds. Options, set before it loads: window.adslot = { config: { bids: fn or
 * { placement: [bids] }, bidTimeout: ms } }. Reference: docs/serving.md. */
(function (w, d) {
  'use strict';
  var A = w.adslot = w.adslot || {};
  var cfg = A.config || {};
  var slots = {};
  var observers = {};
  var started = false;

  function json(text, fallback) {
    try { return text ? JSON.parse(text) : fallback; } catch (e) { return fallback; }
  }

  function read(el) {
    var a = el.dataset;
    return {
      id: a.adslotId, el: el, div: a.adslotId + '-ad', placement: a.adslotPlacement, unit: a.adUnit,
      sizes: json(a.sizes, []), mapping: json(a.sizeMapping, null), targeting: json(a.targeting, {}),
      lazy: a.lazy !== 'false', margin: Math.max(0, +a.lazyMargin || 0), collapse: a.unfilled !== 'keep',
      refresh: Math.max(0, +a.refresh || 0), prebid: a.adslot === 'prebid', visible: false
    };
  }

  // The sizes of the range the viewport width falls in, as GPT's size mapping picks them.
  function sizesNow(s) {
    if (!s.mapping) { return s.sizes; }
    var width = w.innerWidth, sizes = [];
    for (var i = 0; i < s.mapping.length; i++) { if (width >= s.mapping[i][0]) { sizes = s.mapping[i][1]; } }
    return sizes;
  }

  function allSizes(s) {
    var all = s.sizes.slice(), seen = {};
    (s.mapping || []).forEach(function (r) { all = all.concat(r[1]); });
    return all.filter(function (z) { var k = z.join('x'); return seen[k] ? false : (seen[k] = true); });
  }

  function gpt(fn) {
    var g = w.googletag = w.googletag || {};
    g.cmd = g.cmd || [];
    g.cmd.push(fn);
  }

  function define(s) {
    var g = w.googletag;
    var slot = g.defineSlot(s.unit, allSizes(s), s.div);
    if (!slot) { return null; }
    if (s.mapping) {
      var m = g.sizeMapping();
      s.mapping.forEach(function (r) { m.addSize([r[0], 0], r[1]); });
      slot.defineSizeMapping(m.build());
    }
    Object.keys(s.targeting).forEach(function (k) { slot.setTargeting(k, s.targeting[k]); });
    slot.addService(g.pubads());
    g.display(s.div);
    return slot;
  }

  function bidsFor(s) {
    var b = cfg.bids;
    if (typeof b === 'function') { return b(s) || []; }
    return (b && (b[s.placement] || b['*'])) || [];
  }

  // Asks for an ad: through a Prebid auction first for prebid slots when Prebid.js is on the page.
  function request(s) {
    var fetch = function () { gpt(function () { w.googletag.pubads().refresh([s.slot]); }); };
    var pbjs = w.pbjs;
    if (!s.prebid || !pbjs) { fetch(); return; }
    pbjs.que = pbjs.que || [];
    pbjs.que.push(function () {
      if (!s.auctioned) {
        pbjs.addAdUnits([{ code: s.div, mediaTypes: { banner: { sizes: sizesNow(s) } }, bids: bidsFor(s) }]);
        s.auctioned = true;
      }
      pbjs.requestBids({
        adUnitCodes: [s.div], timeout: cfg.bidTimeout || 1000,
        bidsBackHandler: function () { pbjs.setTargetingForGPTAsync([s.div]); fetch(); }
      });
    });
  }

  function load(s) {
    if (s.loading) { return; }
    s.loading = true;
    gpt(function () {
      s.slot = s.slot || define(s);
      if (s.slot) { request(s); }
    });
  }

  function rendered(e) {
    var s = null;
    for (var id in slots) { if (slots[id].slot === e.slot) { s = slots[id]; } }
    if (!s) { return; }
    s.el.setAttribute('data-adslot-state', e.isEmpty ? 'unfilled' : 'filled');
    if (e.isEmpty && s.collapse) {
      s.el.style.display = 'none';
    }
    if (!e.isEmpty && s.refresh && !s.timer) {
      s.timer = w.setInterval(function () {
        if (s.visible && d.visibilityState !== 'hidden') { request(s); }
      }, s.refresh * 1000);
    }
  }

  function observer(margin) {
    if (!observers[margin]) {
      observers[margin] = new w.IntersectionObserver(function (entries) {
        entries.forEach(function (en) {
          if (en.isIntersecting) {
            observers[margin].unobserve(en.target);
            load(slots[en.target.getAttribute('data-adslot-id')]);
          }
        });
      }, { rootMargin: margin + 'px 0px' });
    }
    return observers[margin];
  }

  var inView = w.IntersectionObserver && new w.IntersectionObserver(function (entries) {
    entries.forEach(function (en) {
      var s = slots[en.target.getAttribute('data-adslot-id')];
      if (s) { s.visible = en.intersectionRatio >= 0.5; }
    });
  }, { threshold: [0, 0.5] });

  // Finds the slots not seen yet (call again after adding content, such as the next article).
  A.scan = function (root) {
    if (!started) {
      started = true;
      gpt(function () {
        var pa = w.googletag.pubads();
        pa.disableInitialLoad();
        pa.addEventListener('slotRenderEnded', rendered);
        w.googletag.enableServices();
      });
    }
    var found = (root || d).querySelectorAll('[data-adslot="gpt"],[data-adslot="prebid"]');
    for (var i = 0; i < found.length; i++) {
      var el = found[i], id = el.getAttribute('data-adslot-id');
      if (!id || slots[id]) { continue; }
      var s = slots[id] = read(el);
      if (s.refresh && inView) { inView.observe(el); }
      if (s.lazy && w.IntersectionObserver) { observer(s.margin).observe(el); } else { load(s); }
    }
  };
  A.slots = slots;

  if (d.readyState === 'loading') {
    d.addEventListener('DOMContentLoaded', function () { A.scan(); });
  } else {
    A.scan();
  }
})(window, document);
