// The steering board's screen: the button that prints the page as the board's report (no inline scripts: the
// Content-Security-Policy allows only the service's own files).
(function () {
  "use strict";
  document.addEventListener("click", (event) => {
    if (event.target.closest("[data-print]")) {
      window.print();
    }
  });
})();
