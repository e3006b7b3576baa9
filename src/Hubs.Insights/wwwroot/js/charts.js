// Draws each dashboard chart from the published table beside it: the values come from the table's
// cells (data-value holds only what the table shows; a suppressed or empty cell is a gap), so a chart
// can never show a figure the table does not. Without scripts, the tables stand alone.
(function () {
  'use strict';

  // NHS colours with enough contrast against white.
  var colours = ['#005eb8', '#007f3b', '#d5281b', '#330072', '#4c6272', '#ae2573'];

  function columnIndexes(table, keys) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    return keys.map(function (key) {
      var index = headers.findIndex(function (th) { return th.getAttribute('data-key') === key; });
      return { key: key, index: index, label: index >= 0 ? headers[index].textContent.trim() : key };
    }).filter(function (column) { return column.index > 0; });
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table || typeof Chart === 'undefined') {
      return;
    }

    var includeTotal = canvas.getAttribute('data-chart-include-total') === 'true';
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'))
      .filter(function (row) { return includeTotal || row.getAttribute('data-total') !== 'true'; });
    var columns = columnIndexes(table, canvas.getAttribute('data-chart-columns').split(','));
    var type = canvas.getAttribute('data-chart-type');
    var percent = canvas.getAttribute('data-chart-unit') === 'percent';
    var datasets = columns.map(function (column, i) {
      return {
        label: column.label,
        data: rows.map(function (row) {
          var value = row.children[column.index].getAttribute('data-value');
          return value === null || value === '' ? null : Number(value);
        }),
        borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length],
        spanGaps: false
      };
    });

    new Chart(canvas, {
      type: type,
      data: { labels: rows.map(function (row) { return row.querySelector('th').textContent.trim(); }), datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          y: percent
            ? { beginAtZero: true, max: 100, ticks: { callback: function (value) { return value + '%'; } } }
            : { beginAtZero: true }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  document.querySelectorAll('canvas[data-chart-table]').forEach(draw);
})();
