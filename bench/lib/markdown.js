'use strict';

/** A Markdown table from a header row and data rows. */
function table(header, rows) {
	const line = (cells) => `| ${cells.map((cell) => String(cell ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const verdict = (met) => (met === undefined ? '—' : met ? 'met' : '**missed**');

module.exports = { table, verdict };
