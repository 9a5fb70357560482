namespace FunnelCrm.Cli.Output.Html;

/// <summary>The page's style: fluid width (charts scale with their viewBox), cards in a grid that folds to one column, A4 landscape in print.</summary>
internal static class PageStyle
{
    /// <summary>The style sheet.</summary>
    public const string Css =
        "*{box-sizing:border-box}"
        + "body{font-family:Arial,'Liberation Sans','DejaVu Sans',sans-serif;margin:0 auto;padding:1em 2em 2em;max-width:1500px;color:#222;line-height:1.4}"
        + "h1{font-size:1.6em;margin:.3em 0}h2{font-size:1.25em;margin-top:1.8em;border-bottom:2px solid #2f6fb3;padding-bottom:.2em}h3{font-size:1.05em;margin-top:1.2em}"
        + "dl.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:.3em 1.5em;margin:.5em 0}dl.facts div{min-width:0}"
        + "dl.facts dt{font-size:.8em;color:#666;text-transform:uppercase;letter-spacing:.03em}dl.facts dd{margin:0;font-weight:bold;overflow-wrap:anywhere}"
        + ".summary{font-size:1.1em}"
        + ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,380px),1fr));gap:1em}"
        + ".pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,380px),1fr));gap:1em;align-items:start}"
        + ".card{border:1px solid #ddd;border-radius:4px;padding:.5em;min-width:0;background:#fff;break-inside:avoid}"
        + ".card.bottleneck{border:2px solid #c0392b;box-shadow:0 0 0 3px #f6d5d1}"
        + "svg.chart{display:block;width:100%;height:auto;margin:0 auto}"
        + "svg text{font-size:11px;fill:#333}svg text.chart-title{font-size:14px;font-weight:bold;fill:#222}svg text.axis-title{font-size:12px;fill:#555}"
        + "svg text.legend{font-size:12px}svg text.legend.emphasis{font-weight:bold}svg text.label{font-size:10px}"
        + ".caption{font-size:.85em;color:#555;margin:.3em .5em}"
        + ".table-wrap{max-width:100%;overflow-x:auto}table{border-collapse:collapse;margin:.5em 0}"
        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right;vertical-align:top}th{background:#f3f6fa}th:first-child,td:first-child{text-align:left}"
        + "td.text{text-align:left}tr.bottleneck td{background:#fbeae8;font-weight:bold}td ul{margin:0;padding-left:1.1em}"
        + ".dashboard{display:grid;gap:1em}.dashboard .cell{min-width:0}"
        + "@media (max-width:900px){.dashboard{grid-template-columns:1fr!important}.dashboard .cell{grid-column:auto!important;grid-row:auto!important}}"
        + "#glossary dt{font-weight:bold;margin-top:.5em}#glossary dd{margin-left:1.5em}"
        + "@media print{@page{size:A4 landscape;margin:10mm}body{padding:0;max-width:none;font-size:10pt}h2{break-after:avoid}section,.card,table{break-inside:avoid}"
        + ".grid{grid-template-columns:repeat(3,1fr)}.table-wrap{overflow:visible}}";
}
