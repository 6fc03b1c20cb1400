/*! h200-explainer embed resizer. Sizes each iframe of the explainer to the height its content
 * reports, from Datawrapper-style {"datawrapper-height": {id: h}} or AMP {sentinel: "amp",
 * type: "embed-size", height: h} messages, matching the frame by its window, never by id.
 * No dependencies; safe to include more than once. */
(function () {
  'use strict';
  if (window.__h200EmbedResizer) return;
  window.__h200EmbedResizer = true;

  function heightOf(data) {
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch (e) {
        return null;
      }
    }
    if (!data || typeof data !== 'object') return null;
    var dw = data['datawrapper-height'];
    if (dw && typeof dw === 'object') {
      for (var key in dw) {
        if (Object.prototype.hasOwnProperty.call(dw, key)) return Number(dw[key]);
      }
    }
    if (data.sentinel === 'amp' && data.type === 'embed-size') return Number(data.height);
    return null;
  }

  // The explainer's frames: those whose address is on this script's origin and names a widget.
  var script = document.currentScript;
  var origin = script && script.src ? script.src.replace(/^([a-z]+:\/\/[^\/]+).*$/i, '$1') : '';
  function ours(frame) {
    var src = frame.getAttribute('src') || '';
    return !!origin && src.indexOf(origin + '/') === 0 && /[?&]embed=/.test(src);
  }
  function nudge() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (!ours(frames[i])) continue;
      var px = Math.round(frames[i].getBoundingClientRect().height) + 1;
      frames[i].style.height = px + 'px';
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', nudge);
  else nudge();

  window.addEventListener('message', function (event) {
    var height = heightOf(event.data);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var px = Math.ceil(height);
        frames[i].style.height = px + 'px';
        frames[i].setAttribute('height', String(px));
      }
    }
  });
})();
