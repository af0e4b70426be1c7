import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// `npm publish` runs only from the provenance workflow: the prepublishOnly guard (run as npm runs
// it, a process of its own: test/ imports nothing from scripts/) and what publish.yml does to pass it.
const root = path.resolve(__dirname, '..', '..');
const guardFile = path.join(root, 'scripts', 'publishGuard.js');
const WORKFLOW = '.github/workflows/publish.yml';
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const inPublishWorkflow = {
	GITHUB_ACTIONS: 'true',
	GITHUB_WORKFLOW_REF: `n8n-nodes-order-sync/n8n-nodes-order-sync/${WORKFLOW}@refs/tags/v0.2.0`,
	npm_config_provenance: 'true',
};

function runGuard(env: Record<string, string | undefined>) {
	return spawnSync(process.execPath, [guardFile], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
}

describe('the publish guard', () => {
	it('is the prepublishOnly script, with provenance required by npm itself as a backstop', () => {
		expect(manifest.scripts.prepublishOnly).toBe('node scripts/publishGuard.js');
		expect(manifest.publishConfig?.provenance).toBe(true);
	});

	it('lets the provenance workflow publish', () => {
		const run = runGuard(inPublishWorkflow);
		expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
	});

	it('refuses a publish from a developer machine, with what to do instead', () => {
		const run = runGuard({});
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/not running in GitHub Actions/);
		expect(run.stderr).toMatch(/provenance is off/);
		expect(run.stderr).toMatch(/push a version tag/);
	});

	it('refuses another workflow and a publish without provenance', () => {
		const otherWorkflow = runGuard({ ...inPublishWorkflow, GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/ci.yml@refs/heads/main' });
		expect(otherWorkflow.status).toBe(1);
		expect(otherWorkflow.stderr).toMatch(/the workflow is not \.github\/workflows\/publish\.yml/);
		const noProvenance = runGuard({ ...inPublishWorkflow, npm_config_provenance: undefined });
		expect(noProvenance.status).toBe(1);
		expect(noProvenance.stderr).toMatch(/provenance is off/);
		expect(noProvenance.stderr).not.toMatch(/GitHub Actions|workflow is not/);
	});

	it('publish.yml satisfies it: it publishes with provenance and lets the guard run despite .npmrc', () => {
		const workflow = fs.readFileSync(path.join(root, WORKFLOW), 'utf8');
		const publishLine = workflow.split('\n').find((line) => /^\s*npm publish\b/.test(line)) ?? '';
		expect(publishLine).toMatch(/--provenance\b/);
		expect(publishLine).toMatch(/--ignore-scripts=false\b/);
		expect(workflow).toMatch(/id-token: write/);
	});
});
