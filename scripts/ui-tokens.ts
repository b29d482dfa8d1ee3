import { writeFileSync } from 'node:fs';
import { tokensCss } from '../lib/util/ui-tokens-css';

// CSS cannot import the token module, so its custom properties are written out; a unit test fails when they drift.
writeFileSync(new URL('../assets/tokens.css', import.meta.url), tokensCss());
