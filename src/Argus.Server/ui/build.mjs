// Bundles GraphiQL for offline use: `npm ci && node build.mjs` writes ../wwwroot/graphiql/{graphiql.js,graphiql.css}.
// The output is committed so that `dotnet run` needs no node; rerun this after changing package.json.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: { graphiql: path.join(here, 'main.js') },
  outdir: path.join(here, '..', 'wwwroot', 'graphiql'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'eof',
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'info',
});
