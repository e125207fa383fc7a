// The friend's script and the prep pack: a Print button, shown only where it can work (kept out
// of the page's HTML so the Content-Security-Policy needs no inline handler).
(function () {
  var button = document.getElementById("print-script");
  if (button && window.print) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
})();
