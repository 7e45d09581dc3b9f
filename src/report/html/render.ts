import type { Report } from '../../core/types.js'
import { encodePageData } from './encode.js'
import { PAGE_SCRIPT, PAGE_STYLE } from './page-assets.generated.js'

/**
 * The HTML report: one self-contained file (styles, script and data inlined, nothing fetched), so
 * that it opens from a `file://` URL or an artifact download, offline. `head` and `base` should be
 * measured with every tensor listed (`top` as large as the tensor count).
 */
export function renderHtml(head: Report, base?: Report, title = 'Model size report'): string {
  const data = JSON.stringify(encodePageData(title, head, base))
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeText(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1 id="title"></h1>
<label>Checkpoint <select id="checkpoint"></select></label>
<label>Colour by <select id="mode"><option value="category">category</option><option value="dtype">dtype</option><option value="change">change against the baseline</option></select></label>
<label>Search <input id="search" type="search" placeholder="tensor name" autocomplete="off"></label>
<span id="search-count" role="status"></span>
</header>
<nav id="crumbs" aria-label="Zoom path"></nav>
<ul id="legend" aria-label="Legend"></ul>
<p id="partial" hidden>Only the largest tensors of this checkpoint were recorded; run with a larger --top to see them all.</p>
<main>
<div id="treemap" role="group" aria-label="Treemap of the checkpoint's tensors: Enter zooms in, Escape zooms out"></div>
<table id="largest"></table>
</main>
<div id="tooltip" role="tooltip" hidden></div>
<script type="application/json" id="msb-data">${escapeScriptData(data)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`
}

function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** JSON inside a script element: `</script` or `<!--` in a tensor name must not end or comment it. */
function escapeScriptData(json: string): string {
  return json.replace(/</g, '\\u003c')
}
