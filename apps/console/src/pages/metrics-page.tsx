/** Admin: outcomes, feedback, latency and cost over the last 7, 30 or 90 days, drawn with uPlot, and the intent mix. */
import { useState } from 'react';
import { useSession } from '../api/session-context';
import { queryString } from '../api/query-string';
import type { MetricsSummary } from '../api/types';
import { useResource } from '../api/use-resource';
import { ErrorMessage } from '../components/error-message';
import { IntentMixTable } from '../components/intent-mix-table';
import { Loading } from '../components/loading';
import { UplotChart } from '../components/uplot-chart';
import { useDocumentTitle } from '../hooks/use-document-title';
import { dayRange } from '../metrics/day-range';
import { metricsCharts } from '../metrics/metrics-charts';

const ranges = [7, 30, 90] as const;

export function MetricsPage() {
  useDocumentTitle('Metrics');
  const { api } = useSession();
  const [days, setDays] = useState<(typeof ranges)[number]>(30);
  const summary = useResource(`metrics-${days}`, async (signal) => {
    const range = dayRange(days, Date.now());
    const summaryBy = (by: 'day' | 'intent') => api.get<MetricsSummary>(`/v1/metrics/summary${queryString({ ...range, by })}`, signal);
    const [byDay, byIntent] = await Promise.all([summaryBy('day'), summaryBy('intent')]);
    return {
      charts: metricsCharts(byDay.rows),
      intentMix: byIntent.intentMix,
      conversations: byDay.rows.reduce((sum, row) => sum + row.conversations, 0),
    };
  });

  return (
    <>
      <div className="section-head">
        <h1>Metrics</h1>
        <div className="field inline">
          <label htmlFor="metrics-range">Range</label>
          <select id="metrics-range" value={days} onChange={(event) => setDays(Number(event.target.value) as (typeof ranges)[number])}>
            {ranges.map((value) => (
              <option key={value} value={value}>
                Last {value} days
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorMessage error={summary.error} action="Metrics could not be loaded" />
      {summary.loading ? <Loading what="metrics" /> : null}
      {summary.data ? (
        <>
          <p className="muted">
            {summary.data.conversations} conversations in the last {days} days.
          </p>
          {summary.data.charts[0]?.x.length === 0 ? <p className="muted">No days with conversations to chart.</p> : null}
          <div className="charts">
            {summary.data.charts
              .filter((chart) => chart.series.length > 0 && chart.x.length > 0)
              .map((chart) => (
                <UplotChart key={chart.id} spec={chart} />
              ))}
          </div>
          <IntentMixTable mix={summary.data.intentMix} />
        </>
      ) : null}
    </>
  );
}
