/** Checks of a webhook secret the user pasted from a service's settings. Pure: no n8n imports. */

/** Shorter than this is more likely a typo or a placeholder than a real webhook secret. */
export const MIN_SECRET_LENGTH = 16;

/**
 * Why a secret the user pasted into a credential cannot be right — empty, padded by copy-paste,
 * too short — or undefined. For services that cannot be asked to confirm it; `what` names it.
 */
export function pastedSecretProblem(secret: unknown, what: string): string | undefined {
	if (typeof secret !== 'string' || secret === '') return `The ${what} is empty`;
	if (secret.trim() !== secret) return `The ${what} starts or ends with a space: copy it again without them`;
	if (secret.length < MIN_SECRET_LENGTH) return `The ${what} is only ${secret.length} characters long; use at least ${MIN_SECRET_LENGTH}`;
	return undefined;
}
