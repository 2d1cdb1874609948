// A stand-in for Google Publisher Tag (no network): it records what the page asks of it and fills each
// requested slot locally with a grey box of the size GPT would pick for the viewport, or leaves it empty when
// the ad unit path contains "/empty", then fires slotRenderEnded as GPT does.
(function (w) {
  var record = w.stubRecord = { defined: [], displayed: [], refreshed: [], rendered: [], auctions: [] };
  var listeners = [];

  function Slot(unit, sizes, div) {
    this.unit = unit; this.sizes = sizes; this.div = div; this.mapping = null; this.targeting = {};
  }
  Slot.prototype.defineSizeMapping = function (m) { this.mapping = m; return this; };
  Slot.prototype.setTargeting = function (k, v) { this.targeting[k] = v; return this; };
  Slot.prototype.addService = function () { return this; };
  Slot.prototype.getSlotElementId = function () { return this.div; };

  // GPT uses the mapping entry with the largest viewport that fits the browser's.
  function sizesNow(slot) {
    if (!slot.mapping) { return slot.sizes; }
    var chosen = null;
    slot.mapping.forEach(function (e) {
      if (w.innerWidth >= e[0][0] && w.innerHeight >= e[0][1] && (!chosen || e[0][0] >= chosen[0][0])) { chosen = e; }
    });
    return chosen ? chosen[1] : [];
  }

  function fill(slot) {
    var sizes = sizesNow(slot);
    var empty = slot.unit.indexOf('/empty') >= 0 || sizes.length === 0;
    var size = empty ? null : sizes[0];
    if (!empty) {
      document.getElementById(slot.div).innerHTML = '<div class="creative" style="width:' + size[0] + 'px;height:'
          + size[1] + 'px;background:#ccc"></div>';
    }
    record.rendered.push({ div: slot.div, isEmpty: empty, size: size, sizes: sizes, viewport: w.innerWidth });
    listeners.forEach(function (f) { f({ slot: slot, isEmpty: empty, size: size }); });
  }

  var pubads = {
    disableInitialLoad: function () { record.initialLoadDisabled = true; },
    enableSingleRequest: function () {},
    addEventListener: function (name, f) { if (name === 'slotRenderEnded') { listeners.push(f); } },
    refresh: function (slots) {
      slots.forEach(function (slot) {
        record.refreshed.push(slot.div);
        // An ad arrives after the page has painted, as a real one does over the network: a fill before the
        // first paint would be no shift at all, and the unreserved control would measure nothing.
        requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(function () { fill(slot); }, 0); }); });
      });
    }
  };

  var queued = (w.googletag && w.googletag.cmd) || [];
  w.googletag = {
    cmd: { push: function (f) { f(); } },
    pubads: function () { return pubads; },
    enableServices: function () { record.servicesEnabled = true; },
    sizeMapping: function () {
      var entries = [];
      return { addSize: function (v, s) { entries.push([v, s]); return this; }, build: function () { return entries; } };
    },
    defineSlot: function (unit, sizes, div) {
      var slot = new Slot(unit, sizes, div);
      record.defined.push(slot);
      return slot;
    },
    display: function (div) { record.displayed.push(div); }
  };
  queued.forEach(function (f) { f(); });
})(window);
