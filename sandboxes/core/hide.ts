/**
 * A record that exists but is not listed yet, as a slow transaction or a second writer at a service
 * makes it: taken out of its list now, put back after `ms`. For the poll triggers' late-record tests.
 */
export function hideFor<T>(list: () => T[], row: T, ms: number): void {
	const rows = list();
	const index = rows.indexOf(row);
	if (index < 0) throw new Error('no such record to hide');
	rows.splice(index, 1);
	const timer = setTimeout(() => list().push(row), Math.max(0, ms));
	timer.unref();
}
