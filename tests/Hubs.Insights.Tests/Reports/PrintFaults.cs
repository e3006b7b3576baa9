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
          const sheet = document.documentElement.clientWidth;
          for (const table of document.querySelectorAll('.hubs-report-page table')) {
            // The table's text, which a sheet too narrow would cut off (not its collapsed borders' half pixels).
            const text = document.createRange();
            text.selectNodeContents(table.tBodies[0].parentNode);
            const right = text.getBoundingClientRect().right;
            const name = table.caption.textContent.trim();
            if (right > sheet + 0.5) faults.push(`ends at ${right} of ${sheet} px: ${name}`);
          }
          for (const canvas of document.querySelectorAll('.hubs-report-page canvas[data-chart-table]')) {
            const chart = Chart.getChart(canvas);
            if (!chart || chart.scales.y.ticks.length < 2) faults.push(`no scale: ${canvas.dataset.chartTable}`);
          }
          return faults;
        }
        """;
}
