/** How a preset's mapped body and the form meet: what the user filled in wins. Pure. */
import type { Fields } from './compact';

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `mapped` with every value the form gives on top: sections (buyer, shipping…) field by field, lists
 * (products, payments) as a whole. The form's bodies are already compact, so an empty field never wins.
 */
export function withOverrides(mapped: Fields, form: Fields): Fields {
	const result: Fields = { ...mapped };
	for (const [key, value] of Object.entries(form)) {
		result[key] = isRecord(value) && isRecord(mapped[key]) ? { ...mapped[key], ...value } : value;
	}
	return result;
}
