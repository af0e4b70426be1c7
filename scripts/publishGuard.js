'use strict';
/**
 * `prepublishOnly`: refuses `npm publish` anywhere but the provenance workflow
 * (.github/workflows/publish.yml), because n8n verifies a community package only through its npm
 * provenance statement, and a version published without one cannot be replaced under its number.
 *
 * The repository's .npmrc has `ignore-scripts=true`, which skips this script too: publish.yml runs
 * `npm publish --ignore-scripts=false`, and `publishConfig.provenance` in package.json makes npm
 * itself refuse a publish where no CI provider can sign the statement.
 */
const WORKFLOW = '.github/workflows/publish.yml';

/** Why a publish with this environment is refused, or undefined when it is the provenance workflow. */
function publishRefusal(env) {
	const problems = [];
	if (env.GITHUB_ACTIONS !== 'true') problems.push('it is not running in GitHub Actions');
	else if (!(env.GITHUB_WORKFLOW_REF ?? '').includes(`/${WORKFLOW}@`)) problems.push(`the workflow is not ${WORKFLOW}`);
	if (env.npm_config_provenance !== 'true') problems.push('provenance is off (publish with --provenance)');
	if (problems.length === 0) return undefined;
	return (
		`Refusing to publish: ${problems.join('; ')}. Versions are published only by ${WORKFLOW}, ` +
		'with an npm provenance statement: push a version tag (for example v0.2.0) instead.'
	);
}

if (require.main === module) {
	const refusal = publishRefusal(process.env);
	if (refusal) {
		process.stderr.write(`${refusal}\n`);
		process.exit(1);
	}
}

module.exports = { publishRefusal };
