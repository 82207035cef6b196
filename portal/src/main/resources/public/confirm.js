// Asks before submitting any form with a data-confirm question. The Content-Security-Policy
// refuses inline event handlers (onsubmit="..."), so pages state the question as data instead.
document.addEventListener('submit', function (event) {
  const question = event.target.dataset ? event.target.dataset.confirm : undefined;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
