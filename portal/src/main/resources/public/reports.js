// Draws the report's share-over-time chart from the JSON the page carries in data-chart.
(function () {
  const canvas = document.getElementById('report-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const data = JSON.parse(canvas.dataset.chart);
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.datasets.map(d => ({
        label: d.label, data: d.data, borderColor: d.color, backgroundColor: d.color,
        pointRadius: 0, borderWidth: 2, tension: 0.2
      }))
    },
    options: {
      animation: false,
      scales: { y: { min: 0, max: 100, ticks: { callback: v => v + '%' } } },
      plugins: { legend: { labels: { color: '#e6e8eb' } } }
    }
  });
  canvas.dataset.drawn = 'true';
})();
