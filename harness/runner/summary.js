'use strict';
// The summary every real-n8n suite ends with: its own lines, then the count and one line per check.

const LABEL_WIDTH = 22;

/** `fields`: `[label, value]` pairs; `note`: appended to the checks line. */
function printSummary({ title, fields = [], steps, seconds, note = '' }) {
	const passed = steps.results.filter((result) => result.ok && !result.skipped).length;
	const skipped = steps.results.filter((result) => result.skipped).length;
	const line = (label, value) => `${`${label}:`.padEnd(LABEL_WIDTH)}${value}`;
	const lines = [
		'',
		`════════ ${title} summary ════════`,
		...fields.map(([label, value]) => line(label, value)),
		line('checks', `${passed} passed, ${steps.failed.length} failed, ${skipped} skipped (${seconds} s)${note}`),
		...steps.results.map((result) => `  ${result.skipped ? '-' : result.ok ? '✔' : '✘'} ${result.name}${result.skipped ? ` — skipped: ${result.skipped}` : ''}`),
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}

module.exports = { printSummary };
