import { expectRendered, loadCases, runCases } from './fixtures.js';
import { renderTokens, renderTokenSpans } from './render.js';

runCases('tokens.tsv', loadCases('tokens.tsv'), (c) => expectRendered(c, renderTokens(c.input)));
runCases('token-spans.tsv', loadCases('token-spans.tsv'), (c) => expectRendered(c, renderTokenSpans(c.input)));
