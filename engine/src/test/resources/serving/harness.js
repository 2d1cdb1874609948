// What the browser tests ask of the page: wait for conditions (each frame, up to a generous bound) and
// report what the stubs recorded and how the slots are laid out.
window.harness = (function (w, d) {
  function until(condition, what) {
    var deadline = performance.now() + 30000;
    return new Promise(function (resolve, reject) {
      (function check() {
        if (condition()) { resolve(); return; }
        if (performance.now() > deadline) { reject(new Error('timed out waiting until ' + what)); return; }
        setTimeout(check, 16);
      })();
    });
  }
  function frames(n) {
    return new Promise(function (resolve) {
      (function next(left) { if (left === 0) { resolve(); } else { requestAnimationFrame(function () { next(left - 1); }); } })(n);
    });
  }
  function count(list, div) { return list.filter(function (x) { return (x.div || x) === div; }).length; }
  function rendered(div) { return count(w.stubRecord.rendered, div) > 0; }

  function report() {
    var r = w.stubRecord, slots = {};
    d.querySelectorAll('[data-adslot-id]').forEach(function (el) {
      var ad = d.getElementById(el.getAttribute('data-adslot-id') + '-ad');
      slots[el.getAttribute('data-adslot-id')] = {
        height: el.offsetHeight, display: getComputedStyle(el).display, state: el.getAttribute('data-adslot-state'),
        adHeight: ad ? ad.offsetHeight : null, adMinHeight: ad ? getComputedStyle(ad).minHeight : null,
        top: Math.round(el.getBoundingClientRect().top + w.scrollY)
      };
    });
    return JSON.parse(JSON.stringify({
      width: w.innerWidth, height: w.innerHeight, slots: slots,
      defined: r.defined.map(function (s) { return { unit: s.unit, sizes: s.sizes, div: s.div, mapping: s.mapping, targeting: s.targeting }; }),
      displayed: r.displayed, refreshed: r.refreshed, rendered: r.rendered, auctions: r.auctions,
      initialLoadDisabled: !!r.initialLoadDisabled, servicesEnabled: !!r.servicesEnabled,
      shifts: w.shifts, cls: w.shifts.reduce(function (a, s) { return a + s.value; }, 0)
    }));
  }

  return {
    // The served page: the slots near the top load and refresh, the far one only once scrolled near.
    served: async function () {
      var out = {};
      await until(function () { return rendered('inline-1-ad') && rendered('mid-1-ad'); }, 'the slots near the top rendered');
      await frames(2);
      out.atTop = report();
      await until(function () { return count(w.stubRecord.refreshed, 'inline-1-ad') >= 3; }, 'inline-1 refreshed twice in view');
      var far = d.getElementById('inline-2');
      w.scrollTo(0, far.getBoundingClientRect().top + w.scrollY - w.innerHeight - 150);
      await until(function () { return rendered('inline-2-ad'); }, 'inline-2 rendered once scrolled near');
      await frames(2);
      out.end = report();
      return out;
    },
    // Slots the ad server leaves empty.
    unfilled: async function () {
      await until(function () { return rendered('keep-1-ad') && rendered('collapse-1-ad'); }, 'both slots answered');
      await frames(2);
      return report();
    },
    // The control: an unreserved slot near the top fills.
    unreserved: async function () {
      await until(function () { return rendered('inline-1-ad'); }, 'the slot rendered');
      await frames(3);
      return report();
    }
  };
})(window, document);
