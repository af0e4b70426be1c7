/** Parses form/query text with PHP bracket notation into nested objects, as a PHP service would. */
export function parseForm(raw: string): Record<string, unknown> {
	const result: Record<string, unknown> = Object.create(null);
	for (const [key, value] of new URLSearchParams(raw)) {
		const parts = key.replace(/\]/g, '').split('[');
		let target = result as Record<string, unknown>;
		parts.forEach((part, index) => {
			if (part === '__proto__' || part === 'constructor' || part === 'prototype') return;
			if (index === parts.length - 1) {
				target[part] = value;
				return;
			}
			if (typeof target[part] !== 'object' || target[part] === null) target[part] = Object.create(null);
			target = target[part] as Record<string, unknown>;
		});
	}
	return result;
}
