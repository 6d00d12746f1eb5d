// Loads an embedded video from its service only when the reader asks for it: before the
// click the page makes no request to the service, so it can set no cookie. Without
// JavaScript the buttons stay hidden and the link to the service remains.
(function () {
  'use strict';
  var buttons = document.querySelectorAll('button.video-load[data-embed]');
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var frame = document.createElement('iframe');
      frame.src = button.getAttribute('data-embed');
      frame.title = button.getAttribute('data-title');
      frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
      frame.allowFullscreen = true;
      var consent = button.closest('.video-consent');
      consent.replaceWith(frame);
      frame.focus();
    });
  });
})();
