/** The HTML report's stylesheet, inlined into the file so it renders the same offline, attached to a CI job. */
export const reportStyle = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #d8dce6; padding-bottom: .3rem; }
h3 { font-size: 1rem; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; }
table { border-collapse: collapse; margin: .6rem 0; }
th, td { border: 1px solid #d8dce6; padding: .25rem .55rem; text-align: left; vertical-align: top; }
thead th { background: #f2f4f8; }
.pass { color: #17702f; font-weight: 600; } .fail { color: #b3261e; font-weight: 600; }
.banner { padding: .6rem .8rem; border-radius: 6px; font-weight: 600; }
.banner.pass { background: #e6f4ea; } .banner.fail { background: #fce8e6; }
.facts-list { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
.facts-list dt { color: #5b6475; } .facts-list dd { margin: 0; }
.empty { color: #5b6475; font-style: italic; }
.chart { display: block; margin: .6rem 0; }
.chart text { font-size: 10px; fill: #3a4252; }
.chart .axis-label { font-size: 11px; }
.plot-area { fill: #fafbfd; stroke: #c5cad6; }
.grid { stroke: #e4e7ee; }
.bar { fill: #6b8fd6; }
.bar-label { fill: #1d2330; }
.diagonal { stroke: #b3261e; stroke-dasharray: 4 3; }
.point { fill: #1d2330; }
.mark { stroke: #e08a00; stroke-width: 1.5; } .mark-label { fill: #8a5400; }
table.bins td, table.confusion td { text-align: right; }
table.confusion td.right { background: #e6f4ea; } table.confusion td.confused { background: #fce8e6; } table.confusion td.zero { color: #a5acba; }
.case { border: 1px solid #d8dce6; border-radius: 6px; padding: .2rem 1rem .8rem; margin: 1rem 0; }
.case .suite { color: #5b6475; font-weight: normal; font-size: .85rem; }
.reasons li { color: #b3261e; }
.message { margin: .5rem 0; padding: .4rem .7rem; border-radius: 6px; }
.message.customer { background: #f2f4f8; } .message.bot { background: #f7f9ff; border-left: 3px solid #6b8fd6; }
.message .who { font-size: .75rem; color: #5b6475; text-transform: uppercase; letter-spacing: .04em; }
.message .text { white-space: pre-wrap; }
.facts { font-size: .8rem; color: #5b6475; margin-top: .2rem; } .facts.warn { color: #b3261e; }
table.stages { font-size: .8rem; width: 100%; table-layout: fixed; }
table.stages th:nth-child(1) { width: 7rem; } table.stages th:nth-child(2) { width: 3.5rem; }
table.stages code { white-space: pre-wrap; overflow-wrap: anywhere; }
`;
