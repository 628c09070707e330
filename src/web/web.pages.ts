const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** A page that says what went wrong, styled inline-free so the strict policy holds. */
export function messagePage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · coopgraph</title></head>
<body><main><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="/">coopgraph home</a></p></main></body></html>
`;
}

export const notBuiltMessage = (app: string) =>
  `The web app "${app}" is not built on this server: run npm run build:web (npm start does it) and reload.`;
