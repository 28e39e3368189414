import { expectRendered, loadCases, runCases } from './fixtures.js';
import { renderNormalize } from './render.js';

runCases('normalize.tsv', loadCases('normalize.tsv'), (c) => expectRendered(c, renderNormalize(c.input)));
