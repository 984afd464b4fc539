// The handover sheet's "Print / Save as PDF" button: the browser's own print dialog.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  }
});
