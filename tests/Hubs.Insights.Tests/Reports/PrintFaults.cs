namespace Hubs.Insights.Tests.Reports;

/// <summary>
/// What a reader of the printed report would see wrong, found in the page laid out for print: table text under
/// 8 pt, a heading word broken across two lines, a table wider than the sheet, a chart without a scale.
/// </summary>
internal static class PrintFaults
{
    public const string Script = """
        () => {
          const faults = [];
          for (const cell of document.querySelectorAll('.hubs-report-page table th, .hubs-report-page table td')) {
            const points = parseFloat(getComputedStyle(cell).fontSize) * 72 / 96;
            if (points < 8) faults.push(`${points.toFixed(1)} pt: ${cell.textContent.trim()}`);
          }
          for (const th of document.querySelectorAll('.hubs-report-page table th')) {
            const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const word of node.data.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                if (lines.size > 1) faults.push(`broken word: ${word[0]}`);
              }
            }
          }
          for (const scroll of document.querySelectorAll('.hubs-report-page .hubs-table-scroll')) {
            if (scroll.scrollWidth > scroll.clientWidth + 1) {
              faults.push(`${scroll.scrollWidth} > ${scroll.clientWidth} px, wider than the sheet: ${scroll.querySelector('caption').textContent.trim()}`);
            }
          }
          for (const canvas of document.querySelectorAll('.hubs-report-page canvas[data-chart-table]')) {
            const chart = Chart.getChart(canvas);
            if (!chart || chart.scales.y.ticks.length < 2) faults.push(`no scale: ${canvas.dataset.chartTable}`);
          }
          return faults;
        }
        """;
}
