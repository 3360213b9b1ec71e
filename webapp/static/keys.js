// Keyboard shortcuts. Story page: j/k move between claims, a/d agree/disagree, e edits the labels,
// u goes back to the queue, n/p open the next/previous story in it, D (shift+d) marks the story done
// and opens the next, c opens "Correct the checklist".
// Review queue: j/k move between stories, o or Enter opens one, x ticks one for "Mark the ticked", / searches.
// Approval queue: j/k move between annotations, a approves, r types the reason to reject (Enter
// rejects), x ticks one for the bulk approval.
// Check a text: j/k move between claims; Ctrl+Enter in the text sends it.
// Published verdicts: / searches them.
// All: n/p turn the page, ? shows the keys. Everything here also works with plain links and forms.
// The keys' help can turn the single-key shortcuts off (WCAG 2.1.4), for this browser; Ctrl+Enter stays.
(function () {
  "use strict";
  var STORED = "hypewatch-single-keys";
  var enabled = true;
  try { enabled = window.localStorage.getItem(STORED) !== "off"; } catch (e) { /* storage blocked: keys on */ }

  function setEnabled(on) {
    enabled = on;
    document.documentElement.classList.toggle("keys-off", !on);
    try { window.localStorage.setItem(STORED, on ? "on" : "off"); } catch (e) { /* kept for this page only */ }
  }
  document.documentElement.classList.toggle("keys-off", !enabled);
  var switchBox = document.getElementById("keys-on");
  if (switchBox) {
    switchBox.checked = enabled;
    switchBox.addEventListener("change", function () { setEnabled(switchBox.checked); });
  }

  var items = Array.prototype.slice.call(document.querySelectorAll(".claim, .story-row"));
  var help = document.getElementById("keys-help");
  var current = -1;

  function select(index) {
    if (!items.length) { return; }
    index = Math.max(0, Math.min(items.length - 1, index));
    if (current >= 0) { items[current].classList.remove("current"); }
    current = index;
    items[current].classList.add("current");
    items[current].focus();
    items[current].scrollIntoView({block: "center"});
  }

  // The element `selector` finds in the selected item (the first item if none is), or null.
  function inCurrent(selector) {
    if (current < 0) { select(0); }
    return items[current] ? items[current].querySelector(selector) : null;
  }

  function press(selector) {
    var button = inCurrent(selector);
    if (button) { button.click(); }
    return Boolean(button);
  }

  function clickOnPage(selector) {
    var button = document.querySelector(selector);
    if (button) { button.click(); }
    return Boolean(button);
  }

  function follow(selector) {
    var link = document.querySelector(selector);
    if (link) { window.location.href = link.href; }
    return Boolean(link);
  }

  function openForm(selector) {  // a folded form (<details>), opened with its first field focused
    var details = document.querySelector(selector);
    if (!details) { return false; }
    details.open = true;
    var field = details.querySelector('select, input:not([type="hidden"]), textarea');
    if (field) { field.focus(); }
    return true;
  }

  function toggleHelp() { if (help) { help.hidden = !help.hidden; } }

  var toggle = document.getElementById("help-toggle");
  if (toggle) { toggle.addEventListener("click", toggleHelp); }

  document.addEventListener("keydown", function (event) {
    var tag = event.target.tagName;
    var form = event.target.form;
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter" && form && form.hasAttribute("data-ctrl-enter")) {
      event.preventDefault();  // a form with one button (the text to check) sends itself
      form.requestSubmit();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
      if (event.key === "Escape") { event.target.blur(); }
      return;
    }
    if (!enabled) { return; }
    var handled = true;
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": press("button.act-agree"); break;
      case "d": press("button.act-disagree"); break;
      case "e":
        var box = inCurrent("fieldset.labels input");
        if (box) { box.focus(); }
        break;
      case "r":
        var reason = inCurrent('input[name="reason"]');
        if (reason) { reason.focus(); }
        handled = Boolean(reason);
        break;
      case "x": handled = press('input[name="selected"]'); break;
      case "o": case "Enter":  // a story row's link; Enter on a claim's buttons stays theirs
        handled = current >= 0 && press("a.story-link");
        break;
      case "u": handled = follow("#back-to-queue"); break;
      case "D": handled = clickOnPage('button[value="done_next"]'); break;
      case "c": handled = openForm("details.correct-checklist"); break;
      case "n": handled = follow('a[rel="next"]'); break;
      case "p": handled = follow('a[rel="prev"]'); break;
      case "/":
        var search = document.querySelector('input[name="q"]');
        if (search) { search.focus(); }
        handled = Boolean(search);
        break;
      case "?": toggleHelp(); break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });

  // Come back to the claim just annotated after the page reloads.
  if (location.hash.indexOf("#claim-") === 0) {
    var target = document.getElementById(location.hash.slice(1));
    var index = items.indexOf(target);
    if (index >= 0) { select(index); }
  }
})();
