// Plan page: a unit's "why?" link opens the details that explain why its Σg² rises (a link to a closed
// <details> would only scroll to it); a page opened at #rise-<unit> shows that unit's details open.
(function () {
  'use strict';
  function open(hash) {
    var target = hash && hash.length > 1 ? document.getElementById(decodeURIComponent(hash.substring(1))) : null;
    if (target && target.tagName === 'DETAILS') {
      target.open = true;
    }
  }
  var links = document.querySelectorAll('a.rise-link');
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener('click', function (event) {
      open(event.currentTarget.hash);
    });
  }
  open(window.location.hash);
}());
