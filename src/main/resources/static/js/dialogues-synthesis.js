// Draws the bar charts of a dialogue's synthesis with ECharts: each
// <div data-synthesis-chart='{"labels":[...],"values":[...]}'> gets a horizontal bar chart.
// The table next to each chart carries the same figures for readers who cannot see it.
(function () {
  'use strict';

  function draw(element) {
    var data;
    try {
      data = JSON.parse(element.getAttribute('data-synthesis-chart'));
    } catch (e) {
      return;
    }
    if (!window.echarts || !data.labels || data.labels.length === 0) {
      return;
    }
    var rtl = document.documentElement.dir === 'rtl';
    element.style.height = (60 + 28 * data.labels.length) + 'px';
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: true },
      grid: { left: rtl ? 16 : 8, right: rtl ? 8 : 32, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, inverse: rtl },
      yAxis: { type: 'category', data: data.labels.slice().reverse(), position: rtl ? 'right' : 'left' },
      series: [{ type: 'bar', data: data.values.slice().reverse(), label: { show: true, position: rtl ? 'left' : 'right' } }],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    document.querySelectorAll('[data-synthesis-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
