'use strict';
// Medians and spread of repeated measurements; ratios are taken per repetition (runs side by side).

function median(values) {
	const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function summary(values) {
	const finite = values.filter((value) => Number.isFinite(value));
	return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), runs: finite.length, values };
}

/** "1.23 (1.10–1.31)": median with the lowest and highest run. */
function formatSummary(stats, digits = 2) {
	if (!stats || !Number.isFinite(stats.median)) return '—';
	const fixed = (value) => value.toFixed(digits);
	return stats.runs > 1 ? `${fixed(stats.median)} (${fixed(stats.min)}–${fixed(stats.max)})` : fixed(stats.median);
}

/** Ratio per repetition index of two equally long lists of runs, summarised. */
function pairedRatios(numerators, denominators) {
	return summary(numerators.map((value, index) => value / denominators[index]));
}

module.exports = { median, summary, formatSummary, pairedRatios };
