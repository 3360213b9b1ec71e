// Keyboard shortcuts on the story page: j/k move between claims, a/d agree/disagree,
// e edits the labels, ? shows the keys. Everything here also works with plain forms.
(function () {
  "use strict";
  var claims = Array.prototype.slice.call(document.querySelectorAll(".claim"));
  var help = document.getElementById("keys-help");
  var current = -1;

  function select(index) {
    if (!claims.length) { return; }
    index = Math.max(0, Math.min(claims.length - 1, index));
    if (current >= 0) { claims[current].classList.remove("current"); }
    current = index;
    claims[current].classList.add("current");
    claims[current].focus();
    claims[current].scrollIntoView({block: "center"});
  }

  function press(selector) {
    if (current < 0) { select(0); }
    var button = claims[current] && claims[current].querySelector(selector);
    if (button) { button.click(); }
  }

  function toggleHelp() { if (help) { help.hidden = !help.hidden; } }

  var toggle = document.getElementById("help-toggle");
  if (toggle) { toggle.addEventListener("click", toggleHelp); }

  document.addEventListener("keydown", function (event) {
    var tag = event.target.tagName;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
      if (event.key === "Escape") { event.target.blur(); }
      return;
    }
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": press("button.act-agree"); break;
      case "d": press("button.act-disagree"); break;
      case "e":
        if (current < 0) { select(0); }
        var box = claims[current] && claims[current].querySelector("fieldset.labels input");
        if (box) { box.focus(); }
        break;
      case "?": toggleHelp(); break;
      default: return;
    }
    event.preventDefault();
  });

  // Come back to the claim just annotated after the page reloads.
  if (location.hash.indexOf("#claim-") === 0) {
    var target = document.getElementById(location.hash.slice(1));
    var index = claims.indexOf(target);
    if (index >= 0) { select(index); }
  }
})();
