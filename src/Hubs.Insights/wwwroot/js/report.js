// The report's print button: shown only where scripts run, as printing is the browser's own.
document.querySelectorAll('[data-print-report]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
