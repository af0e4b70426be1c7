/** Which attributes an Aplaut 422 says are missing. Pure. */

// Rails' wording (Aplaut's API is Rails: "is already taken", "Validation of Order failed.").
const MISSING = /can't be blank|can’t be blank|must exist|is missing|не может быть пустым/i;

/** `{consumer_name: ["can't be blank"], model: "…"}` → `["consumer_name"]`. */
export function missingAttributes(fieldErrors: unknown): string[] {
	if (typeof fieldErrors !== 'object' || fieldErrors === null || Array.isArray(fieldErrors)) return [];
	return Object.entries(fieldErrors as Record<string, unknown>)
		.filter(([name, messages]) => name !== 'model' && (Array.isArray(messages) ? messages : [messages]).some((text) => MISSING.test(String(text))))
		.map(([name]) => name);
}
