// Plan form: the scope code list offers only the codes of the chosen scope (instansi codes for INSTANSI,
// kabupaten/kota codes for KABUPATEN, none for PROVINCE) and picks the first one when the scope changes,
// so the form always submits a valid combination.
(function () {
  'use strict';
  var scope = document.getElementById('scope');
  var code = document.getElementById('scopeCode');
  if (!scope || !code) {
    return;
  }
  function follow() {
    var groups = code.querySelectorAll('[data-scope]');
    var first = null;
    for (var i = 0; i < groups.length; i++) {
      var matches = groups[i].getAttribute('data-scope') === scope.value;
      groups[i].disabled = !matches;
      if (matches && !first) {
        first = groups[i].tagName === 'OPTION' ? groups[i] : groups[i].querySelector('option');
      }
    }
    var selected = code.options[code.selectedIndex];
    var usable = selected && !selected.disabled && !(selected.parentNode.disabled);
    if (!usable && first) {
      first.selected = true;
    }
  }
  scope.addEventListener('change', follow);
  follow();
})();
