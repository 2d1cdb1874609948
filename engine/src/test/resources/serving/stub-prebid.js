// A stand-in for Prebid.js (no network): it records ad units and auctions and answers every auction at once.
(function (w) {
  var record = w.stubRecord;
  var queued = (w.pbjs && w.pbjs.que) || [];
  w.pbjs = {
    que: { push: function (f) { f(); } },
    addAdUnits: function (units) { units.forEach(function (u) { record.auctions.push({ adUnit: u }); }); },
    requestBids: function (request) {
      record.auctions.push({ requestBids: request.adUnitCodes, timeout: request.timeout });
      setTimeout(request.bidsBackHandler, 0);
    },
    setTargetingForGPTAsync: function (codes) { record.auctions.push({ targetingSet: codes }); }
  };
  queued.forEach(function (f) { f(); });
})(window);
