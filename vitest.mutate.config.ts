import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import base from './vitest.config';

// Stryker runs the unit project alone: the e2e project needs a built extension and a browser for every mutant.
const projects = (base.test?.projects ?? []) as TestProjectInlineConfiguration[];
const unit = projects.find((project) => project.test?.name === 'unit');
if (!unit?.test) throw new Error('vitest.config.ts has no project named "unit"');
const { name: _name, ...unitTest } = unit.test;

export default defineConfig({ esbuild: base.esbuild, test: unitTest });
