import { expectRendered, loadCases, runCases } from './fixtures.js';
import { renderSentences } from './render.js';

runCases('sentences.tsv', loadCases('sentences.tsv'), (c) => expectRendered(c, renderSentences(c.input)));
